/**
 * The artifact's compact form, what the package loads (src/ruleset.compact.json): the same document
 * as src/ruleset.json, written for gzip. `decodeRuleSet(encodeRuleSet(doc))` is the same document,
 * key order included (the content hash is over its JSON text): compile.ts checks it.
 *
 * - **Front coding.** A lexicon's terms are one string: each term as a mark for the number of
 *   leading UTF-16 code units it shares with the term before it (MARKS), then the rest. Most
 *   lexicons are sorted lists of names that share their beginnings (北京大学, 北京交通大学 …). The
 *   mark also separates the terms: one symbol instead of a separator and a digit (1.2 KB less).
 * - **Derived lexicons.** A sorted lexicon that another lexicon's terms mostly yield is written as
 *   that derivation (`derived`): the county short forms from the full names (丁青县 → 丁青,
 *   北川羌族自治县 → 北川, 北川县) by a few suffix rules, the scenic areas' names from their full
 *   names. The decoder applies the rules to the base lexicon's terms, keeps the candidates a
 *   run-length mask selects, adds the terms no rule yields, in order.
 * - **A character table.** The Han characters the terms use most are written as code points of two
 *   UTF-8 bytes instead of three (CODE_RANGES), in order of frequency, so that gzip codes the
 *   frequent ones in fewer bits. `characters` lists them as code point steps (writeTable); no term
 *   may contain a code point of CODE_RANGES itself (the encoder checks).
 * - **Layout.** The table, the terms and the derivations come first, the document's own keys after
 *   them, each lexicon without its entries; object entries (a term with its own pinyin,
 *   homophones, domain …) keep their other keys in `objects`, grouped by those keys. gzip codes the
 *   terms better together than between the lexicons' keys (1.7 KB less). Allow entries' terms are
 *   front-coded too.
 *
 * The encoder chooses: a derivation is written only where it is smaller than the terms.
 */
import type { RuleSet } from '@mingzheng/precheck';

type Lexicon = RuleSet['lexicons'][number];
type Entry = Lexicon['entries'][number];
type EntryKeys = Omit<Exclude<Entry, string>, 'term'>;

/**
 * A term's mark: the number of code units it shares with the term before it, 0–19 as one of these
 * ASCII symbols (none of which a term may contain), 20–35 as the last one followed by a base-36
 * digit (`~k` … `~z`).
 */
export const MARKS = '!#()*+,/;<=>?@[]^_{}~';
const LONG_SHARED = '0123456789abcdefghijklmnopqrstuvwxyz';
const MARK_VALUES = new Int8Array(128).fill(-1);
for (const [value, mark] of [...MARKS].entries()) MARK_VALUES[mark.charCodeAt(0)] = value;
const markAt = (text: string, at: number) => MARK_VALUES[text.charCodeAt(at)] ?? -1;
/** Run lengths of a derivation's mask: one digit a run, the last digit continuing the run. */
const RUN_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/**
 * Code points of two UTF-8 bytes that stand for the table's characters: Latin, Greek, Cyrillic and
 * Armenian letters and symbols, none that combines with what precedes it, changes under Unicode
 * normalization or is written right to left (the test checks each).
 */
export const CODE_RANGES: readonly (readonly [number, number])[] = [
  [0x100, 0x2ea],
  [0x2ec, 0x300],
  [0x38e, 0x3a2],
  [0x3a3, 0x3e2],
  [0x3f0, 0x483],
  [0x48a, 0x530],
  [0x531, 0x557],
  [0x560, 0x589],
];
/** A character is in the table when the terms use it at least this often (measured: fewer pays less). */
const TABLE_MIN_USES = 7;

/**
 * A lexicon derived from another (`base`, the index of a lexicon written with its terms): for each
 * of the base's terms, the first rule whose suffix ends it (and is shorter) gives one candidate per
 * replacement (the term without the suffix, plus the replacement); the sorted, distinct candidates
 * that `keep` selects and the terms of `plus`, in sorted order, are the entries.
 */
export interface Derivation {
  /** The index of the derived lexicon. */
  lexicon: number;
  base: number;
  /** `[suffix, ...replacements]`, longest suffix first. */
  rules: string[][];
  /** Alternating runs over the candidates, kept first (RUN_DIGITS). */
  keep: string;
  /** Front-coded like `terms`. */
  plus: string;
}

