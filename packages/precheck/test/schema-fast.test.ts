/**
 * The rule-set document's fast path (rules/schema.ts) against zod, the schema it stands for: fed
 * the same documents — the test rule set, one that uses every optional key, and every one-place
 * change of them (a key removed, a value replaced, an unknown key added, an item added) — both
 * accept or both reject, and where they accept they return the same document, keys in the same order.
 */
import { expect } from 'chai';
import { parseRuleSet, RuleSetError } from '../src/index.js';
import { CONTACT_LISTS, parseRuleSetFast, parseRuleSetWithZod, ruleSetSchema } from '../src/rules/schema.js';
import { ruleSet } from './helpers.js';

/** A document with every optional key of every object the schema has. */
const FULL = {
  $schema: 'https://example.com/schema.json',
  name: 'full',
  version: '1',
  hash: 'sha256-0',
  description: 'every key',
  lexicons: [
    {
      category: 'agency',
      article: '8.5',
      description: 'agencies',
      source: 'a list',
      homophones: true,
      domain: 'government',
      label: 'Agency',
      entries: [
        '新华社',
        {
          term: '中国银行',
          source: 'a list',
          homophones: true,
          pinyin: 'zhong guo yin hang',
          domain: 'finance',
          label: 'Bank',
          note: 'a note',
        },
      ],
    },
    { category: 'suffix', entries: ['官方'] },
    { category: 'surname', entries: ['王'] },
    { category: 'tld', entries: ['com'] },
  ],
  rules: [
    {
      id: 'lexicon',
      article: '8.5',
      severity: 'block',
      fields: ['name', 'bio'],
      match: { lexicon: ['agency'], whole: { with: ['suffix'] }, at: 'end', notGivenName: true },
      kinds: ['personal', 'entity'],
      requiresQualification: false,
      message: 'custom',
    },
    { id: 'whole', article: '8', severity: 'review', fields: ['name'], match: { lexicon: ['agency'], whole: true } },
    {
      id: 'detector',
      article: '8.6',
      severity: 'notice',
      fields: ['bio'],
      match: { detector: ['phone', 'lure'], disguised: true, with: ['suffix'] },
    },
    {
      id: 'sequence',
      article: '8.5',
      severity: 'block',
      fields: ['name'],
      match: { sequence: ['agency', 'suffix'], maxGap: 2, anyOrder: true, whole: true },
    },
    {
      id: 'entity',
      article: '9',
      severity: 'review',
      fields: ['entity.name'],
      match: { entityName: true, suffixes: ['suffix'] },
    },
  ],
  allow: [{ terms: ['新华社区'], after: 'surname', categories: ['agency'], fields: ['name'], note: 'a note' }],
  evasion: { article: '8.6', severity: 'review' },
  names: { surname: ['surname'] },
  limits: { name: 20, bio: 200 },
  contact: Object.fromEntries(
    Object.keys((ruleSetSchema.shape.contact.def.innerType as { shape: object }).shape).map((key) => [key, ['tld']]),
  ),
};

const VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'block',
  'start',
  'name',
  'phone',
  '8.5',
  '123',
  'zhong guo',
  'Zhong',
  0,
  1,
  16,
  17,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  false,
  [],
  ['x'],
  [''],
  ['name'],
  [1],
  {},
  { with: ['x'] },
  { term: 'x' },
];

