/**
 * One reading of a field's text, as every rule kind sees it: the terms found in its compact form
 * (automaton and pinyin channel), the spans the allow-lists exempt, and the contact details the
 * field's detectors find.
 */

import { detectContacts, isJoinerAt } from '../match/contact.js';
import { MIN_SYLLABLES } from '../match/pinyin.js';
import { CONFUSABLE, HOMOPHONE, PINYIN } from '../normalize/channels.js';
import { isHan } from '../normalize/characters.js';
import { numericReading, type Reading, wordReadings } from '../normalize/latin.js';
import {
  type CompactIndex,
  type FoldedIndex,
  isNumberEnd,
  isNumberStart,
  isWordEnd,
  isWordStart,
  type NormalizedText,
} from '../normalize/pipeline.js';
import type { TextField } from '../types.js';
import type { CompiledRuleSet } from './compile.js';

/** A term found in the compact text. */
export interface TermHit {
  term: number;
  start: CompactIndex;
  end: CompactIndex;
  /** HOMOPHONE or PINYIN when found by the pinyin channel. */
  channel: number;
  /**
   * Heard with fewer syllables than a term needs to be heard on its own (a two-syllable part of a
   * sequence): only the sequence kind counts it.
   */
  short: boolean;
  /** Channel flags the compact units do not show: CONFUSABLE for a term read through digits (A1ipay). */
  flags: number;
  /**
   * A joiner read as the term's 加 that the compact text does not hold (a separator: +V, ➕vx): the
   * folded unit where the hit's original range starts.
   */
  lead?: FoldedIndex;
  /**
   * A homophone whose first (OPEN_START) or last (OPEN_END) character is not the name's, with Han
   * text beside it: `short` too, and a sequence counts it only with its neighbouring part right there.
   */
  edge?: number;
}

/**
 * The categories of the contact channel: the lexicons the rules of Art. 8.6 read, as terms or as
 * the context of a detail. Only their terms are read through joiners.
 */
const contactCategories = new WeakMap<CompiledRuleSet, ReadonlySet<string>>();
function contactCategoriesOf(compiled: CompiledRuleSet): ReadonlySet<string> {
  let categories = contactCategories.get(compiled);
  if (categories === undefined) {
    const found = new Set<string>();
    for (const rule of compiled.rules) {
      if (rule.article !== '8.6') continue;
      const match = rule.match as { lexicon?: readonly string[]; with?: readonly string[] };
      for (const category of [...(match.lexicon ?? []), ...(match.with ?? [])]) found.add(category);
    }
    categories = found;
    contactCategories.set(compiled, categories);
  }
  return categories;
}

/** Characters a joiner may be: plus signs, crosses and 十 (isJoinerAt decides where they stand for 加). */
const JOINER_CANDIDATE = /[+\u2795\u271a-\u271c\u5341]/;
const isJoinerCandidate = (code: number) =>
  code === 0x2b || code === 0x2795 || (code >= 0x271a && code <= 0x271c) || code === 0x5341;
/** The same characters, searched for with `lastIndex` (one unit each). */
const JOINER_CANDIDATES = /[+\u2795\u271a-\u271c\u5341]/g;

/**
 * The contact channel's terms read with a joiner as 加 (日结+vx, ➕薇信, 十V): a plus sign or cross is
 * a separator the compact text drops, so the text is read again with 加 in its place (十, which
 * the compact text holds, is replaced). Only hits that cover such a 加 are added (the text itself
 * cannot have matched them: a joiner after 加 is no 加, so 加+V stays 加V); their range starts at
 * the joiner.
 */
