/**
 * Compiling a rule set: every term of every lexicon (and of the allow-lists) is folded the way
 * user text is, merged with its equals, and put into one automaton; homophone-enabled terms also
 * go into the pinyin matcher. Each rule is compiled to its kind (see rules/kinds.ts) and filed by
 * the fields it reads and the account kinds it applies to. The result is immutable and can check
 * any number of accounts.
 */
import { type Dictionaries, NO_DICTIONARIES } from '../dictionaries.js';
import { LazyAutomaton } from '../match/automaton.js';
import { type ContactLists, contactLists } from '../match/contact.js';
import { PinyinMatcher, type PinyinTerm } from '../match/pinyin.js';
import { CharacterFolder, isIdeograph } from '../normalize/characters.js';
import { CHINESE_DIGIT_VALUE } from '../normalize/numerals.js';
import { compactForm, normalizeForMatching } from '../normalize/pipeline.js';
import type { AccountInfo, Detector, TextField } from '../types.js';
import {
  DEFAULT_ACCOUNT_SUFFIXES,
  DEFAULT_CONTACT_NAMES,
  DEFAULT_QQ_WORDS,
  DEFAULT_TLDS,
  DEFAULT_WECHAT_WORDS,
} from './defaults.js';
import type { AllowEntry, Rule, RuleSet } from './schema.js';
import { RuleSetError } from './validate.js';

/** One lexicon entry as the matcher sees it. */
export interface TermEntry {
  category: string;
  /** The term as written in the rule set. */
  term: string;
  /** Matched as written only: its lexicon does not ask for homophones, though another lexicon's entry of the same term may. */
  literal?: true;
  domain?: string;
  label?: string;
}

/** A folded term with every entry that folds to it, and the allow-list entries it stands for. */
export interface CompiledTerm {
  text: string;
  entries: TermEntry[];
  /** Indices into the rule set's `allow` (most terms share one empty list). */
  allows: readonly number[];
  homophones: boolean;
  /** Syllables in context, from the first entry that gives them. */
  syllables?: string[];
}

/** What a rule looks for, one kind per form of `match` in the rule-set schema. */
export type RuleKind = 'lexicon' | 'detector' | 'sequence' | 'entityName';

/** A rule's `whole` option: the categories whose terms may stand beside the hit (none for `true`). */
export interface Whole {
  readonly with: readonly string[];
}

/** A rule with its kind made explicit and its match options read once. */
export type CompiledRule =
  | {
      readonly kind: 'lexicon';
      readonly rule: Rule;
      readonly categories: readonly string[];
      readonly whole?: Whole;
      readonly at?: 'start' | 'end';
      /** Not a term that is a person's given name (schema: `notGivenName`). */
      readonly notGivenName?: true;
    }
  | {
      readonly kind: 'detector';
      readonly rule: Rule;
      readonly detectors: readonly Detector[];
      /** Only disguised details (schema: `disguised`). */
      readonly disguised: boolean;
      /** Only in a field with a term of these categories (schema: `with`). */
      readonly with: readonly string[] | undefined;
    }
  | {
      readonly kind: 'sequence';
      readonly rule: Rule;
      readonly sequence: readonly string[];
      readonly maxGap: number;
      /** The orders the parts are looked for in: as listed, and reversed with `anyOrder`. */
      readonly orders: readonly (readonly string[])[];
      readonly whole?: Whole;
    }
  | { readonly kind: 'entityName'; readonly rule: Rule; readonly suffixes: readonly string[] };

/**
 * The rules that read one field, in rule-set order, for each account kind; `other` for a `kind`
 * the engine does not know (only rules without `kinds` apply to it).
 */
export interface FieldRules {
  readonly personal: readonly CompiledRule[];
  readonly professional: readonly CompiledRule[];
  readonly entity: readonly CompiledRule[];
  readonly other: readonly CompiledRule[];
}

