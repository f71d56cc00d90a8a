/**
 * The rule kinds: one small function per form of a rule's `match`, each turning one reading of a
 * field (a View) into candidates — a range of the original text with the message parameters.
 * evaluate.ts runs them through the table below and turns the candidates into findings. A new
 * kind is a new `match` form in schema.ts, a case in compile.ts's compileRule, and a function here.
 */

import { HOMOPHONE, SEPARATOR } from '../normalize/channels.js';
import { isHan } from '../normalize/characters.js';
import {
  type CompactIndex,
  type FoldedIndex,
  isEvasion,
  type MappedRange,
  mapCompact,
  mapFolded,
  type OriginalIndex,
} from '../normalize/pipeline.js';
import { foldedAt, type NormalizedText } from '../normalize/text.js';
import type { AccountInfo, TextField } from '../types.js';
import type { CompiledRule, CompiledRuleSet, CompiledTerm, RuleKind, TermEntry, Whole } from './compile.js';
import type { Rule } from './schema.js';
import { OPEN_END, OPEN_START, type TermHit, type View } from './view.js';

export interface Candidate {
  rule: Rule;
  range: MappedRange;
  entry?: TermEntry;
  params: Record<string, string>;
  messageKey: string;
}

/** What a rule kind reads besides the rule: one view of one field of one account. */
export interface RuleInput {
  readonly compiled: CompiledRuleSet;
  readonly field: TextField;
  /** The account's kind (`personal` when absent; whatever the caller gave otherwise). */
  readonly kind: unknown;
  readonly info: AccountInfo;
  /** Compact form of the entity's own name, for entity accounts. */
  readonly entityName: string | undefined;
  /** The field's text as given. */
  readonly original: string;
  readonly view: View;
  /** Whether `view` is the logical reading (the others are displayed orders). */
  readonly logical: boolean;
  /** Whether a hit is (an abbreviation of) the entity's own name, which it may use. */
  readonly isOwnName: (hit: TermHit) => boolean;
}

const NONE: readonly Candidate[] = [];

/** Whether `sub` can be read out of `whole` in order: 新华社 is an abbreviation of 新华通讯社. */
export function isSubsequence(sub: string, whole: string): boolean {
  let i = 0;
  for (let j = 0; j < whole.length && i < sub.length; j++) if (whole[j] === sub[i]) i++;
  return i === sub.length;
}

function defaultMessageKey(rule: Rule): string {
  return `article.${rule.article}`;
}

/**
 * The first entry of `term` in one of `categories` that a hit of this channel stands for: a hit
 * heard by sound or in pinyin (channel ≠ 0) only for entries whose lexicon asks for homophones
 * (loops, not closures: this runs per hit and rule).
 */
function entryOf(term: CompiledTerm | undefined, categories: readonly string[], channel = 0): TermEntry | undefined {
  if (term === undefined) return undefined;
  const entries = term.entries;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as TermEntry;
    if (categories.includes(entry.category) && (channel === 0 || !entry.literal)) return entry;
  }
  return undefined;
}

function hasCategory(term: CompiledTerm | undefined, category: string, channel = 0): boolean {
  if (term === undefined) return false;
  const entries = term.entries;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as TermEntry;
    if (entry.category === category && (channel === 0 || !entry.literal)) return true;
  }
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

/**
 * Whether compact units [start, end), with the hits of `whole.with`'s categories beside it, cover
 * the whole compact text (which holds letters and digits only). Without `whole`, any hit counts.
 */