type Allow = NonNullable<RuleSet['allow']>[number];

export interface CompactRuleSet extends Omit<RuleSet, 'lexicons' | 'allow'> {
  /** The table's characters, as steps (see writeTable; the codes in CODE_RANGES order). */
  characters?: string;
  /** Each lexicon's terms, front-coded (empty for a derived lexicon). */
  terms: string[];
  derived?: Derivation[];
  lexicons: Omit<Lexicon, 'entries'>[];
  /** Allow entries with their terms front-coded. */
  allow?: (Omit<Allow, 'terms'> & { terms: string })[];
  /** `[lexicon, [keys, ...indices]...]`: in that lexicon, the entry at each index is `{ term, ...keys }`. */
  objects?: [number, ...[EntryKeys, ...number[]][]][];
}

const termOf = (entry: Entry) => (typeof entry === 'string' ? entry : entry.term);

function* codePoints(): Generator<number> {
  for (const [from, to] of CODE_RANGES) for (let code = from; code < to; code++) yield code;
}

const isCode = (code: number) => CODE_RANGES.some(([from, to]) => code >= from && code < to);

/**
 * Front coding: the shared beginning is counted in UTF-16 code units (never splitting a surrogate
 * pair), so that decoding is string slicing.
 */
function frontCode(terms: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const term of terms) {
    let shared = 0;
    const limit = Math.min(term.length - 1, previous.length, LONG_SHARED.length - 1);
    while (shared < limit && term[shared] === previous[shared]) shared++;
    if (shared > 0 && /[\ud800-\udbff]/.test(term[shared - 1] as string)) shared--;
    const last = MARKS.length - 1;
    out += (shared < last ? MARKS[shared] : `${MARKS[last]}${LONG_SHARED[shared]}`) + term.slice(shared);
    previous = term;
  }
  return out;
}

function frontDecode(text: string): string[] {
  const terms: string[] = [];
  let previous = '';
  let at = 0;
  while (at < text.length) {
    let shared = markAt(text, at++);
    if (shared === MARKS.length - 1) shared = LONG_SHARED.indexOf(text[at++] as string);
    let end = at;
    while (end < text.length && markAt(text, end) < 0) end++;
    previous = previous.slice(0, shared) + text.slice(at, end);
    terms.push(previous);
    at = end;
  }
  return terms;
}

/** The default sort (UTF-16 code units), as the generated lexicons are sorted. */
const sorted = (terms: Iterable<string>) => [...terms].sort();

function isSortedSet(terms: readonly string[]): boolean {
  for (let i = 1; i < terms.length; i++) if ((terms[i - 1] as string) >= (terms[i] as string)) return false;
  return true;
}

/** The sorted, distinct candidates the rules yield from the base's terms. */
function candidatesOf(base: readonly string[], rules: readonly string[][]): string[] {
  // The rules by the last code unit of their suffix, in order; a rule with no suffix ends every term.
  const byLast = new Map<string, string[][]>();
  const always: string[][] = [];
  for (const rule of rules) {
    const suffix = rule[0] as string;
    if (suffix === '') always.push(rule);
    else byLast.set(suffix.slice(-1), [...(byLast.get(suffix.slice(-1)) ?? []), rule]);
  }
  const out = new Set<string>();
  for (const term of base) {
    const rule =
      byLast.get(term.slice(-1))?.find(([suffix = '']) => term.length > suffix.length && term.endsWith(suffix)) ??
      always[0];
    if (!rule) continue;
    const stem = term.slice(0, term.length - (rule[0] as string).length);
    for (let i = 1; i < rule.length; i++) out.add(stem + rule[i]);
  }
  return sorted(out);
}

/** Two sorted lists of distinct terms as one. */
function merge(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push((a[i] as string) < (b[j] as string) ? (a[i++] as string) : (b[j++] as string));
  return out.concat(a.slice(i), b.slice(j));
}