export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly version: string;
  readonly dictionaries: Dictionaries;
  readonly folder: CharacterFolder;
  readonly terms: readonly CompiledTerm[];
  readonly automaton: LazyAutomaton;
  readonly pinyin: PinyinMatcher;
  readonly rules: readonly Rule[];
  /** Per field: its rules per account kind. A field no rule reads is absent. */
  readonly rulesByField: ReadonlyMap<TextField, FieldRules>;
  readonly allow: readonly AllowEntry[];
  /** Per field: the detectors some rule runs on it. */
  readonly detectorsByField: ReadonlyMap<TextField, ReadonlySet<Detector>>;
  /** What the contact detectors read. */
  readonly contact: ContactLists;
  /** The surnames of the rule set's `names` lists, in compact form (empty without them). */
  readonly surnames: ReadonlySet<string>;
}

/**
 * The entries of the lexicons of `categories`, in the order the categories are named and the
 * entries written, each folded by `fold` (as the text it is compared with), without repeats; or
 * `fallback`, folded alike, when no categories are named.
 */
type Lists = (
  categories: readonly string[] | undefined,
  fallback: readonly string[],
  fold: (term: string) => string,
) => string[];

function listsOf(ruleSet: RuleSet): Lists {
  return (categories, fallback, fold) => {
    const terms =
      categories === undefined
        ? fallback
        : categories.flatMap((category) =>
            ruleSet.lexicons
              .filter((lexicon) => lexicon.category === category)
              .flatMap((lexicon) => lexicon.entries.map((entry) => (typeof entry === 'string' ? entry : entry.term))),
          );
    return [...new Set(terms.map(fold))].filter((term) => term.length > 0);
  };
}

function compileRule(rule: Rule, lists: Lists, compact: (term: string) => string): CompiledRule {
  const match = rule.match;
  const whole = 'whole' in match && match.whole ? { with: match.whole === true ? [] : match.whole.with } : undefined;
  if ('lexicon' in match)
    return {
      kind: 'lexicon',
      rule,
      categories: match.lexicon,
      ...(whole && { whole }),
      ...(match.at && { at: match.at }),
      ...(match.notGivenName && { notGivenName: true as const }),
    };
  if ('detector' in match)
    return {
      kind: 'detector',
      rule,
      detectors: match.detector,
      disguised: match.disguised === true,
      with: match.with,
    };
  if ('sequence' in match)
    return {
      kind: 'sequence',
      rule,
      sequence: match.sequence,
      maxGap: match.maxGap ?? 0,
      orders: match.anyOrder ? [match.sequence, match.sequence.slice().reverse()] : [match.sequence],
      ...(whole && { whole }),
    };
  return { kind: 'entityName', rule, suffixes: lists(match.suffixes, DEFAULT_ACCOUNT_SUFFIXES, compact) };
}

function fileRules(compiled: readonly CompiledRule[]): Map<TextField, FieldRules> {
  const fields = new Set(compiled.flatMap((c) => c.rule.fields));
  const byField = new Map<TextField, FieldRules>();
  for (const field of fields) {
    const reading = compiled.filter((c) => c.rule.fields.includes(field));
    const forKind = (kind: NonNullable<AccountInfo['kind']>) =>
      reading.filter((c) => !c.rule.kinds || c.rule.kinds.includes(kind));
    byField.set(field, {
      personal: forKind('personal'),
      professional: forKind('professional'),
      entity: forKind('entity'),
      other: reading.filter((c) => !c.rule.kinds),
    });
  }
  return byField;
}

/** The rules that read `field` for an account of `kind` (the caller's value, whatever it is). */
export function rulesFor(compiled: CompiledRuleSet, field: TextField, kind: unknown): readonly CompiledRule[] {
  const rules = compiled.rulesByField.get(field);
  if (rules === undefined) return [];
  return kind === 'personal'
    ? rules.personal
    : kind === 'professional'
      ? rules.professional
      : kind === 'entity'
        ? rules.entity
        : rules.other;
}