function joinedHits(compiled: CompiledRuleSet, text: NormalizedText, hits: TermHit[]): void {
  const folded = text.folded;
  // Most texts hold no joiner (十 in 十点 is none): nothing is built unless one stands somewhere.
  // In a longer text the platform's search finds the candidates (most texts hold none); a name is
  // read unit by unit, faster than a search is started.
  let any = false;
  if (folded.length > 32) {
    JOINER_CANDIDATES.lastIndex = 0;
    while (!any && JOINER_CANDIDATES.test(folded)) any = isJoinerAt(folded, JOINER_CANDIDATES.lastIndex - 1);
  } else {
    for (let i = 0; i < folded.length && !any; i++)
      any = isJoinerCandidate(folded.charCodeAt(i)) && isJoinerAt(folded, i);
  }
  if (!any) return;
  let joined = '';
  /** Per unit of `joined`: its compact index (an inserted 加: the next compact unit's), and its joiner. */
  const toCompact: number[] = [];
  const joiners = new Map<number, number>();
  let compactIndex = 0;
  for (let i = 0; i < folded.length; i++) {
    const separator = text.separator[i] === 1;
    if (!JOINER_CANDIDATE.test(folded[i] ?? '') || !isJoinerAt(folded, i)) {
      if (separator) continue;
      joined += folded[i];
      toCompact.push(compactIndex++);
      continue;
    }
    joiners.set(joined.length, i);
    joined += '加';
    toCompact.push(separator ? compactIndex : compactIndex++);
  }
  if (joiners.size === 0) return;
  const categories = contactCategoriesOf(compiled);
  compiled.automaton.scan(joined, (term, from, to) => {
    let covers = false;
    for (let k = from; k < to; k++) if (joiners.has(k)) covers = true;
    if (!covers || joiners.has(to - 1)) return;
    if (!compiled.terms[term]?.entries.some((entry) => categories.has(entry.category))) return;
    const termText = compiled.terms[term]?.text ?? '';
    const start = toCompact[from] as CompactIndex;
    const end = ((toCompact[to - 1] ?? 0) + 1) as CompactIndex;
    if (isLatinLetter(termText.charCodeAt(termText.length - 1)) && !isWordEnd(text, end)) return;
    const joiner = joiners.get(from);
    // A joiner the compact text holds (十) is inside the range already.
    const lead = joiner !== undefined && text.separator[joiner] === 1 ? (joiner as FoldedIndex) : undefined;
    hits.push({ term, start, end, channel: 0, short: false, flags: CONFUSABLE, ...(lead !== undefined && { lead }) });
  });
}

const isLatinLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/** A Latin letter right beside a digit: what the Latin script channel's readings need to exist. */
const MIXED = /[a-z][0-9]|[0-9][a-z]/;

/** Characters a homophone must keep of the name when it ends in another character next to more text. */
const KEPT_AT_A_WORD_EDGE = 3;

/** isHeardName: not heard; heard; heard only as a part of a sequence whose next or previous part stands beside it. */
const NOT_HEARD = 0;
const HEARD = 1;
/** Its first character is not the name's and Han text stands before it. */
export const OPEN_START = 2;
/** Its last character is not the name's and Han text stands after it. */
export const OPEN_END = 4;

/**
 * Whether `written` (compact[start, end)), which sounds like `name`, is heard as the name:
 * - it keeps at least one character of the name (新花社 for 新华社); a text that shares only sounds
 *   with it (红心不 for 工信部) is another word; a name of four or more characters keeps more than
 *   half of them (人民日抱 yes; 人名日抱, 东方名猪 — two of four — are other words that sound alike);
 * - where its first or last character is not the name's and more Han text stands beside it, that
 *   character most likely belongs to the neighbouring word — 中国往事 is 中国 + 往事, not 中国网 —
 *   so the hit must keep three characters of the name (人民日抱官方 does; 中国往 does not). A
 *   part of a sequence of two syllables is exempt; a longer one is heard with that open edge
 *   (OPEN_START, OPEN_END) only where the sequence's other part stands right beside it
 *   (官渡区谁利局: 官渡区 + 水利局), which rules/kinds.ts checks.
 */
function isHeardName(compact: string, start: number, end: number, written: string, name: string): number {
  let kept = 0;
  for (let i = 0; i < written.length; i++) if (written[i] === name[i]) kept++;
  if (kept === 0 || (name.length >= 4 && kept * 2 <= name.length)) return NOT_HEARD;
  // A part of a sequence (杭洲 before 税务局) has the next part beside it by design; the chain's
  // own rule applies there (rules/kinds.ts).
  if (name.length < MIN_SYLLABLES) return HEARD;
  const last = written.length - 1;
  const openEnd = written[last] !== name[last] && end < compact.length && isHan(compact[end] ?? '');
  const openStart = written[0] !== name[0] && start > 0 && isHan(compact[start - 1] ?? '');
  if (!(openEnd || openStart) || kept >= KEPT_AT_A_WORD_EDGE) return HEARD;
  return (openStart ? OPEN_START : 0) | (openEnd ? OPEN_END : 0);
}

/**
 * In `latinEdges`: the term's edges have been read; it starts with a Latin letter; it ends with
 * one; it is a number of two digits or more (a hotline, 12306, 985), which must then be the whole
 * of a number in the text. A term of one digit, or digits and a unit (8人, 3天), stands for the end
 * of any number (98人) and is not bounded.
 */