function isWhole(whole: Whole | undefined, input: RuleInput, start: number, end: number): boolean {
  if (whole === undefined) return true;
  const { hits, text } = input.view;
  const length = text.compact.length;
  if (start === 0 && end === length) return true;
  if (whole.with.length === 0) return false;
  const terms = input.compiled.terms;
  const spans: [number, number][] = [[start, end]];
  for (const hit of hits) {
    if (hit.edge !== undefined) continue;
    if (whole.with.some((category) => hasCategory(terms[hit.term], category, hit.channel)))
      spans.push([hit.start, hit.end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let reach = 0;
  for (const [from, to] of spans) {
    if (from > reach) return false;
    if (to > reach) reach = to;
  }
  return reach >= length;
}

/** Whether a hit's open edges (view.ts, OPEN_START / OPEN_END) have the chain's parts right beside them. */
function hasNeighbours(hit: TermHit, before: TermHit | undefined, after: TermHit | undefined): boolean {
  if (hit.edge === undefined) return true;
  if (hit.edge & OPEN_START && before?.end !== hit.start) return false;
  if (hit.edge & OPEN_END && after?.start !== hit.end) return false;
  return true;
}

/** The most characters of a given name: 覃新闻's 新闻. */
const GIVEN_NAME = 2;

/**
 * Whether compact units [start, end) are the given name of a person's name: the whole compact text
 * is Han, a surname of the rule set's lists (one or two characters) ends where the hit starts or
 * before, and one or two characters follow it, the hit ending the text (覃新闻, 欧阳新闻; not
 * 央视新闻, whose 央视 is no surname, nor 覃新闻官方, which is more than a name).
 */
function isGivenName(input: RuleInput, start: number, end: number): boolean {
  const compact = input.view.text.compact;
  const surnames = input.compiled.surnames;
  const length = compact.length;
  if (end !== length || surnames.size === 0 || length < 2 || length > 2 + GIVEN_NAME) return false;
  for (let i = 0; i < length; i++) if (!isHan(compact[i] ?? '')) return false;
  for (let surname = 1; surname <= 2; surname++) {
    if (surname > start || length - surname > GIVEN_NAME) continue;
    if (surnames.has(compact.slice(0, surname))) return true;
  }
  return false;
}

/** Where a term written in several words (United Nations, WeChat Team) has its own word breaks. */
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/**
 * The original range of a term hit. A separator where the term as written has one between its
 * words (`United Nations`) is the term's own spelling, not an evasion: only a separator inside one
 * of its words counts (`Uni ted`).
 */
function termRange(text: View['text'], hit: TermHit, written: string): MappedRange {
  // A joiner read as 加 (+V) is where the hit starts, though the compact text dropped it.
  if (hit.lead !== undefined)
    return mapFolded(text, hit.lead, (foldedAt(text, hit.end - 1) + 1) as FoldedIndex, hit.channel | hit.flags);
  const range = mapCompact(text, hit.start, hit.end, hit.channel | hit.flags);
  if (!(range.flags & SEPARATOR) || !WORD_BREAK.test(written) || hit.channel !== 0) return range;
  const words = written.split(WORD_BREAK).filter((word) => word.length > 0);
  if (words.join('').length !== hit.end - hit.start) return range;
  let separated = 0;
  let at = hit.start as number;
  for (const word of words) {
    separated |= mapCompact(text, at as CompactIndex, (at + word.length) as CompactIndex).flags & SEPARATOR;
    at += word.length;
  }
  range.flags = (range.flags & ~SEPARATOR) | separated;
  return range;
}

/** Terms of the rule's categories, wherever found, except allowed ones and the entity's own name. */
function lexicon(compiled: Extract<CompiledRule, { kind: 'lexicon' }>, input: RuleInput): readonly Candidate[] {
  const { hits, isAllowed, text } = input.view;
  // Read term hits only: a text without any has nothing for this kind.
  if (hits.length === 0) return NONE;
  const { rule, categories } = compiled;
  const terms = input.compiled.terms;
  const candidates: Candidate[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as TermHit;
    if (hit.short) continue;
    const entry = entryOf(terms[hit.term], categories, hit.channel);
    if (!entry || isAllowed(hit.start, hit.end, entry.category) || input.isOwnName(hit)) continue;
    if (!isWhole(compiled.whole, input, hit.start, hit.end)) continue;
    if (compiled.at !== undefined && (compiled.at === 'end' ? hit.end !== text.compact.length : hit.start !== 0))
      continue;
    if (compiled.notGivenName && isGivenName(input, hit.start, hit.end)) continue;
    candidates.push({
      rule,
      range: termRange(text, hit, entry.term),
      entry,
      params: { term: entry.term, category: entry.category, ...(entry.label && { label: entry.label }) },
      messageKey: rule.message ?? defaultMessageKey(rule),
    });
  }
  return candidates;
}

/** Contact details of the rule's detectors. */
function detector(compiled: Extract<CompiledRule, { kind: 'detector' }>, input: RuleInput): readonly Candidate[] {
  const { contacts, text } = input.view;
  if (contacts.length === 0) return NONE;
  const { rule, detectors } = compiled;
  const lure = compiled.with;
  // A term of the context inside an allowed span (代理 in 反向代理) is not one.
  if (
    lure &&
    !input.view.hits.some((hit) =>
      lure.some(
        (c) =>
          hasCategory(input.compiled.terms[hit.term], c, hit.channel) && !input.view.isAllowed(hit.start, hit.end, c),
      ),
    )
  )
    return NONE;
  const candidates: Candidate[] = [];
  for (const contact of contacts) {
    if (!detectors.includes(contact.detector)) continue;
    const range = mapFolded(text, contact.start, contact.end, contact.flags);
    // A separator is how every address is written (the dot of abc.com): not a disguise by itself.
    if (compiled.disguised && !contact.disguised && !isEvasion(range.flags & ~SEPARATOR)) continue;
    candidates.push({
      rule,
      range,
      params: { detector: contact.detector },
      messageKey: rule.message ?? `contact.${contact.detector}`,
    });
  }
  return candidates;
}

/** The categories the sequence rules of a rule set name. */
const sequenceCategoriesByRuleSet = new WeakMap<CompiledRuleSet, ReadonlySet<string>>();
function sequenceCategories(compiled: CompiledRuleSet): ReadonlySet<string> {
  let categories = sequenceCategoriesByRuleSet.get(compiled);
  if (categories === undefined) {
    const found = new Set<string>();
    for (const rule of compiled.rules) {
      const match = rule.match as { sequence?: readonly string[] };
      for (const category of match.sequence ?? []) found.add(category);
    }
    categories = found;
    sequenceCategoriesByRuleSet.set(compiled, categories);
  }
  return categories;
}

/**
 * Per view, each sequence category's usable hits (not allowed, not the entity's own name) in the
 * order found, for the categories that have any: one pass over the hits, made once per view for
 * every sequence rule of the field (most rules then end at their first part without a hit).
 */
function partsFound(input: RuleInput): Map<string, TermHit[]> {
  const view = input.view;
  if (view.partsFound !== undefined) return view.partsFound;
  const found = new Map<string, TermHit[]>();
  view.partsFound = found;
  const compiled = input.compiled;
  const { ids, names, inSequence, ofTerm } = categoriesOf(compiled);
  const hits = view.hits;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as TermHit;
    if (compiled.terms[hit.term] === undefined) continue;
    // The entries' category ids, in the entries' order (every entry's category is a lexicon's).
    const entries = ofTerm[hit.term] ?? termCategories(compiled, ids, ofTerm, hit.term);
    const heard = hit.channel !== 0;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e] as number;
      // A hit heard by sound or in pinyin stands only for the entries that ask for homophones.
      if (heard && entry & 1) continue;
      const id = entry >>> 1;
      if (inSequence[id] !== 1) continue;
      const category = names[id] as string;
      const list = found.get(category);
      // Of a term's several entries of one category, the hit counts once.
      if (list !== undefined && list[list.length - 1] === hit) continue;
      if (view.isAllowed(hit.start, hit.end, category) || input.isOwnName(hit)) continue;
      if (list === undefined) found.set(category, [hit]);
      else list.push(hit);
    }
  }
  return found;
}