/** A rule or allow entry that names a category no lexicon has would silently never match. */
function assertCategoriesExist(ruleSet: RuleSet): void {
  const categories = new Set(ruleSet.lexicons.map((lexicon) => lexicon.category));
  const problems: string[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const match = rule.match;
    const named = [
      ...('lexicon' in match
        ? match.lexicon
        : 'sequence' in match
          ? match.sequence
          : 'entityName' in match
            ? (match.suffixes ?? [])
            : []),
      ...('whole' in match && typeof match.whole === 'object' ? match.whole.with : []),
      ...('detector' in match ? (match.with ?? []) : []),
    ];
    for (const category of named) {
      if (!categories.has(category))
        problems.push(`rules[${index}] (${rule.id}): no lexicon has category "${category}"`);
    }
  });
  (ruleSet.allow ?? []).forEach((entry, index) => {
    for (const category of [...(entry.categories ?? []), ...(entry.after === undefined ? [] : [entry.after])]) {
      if (!categories.has(category)) problems.push(`allow[${index}]: no lexicon has category "${category}"`);
    }
  });
  const nameLists = new Set(ruleSet.names?.surname ?? []);
  for (const category of nameLists) {
    if (!categories.has(category)) problems.push(`names.surname: no lexicon has category "${category}"`);
  }
  // A names list is read as a list, never matched: an allow entry's `after` could never see it.
  (ruleSet.allow ?? []).forEach((entry, index) => {
    if (entry.after !== undefined && nameLists.has(entry.after))
      problems.push(`allow[${index}]: "after" names "${entry.after}", a names list, which is not matched as terms`);
  });
  for (const [list, named] of Object.entries(ruleSet.contact ?? {})) {
    for (const category of named ?? []) {
      if (!categories.has(category)) problems.push(`contact.${list}: no lexicon has category "${category}"`);
    }
  }
  if (problems.length > 0) throw new RuleSetError(`Invalid rule set:\n${problems.map((p) => `✖ ${p}`).join('\n')}`);
}

const NO_ALLOWS: readonly number[] = Object.freeze([]);

/** One CharacterFolder per set of dictionaries: what it remembers is the dictionaries' answer. */
const folders = new WeakMap<Dictionaries, CharacterFolder>();
function folderFor(dictionaries: Dictionaries): CharacterFolder {
  let folder = folders.get(dictionaries);
  if (folder === undefined) {
    folder = new CharacterFolder(dictionaries);
    folders.set(dictionaries, folder);
  }
  return folder;
}

/** `firstUnit`'s answer when only folding the whole term tells. */
const FOLD = -2;

/**
 * The code unit a character of `compactForm`'s input folds to when it tells it alone: a CJK
 * ideograph that folds to one unit (no numeral, which a run of digits may rewrite), or an ASCII
 * character that folds to one unit and is no separator. Else FOLD.
 */
function unitAlone(code: number, folder: CharacterFolder): number {
  if (isIdeograph(code)) {
    const folded = folder.foldIdeograph(code);
    if (folded < 0) return FOLD;
    const unit = folded & 0xffff;
    return (CHINESE_DIGIT_VALUE[unit] ?? -1) < 0 ? unit : FOLD;
  }
  if (code < 0x80) {
    const unit = folder.asciiUnit[code] ?? -1;
    if (unit >= 0 && folder.asciiSeparator[code] === 0) return unit;
  }
  return FOLD;
}

/**
 * Whether `normalizeForMatching(text, folder).folded`, and the compact form, is `text`: every
 * character an ASCII one that folds to itself and is no separator, or an ideograph that folds to
 * itself (no numeral, which a run of digits may rewrite).
 */
function foldsToItself(text: string, folder: CharacterFolder): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code < 0x80
        ? folder.asciiUnit[code] !== code || folder.asciiSeparator[code] !== 0
        : !(isIdeograph(code) && folder.foldIdeograph(code) === code)
    )
      return false;
    if ((CHINESE_DIGIT_VALUE[code] ?? -1) >= 0) return false;
  }
  return true;
}