function writeRuns(mask: readonly boolean[]): string {
  const runs: number[] = [];
  let wanted = true;
  let run = 0;
  for (const kept of mask) {
    if (kept === wanted) run++;
    else {
      runs.push(run);
      wanted = !wanted;
      run = 1;
    }
  }
  runs.push(run);
  const max = RUN_DIGITS.length - 1;
  return runs
    .map((length) => RUN_DIGITS.charAt(max).repeat(Math.floor(length / max)) + RUN_DIGITS.charAt(length % max))
    .join('');
}

function readRuns(text: string, candidates: readonly string[]): string[] {
  const kept: string[] = [];
  const max = RUN_DIGITS.length - 1;
  let at = 0;
  let keeping = true;
  let run = 0;
  for (const digit of text) {
    const value = RUN_DIGITS.indexOf(digit);
    run += value;
    if (value === max) continue;
    if (keeping) kept.push(...candidates.slice(at, at + run));
    at += run;
    run = 0;
    keeping = !keeping;
  }
  return kept;
}

function derivedEntries(derive: Derivation, base: readonly string[]): string[] {
  return merge(readRuns(derive.keep, candidatesOf(base, derive.rules)), frontDecode(derive.plus));
}

/** The rules, mask and additions that derive `target` (sorted, distinct) from `base`, or none. */
function derivation(
  lexicon: number,
  index: number,
  base: readonly string[],
  target: readonly string[],
): Derivation | undefined {
  // Rules suggested by the target's terms: a base term that starts with one (丁青县 → 丁青: 县 → ""),
  // or with all of it but its last character and ends with that (北川羌族自治县 → 北川县).
  const byBase = sorted(base);
  const suggested = new Map<string, number>();
  const suggest = (suffix: string, replacement: string) => {
    const key = `${suffix}\u0000${replacement}`;
    suggested.set(key, (suggested.get(key) ?? 0) + 1);
  };
  const startingWith = function* (prefix: string) {
    let low = 0;
    let high = byBase.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((byBase[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < byBase.length && (byBase[i] as string).startsWith(prefix); i++) yield byBase[i] as string;
  };
  let related = 0;
  for (const term of target) {
    let found = false;
    for (const full of startingWith(term)) {
      suggest(full.slice(term.length), '');
      found = true;
    }
    const last = term.slice(-1);
    if (term.length > 2)
      for (const full of startingWith(term.slice(0, -1)))
        if (full.length > term.length && full.endsWith(last)) {
          suggest(full.slice(term.length - 1), last);
          found = true;
        }
    if (found) related++;
  }
  if (related < target.length / 2) return undefined;
  const targetSet = new Set(target);
  const toRules = (keys: readonly string[]): string[][] => {
    const rules = new Map<string, string[]>();
    for (const key of keys) {
      const [suffix = '', replacement = ''] = key.split('\u0000');
      rules.set(suffix, [...(rules.get(suffix) ?? []), replacement]);
    }
    return [...rules]
      .map(([suffix, replacements]) => [suffix, ...replacements.sort()])
      .sort(([a = ''], [b = '']) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  };
  const build = (keys: readonly string[]): { derive: Derivation; cost: number } => {
    const rules = toRules(keys);
    const candidates = candidatesOf(base, rules);
    const yielded = new Set(candidates);
    const plus = target.filter((term) => !yielded.has(term));
    const keep = writeRuns(candidates.map((candidate) => targetSet.has(candidate)));
    const derive = { lexicon, base: index, rules, keep, plus: frontCode(plus) };
    // Characters, a Han character counted as two digits.
    const cost = keep.length + 2 * (rules.flat().join(',').length + derive.plus.length);
    return { derive, cost };
  };
  // Drop the rules that do not pay, least used first.
  let keys = [...suggested.keys()].sort(
    (a, b) => (suggested.get(a) ?? 0) - (suggested.get(b) ?? 0) || (a < b ? -1 : 1),
  );
  let best = build(keys);
  for (const key of [...keys]) {
    const trial = build(keys.filter((other) => other !== key));
    if (trial.cost <= best.cost) {
      best = trial;
      keys = keys.filter((other) => other !== key);
    }
  }
  return best.derive;
}

/**
 * The table as steps: each character as its distance from the one before (from U+2E80 at the
 * first code of each UTF-8 lead byte), in base 32, most significant digit first, the last digit
 * from STEP_LAST and the others from STEP_MORE.
 */
const STEP_LAST = '0123456789abcdefghijklmnopqrstuv';
const STEP_MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_';
const TABLE_START = 0x2e80;

function writeTable(chars: readonly string[]): string {
  let out = '';
  let previous = TABLE_START;
  let index = 0;
  let lead = -1;
  for (const code of codePoints()) {
    const char = chars[index++];
    if (char === undefined) break;
    if (code >> 6 !== lead) previous = TABLE_START;
    lead = code >> 6;
    let step = char.charCodeAt(0) - previous;
    if (step < 0 || char.length !== 1) throw new Error(`the character table cannot hold "${char}"`);
    let digits = STEP_LAST.charAt(step % 32);
    for (step = Math.floor(step / 32); step > 0; step = Math.floor(step / 32))
      digits = STEP_MORE.charAt(step % 32) + digits;
    out += digits;
    previous = char.charCodeAt(0);
  }
  return out;
}

/** The table's characters by the code unit that stands for each. */
function readTable(text: string): string[] {
  const table: string[] = [];
  if (text.length === 0) return table;
  let at = 0;
  let previous = TABLE_START;
  let lead = -1;
  for (const code of codePoints()) {
    if (at === text.length) break;
    if (code >> 6 !== lead) previous = TABLE_START;
    lead = code >> 6;
    let step = 0;
    for (let more = STEP_MORE.indexOf(text.charAt(at)); more >= 0; more = STEP_MORE.indexOf(text.charAt(++at)))
      step = step * 32 + more;
    step = step * 32 + STEP_LAST.indexOf(text.charAt(at++));
    previous += step;
    table[code] = String.fromCharCode(previous);
  }
  return table;
}

/** The UTF-8 bytes of a value's JSON text: what the encoder compares to choose a writing. */
function size(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit < 0xe000 ? 2 : 3;
  }
  return bytes;
}

/** Which sorted lexicons of strings to write as derivations, where smaller than their terms. */
function derivations(ruleSet: RuleSet, terms: readonly string[][]): Map<number, Derivation> {
  const derived = new Map<number, Derivation>();
  for (const [index, target] of terms.entries()) {
    const lexicon = ruleSet.lexicons[index] as Lexicon;
    if (target.length < 20 || !isSortedSet(target) || lexicon.entries.some((entry) => typeof entry !== 'string'))
      continue;
    let best: { derive: Derivation; size: number } | undefined;
    for (const [baseIndex, base] of terms.entries()) {
      if (baseIndex === index || derived.has(baseIndex) || base.length < 20) continue;
      const derive = derivation(index, baseIndex, base, target);
      if (!derive) continue;
      const bytes = size(derive);
      if (bytes < (best?.size ?? size(frontCode(target)))) best = { derive, size: bytes };
    }
    if (best) derived.set(index, best.derive);
  }
  // A base must be written with its terms: drop a derivation from a lexicon derived after it.
  for (const [index, derive] of derived) if (derived.has(derive.base)) derived.delete(index);
  return derived;
}

/** The compact form of a rule-set document (throws if a term cannot be written in it). */
export function encodeRuleSet(ruleSet: RuleSet): CompactRuleSet {
  const terms = ruleSet.lexicons.map((lexicon) => lexicon.entries.map(termOf));
  const writable = (where: string, term: string) => {
    for (const char of term)
      if (MARKS.includes(char) || isCode(char.codePointAt(0) ?? 0))
        throw new Error(`${where}: "${term}" contains "${char}", which the compact form uses`);
  };
  for (const [index, lexicon] of ruleSet.lexicons.entries()) {
    for (const entry of lexicon.entries)
      if (typeof entry !== 'string' && Object.keys(entry)[0] !== 'term')
        throw new Error(`${lexicon.category}: "term" must come first in an entry`);
    for (const term of terms[index] ?? []) writable(lexicon.category, term);
  }
  for (const entry of ruleSet.allow ?? []) for (const term of entry.terms) writable('allow', term);
  const allow = ruleSet.allow?.map((entry) => ({ ...entry, terms: frontCode(entry.terms) }));
  const derived = derivations(ruleSet, terms);
  const written = terms.map((lexicon, index) => (derived.has(index) ? '' : frontCode(lexicon)));
  // The character table, most frequent first (ties in code point order).
  const uses = new Map<string, number>();
  for (const text of [
    ...written,
    ...[...derived.values()].map((derive) => derive.plus),
    ...(allow ?? []).map((entry) => entry.terms),
  ])
    for (const char of text) if (char.length === 1 && char >= '\u2e80') uses.set(char, (uses.get(char) ?? 0) + 1);
  const table = [...uses]
    .filter(([, n]) => n >= TABLE_MIN_USES)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([char]) => char);
  // By frequency, each character gets a code; among the codes of one UTF-8 lead byte, the order of
  // the characters matters little to gzip, so they take them in code point order: the table is
  // then written as steps.
  const assigned: number[] = [];
  for (const code of codePoints()) {
    if (assigned.length === table.length) break;
    assigned.push(code);
  }
  const codes = new Map<string, string>();
  for (let from = 0; from < assigned.length; ) {
    let to = from;
    while (to < assigned.length && (assigned[to] as number) >> 6 === (assigned[from] as number) >> 6) to++;
    const chars = table.slice(from, to).sort();
    for (const [i, char] of chars.entries()) codes.set(char, String.fromCharCode(assigned[from + i] as number));
    from = to;
  }
  const write = (text: string) => [...text].map((char) => codes.get(char) ?? char).join('');
  const objects: NonNullable<CompactRuleSet['objects']> = [];
  for (const [index, { entries }] of ruleSet.lexicons.entries()) {
    const groups = new Map<string, [EntryKeys, ...number[]]>();
    entries.forEach((entry, at) => {
      if (typeof entry === 'string') return;
      const { term: _term, ...keys } = entry;
      const key = JSON.stringify(keys);
      const group = groups.get(key);
      if (group) group.push(at);
      else groups.set(key, [keys, at]);
    });
    if (groups.size > 0) objects.push([index, ...groups.values()]);
  }
  // The document's keys keep their places (`allow` with its terms written).
  const compact: CompactRuleSet = {
    ...(codes.size > 0 && { characters: writeTable([...codes.keys()]) }),
    terms: written.map(write),
    ...(derived.size > 0 && {
      derived: [...derived.values()].map((derive) => ({ ...derive, plus: write(derive.plus) })),
    }),
    ...(ruleSet as Omit<RuleSet, 'allow'>),
    lexicons: ruleSet.lexicons.map(({ entries: _entries, ...lexicon }) => lexicon),
    ...(allow && { allow: allow.map((entry) => ({ ...entry, terms: write(entry.terms) })) }),
    ...(objects.length > 0 && { objects }),
  };
  return compact;
}

/** The document a compact form stands for. */
export function decodeRuleSet(compact: CompactRuleSet): RuleSet {
  const { characters = '', terms: written, derived = [], objects = [], ...rest } = compact;
  // The characters by the code unit that stands for each.
  const table = readTable(characters);
  const read = (text: string) => {
    if (table.length === 0) return text;
    let out = '';
    for (let i = 0; i < text.length; i++) out += table[text.charCodeAt(i)] ?? text[i];
    return out;
  };
  const terms: string[][] = written.map((text) => frontDecode(read(text)));
  for (const derive of derived)
    terms[derive.lexicon] = derivedEntries({ ...derive, plus: read(derive.plus) }, terms[derive.base] ?? []);
  const entries: Entry[][] = terms.map((lexicon) => [...lexicon]);
  for (const [index, ...groups] of objects)
    for (const [keys, ...indices] of groups) {
      const lexicon = entries[index] ?? [];
      for (const at of indices) lexicon[at] = { term: lexicon[at] as string, ...keys };
    }
  // The document's key order: category first, entries last (lexicon keys as the schema writes them).
  const lexicons = compact.lexicons.map(
    ({ category, ...others }, index): Lexicon => ({ category, ...others, entries: entries[index] ?? [] }),
  );
  const allow = compact.allow?.map((entry) => ({ ...entry, terms: frontDecode(read(entry.terms)) }));
  return { ...rest, lexicons, ...(allow && { allow }) } as RuleSet;
}
