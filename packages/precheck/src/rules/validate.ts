/**
 * The rule-set document's shape, checked by hand: the path every plain document (what JSON.parse
 * makes) takes, so that a page does not load zod to check the default rule set. zod (schema.ts)
 * stays the reference: it decides wherever this path is not sure, and words every problem.
 */
import { DETECTORS, TEXT_FIELDS } from '../types.js';
import type { RuleSet } from './schema.js';

export class RuleSetError extends Error {
  override name = 'RuleSetError';
}

export const isTerm = (entry: unknown) => typeof entry === 'string' && entry.length > 0;

/** Documents validated here or by zod, so compiling one does not validate it again. */
export const validated = new WeakSet<object>();

// ---- The fast path -------------------------------------------------------------------------
// A hand-written check of the same schema, for plain data (what JSON.parse makes): what it accepts,
// zod accepts, and it returns what zod returns (new objects with the schema's keys in the
// schema's order, new arrays). Anything it is not sure of — a problem, or an object that is not
// plain — goes to zod, which decides and words the error. zod's cold start on a large document
// (its object parsers compiled on first use, a union per entry) cost more than the rest of a
// compile; test/schema-fast.test.ts feeds both the same documents.

/** Thrown inside the fast path: zod decides. */
const UNSURE = Symbol('unsure');
const unsure = (): never => {
  throw UNSURE;
};

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** A value of one key; `undefined` only for an optional key, where it is kept as given. */
type Check = (value: unknown) => unknown;

/**
 * A strict object: no key but the shape's (unsure otherwise), each key read by its check, the
 * result's keys in the shape's order; an optional key (`?` in `optional`) may be absent or undefined.
 */
function strict(shape: Readonly<Record<string, Check>>, optional: ReadonlySet<string>): Check {
  const keys = Object.keys(shape);
  return (input) => {
    if (!isPlain(input)) return unsure();
    for (const key in input) if (!Object.hasOwn(shape, key)) unsure();
    const out: Plain = {};
    for (const key of keys) {
      const present = key in input;
      const value = input[key];
      if (value === undefined) {
        if (!optional.has(key)) unsure();
        if (present) out[key] = undefined;
        continue;
      }
      out[key] = (shape[key] as Check)(value);
    }
    return out;
  };
}

const nonEmptyString: Check = (value) => (typeof value === 'string' && value.length > 0 ? value : unsure());
const anyString: Check = (value) => (typeof value === 'string' ? value : unsure());
const aBoolean: Check = (value) => (typeof value === 'boolean' ? value : unsure());
const literalTrue: Check = (value) => (value === true ? value : unsure());
const ARTICLE = /^\d{1,2}(?:\.\d{1,2})?$/;
const PINYIN = /^[a-z]+(?: [a-z]+)*$/;
const matching =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? value : unsure();
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (value) => (typeof value === 'string' && set.has(value) ? value : unsure());
};
const integer =
  (minimum: number, maximum = Number.MAX_SAFE_INTEGER): Check =>
  (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum && value <= maximum ? value : unsure();
const arrayOf =
  (item: Check, minimum = 0): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length < minimum) return unsure();
    // Grown as written: `new Array(n)` of tens of thousands costs milliseconds.
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
    return out;
  };
const optionalKeys = (...keys: string[]) => new Set(keys);