/** A category's usable hits sorted by start, longest first (made once per view and category). */
function partsSorted(input: RuleInput, category: string): TermHit[] {
  const view = input.view;
  view.partsSorted ??= new Map();
  let list = view.partsSorted.get(category);
  if (list === undefined) {
    list = (partsFound(input).get(category) ?? []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
    view.partsSorted.set(category, list);
  }
  return list;
}

/**
 * Terms of the rule's categories in order (or, with `anyOrder`, in the reverse order too), each at
 * most `maxGap` after the one before, found by any channel — two-syllable parts by sound too, since
 * the chain gives them context (杭洲 + 税务局, guangzhoushi + gonganju).
 */
function sequence(compiled: Extract<CompiledRule, { kind: 'sequence' }>, input: RuleInput): readonly Candidate[] {
  if (input.view.hits.length === 0) return NONE;
  const found = partsFound(input);
  // A chain needs a hit of every part: the first part without one ends the rule (most texts have
  // hits of a few of the categories the sequence rules name).
  const parts = compiled.sequence;
  for (let i = 0; i < parts.length; i++) if (found.get(parts[i] as string) === undefined) return NONE;
  const candidates: Candidate[] = [];
  for (const order of compiled.orders)
    chains(
      compiled,
      input,
      order,
      order.map((category, index) => (index === 0 ? (found.get(category) ?? []) : partsSorted(input, category))),
      candidates,
    );
  return candidates;
}

/**
 * Folded units that end a sentence: 。 and ！？；, which fold to their ASCII forms. Not a line break:
 * a name's parts may be put on two lines to break up a term (海通期货⏎官方账号).
 */
const SENTENCE_END = new Set([0x3002, 0x21, 0x3f, 0x3b]);

/**
 * Whether the gap between two parts of a chain, compact units `[from, to)`, holds words with the end
 * of a sentence among them: a claim or a name does not run on into the next sentence (时间可以治愈？
 * 如果时间也病了). Only a gap with words in it: a full stop alone between the parts (杭州市。公安局) is
 * how the parts are written apart, not two sentences.
 */
function crossesSentence(text: NormalizedText, from: number, to: number): boolean {
  if (to <= from) return false;
  const stop = foldedAt(text, to);
  for (let f = foldedAt(text, from - 1) + 1; f < stop; f++)
    if (SENTENCE_END.has(text.folded.charCodeAt(f))) return true;
  return false;
}

/** The candidates of one order of a sequence's parts. */
function chains(
  compiled: Extract<CompiledRule, { kind: 'sequence' }>,
  input: RuleInput,
  order: readonly string[],
  /** The hits of each part; all but the first sorted by start, longest first. */
  parts: readonly (readonly TermHit[])[],
  candidates: Candidate[],
): void {
  const { text } = input.view;
  const { rule, maxGap } = compiled;
  const terms = input.compiled.terms;
  const following = parts.slice(1);
  for (const first of parts[0] ?? []) {
    let end = first.end;
    const chain = [first];
    for (const part of following) {
      const next = part[firstFrom(part, end)];
      if (!next || next.start - end > maxGap || crossesSentence(text, end, next.start)) break;
      chain.push(next);
      end = next.end;
    }
    if (chain.length !== parts.length || !isWhole(compiled.whole, input, first.start, end)) continue;
    // A homophone with an open edge is a part only with its neighbouring part right beside that edge
    // (官渡区 + 谁利局), not after a gap or at the chain's end.
    if (!chain.every((hit, index) => hasNeighbours(hit, chain[index - 1], chain[index + 1]))) continue;
    const chained = chain.map((hit) => terms[hit.term]?.entries[0]?.term ?? '');
    let channels = 0;
    let heard = 0;
    // A separator between the parts (京东 客服, 上海市 公安局, 【官方】小米) is how the words are
    // written, not an evasion: only one inside a part counts.
    let separated = 0;
    for (const hit of chain) {
      channels |= hit.channel | hit.flags;
      if (hit.channel === HOMOPHONE) heard++;
      if (chain.length > 1) separated |= mapCompact(text, hit.start, hit.end).flags & SEPARATOR;
    }
    // One part may be a homophone, the others give it its sense: two (许州 + 官放 in 只许州官放火)
    // are a sentence that merely sounds like one.
    if (heard > 1) continue;
    // The part that names a domain (Art. 11: 财经 in 财经老师) is the candidate's entry.
    let entry: TermEntry | undefined;
    chain.forEach((hit, index) => {
      const part = entryOf(terms[hit.term], [order[index] ?? ''], hit.channel);
      if (entry === undefined && part?.domain !== undefined) entry = part;
    });
    const range = mapCompact(text, first.start, end, channels);
    if (chain.length > 1) range.flags = (range.flags & ~SEPARATOR) | separated;
    candidates.push({
      rule,
      range,
      ...(entry && { entry }),
      params: { term: chained.join(''), category: order.join('+') },
      messageKey: rule.message ?? defaultMessageKey(rule),
    });
  }
}

/**
 * An entity account's name must be (an abbreviation of) its entity's name, an account suffix
 * aside (the rule's `suffixes`, each removed once, in order): the whole name is the finding. Only the name field and the logical reading.
 */
function entityName(compiled: Extract<CompiledRule, { kind: 'entityName' }>, input: RuleInput): readonly Candidate[] {
  const { text } = input.view;
  const own = input.entityName;
  if (input.field !== 'name' || input.kind !== 'entity' || own === undefined || text.compact.length === 0) return NONE;
  if (!input.logical) return NONE;
  let name = text.compact;
  for (const suffix of compiled.suffixes)
    if (name.endsWith(suffix) && name.length > suffix.length) name = name.slice(0, -suffix.length);
  if (isSubsequence(name, own)) return NONE;
  const { rule } = compiled;
  return [
    {
      rule,
      range: { start: 0 as OriginalIndex, end: input.original.length as OriginalIndex, flags: 0 },
      params: { entity: input.info.entity?.name ?? '' },
      messageKey: rule.message ?? defaultMessageKey(rule),
    },
  ];
}

/**
 * Per rule set: every lexicon category, numbered (what `RulePlan` and `categoriesFound` index by),
 * and per term, filled on its first hit, its entries' category ids (times two, plus one for an
 * entry matched as written only).
 */
interface Categories {
  readonly ids: ReadonlyMap<string, number>;
  /** The category of each id. */
  readonly names: readonly string[];
  /** Per id: 1 where a sequence rule of the rule set names the category. */
  readonly inSequence: Uint8Array;
  readonly ofTerm: (Int32Array | undefined)[];
}
const categoriesByRuleSet = new WeakMap<CompiledRuleSet, Categories>();
function categoriesOf(compiled: CompiledRuleSet): Categories {
  let categories = categoriesByRuleSet.get(compiled);
  if (categories === undefined) {
    const ids = new Map<string, number>();
    for (const lexicon of compiled.ruleSet.lexicons)
      if (!ids.has(lexicon.category)) ids.set(lexicon.category, ids.size);
    const inSequence = new Uint8Array(ids.size);
    for (const category of sequenceCategories(compiled)) {
      const id = ids.get(category);
      if (id !== undefined) inSequence[id] = 1;
    }
    categories = {
      ids,
      names: [...ids.keys()],
      inSequence,
      ofTerm: [],
    };
    categoriesByRuleSet.set(compiled, categories);
  }
  return categories;
}

/** A term's entries' category ids (times two, plus one for an entry matched as written only), kept. */
function termCategories(
  compiled: CompiledRuleSet,
  ids: ReadonlyMap<string, number>,
  ofTerm: (Int32Array | undefined)[],
  term: number,
): Int32Array {
  const list: number[] = [];
  for (const entry of compiled.terms[term]?.entries ?? []) {
    const id = ids.get(entry.category);
    if (id !== undefined) list.push(2 * id + (entry.literal ? 1 : 0));
  }
  const entries = Int32Array.from(list);
  ofTerm[term] = entries;
  return entries;
}

/** In `categoriesFound`: a hit of the category, by any channel its entry is heard in. */
export const FOUND = 1;
/** … and one that is not `short` (heard on its own): what a lexicon rule reads. */
export const FOUND_WHOLE = 2;

/**
 * Per category of the rule set: whether a hit of `hits` stands for an entry of it (FOUND), and one
 * that is not short (FOUND_WHOLE). A hit heard by sound or in pinyin stands only for the entries
 * that ask for homophones, as in `entryOf`.
 */
export function categoriesFound(compiled: CompiledRuleSet, hits: readonly TermHit[], into?: Uint8Array): Uint8Array {
  const { ids, ofTerm } = categoriesOf(compiled);
  // A buffer of the caller's, emptied (a typed array made per reading cost more than filling it).
  const found = into !== undefined && into.length >= ids.size ? into.fill(0, 0, ids.size) : new Uint8Array(ids.size);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as TermHit;
    const entries = ofTerm[hit.term] ?? termCategories(compiled, ids, ofTerm, hit.term);
    const mark = hit.short ? FOUND : FOUND | FOUND_WHOLE;
    const heard = hit.channel !== 0;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e] as number;
      if (heard && entry & 1) continue;
      found[entry >>> 1] = (found[entry >>> 1] ?? 0) | mark;
    }
  }
  return found;
}