const EDGES_READ = 1;
const LATIN_START = 2;
const LATIN_END = 4;
const NUMBER = 8;
const isNumberTerm = (text: string) => text.length >= 2 && /^[0-9]+$/.test(text);
const latinEdgesByRuleSet = new WeakMap<CompiledRuleSet, Uint8Array>();

/**
 * Per term, filled on its first hit: whether it starts or ends with a Latin letter (which must
 * then be a word's edge). A hit reads one byte instead of its term's text.
 */
function latinEdges(compiled: CompiledRuleSet): Uint8Array {
  let edges = latinEdgesByRuleSet.get(compiled);
  if (edges === undefined) {
    edges = new Uint8Array(compiled.terms.length);
    latinEdgesByRuleSet.set(compiled, edges);
  }
  return edges;
}

function edgesOf(compiled: CompiledRuleSet, edges: Uint8Array, term: number): number {
  let found = edges[term] ?? 0;
  if (found === 0) {
    const termText = compiled.terms[term]?.text ?? '';
    found =
      EDGES_READ |
      (isLatinLetter(termText.charCodeAt(0)) ? LATIN_START : 0) |
      (isLatinLetter(termText.charCodeAt(termText.length - 1)) ? LATIN_END : 0) |
      (isNumberTerm(termText) ? NUMBER : 0);
    if (term < edges.length) edges[term] = found;
  }
  return found;
}

