/**
 * From one field's text to its findings: normalize once, scan once with the automaton, the pinyin
 * channel and the detectors the rules need, drop hits inside allowed spans, then let each rule
 * turn the hits it cares about into findings. A hit found through an evasion channel also yields
 * a finding under the evasion article (8.6).
 */

import { detectContacts } from '../match/contact.js';
import { BIDI, HOMOPHONE, PINYIN, viaOf } from '../normalize/channels.js';
import {
  isEvasion,
  isWordEnd,
  isWordStart,
  type MappedRange,
  mapCompact,
  mapFolded,
  type NormalizedText,
  normalizeReadings,
  normalizeTransient,
} from '../normalize/pipeline.js';
import type { AccountInfo, Finding, Requirement, Severity, TextField } from '../types.js';
import type { CompiledRuleSet, CompiledTerm, TermEntry } from './compile.js';
import type { Rule } from './schema.js';

/** A term found in the compact text. */
interface TermHit {
  term: number;
  start: number;
  end: number;
  /** HOMOPHONE or PINYIN when found by the pinyin channel. */
  channel: number;
}

interface Candidate {
  rule: Rule;
  range: MappedRange;
  entry?: TermEntry;
  params: Record<string, string>;
  messageKey: string;
}

export interface FieldContext {
  info: AccountInfo;
  /** Compact form of the entity's own name, for entity accounts. */
  entityName?: string;
}

const isLatinLetter = (code: number) => code >= 0x61 && code <= 0x7a;

function findTerms(compiled: CompiledRuleSet, text: NormalizedText): TermHit[] {
  const hits: TermHit[] = [];
  const compact = text.compact;
  compiled.automaton.scan(compact, (term, start, end) => {
    // A Latin term must not start or end inside a Latin word: `un` is not in `fun`.
    const termText = compiled.terms[term]?.text ?? '';
    if (isLatinLetter(termText.charCodeAt(0)) && !isWordStart(text, start)) return;
    if (isLatinLetter(termText.charCodeAt(termText.length - 1)) && !isWordEnd(text, end)) return;
    hits.push({ term, start, end, channel: 0 });
  });
  compiled.pinyin.scan(
    compact,
    (p) => isWordStart(text, p),
    (match) => {
      const written = compact.slice(match.start, match.end);
      const termText = compiled.terms[match.term]?.text ?? '';
      // The literal term is the automaton's hit already.
      if (written === termText) return;
      // A homophone keeps at least one character of the name (新花社 for 新华社); a text that shares
      // only sounds with it (红心不 for 工信部) is another word.
      if (!match.spelled && ![...written].some((char, i) => char === termText[i])) return;
      hits.push({ term: match.term, start: match.start, end: match.end, channel: match.spelled ? PINYIN : HOMOPHONE });
    },
  );
  return hits;
}

/** Whether `sub` can be read out of `whole` in order: 新华社 is an abbreviation of 新华通讯社. */
function isSubsequence(sub: string, whole: string): boolean {
  let i = 0;
  for (let j = 0; j < whole.length && i < sub.length; j++) if (whole[j] === sub[i]) i++;
  return i === sub.length;
}

interface AllowedSpan {
  start: number;
  end: number;
  categories?: readonly string[];
}

function allowedSpans(compiled: CompiledRuleSet, field: TextField, hits: readonly TermHit[]): AllowedSpan[] {
  const spans: AllowedSpan[] = [];
  if (hits.length === 0) return spans;
  // Where literal hits of a category end, per category asked about: one pass over the hits each.
  const endsByCategory = new Map<string, Set<number>>();
  const endsOf = (category: string) => {
    let ends = endsByCategory.get(category);
    if (ends === undefined) {
      ends = new Set();
      for (const other of hits) {
        if (other.channel === 0 && compiled.terms[other.term]?.entries.some((e) => e.category === category)) {
          ends.add(other.end);
        }
      }
      endsByCategory.set(category, ends);
    }
    return ends;
  };
  for (const hit of hits) {
    if (hit.channel !== 0) continue;
    for (const index of compiled.terms[hit.term]?.allows ?? []) {
      const entry = compiled.allow[index];
      if (!entry || (entry.fields && !entry.fields.includes(field))) continue;
      if (entry.after !== undefined && !endsOf(entry.after).has(hit.start)) continue;
      spans.push({ start: hit.start, end: hit.end, ...(entry.categories && { categories: entry.categories }) });
    }
  }
  return spans;
}