/** The index of the last of `starts` (ascending) at or before `index`. */
function locate(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? 0) <= index) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * Compiles a validated rule set (`parseRuleSet`'s answer; `compileRuleSet` in schema.ts validates
 * and compiles). Throws RuleSetError when a rule names a category no lexicon has.
 */
export function compileValidated(ruleSet: RuleSet, dictionaries: Dictionaries = NO_DICTIONARIES): CompiledRuleSet {
  assertCategoriesExist(ruleSet);
  const folder = folderFor(dictionaries);
  const allow = ruleSet.allow ?? [];
  // Every entry's and allow-list term's text, in rule-set order (a text's index), and the first
  // unit of its compact form: all the automaton needs to be ready (it folds a term, merges it with
  // its equals and makes its term object when a text first reaches it; a term's id is the index
  // of the first text of its compact form).
  // A names list (surnames) is read as a list, never matched: its lexicons are left out.
  // One pass over the entries, which is most of what a compile reads: per text its first unit,
  // and the heard texts and those given syllables for the pinyin channel.
  const nameLists = new Set(ruleSet.names?.surname ?? []);
  const { lexicons } = ruleSet;
  let textCount = 0;
  for (const entry of allow) textCount += entry.terms.length;
  for (const lexicon of lexicons) if (!nameLists.has(lexicon.category)) textCount += lexicon.entries.length;
  // Arrays grown as they are written (`new Array(n)` of tens of thousands costs milliseconds).
  const raws: string[] = [];
  const keys = new Int32Array(textCount);
  const heard = new Int32Array(textCount);
  let heardCount = 0;
  /** The compact forms folded (to find a first unit, or a later one). */
  const foldedTexts = new Map<number, string>();
  /** Per text: 1 when its compact form is the text itself, 2 when it is not, 0 before it is known. */
  const form = new Uint8Array(textCount);
  const keyOf = (raw: string, index: number) => {
    const key = unitAlone(raw.charCodeAt(0), folder);
    if (key !== FOLD) return key;
    const text = compactForm(raw, folder);
    foldedTexts.set(index, text);
    form[index] = 2;
    return text.length === 0 ? -1 : text.charCodeAt(0);
  };
  /** The entries that give syllables: index, syllables and whether heard, in rule-set order. */
  const giving: [number, string, boolean][] = [];
  /** Per matched lexicon: the index of its first text, and its place in ruleSet.lexicons. */
  const lexiconStart: number[] = [];
  const lexiconAt: number[] = [];
  let at = 0;
  for (let l = 0; l < lexicons.length; l++) {
    const lexicon = lexicons[l] as RuleSet['lexicons'][number];
    if (nameLists.has(lexicon.category)) continue;
    lexiconStart.push(at);
    lexiconAt.push(l);
    const { entries } = lexicon;
    const lexiconHeard = lexicon.homophones === true;
    for (let e = 0; e < entries.length; e++, at++) {
      const raw = entries[e] as RuleSet['lexicons'][number]['entries'][number];
      if (typeof raw === 'string') {
        raws[at] = raw;
        const code = raw.charCodeAt(0);
        // The common case inline: an ideograph that folds to itself, no numeral.
        keys[at] =
          isIdeograph(code) && folder.foldIdeograph(code) === code && (CHINESE_DIGIT_VALUE[code] ?? -1) < 0
            ? code
            : keyOf(raw, at);
        if (lexiconHeard) heard[heardCount++] = at;
        continue;
      }
      raws[at] = raw.term;
      keys[at] = keyOf(raw.term, at);
      const isHeard = raw.homophones ?? lexiconHeard;
      if (isHeard) heard[heardCount++] = at;
      if (raw.pinyin !== undefined) giving.push([at, raw.pinyin, isHeard]);
    }
  }
  const lexiconTexts = at;
  /** Per allow entry: the index of its first term. */
  const allowStart: number[] = [];
  for (const entry of allow) {
    allowStart.push(at);
    for (const raw of entry.terms) {
      raws[at] = raw;
      keys[at] = keyOf(raw, at);
      at++;
    }
  }
  /** The lexicon and entry of a lexicon text. */
  const entryAt = (index: number) => {
    const at = locate(lexiconStart, index);
    const lexicon = lexicons[lexiconAt[at] ?? 0] as RuleSet['lexicons'][number];
    return [lexicon, lexicon.entries[index - (lexiconStart[at] ?? 0)] as (typeof lexicon.entries)[number]] as const;
  };
  // Written by id as terms are reported: sparse, its length every id's bound.
  const terms: CompiledTerm[] = [];
  if (raws.length > 0) terms[raws.length - 1] = undefined as unknown as CompiledTerm;
  // A term's object, made before it is first reported: its entries (built field by field, in the
  // order of its type) and allow-list entries, in rule-set order.
  const materialize = (id: number) => {
    const term: CompiledTerm = { text: automaton.textOf(id), entries: [], allows: NO_ALLOWS, homophones: false };
    for (const index of automaton.membersOf(id)) {
      if (index >= lexiconTexts) {
        term.allows = [...term.allows, locate(allowStart, index)];
        continue;
      }
      const [lexicon, raw] = entryAt(index);
      const plain = typeof raw === 'string';
      const domain = (plain ? undefined : raw.domain) ?? lexicon.domain;
      const label = (plain ? undefined : raw.label) ?? lexicon.label;
      const heard = (plain ? undefined : raw.homophones) ?? lexicon.homophones;
      const item: TermEntry = { category: lexicon.category, term: plain ? raw : raw.term };
      if (!heard) item.literal = true;
      if (domain !== undefined) item.domain = domain;
      if (label !== undefined) item.label = label;
      term.entries.push(item);
      if (heard) term.homophones = true;
      if (!plain && raw.pinyin !== undefined && term.syllables === undefined) term.syllables = raw.pinyin.split(' ');
    }
    terms[id] = term;
  };
  /** A text's compact form: the text itself when every character folds to itself alone, else folded once. */
  const compactOf = (index: number) => {
    const raw = raws[index] as string;
    if (form[index] === 0) form[index] = foldsToItself(raw, folder) ? 1 : 2;
    if (form[index] === 1) return raw;
    let text = foldedTexts.get(index);
    if (text === undefined) {
      text = compactForm(raw, folder);
      foldedTexts.set(index, text);
    }
    return text;
  };
  /** Unit `depth` of a text's compact form (-1: past its end). */
  const unitAt = (index: number, depth: number) => {
    const text = compactOf(index);
    return depth < text.length ? text.charCodeAt(depth) : -1;
  };
  /** The second unit of a text's compact form (-1: it has one): read off two characters that fold alone, else folded. */
  const secondUnit = (index: number) => {
    const raw = raws[index] as string;
    const second =
      raw.length > 1 && unitAlone(raw.charCodeAt(0), folder) >= 0 ? unitAlone(raw.charCodeAt(1), folder) : FOLD;
    return second >= 0 ? second : unitAt(index, 1);
  };
  const automaton = new LazyAutomaton(keys, unitAt, compactOf, materialize);

  // The pinyin channel: the texts whose entry asks for homophones, each filed under its first
  // syllable; a term is heard when any of its entries is.
  // Terms heard as parts of a sequence are heard at two syllables too (the sequence gives context);
  // an entry matched as written only (`literal`) gives no reason to hear its term shorter.
  const inSequences = new Set(ruleSet.rules.flatMap((rule) => ('sequence' in rule.match ? rule.match.sequence : [])));
  const heardTexts = heard.subarray(0, heardCount);
  // The syllables a compact form is given (by its first entry that gives them), and whether a
  // heard entry has that compact form: those teach the readings in context.
  const given = new Map<string, { syllables: readonly string[]; heard: boolean }>();
  for (const [index, syllables, isHeard] of giving) {
    const text = compactOf(index);
    const known = given.get(text);
    if (known === undefined) given.set(text, { syllables: syllables.split(' '), heard: isHeard });
    else if (isHeard) known.heard = true;
  }
  for (const [text, known] of given) {
    if (known.heard) continue;
    const first = text.charCodeAt(0);
    for (const index of heardTexts) {
      if (keys[index] === first && compactOf(index) === text) {
        known.heard = true;
        break;
      }
    }
  }
  const heardTerms = new Map<number, PinyinTerm>();
  const pinyin = new PinyinMatcher(
    {
      heard: heardTexts,
      firstUnits: keys,
      compact: compactOf,
      secondUnit,
      given,
      term: (index) => {
        const id = automaton.idOf(index);
        if (id < 0) return undefined;
        let heardTerm = heardTerms.get(id);
        if (heardTerm === undefined) {
          // What the channel needs of a term, without making its object (made when it is reported).
          const text = automaton.textOf(id);
          let short = false;
          for (const member of automaton.membersOf(id)) {
            if (member >= lexiconTexts || short) continue;
            const [lexicon, raw] = entryAt(member);
            const isHeard = (typeof raw === 'string' ? undefined : raw.homophones) ?? lexicon.homophones;
            if (isHeard && inSequences.has(lexicon.category)) short = true;
          }
          const syllables = given.get(text)?.syllables;
          heardTerm = { id, text, ...(syllables && { syllables }), ...(short && { short }) };
          heardTerms.set(id, heardTerm);
        }
        return heardTerm;
      },
      report: (id) => automaton.report(id),
    },
    dictionaries,
  );

  const detectorsByField = new Map<TextField, Set<Detector>>();
  for (const rule of ruleSet.rules) {
    if (!('detector' in rule.match)) continue;
    for (const field of rule.fields) {
      const set = detectorsByField.get(field) ?? new Set<Detector>();
      for (const detector of rule.match.detector) set.add(detector);
      detectorsByField.set(field, set);
    }
  }

  const lists = listsOf(ruleSet);
  const folded = (term: string) => (foldsToItself(term, folder) ? term : normalizeForMatching(term, folder).folded);
  const compact = (term: string) => compactForm(term, folder);
  const contact = ruleSet.contact;
  return {
    ruleSet,
    version: ruleSet.version,
    dictionaries,
    folder,
    terms,
    automaton,
    pinyin,
    rules: ruleSet.rules,
    rulesByField: fileRules(ruleSet.rules.map((rule) => compileRule(rule, lists, compact))),
    allow,
    detectorsByField,
    contact: contactLists(
      lists(contact?.tld, DEFAULT_TLDS, folded),
      lists(contact?.qq, DEFAULT_QQ_WORDS, folded),
      lists(contact?.wechat, DEFAULT_WECHAT_WORDS, folded),
      lists(contact?.names, DEFAULT_CONTACT_NAMES, folded),
      lists(contact?.areaCodes, [], folded),
      {
        account: lists(contact?.account, [], folded),
        shortLinks: lists(contact?.shortLinks, [], folded),
        lureVerbs: lists(contact?.lureVerbs, [], folded),
        lureVerbVariants: lists(contact?.lureVerbVariants, [], folded),
        lureWords: lists(contact?.lureWords, [], folded),
        lureSounds: lists(contact?.lureSounds, [], folded),
        idChars: lists(contact?.idChars, [], folded),
        lureGroups: lists(contact?.lureGroups, [], folded),
        lureContexts: lists(contact?.lureContexts, [], folded),
        defaultNames: lists(contact?.defaultNames, [], folded),
        reading: dictionaries.reading,
      },
    ),
    surnames: new Set(lists(ruleSet.names?.surname ?? [], [], compact)),
  };
}