/**
 * What a term rule needs of a reading's hits before it can find anything, in category ids: a
 * lexicon rule a whole hit of one of its categories (`any`), a sequence rule a hit of every part
 * (`every`); -1 for a category no lexicon has. Undefined for the other kinds.
 */
export interface RulePlan {
  readonly any?: Int32Array;
  readonly every?: Int32Array;
}

/**
 * A field's rules (rulesFor's list) by what they need, so that a reading visits only the rules
 * that may find something there: each rule's plan; per category id, the term rules a hit of it
 * may wake (a lexicon rule under each of its categories, a sequence rule under its first part);
 * the detector rules (woken by contact details); the rules called on every reading (the entity
 * name's, and a term rule that needs no category). Indices into the list, ascending.
 */
export interface FieldPlan {
  readonly plans: readonly (RulePlan | undefined)[];
  readonly byCategory: readonly (Int32Array | undefined)[];
  readonly detectors: Int32Array;
  readonly always: Int32Array;
}

const plansByRules = new WeakMap<readonly CompiledRule[], FieldPlan>();

/** The plan of a field's rules (rulesFor's list), made once per list. */
export function fieldPlan(compiled: CompiledRuleSet, rules: readonly CompiledRule[]): FieldPlan {
  let plan = plansByRules.get(rules);
  if (plan === undefined) {
    const { ids } = categoriesOf(compiled);
    const idsOf = (categories: readonly string[]) => Int32Array.from(categories, (c) => ids.get(c) ?? -1);
    const plans: (RulePlan | undefined)[] = rules.map((rule) =>
      rule.kind === 'lexicon'
        ? { any: idsOf(rule.categories) }
        : rule.kind === 'sequence'
          ? { every: idsOf(rule.sequence) }
          : undefined,
    );
    const woken: number[][] = Array.from({ length: ids.size }, () => []);
    const detectors: number[] = [];
    const always: number[] = [];
    plans.forEach((rulePlan, r) => {
      const kind = rules[r]?.kind;
      if (kind === 'detector') detectors.push(r);
      else if (rulePlan === undefined) always.push(r);
      else if (rulePlan.any !== undefined) {
        // A lexicon rule finds something only with a whole hit of one of its categories.
        for (const id of new Set(rulePlan.any)) if (id >= 0) woken[id]?.push(r);
      } else if (rulePlan.every !== undefined && rulePlan.every.length > 0) {
        // A sequence rule only with a hit of every part: of the first, too (a part no lexicon has: never).
        const first = rulePlan.every[0] as number;
        if (first >= 0) woken[first]?.push(r);
      } else always.push(r);
    });
    plan = {
      plans,
      byCategory: woken.map((list) => (list.length > 0 ? Int32Array.from(list) : undefined)),
      detectors: Int32Array.from(detectors),
      always: Int32Array.from(always),
    };
    plansByRules.set(rules, plan);
  }
  return plan;
}