/**
 * Answers "does one of these spans contain [start, end)?" by binary search: the spans sorted by
 * start, with the furthest end reached so far. A field of a megabyte has many spans.
 */
function spanCover(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = Int32Array.from(sorted, (span) => span.start);
  const reach = new Int32Array(sorted.length);
  let furthest = -1;
  sorted.forEach((span, i) => {
    furthest = Math.max(furthest, span.end);
    reach[i] = furthest;
  });
  return (start, end) => {
    // The last span starting at or before `start`.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((starts[mid] ?? 0) <= start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && (reach[low - 1] ?? -1) >= end;
  };
}

/** Whether a hit of `category` lies inside an allowed span that covers that category. */
function allowedIn(spans: readonly AllowedSpan[]): (start: number, end: number, category: string) => boolean {
  if (spans.length === 0) return () => false;
  const forAll = spanCover(spans.filter((span) => span.categories === undefined));
  const byCategory = new Map<string, (start: number, end: number) => boolean>();
  const categories = new Set(spans.flatMap((span) => span.categories ?? []));
  for (const category of categories) {
    byCategory.set(category, spanCover(spans.filter((span) => span.categories?.includes(category))));
  }
  return (start, end, category) => forAll(start, end) || (byCategory.get(category)?.(start, end) ?? false);
}

function defaultMessageKey(rule: Rule): string {
  return `article.${rule.article}`;
}

/**
 * Drops a hit that lies inside a longer one citing the same article with the same severity (of
 * equal hits, the first): 人民日报 is one 8.4 finding, not also one for the 日报 inside it.
 */
function dropContained(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  // In order of start, longest first, then as found, a candidate lies inside another exactly when
  // one of its kind before it reaches its end: one sort and one pass, whatever the number of hits.
  const order = candidates.map((_, index) => index);
  const rangeOf = (index: number) => candidates[index]?.range ?? { start: 0, end: 0 };
  order.sort((a, b) => rangeOf(a).start - rangeOf(b).start || rangeOf(b).end - rangeOf(a).end || a - b);
  const reach = new Map<string, number>();
  const kindOf = (candidate: Candidate) => `${candidate.rule.article} ${candidate.rule.severity}`;
  const inside = new Uint8Array(candidates.length);
  for (const index of order) {
    const candidate = candidates[index];
    if (!candidate) continue;
    const kind = kindOf(candidate);
    const furthest = reach.get(kind) ?? -1;
    if (furthest >= candidate.range.end) inside[index] = 1;
    else reach.set(kind, candidate.range.end);
  }
  return candidates.filter((_, index) => !inside[index]);
}

/** The first entry of `term` in one of `categories` (loops, not closures: this runs per hit and rule). */
function entryOf(term: CompiledTerm | undefined, categories: readonly string[]): TermEntry | undefined {
  if (term === undefined) return undefined;
  for (const entry of term.entries) if (categories.includes(entry.category)) return entry;
  return undefined;
}

function hasCategory(term: CompiledTerm | undefined, category: string): boolean {
  if (term === undefined) return false;
  for (const entry of term.entries) if (entry.category === category) return true;
  return false;
}

