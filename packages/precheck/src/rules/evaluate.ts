/**
 * From one field's text to its findings: the length limit, then normalize once, read the text in
 * its logical order and in every displayed order (rules/view.ts), let each rule's kind turn a
 * reading into candidates (rules/kinds.ts), drop candidates inside longer ones, and turn the rest
 * into findings. A hit found through an evasion channel also yields a finding under the evasion
 * article (8.6).
 */

import { BIDI, viaOf } from '../normalize/channels.js';
import { normalizeReadings } from '../normalize/displayed.js';
import { isEvasion, type MappedRange, type NormalizedText, withNormalized } from '../normalize/pipeline.js';
import type { AccountInfo, Finding, Requirement, Severity, TextField } from '../types.js';
import { type CompiledRule, type CompiledRuleSet, rulesFor } from './compile.js';
import {
  type Candidate,
  candidatesOf,
  categoriesFound,
  fieldPlan,
  isSubsequence,
  mayFind,
  type RuleInput,
} from './kinds.js';
import { readView, type TermHit } from './view.js';

export interface FieldContext {
  info: AccountInfo;
  /** Compact form of the entity's own name, for entity accounts. */
  entityName?: string;
}

export interface FieldResult {
  findings: Finding[];
  /** Qualifications the field's hits require, one per domain, in order of finding. */
  requires: Requirement[];
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

/** The categories found on a reading without hits (never read: its term rules are not called). */
const NONE = new Uint8Array(0);

/**
 * fieldCandidates' buffers, reused from one field to the next (a typed array made per field and
 * reading cost more than the few rules a reading wakes): a byte per rule with one bit per reading
 * that woke it, and per reading the categories found. A nested call (none is known) makes its own.
 */
const MAX_MARKED_READINGS = 8;
let busy = false;
let marks = new Uint8Array(256);
const foundBuffers: Uint8Array[] = [];
function scratchMarks(length: number): Uint8Array {
  if (marks.length < length) marks = new Uint8Array(Math.max(length, 2 * marks.length));
  return marks.fill(0, 0, length);
}
function scratchFound(reading: number): Uint8Array {
  let buffer = foundBuffers[reading];
  if (buffer === undefined) {
    buffer = new Uint8Array(256);
    foundBuffers[reading] = buffer;
  }
  return buffer;
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

/** The finding for a text over the field's limit, from the first character past it. */
function lengthFinding(field: TextField, original: string, limit: number): Finding | undefined {
  // A text of at most `limit` code units has at most `limit` characters.
  if (original.length <= limit) return undefined;
  let count = 0;
  for (let i = 0; i < original.length; i++) {
    // The first character over the limit starts the finding; a surrogate pair is one character.
    const start = i;
    if ((original.codePointAt(i) ?? 0) > 0xffff) i++;
    if (++count > limit) {
      return {
        rule: 'length',
        article: '10.1',
        severity: 'block',
        field,
        start,
        end: original.length,
        match: original.slice(start),
        via: [],
        message: { key: 'length', params: { limit: String(limit) } },
      };
    }
  }
  return undefined;
}

/**
 * The candidates of `rules` on every reading of one field's normalized text: its logical order,
 * then each displayed order that differs; `displayed` tells whether there was any.
 */
function fieldCandidates(
  compiled: CompiledRuleSet,
  field: TextField,
  rules: readonly CompiledRule[],
  text: NormalizedText,
  context: FieldContext,
): { candidates: Candidate[]; displayed: boolean } {
  const kind = context.info.kind ?? 'personal';
  const original = text.original;
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
  const inputs = views.map(
    (view, index): RuleInput => ({
      compiled,
      field,
      kind,
      info: context.info,
      entityName,
      original,
      view,
      logical: index === 0,
      isOwnName,
    }),
  );

  // Per reading, the categories its hits stand for: a term rule none of whose categories was
  // found (a lexicon rule) or one of whose parts is missing (a sequence rule) finds nothing there,
  // and is not called — most of a field's hundred rules, on a bio with a few hits. Term rules read
  // hits and detector rules contact details: a reading without them gives those kinds nothing, and
  // most readings of most fields have neither. So each reading wakes only the rules its categories
  // (fieldPlan's index), its contact details and the entity name may concern, marked per rule with
  // one bit per reading; the rest of a field's hundred rules are never visited.
  const plan = fieldPlan(compiled, rules);
  const plans = plan.plans;
  const own = !busy && inputs.length <= MAX_MARKED_READINGS;
  if (own) busy = true;
  try {
    const marks = own ? scratchMarks(rules.length) : new Uint8Array(rules.length);
    let first = rules.length;
    let last = -1;
    const mark = (list: Int32Array, bit: number) => {
      for (let i = 0; i < list.length; i++) {
        const r = list[i] as number;
        marks[r] = (marks[r] as number) | bit;
        if (r < first) first = r;
        if (r > last) last = r;
      }
    };
    const categories: Uint8Array[] = [];
    for (let v = 0; v < inputs.length; v++) {
      const view = (inputs[v] as RuleInput).view;
      // Past the bits of a mark (more readings than any text gives), every rule is visited.
      const bit = v < MAX_MARKED_READINGS ? 1 << v : 0;
      if (bit === 0) {
        first = 0;
        last = rules.length - 1;
      }
      mark(plan.always, bit);
      if (view.contacts.length > 0) mark(plan.detectors, bit);
      if (view.hits.length === 0) {
        categories.push(NONE);
        continue;
      }
      const found = categoriesFound(compiled, view.hits, own ? scratchFound(v) : undefined);
      categories.push(found);
      const byCategory = plan.byCategory;
      for (let c = 0; c < byCategory.length; c++) {
        const woken = byCategory[c];
        if (woken !== undefined && (found[c] as number) !== 0) mark(woken, bit);
      }
    }

    // Rule by rule, each on every reading: the order decides which of equal candidates is kept.
    // Index loops: a field runs a hundred rules, and an iterator per rule and reading was most of
    // what checking a short name allocated.
    const candidates: Candidate[] = [];
    for (let r = first; r <= last; r++) {
      const marked = marks[r] as number;
      if (marked === 0 && inputs.length <= MAX_MARKED_READINGS) continue;
      const rule = rules[r] as CompiledRule;
      const ruleKind = rule.kind;
      for (let v = 0; v < inputs.length; v++) {
        if (v < MAX_MARKED_READINGS && !(marked & (1 << v))) continue;
        const input = inputs[v] as RuleInput;
        // The exact test: a woken term rule may still lack a whole hit or a part.
        if (
          ruleKind === 'detector'
            ? input.view.contacts.length === 0
            : ruleKind !== 'entityName' &&
              (input.view.hits.length === 0 || !mayFind(plans[r], categories[v] as Uint8Array))
        )
          continue;
        const found = candidatesOf(rule, input);
        for (let k = 0; k < found.length; k++) candidates.push(found[k] as Candidate);
      }
    }
    return { candidates, displayed: views.length > 1 };
  } finally {
    if (own) busy = false;
  }
}

export function evaluateField(
  compiled: CompiledRuleSet,
  field: TextField,
  original: string,
  context: FieldContext,
): FieldResult {
  const kind = context.info.kind ?? 'personal';
  const rules = rulesFor(compiled, field, kind);
  const findings: Finding[] = [];
  const requires: Requirement[] = [];
  const limit = compiled.ruleSet.limits?.[field];
  const tooLong = limit === undefined ? undefined : lengthFinding(field, original, limit);
  if (tooLong) findings.push(tooLong);
  if (rules.length === 0) return { findings, requires };

  // The normalized text lives only inside withNormalized; candidates hold original ranges alone.
  const { candidates, displayed } = withNormalized(original, compiled.folder, (text) =>
    fieldCandidates(compiled, field, rules, text, context),
  );
  if (candidates.length === 0) return { findings, requires };
  const evasion = compiled.ruleSet.evasion ?? { article: '8.6', severity: 'block' as Severity };
  const evasionSpans = new Set<string>();
  // Reordering never moves a character to another paragraph: a hit of a displayed reading that
  // spans a line break joined the end of one line to the start of the next, which the logical
  // reading judges on its own (an RTL line that starts with a date must not make a phone number
  // with the digits ending the line above).
  const kept = displayed
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
  return { findings, requires };
}