/**
 * Whether a term rule may find something where `found` (categoriesFound) holds: false when its
 * kind's function would return no candidate there, so it need not be called.
 */
export function mayFind(plan: RulePlan | undefined, found: Uint8Array): boolean {
  if (plan === undefined) return true;
  const { any, every } = plan;
  if (any !== undefined) {
    for (let i = 0; i < any.length; i++) if ((found[any[i] as number] ?? 0) & FOUND_WHOLE) return true;
    return false;
  }
  if (every !== undefined) {
    for (let i = 0; i < every.length; i++) if (!((found[every[i] as number] ?? 0) & FOUND)) return false;
  }
  return true;
}

type Evaluator<K extends RuleKind> = (
  rule: Extract<CompiledRule, { kind: K }>,
  input: RuleInput,
) => readonly Candidate[];

/** One function per rule kind. */
export const RULE_KINDS: { readonly [K in RuleKind]: Evaluator<K> } = { lexicon, detector, sequence, entityName };

/** The candidates of one rule on one view. */
export function candidatesOf(rule: CompiledRule, input: RuleInput): readonly Candidate[] {
  // TypeScript does not tie `RULE_KINDS[rule.kind]` to `rule`'s own member of the union.
  return (RULE_KINDS[rule.kind] as Evaluator<RuleKind>)(rule as never, input);
}