type Node = Record<string, unknown> | unknown[];
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Every one-place change of `document`. */
function* changes(document: unknown): Generator<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (!isNode(value)) return;
    paths.push(path);
    // The first items of a list stand for the rest (a lexicon's entries are checked alike).
    if (Array.isArray(value))
      for (let index = 0; index < Math.min(value.length, 3); index++) walk(value[index], [...path, index]);
    else for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(document, []);
  const at = (root: unknown, path: (string | number)[]) =>
    path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  for (const path of paths) {
    const node = at(document, path) as Node;
    const edit = (change: (copy: Node) => void) => {
      const copy = structuredClone(document);
      change(at(copy, path) as Node);
      return copy;
    };
    if (Array.isArray(node)) {
      yield edit((copy) => (copy as unknown[]).splice(0));
      for (const value of VALUES) yield edit((copy) => (copy as unknown[]).push(value));
      for (let index = 0; index < Math.min(node.length, 3); index++)
        for (const value of VALUES) yield edit((copy) => ((copy as unknown[])[index] = value));
      continue;
    }
    yield edit((copy) => ((copy as Record<string, unknown>).unknownKey = 'x'));
    for (const key of Object.keys(node)) {
      yield edit((copy) => delete (copy as Record<string, unknown>)[key]);
      for (const value of VALUES) yield edit((copy) => ((copy as Record<string, unknown>)[key] = value));
    }
  }
}

/** Equal, with every object's keys in the same order and undefined values kept. */
function sameDocument(a: unknown, b: unknown, path = '$'): void {
  if (!isNode(a) || !isNode(b)) {
    expect(a, path).to.equal(b);
    return;
  }
  expect(Array.isArray(a), path).to.equal(Array.isArray(b));
  expect(Object.keys(a), path).to.deep.equal(Object.keys(b));
  for (const key of Object.keys(a))
    sameDocument((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
}

/** zod's answer: its document, or undefined for a rejection. */
function zod(document: unknown): unknown {
  try {
    return parseRuleSetWithZod(document);
  } catch (error) {
    expect(error).to.be.an.instanceOf(RuleSetError);
    return undefined;
  }
}

/** Both answer alike; returns whether they accepted. */
function agree(document: unknown): boolean {
  const fast = parseRuleSetFast(document);
  const reference = zod(document);
  expect(fast === undefined, JSON.stringify(document)).to.equal(reference === undefined);
  if (fast !== undefined) sameDocument(fast, reference);
  return fast !== undefined;
}

describe('rule-set schema: the fast path', () => {
  it('accepts the test rule set and a document with every optional key, as zod returns them', () => {
    expect(agree(ruleSet)).to.equal(true);
    expect(agree(FULL)).to.equal(true);
  });

  for (const [label, document] of [
    ['the test rule set', ruleSet],
    ['a document with every optional key', FULL],
  ] as const) {
    it(`answers as zod does for every one-place change of ${label}`, () => {
      let accepted = 0;
      let rejected = 0;
      for (const changed of changes(document)) {
        if (agree(changed)) accepted++;
        else rejected++;
      }
      // Both kinds were fed, many of each.
      expect(accepted).to.be.above(100);
      expect(rejected).to.be.above(1000);
    }).timeout(120_000);
  }

  it('leaves to zod what is not plain data, and never accepts what zod rejects', () => {
    class Document {
      name = 'x';
      version = '1';
      lexicons = [];
      rules = [];
    }
    const nullPrototype = Object.assign(Object.create(null), { name: 'x', version: '1', lexicons: [], rules: [] });
    const withSymbol = { ...FULL, limits: { name: 1, [Symbol('s')]: 2 } };
    expect(parseRuleSetFast(new Document())).to.equal(undefined);
    expect(parseRuleSetFast(withSymbol)).to.equal(undefined);
    expect(agree(nullPrototype)).to.equal(true);
    for (const document of [new Document(), withSymbol, null, undefined, 'rules', 42, []]) {
      const fast = parseRuleSetFast(document);
      if (fast !== undefined) sameDocument(fast, zod(document));
    }
  });

  it('still words every problem through zod', () => {
    expect(() => parseRuleSet({ ...FULL, rules: [{ ...FULL.rules[0], severity: 'fatal' }] })).to.throw(
      RuleSetError,
      /expected one of "block", "review", "notice"/,
    );
  });
});

describe('the hand-written check and the schema agree on the contact lists', () => {
  it('knows every contact list the schema has, in its order', () => {
    expect([...CONTACT_LISTS]).to.deep.equal(Object.keys(ruleSetSchema.shape.contact.def.innerType.shape));
  });
});
