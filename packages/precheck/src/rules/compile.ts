/**
 * Compiling a rule set: every term of every lexicon (and of the allow-lists) is folded the way
 * user text is, merged with its equals, and put into one automaton; homophone-enabled terms also
 * go into the pinyin matcher. Each rule is compiled to its kind (see rules/kinds.ts) and filed by
 * the fields it reads and the account kinds it applies to. The result is immutable and can check
 * any number of accounts.
 */
import { type Dictionaries, NO_DICTIONARIES } from '../dictionaries.js';
import { Automaton } from '../match/automaton.js';
import { type ContactLists, contactLists } from '../match/contact.js';
import { PinyinMatcher, type PinyinTerm } from '../match/pinyin.js';
import { CharacterFolder } from '../normalize/characters.js';
import { compactForm, normalizeForMatching } from '../normalize/pipeline.js';
import type { AccountInfo, Detector, TextField } from '../types.js';
import {
  DEFAULT_ACCOUNT_SUFFIXES,
  DEFAULT_CONTACT_NAMES,
  DEFAULT_QQ_WORDS,
  DEFAULT_TLDS,
  DEFAULT_WECHAT_WORDS,
} from './defaults.js';
import { type AllowEntry, parseRuleSet, type Rule, type RuleSet, RuleSetError } from './schema.js';

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
  readonly automaton: Automaton;
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

/** Validates (unless given a parsed RuleSet) and compiles a rule set. Throws RuleSetError if invalid. */
export function compileRuleSet(document: unknown, dictionaries: Dictionaries = NO_DICTIONARIES): CompiledRuleSet {
  const ruleSet = parseRuleSet(document);
  assertCategoriesExist(ruleSet);
  const folder = new CharacterFolder(dictionaries);
  const allow = ruleSet.allow ?? [];
  // Every entry's and allow-list term's compact form, in rule-set order; the automaton merges equal
  // forms as it builds and numbers them in order of first appearance: a term's id.
  // A names list (surnames) is read as a list, never matched: its lexicons are left out here and in
  // the loop over entries below, so both walk the same entries in the same order.
  const nameLists = new Set(ruleSet.names?.surname ?? []);
  const texts: string[] = [];
  for (const lexicon of ruleSet.lexicons) {
    if (nameLists.has(lexicon.category)) continue;
    for (const raw of lexicon.entries) texts.push(compactForm(typeof raw === 'string' ? raw : raw.term, folder));
  }
  for (const entry of allow) for (const raw of entry.terms) texts.push(compactForm(raw, folder));
  const ids = new Int32Array(texts.length);
  const automaton = new Automaton(texts, ids);
  const terms: CompiledTerm[] = [];
  /** The term of texts[index], made when first met (ids are met in order, each new one next). */
  const termOf = (index: number): CompiledTerm | undefined => {
    const id = ids[index] ?? -1;
    if (id < 0) return undefined;
    if (id < terms.length) return terms[id];
    const term: CompiledTerm = { text: texts[index] ?? '', entries: [], allows: NO_ALLOWS, homophones: false };
    terms.push(term);
    return term;
  };

  // Most entries are plain strings: no object is made for them but their TermEntry (built field by
  // field, in the order of its type; this loop runs once per term of the rule set).
  let at = 0;
  for (const lexicon of ruleSet.lexicons) {
    const { category } = lexicon;
    if (nameLists.has(category)) continue;
    for (const raw of lexicon.entries) {
      const plain = typeof raw === 'string';
      const text = plain ? raw : raw.term;
      const term = termOf(at++);
      if (!term) continue;
      const domain = (plain ? undefined : raw.domain) ?? lexicon.domain;
      const label = (plain ? undefined : raw.label) ?? lexicon.label;
      const heard = (plain ? undefined : raw.homophones) ?? lexicon.homophones;
      const item: TermEntry = { category, term: text };
      if (!heard) item.literal = true;
      if (domain !== undefined) item.domain = domain;
      if (label !== undefined) item.label = label;
      term.entries.push(item);
      if (heard) term.homophones = true;
      if (!plain && raw.pinyin !== undefined && term.syllables === undefined) term.syllables = raw.pinyin.split(' ');
    }
  }
  allow.forEach((entry, index) => {
    for (let k = 0; k < entry.terms.length; k++) {
      const term = termOf(at++);
      if (term) term.allows = [...term.allows, index];
    }
  });
  // Both walks must have met every text once, in the same order, or terms would get others' ids.
  if (at !== texts.length) throw new Error(`compileRuleSet: ${at} of ${texts.length} term texts were read`);

  // Terms heard as parts of a sequence are heard at two syllables too (the sequence gives context);
  // an entry matched as written only (`literal`) gives no reason to hear its term shorter.
  const inSequences = new Set(ruleSet.rules.flatMap((rule) => ('sequence' in rule.match ? rule.match.sequence : [])));
  const heard: PinyinTerm[] = [];
  for (let id = 0; id < terms.length; id++) {
    const term = terms[id];
    if (!term?.homophones) continue;
    const { text, syllables } = term;
    const short = term.entries.some((entry) => !entry.literal && inSequences.has(entry.category));
    heard.push(
      syllables
        ? short
          ? { id, text, syllables, short }
          : { id, text, syllables }
        : short
          ? { id, text, short }
          : { id, text },
    );
  }
  const pinyin = new PinyinMatcher(heard, dictionaries);

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
  const folded = (term: string) => normalizeForMatching(term, folder).folded;
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