const fastEntryObject = strict(
  {
    term: nonEmptyString,
    source: nonEmptyString,
    homophones: aBoolean,
    pinyin: matching(PINYIN),
    domain: nonEmptyString,
    label: nonEmptyString,
    note: anyString,
  },
  optionalKeys('source', 'homophones', 'pinyin', 'domain', 'label', 'note'),
);
/** A lexicon's entries: most are non-empty strings, copied in one loop. */
const fastEntries: Check = (value) => {
  if (!Array.isArray(value)) return unsure();
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    out[i] = typeof entry === 'string' ? (entry.length > 0 ? entry : unsure()) : fastEntryObject(entry);
  }
  return out;
};
const fastLexicon = strict(
  {
    category: nonEmptyString,
    article: matching(ARTICLE),
    description: anyString,
    source: nonEmptyString,
    homophones: aBoolean,
    domain: nonEmptyString,
    label: nonEmptyString,
    entries: fastEntries,
  },
  optionalKeys('article', 'description', 'source', 'homophones', 'domain', 'label'),
);
const categories = (minimum: number) => arrayOf(nonEmptyString, minimum);
const fastWhole: Check = (value) => (value === true ? value : strict({ with: categories(1) }, optionalKeys())(value));
/** The forms of `match`, told apart by the key each requires (an object with two is zod's to judge). */
const MATCH_FORMS: readonly [string, Check][] = [
  [
    'lexicon',
    strict(
      { lexicon: categories(1), whole: fastWhole, at: oneOf(['start', 'end']), notGivenName: literalTrue },
      optionalKeys('whole', 'at', 'notGivenName'),
    ),
  ],
  [
    'detector',
    strict(
      { detector: arrayOf(oneOf(DETECTORS), 1), disguised: literalTrue, with: categories(1) },
      optionalKeys('disguised', 'with'),
    ),
  ],
  [
    'sequence',
    strict(
      { sequence: categories(2), maxGap: integer(0, 16), anyOrder: literalTrue, whole: fastWhole },
      optionalKeys('maxGap', 'anyOrder', 'whole'),
    ),
  ],
  ['entityName', strict({ entityName: literalTrue, suffixes: categories(1) }, optionalKeys('suffixes'))],
];
const fastMatch: Check = (value) => {
  if (!isPlain(value)) return unsure();
  const forms = MATCH_FORMS.filter(([key]) => value[key] !== undefined);
  const form = forms.length === 1 ? forms[0] : undefined;
  return form ? form[1](value) : unsure();
};
const fastField = oneOf(TEXT_FIELDS);
const fastRule = strict(
  {
    id: nonEmptyString,
    article: matching(ARTICLE),
    severity: oneOf(['block', 'review', 'notice']),
    fields: arrayOf(fastField, 1),
    match: fastMatch,
    kinds: arrayOf(oneOf(['personal', 'professional', 'entity'])),
    requiresQualification: aBoolean,
    message: nonEmptyString,
  },
  optionalKeys('kinds', 'requiresQualification', 'message'),
);
const fastAllow = strict(
  {
    terms: categories(1),
    after: nonEmptyString,
    categories: categories(0),
    fields: arrayOf(fastField),
    note: anyString,
  },
  optionalKeys('after', 'categories', 'fields', 'note'),
);
/** `limits`: a plain object of text fields to positive integers, its keys in the order given. */
const fastLimits: Check = (value) => {
  if (!isPlain(value) || Object.getOwnPropertySymbols(value).length > 0) return unsure();
  const out: Plain = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') unsure();
    fastField(key);
    out[key] = integer(1)(value[key]);
  }
  return out;
};
/** The contact lists, in the schema's order (test/schema-fast.test.ts checks them against the schema). */
export const CONTACT_LISTS = [
  'tld',
  'qq',
  'wechat',
  'names',
  'areaCodes',
  'account',
  'shortLinks',
  'lureVerbs',
  'lureVerbVariants',
  'lureWords',
  'lureSounds',
  'idChars',
  'lureGroups',
  'lureContexts',
  'defaultNames',
] as const;
const fastDocument = strict(
  {
    $schema: anyString,
    name: nonEmptyString,
    version: nonEmptyString,
    hash: anyString,
    description: anyString,
    lexicons: arrayOf(fastLexicon),
    rules: arrayOf(fastRule),
    allow: arrayOf(fastAllow),
    evasion: strict({ article: matching(ARTICLE), severity: oneOf(['block', 'review', 'notice']) }, optionalKeys()),
    names: strict({ surname: categories(1) }, optionalKeys()),
    limits: fastLimits,
    contact: strict(
      Object.fromEntries(CONTACT_LISTS.map((list) => [list, categories(1)])),
      optionalKeys(...CONTACT_LISTS),
    ),
  },
  optionalKeys('$schema', 'hash', 'description', 'allow', 'evasion', 'names', 'limits', 'contact'),
);

/** The fast path's answer: the document as zod would return it, or undefined where zod must decide. */
export function parseRuleSetFast(document: unknown): RuleSet | undefined {
  try {
    return fastDocument(document) as RuleSet;
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

/** A document validated before (the same object), or the fast path's answer; undefined where zod must decide. */
export function parseKnownRuleSet(document: unknown): RuleSet | undefined {
  if (typeof document === 'object' && document !== null && validated.has(document)) return document as RuleSet;
  const parsed = parseRuleSetFast(document);
  if (parsed !== undefined) validated.add(parsed);
  return parsed;
}
