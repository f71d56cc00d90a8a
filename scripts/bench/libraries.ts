/**
 * The contenders, behind one interface, for Node and the browser alike: our engine (with the
 * benchmark rule set, and with the default rule set of @mingzheng/rules-cn) and the three
 * libraries a user would otherwise pick, each given the same term list and asked its "find all
 * terms" question.
 */
import { Mint } from 'mint-filter';
import AhoCorasick from 'modern-ahocorasick';
import { assignIncrementingIds, parseRawPattern, RegExpMatcher } from 'obscenity';
import { check, compileRuleSet, type Dictionaries } from '../../packages/precheck/src/index.ts';

export interface Account {
  name: string;
  bio?: string;
}

/** What a compiled matcher answers. Each call returns its hit count, so no call can be optimised away. */
export interface Subject {
  name(text: string): number;
  bio(text: string): number;
  account(account: Account): number;
}

export interface LexiconInput {
  terms: readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: rule-set documents are validated by the engine
  ruleSet: Record<string, any>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  defaultRuleSet?: Record<string, any>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  largeRuleSet?: Record<string, any>;
}

export interface Contender {
  id: string;
  label: string;
  /** False when its input is missing (the default rule set not compiled yet). */
  available?: (input: LexiconInput) => boolean;
  /** Builds the matcher: what "compile time" measures. The engine gets loaded dictionaries. */
  build(input: LexiconInput, dictionaries: Dictionaries): Subject;
}

function engine(ruleSet: object, dictionaries: Dictionaries): Subject {
  const compiled = compileRuleSet(ruleSet, dictionaries);
  return {
    name: (text) => check({ name: text }, compiled).findings.length,
    bio: (text) => check({ bio: text }, compiled).findings.length,
    account: (account) => check(account, compiled).findings.length,
  };
}

/** A subject from a find-all function: an account is its name and its bio, one call each. */
function finder(find: (text: string) => number): Subject {
  return {
    name: find,
    bio: find,
    account: (account) => find(account.name) + (account.bio === undefined ? 0 : find(account.bio)),
  };
}

/** obscenity's pattern syntax gives `[`, `]`, `?`, `|` and `\` a meaning; our terms are literal. */
const literalPattern = (term: string) => parseRawPattern(term.replace(/[[\]?|\\]/g, '\\$&'));

/** The contenders whose input is there. */
export const contendersFor = (input: LexiconInput): Contender[] =>
  CONTENDERS.filter((contender) => contender.available?.(input) ?? true);

export const CONTENDERS: readonly Contender[] = [
  {
    id: 'mingzheng',
    label: 'mingzheng `check()`',
    build: (input, dictionaries) => engine(input.ruleSet, dictionaries),
  },
  {
    id: 'mingzheng-default',
    label: 'mingzheng `check()`, default rule set',
    available: (input) => input.defaultRuleSet !== undefined,
    build: (input, dictionaries) => engine(input.defaultRuleSet ?? {}, dictionaries),
  },
  {
    id: 'mingzheng-large',
    label: 'mingzheng `check()`, 50,000-term rule set',
    available: (input) => input.largeRuleSet !== undefined,
    build: (input, dictionaries) => engine(input.largeRuleSet ?? {}, dictionaries),
  },
  {
    id: 'mint-filter',
    label: 'mint-filter 4.0.3 `filter()`',
    build: (input) => {
      const mint = new Mint([...input.terms]);
      return finder((text) => mint.filter(text, { replace: false }).words.length);
    },
  },
  {
    id: 'modern-ahocorasick',
    label: 'modern-ahocorasick 3.3.0 `search()`',
    build: (input) => {
      const matcher = new AhoCorasick(input.terms);
      return finder((text) => matcher.search(text).length);
    },
  },
  {
    id: 'obscenity',
    label: 'obscenity 0.4.6 `getAllMatches()`',
    build: (input) => {
      const matcher = new RegExpMatcher({ blacklistedTerms: assignIncrementingIds(input.terms.map(literalPattern)) });
      return finder((text) => matcher.getAllMatches(text).length);
    },
  },
];