export function findTerms(compiled: CompiledRuleSet, text: NormalizedText): TermHit[] {
  const hits: TermHit[] = [];
  const compact = text.compact;
  const edges = latinEdges(compiled);
  // The matchers scan the compact string: what they report are compact indices.
  compiled.automaton.scan(compact, (term, from, to) => {
    const start = from as CompactIndex;
    const end = to as CompactIndex;
    // A Latin term must not start or end inside a Latin word: `un` is not in `fun`.
    const latin = edgesOf(compiled, edges, term);
    if (latin & LATIN_START && !isWordStart(text, start)) return;
    if (latin & LATIN_END && !isWordEnd(text, end)) return;
    // Nor a number inside a longer one: the hotline 12345 is not in 13812345678.
    if (latin & NUMBER && !(isNumberStart(text, start) && isNumberEnd(text, end))) return;
    hits.push({ term, start, end, channel: 0, short: false, flags: 0 });
  });
  // Digits read as letters (T4obao) and letters as digits (1OO86): the terms of those readings that
  // cover a replaced unit, which the text itself cannot have matched.
  const mixed = MIXED.test(compact);
  const readings: Reading[] = mixed ? wordReadings(compact) : [];
  const numeric = mixed ? numericReading(compact) : undefined;
  if (numeric) readings.push(numeric);
  // Most texts mix no letters and digits: no reading, and nothing allocated for one.
  const seen = readings.length > 0 ? new Set<string>() : undefined;
  for (const reading of readings) {
    if (seen === undefined) break;
    compiled.automaton.scan(reading.text, (term, from, to) => {
      if (!reading.substituted.subarray(from, to).includes(1)) return;
      const start = from as CompactIndex;
      const end = to as CompactIndex;
      const termText = compiled.terms[term]?.text ?? '';
      const key = `${term}:${from}:${to}`;
      if (seen.has(key)) return;
      // A word boundary of the reading: a replaced digit at either edge is a letter now.
      if (isLatinLetter(termText.charCodeAt(0)) && !isWordStart(text, start)) return;
      if (isLatinLetter(termText.charCodeAt(termText.length - 1)) && !isWordEnd(text, end)) return;
      seen.add(key);
      hits.push({ term, start, end, channel: 0, short: false, flags: CONFUSABLE });
    });
    // A Chinese name spelled in pinyin through digits (T4obao, Hua_w3i).
    if (reading === numeric) continue;
    compiled.pinyin.scan(
      reading.text,
      (p) => isWordStart(text, p as CompactIndex),
      (match) => {
        if (!match.spelled || !reading.substituted.subarray(match.start, match.end).includes(1)) return;
        const key = `${match.term}:${match.start}:${match.end}`;
        if (seen.has(key)) return;
        seen.add(key);
        const termText = compiled.terms[match.term]?.text ?? '';
        hits.push({
          term: match.term,
          start: match.start as CompactIndex,
          end: match.end as CompactIndex,
          channel: PINYIN,
          short: termText.length < MIN_SYLLABLES,
          flags: CONFUSABLE,
        });
      },
    );
  }
  // Where the text is a listed name as written, it is that name, not a homophone of another name of
  // a list it is heard in (山西师范大学 is not 陕西师范大学, 延津县 not 盐津县); a look-alike listed
  // elsewhere (威信 among WeChat's code words) is still heard as the brand: the automaton's hits by start.
  // Made on first use, of the hits found so far (the pinyin channel adds its own after them).
  const literalCount = hits.length;
  let literalAt: Map<number, TermHit[]> | undefined;
  const literalsAt = (start: number) => {
    if (literalAt === undefined) {
      literalAt = new Map();
      for (let h = 0; h < literalCount; h++) {
        const hit = hits[h] as TermHit;
        if (hit.flags !== 0) continue;
        const at = literalAt.get(hit.start);
        if (at) at.push(hit);
        else literalAt.set(hit.start, [hit]);
      }
    }
    return literalAt.get(start);
  };
  const isListedAs = (start: number, end: number, term: number) => {
    const heard = compiled.terms[term]?.entries;
    return (
      heard !== undefined &&
      (literalsAt(start) ?? []).some(
        (hit) =>
          hit.end === end &&
          (compiled.terms[hit.term]?.entries ?? []).some((entry) =>
            heard.some((other) => !other.literal && other.category === entry.category),
          ),
      )
    );
  };
  compiled.pinyin.scan(
    compact,
    (p) => isWordStart(text, p as CompactIndex),
    (match) => {
      const termText = compiled.terms[match.term]?.text ?? '';
      // The literal term is the automaton's hit already.
      if (match.end - match.start === termText.length && compact.startsWith(termText, match.start)) return;
      if (!match.spelled && isListedAs(match.start, match.end, match.term)) return;
      const written = compact.slice(match.start, match.end);
      // A homophone keeps at least one character of the name (新花社 for 新华社); a text that shares
      // only sounds with it (红心不 for 工信部) is another word.
      const heard = match.spelled ? HEARD : isHeardName(compact, match.start, match.end, written, termText);
      if (heard === NOT_HEARD) return;
      // An open edge: heard only as a sequence's part, beside the part before or after it.
      const edge = heard === HEARD ? 0 : heard;
      if (edge !== 0 && !compiled.pinyin.isSequencePart(match.term)) return;
      const { term, start, end } = match;
      hits.push({
        term,
        start: start as CompactIndex,
        end: end as CompactIndex,
        channel: match.spelled ? PINYIN : HOMOPHONE,
        short: termText.length < MIN_SYLLABLES || edge !== 0,
        flags: 0,
        ...(edge !== 0 && { edge }),
      });
    },
  );
  joinedHits(compiled, text, hits);
  return hits;
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
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as TermHit;
    if (hit.channel !== 0) continue;
    const allows = compiled.terms[hit.term]?.allows;
    if (allows === undefined) continue;
    for (let a = 0; a < allows.length; a++) {
      const entry = compiled.allow[allows[a] as number];
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
  const sorted = spans.length > 1 ? [...spans].sort((a, b) => a.start - b.start) : spans;
  const starts = new Int32Array(sorted.length);
  const reach = new Int32Array(sorted.length);
  let furthest = -1;
  for (let i = 0; i < sorted.length; i++) {
    const span = sorted[i] as { start: number; end: number };
    furthest = Math.max(furthest, span.end);
    starts[i] = span.start;
    reach[i] = furthest;
  }
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

/** One reading of a field's text: its hits, allowed spans and contact details. */
export interface View {
  text: NormalizedText;
  hits: TermHit[];
  isAllowed: (start: number, end: number, category: string) => boolean;
  contacts: ReturnType<typeof detectContacts>;
  /**
   * Filled by the sequence kind on first use (rules/kinds.ts), read by every sequence rule of the
   * field: the usable hits of each category that has any, in the order found, and sorted.
   */
  partsFound: Map<string, TermHit[]> | undefined;
  partsSorted: Map<string, TermHit[]> | undefined;
}

export function readView(compiled: CompiledRuleSet, field: TextField, text: NormalizedText): View {
  const hits = findTerms(compiled, text);
  const detectors = compiled.detectorsByField.get(field);
  // The allowed spans are found when a rule first asks (most readings' rules never do: a rule is
  // called only where its categories were found).
  let allowed: ((start: number, end: number, category: string) => boolean) | undefined;
  return {
    text,
    hits,
    isAllowed: (start, end, category) => {
      allowed ??= allowedIn(allowedSpans(compiled, field, hits));
      return allowed(start, end, category);
    },
    contacts: detectors ? detectContacts(text.folded, text.separator, detectors, compiled.contact, text) : [],
    partsFound: undefined,
    partsSorted: undefined,
  };
}