/** Index of the first of `hits` (sorted by start) that starts at or after `position`. */
function firstFrom(hits: readonly TermHit[], position: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((hits[mid]?.start ?? 0) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The rules that read a field for accounts of a kind, in rule-set order: per field, per kind. */
const rulesByField = new WeakMap<CompiledRuleSet, Map<TextField, Map<string, readonly Rule[]>>>();

function rulesFor(compiled: CompiledRuleSet, field: TextField, kind: unknown): readonly Rule[] {
  const select = () =>
    compiled.rules.filter(
      (rule) => rule.fields.includes(field) && (!rule.kinds || rule.kinds.includes(kind as 'personal')),
    );
  // `kind` comes from the caller's object: only the known kinds are remembered.
  if (kind !== 'personal' && kind !== 'professional' && kind !== 'entity') return select();
  let byField = rulesByField.get(compiled);
  if (byField === undefined) {
    byField = new Map();
    rulesByField.set(compiled, byField);
  }
  let byKind = byField.get(field);
  if (byKind === undefined) {
    byKind = new Map();
    byField.set(field, byKind);
  }
  let rules = byKind.get(kind);
  if (rules === undefined) {
    rules = select();
    byKind.set(kind, rules);
  }
  return rules;
}

/** Whether `[start, end)` of `text` holds a paragraph separator (UAX #9 class B). */
function crossesLine(text: string, range: MappedRange): boolean {
  for (let i = range.start; i < range.end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || (code >= 0x1c && code <= 0x1e) || code === 0x85 || code === 0x2029)
      return true;
  }
  return false;
}

/** One reading of a field's text: its hits, allowed spans and contact details. */
interface View {
  text: NormalizedText;
  hits: TermHit[];
  isAllowed: (start: number, end: number, category: string) => boolean;
  contacts: ReturnType<typeof detectContacts>;
}

function readView(compiled: CompiledRuleSet, field: TextField, text: NormalizedText): View {
  const hits = findTerms(compiled, text);
  const detectors = compiled.detectorsByField.get(field);
  return {
    text,
    hits,
    isAllowed: allowedIn(allowedSpans(compiled, field, hits)),
    contacts: detectors ? detectContacts(text.folded, text.separator, detectors) : [],
  };
}

const ACCOUNT_SUFFIXES = ['官方账号', '官方帐号', '官方', '官微', '客服', '旗舰店', '服务号', '订阅号'];

export function evaluateField(
  compiled: CompiledRuleSet,
  field: TextField,
  original: string,
  context: FieldContext,
  requires: Requirement[],
): Finding[] {
  const kind = context.info.kind ?? 'personal';
  const rules = rulesFor(compiled, field, kind);
  const findings: Finding[] = [];
  const limit = compiled.ruleSet.limits?.[field];
  // A text of at most `limit` code units has at most `limit` characters.
  if (limit !== undefined && original.length > limit) {
    let count = 0;
    for (let i = 0; i < original.length; i++) {
      // The first character over the limit starts the finding; a surrogate pair is one character.
      const start = i;
      if ((original.codePointAt(i) ?? 0) > 0xffff) i++;
      if (++count > limit) {
        findings.push({
          rule: 'length',
          article: '10.1',
          severity: 'block',
          field,
          start,
          end: original.length,
          match: original.slice(start),
          via: [],
          message: { key: 'length', params: { limit: String(limit) } },
        });
        break;
      }
    }
  }
  if (rules.length === 0) return findings;

  const text = normalizeTransient(original, compiled.folder);
  const views = [readView(compiled, field, text)];
  // What the user sees is what is checked: a text that bidi controls or right-to-left characters
  // display in another order is read in that order too (on an LTR page, and where a paragraph
  // starts right-to-left, as `dir=auto` shows it). Its hits carry the `bidi` channel; a hit found in
  // both orders is reported once, from the logical one (dropContained keeps the first of equals).
  for (const reading of normalizeReadings(original, compiled.folder)) views.push(readView(compiled, field, reading));
  const entityName = context.entityName;
  let ownName: Map<number, boolean> | undefined;
  const isOwnName = (hit: TermHit) => {
    if (entityName === undefined) return false;
    ownName ??= new Map();
    let own = ownName.get(hit.term);
    if (own === undefined) {
      own = isSubsequence(compiled.terms[hit.term]?.text ?? '\u0000', entityName);
      ownName.set(hit.term, own);
    }
    return own;
  };

  const candidates: Candidate[] = [];

  for (const rule of rules) {
    const match = rule.match;
    for (const { text, hits, isAllowed, contacts } of views) {
      // Lexicon and sequence rules read term hits only: a text without any has nothing for them.
      if (hits.length === 0 && ('lexicon' in match || 'sequence' in match)) continue;
      if ('lexicon' in match) {
        for (const hit of hits) {
          const entry = entryOf(compiled.terms[hit.term], match.lexicon);
          if (!entry || isAllowed(hit.start, hit.end, entry.category) || isOwnName(hit)) continue;
          candidates.push({
            rule,
            range: mapCompact(text, hit.start, hit.end, hit.channel),
            entry,
            params: { term: entry.term, category: entry.category, ...(entry.label && { label: entry.label }) },
            messageKey: rule.message ?? defaultMessageKey(rule),
          });
        }
      } else if ('detector' in match) {
        for (const contact of contacts) {
          if (!match.detector.includes(contact.detector)) continue;
          candidates.push({
            rule,
            range: mapFolded(text, contact.start, contact.end),
            params: { detector: contact.detector },
            messageKey: rule.message ?? `contact.${contact.detector}`,
          });
        }
      } else if ('sequence' in match) {
        const maxGap = match.maxGap ?? 0;
        const ofCategory = (category: string) => {
          const found: TermHit[] = [];
          for (const hit of hits) {
            if (hit.channel !== 0 || !hasCategory(compiled.terms[hit.term], category)) continue;
            if (!isAllowed(hit.start, hit.end, category) && !isOwnName(hit)) found.push(hit);
          }
          return found;
        };
        const parts = match.sequence.map(ofCategory);
        // Each later part sorted by start, longest first, so the nearest next term is a binary search.
        const following = parts.slice(1).map((part) => part.sort((a, b) => a.start - b.start || b.end - a.end));
        for (const first of parts[0] ?? []) {
          let end = first.end;
          const chain = [first];
          for (const part of following) {
            const next = part[firstFrom(part, end)];
            if (!next || next.start - end > maxGap) break;
            chain.push(next);
            end = next.end;
          }
          if (chain.length !== parts.length) continue;
          const terms = chain.map((hit) => compiled.terms[hit.term]?.entries[0]?.term ?? '');
          candidates.push({
            rule,
            range: mapCompact(text, first.start, end),
            params: { term: terms.join(''), category: match.sequence.join('+') },
            messageKey: rule.message ?? defaultMessageKey(rule),
          });
        }
      } else if (
        field === 'name' &&
        kind === 'entity' &&
        entityName !== undefined &&
        text.compact.length > 0 &&
        text === views[0]?.text
      ) {
        let name = text.compact;
        for (const suffix of ACCOUNT_SUFFIXES)
          if (name.endsWith(suffix) && name.length > suffix.length) name = name.slice(0, -suffix.length);
        if (!isSubsequence(name, entityName)) {
          candidates.push({
            rule,
            range: { start: 0, end: original.length, flags: 0 },
            params: { entity: context.info.entity?.name ?? '' },
            messageKey: rule.message ?? defaultMessageKey(rule),
          });
        }
      }
    }
  }

  if (candidates.length === 0) return findings;
  const evasion = compiled.ruleSet.evasion ?? { article: '8.6', severity: 'block' as Severity };
  const evasionSpans = new Set<string>();
  // Reordering never moves a character to another paragraph: a hit of a displayed reading that
  // spans a line break joined the end of one line to the start of the next, which the logical
  // reading judges on its own (an RTL line that starts with a date must not make a phone number
  // with the digits ending the line above).
  const kept =
    views.length > 1
      ? candidates.filter((c) => !(c.range.flags & BIDI) || !crossesLine(original, c.range))
      : candidates;
  for (const candidate of dropContained(kept)) {
    const { rule, range } = candidate;
    const matchText = original.slice(range.start, range.end);
    const via = viaOf(range.flags);
    findings.push({
      rule: rule.id,
      article: rule.article,
      severity: rule.severity,
      field,
      start: range.start,
      end: range.end,
      match: matchText,
      via,
      message: { key: candidate.messageKey, params: { match: matchText, ...candidate.params } },
    });
    if (rule.requiresQualification && candidate.entry) {
      const domain = candidate.entry.domain ?? candidate.entry.category;
      if (!requires.some((r) => r.domain === domain)) {
        requires.push({ kind: 'qualification', domain, label: candidate.entry.label ?? domain });
      }
    }
    const spanKey = `${range.start}:${range.end}`;
    if (isEvasion(range.flags) && rule.article !== evasion.article && !evasionSpans.has(spanKey)) {
      evasionSpans.add(spanKey);
      findings.push({
        rule: 'evasion',
        article: evasion.article,
        severity: evasion.severity,
        field,
        start: range.start,
        end: range.end,
        match: matchText,
        via,
        message: {
          // Reordered on screen: the message says so, whatever other channel the hit also used.
          key: range.flags & BIDI ? 'evasion.bidi' : 'evasion',
          params: { match: matchText, term: candidate.params.term ?? matchText, via: via.join(',') },
        },
      });
    }
  }
  return findings;
}
