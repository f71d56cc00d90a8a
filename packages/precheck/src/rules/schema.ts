/**
 * The rule-set document: lexicons (terms by category, each with article and source), rules that
 * say which fields they read, what they match and how severe a hit is, allow-lists, and limits.
 * A rule set is data, validated here, so a compliance team can own it without touching code.
 *
 * zod/mini keeps the validator small enough for the browser bundle.
 */
import * as z from 'zod/mini';
import { type Dictionaries, NO_DICTIONARIES } from '../dictionaries.js';
import { DETECTORS, TEXT_FIELDS } from '../types.js';
import { type CompiledRuleSet, compileValidated } from './compile.js';
import { isTerm, parseKnownRuleSet, RuleSetError, validated } from './validate.js';

const nonEmpty = () => z.string().check(z.minLength(1));
const article = () => z.string().check(z.regex(/^\d{1,2}(?:\.\d{1,2})?$/));
const severity = z.enum(['block', 'review', 'notice']);
const field = z.enum(TEXT_FIELDS);

/** One protected or listed term. A bare string is a term with the lexicon's defaults. */
const entryObject = z.strictObject({
  term: nonEmpty(),
  /** Where the term comes from: a public list, a statute, an official site. */
  source: z.optional(nonEmpty()),
  /** Also match its homophones and its spelled-out pinyin (Han terms only). */
  homophones: z.optional(z.boolean()),
  /** Its toneless syllables in context, space-separated, where they differ from each character's most common reading (中国银行: zhong guo yin hang). */
  pinyin: z.optional(z.string().check(z.regex(/^[a-z]+(?: [a-z]+)*$/))),
  /** Art. 11: the professional domain, e.g. `healthcare`, and the label to show. */
  domain: z.optional(nonEmpty()),
  label: z.optional(nonEmpty()),
  note: z.optional(z.string()),
});
const entry = z.union([nonEmpty(), entryObject]);

const lexicon = z.strictObject({
  category: nonEmpty(),
  /** The article the category serves, for provenance; rules decide what a hit means. */
  article: z.optional(article()),
  description: z.optional(z.string()),
  source: z.optional(nonEmpty()),
  homophones: z.optional(z.boolean()),
  domain: z.optional(nonEmpty()),
  label: z.optional(nonEmpty()),
  entries: z.array(entry),
});

const detector = z.enum(DETECTORS);

/** What a rule looks for: terms of some categories, a detector, a sequence, or entity consistency. */
/**
 * Only when the hit is the whole field, letters and digits counted (punctuation, symbols, emoji and
 * spaces aside): `true` for the hit alone, `{ with }` for the hit together with terms of these
 * categories before or after it. Being an institution (京东, 【官方】京东, 京东客服中心) rather than
 * mentioning it (京东快递员小王).
 */
const whole = z.union([z.literal(true), z.strictObject({ with: z.array(nonEmpty()).check(z.minLength(1)) })]);

const matchSpec = z.union([
  z.strictObject({
    lexicon: z.array(nonEmpty()).check(z.minLength(1)),
    whole: z.optional(whole),
    /**
     * Only a term that ends the field (`end`) or starts it (`start`), decoration aside: a name
     * shaped like an organisation's ends in its kind (…研究院, …协会, …医院).
     */
    at: z.optional(z.enum(['start', 'end'])),
    /**
     * Not a term that is the given name of a person's name: a field that is a surname of the rule
     * set's `names` lists and one or two Han characters after it, nothing else (覃新闻 is a person
     * whose given name is 新闻, not a news outlet).
     */
    notGivenName: z.optional(z.literal(true)),
  }),
  z.strictObject({
    detector: z.array(detector).check(z.minLength(1)),
    /**
     * Only details written so as not to look like one: a dot or at sign spelled out or hidden
     * (`abc[.]com`, `abc点com`, `a#b.com`), letters for digits (1OO86), or any evasion channel.
     */
    disguised: z.optional(z.literal(true)),
    /** Only in a field that also holds a term of these categories (a lure: 加我, 私信, 复制打开). */
    with: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
  }),
  z.strictObject({
    /** Terms of these categories in this order, at most `maxGap` characters apart (e.g. 杭州市 + 公安局). */
    sequence: z.array(nonEmpty()).check(z.minLength(2)),
    maxGap: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(16))),
    /**
     * The parts in either order: as listed or reversed (疗效 … 糖尿病 and 糖尿病 … 疗效), each at most
     * `maxGap` from the next. For a claim, where a sentence may put the promise before its subject
     * or after it.
     */
    anyOrder: z.optional(z.literal(true)),
    whole: z.optional(whole),
  }),
  z.strictObject({
    entityName: z.literal(true),
    /** Categories of the account suffixes removed from the name first (官方, 旗舰店 …), each once, in order. */
    suffixes: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
  }),
]);

const rule = z.strictObject({
  id: nonEmpty(),
  article: article(),
  severity,
  fields: z.array(field).check(z.minLength(1)),
  match: matchSpec,
  /** Only for these account kinds; all kinds when absent. */
  kinds: z.optional(z.array(z.enum(['personal', 'professional', 'entity']))),
  /** Art. 11: the hit requires a qualification in the entry's domain. */
  requiresQualification: z.optional(z.boolean()),
  /** Message key; the default depends on the article. */
  message: z.optional(nonEmpty()),
});

/** Suppresses hits that lie inside an allowed term, optionally only right after a term of `after`. */
const allow = z.strictObject({
  terms: z.array(nonEmpty()).check(z.minLength(1)),
  /** Context: the allowed term must directly follow a term of this category (e.g. a surname). */
  after: z.optional(nonEmpty()),
  /** The categories it suppresses; all when absent. */
  categories: z.optional(z.array(nonEmpty())),
  fields: z.optional(z.array(field)),
  note: z.optional(z.string()),
});

export const ruleSetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  name: nonEmpty(),
  version: nonEmpty(),
  /** Content hash of the compiled artifact, when it was compiled by a build step. */
  hash: z.optional(z.string()),
  description: z.optional(z.string()),
  lexicons: z.array(lexicon),
  rules: z.array(rule),
  allow: z.optional(z.array(allow)),
  /** A hit found only through an evasion channel also gets a finding under this article. */
  evasion: z.optional(z.strictObject({ article: article(), severity })),
  /**
   * The lists that tell a person's name, by lexicon category: `surname`, the surnames (single and
   * compound) a name starts with. Read as lists, not matched as terms.
   */
  names: z.optional(z.strictObject({ surname: z.array(nonEmpty()).check(z.minLength(1)) })),
  /** Longest accepted text per field, in characters (code points). */
  limits: z.optional(z.partialRecord(field, z.number().check(z.int(), z.minimum(1)))),
  /**
   * The lists the contact detectors read, by lexicon category: top-level domains that make
   * `name.tld` an address, and the code words before a QQ number or a WeChat ID. A list not given
   * is the engine's own (rules/defaults.ts).
   */
  contact: z.optional(
    z.strictObject({
      tld: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      qq: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      wechat: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /**
       * The products' own names among the code words (微信, QQ, WeChat): a detail after one of them
       * is written openly; after any other code word (V信, 扣扣, 🐧) it is disguised.
       */
      names: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /**
       * Area codes with their trunk 0 (010, 0755): a number that starts with one and goes on with a
       * local number of seven or eight digits is a fixed line. None given: fixed lines are not looked for.
       */
      areaCodes: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /**
       * Code words before an ID on another product (抖音号, 公众号, Telegram, TG, 钉钉): the ID after
       * one is an `account` detail. None given: such IDs are not looked for.
       */
      account: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /**
       * Hosts of link shorteners (t.cn, dwz.cn, suo.im): a link on one hides where it leads, so it
       * is an address whatever its top-level domain, and a disguised one.
       */
      shortLinks: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /**
       * Lures without a detail (the `lure` detector): verbs and contexts that ask for contact (加,
       * 添加, 私信, 主页有), the code words they ask for beside the QQ and WeChat words (single
       * characters written for 微 or 扣: 薇, 威, 徽, 寇), the words for a group that count only after
       * a context word (群 after 看…). No verbs given: lures are not looked for.
       */
      lureVerbs: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /** The verbs written with look-alikes (伽 for 加, 煮页 for 主页): a lure with one is disguised. */
      lureVerbVariants: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      lureWords: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /**
       * Characters that are a code word only right after a lure verb, where the lure ends (喂 in 加喂,
       * 口 in 伽口): the code words' syllables in other tones, too common to count anywhere else.
       */
      lureSounds: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /**
       * Code characters that mark a letter ID even after other Han text (溦, 嶶: rare in names), where
       * a common one (薇 in 张薇 lily88) is part of a name. None given: only a code character that
       * starts the text or follows no Han character marks a letter ID.
       */
      idChars: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      lureGroups: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      lureContexts: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
      /** Names a platform gives an account by default (手机用户 + digits): the number in one is not a detail. */
      defaultNames: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
    }),
  ),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type Rule = z.infer<typeof rule>;
export type Lexicon = z.infer<typeof lexicon>;
export type LexiconEntry = z.infer<typeof entryObject>;
export type AllowEntry = z.infer<typeof allow>;
export type { Detector } from '../types.js';

export { CONTACT_LISTS, parseRuleSetFast, RuleSetError } from './validate.js';

const quoted = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * What is wrong, in words (zod/mini carries no messages, to stay small): every problem of a rule
 * set must say what to change, an unknown key its name.
 */
function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length === 1 ? '' : 's'} ${quoted(issue.keys)}`;
    case 'invalid_type':
      return issue.input === undefined ? `missing: expected ${issue.expected}` : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${quoted(issue.values)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `expected at least ${issue.minimum} ${issue.origin === 'string' ? 'character' : 'item'}${Number(issue.minimum) === 1 ? '' : 's'}`
        : `expected at least ${issue.minimum}`;
    case 'too_big':
      return `expected at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.pattern === undefined ? `expected the format ${issue.format}` : `expected to match ${issue.pattern}`;
    case 'invalid_union':
      return 'matches none of the forms this may take';
    default:
      return 'invalid';
  }
}

/** zod's answer (the reference the fast path is tested against): the document, or a RuleSetError. */
export function parseRuleSetWithZod(document: unknown): RuleSet {
  const answer = zodAnswer(document);
  if ('problems' in answer) throw new RuleSetError(answer.problems);
  return answer.ruleSet;
}

/**
 * zod's answer as data: the document, or the words of every problem. For a caller that loads this
 * module on demand (createEngine) and throws its own RuleSetError, so that one class is thrown
 * however the modules were loaded.
 */
export function zodAnswer(document: unknown): { ruleSet: RuleSet } | { problems: string } {
  const lexicons = (document as { lexicons?: unknown } | null)?.lexicons;
  const plain = new Map<number, readonly string[]>();
  let input = document;
  if (Array.isArray(lexicons)) {
    const slim = lexicons.map((lexicon: unknown, index) => {
      const entries = (lexicon as { entries?: unknown } | null)?.entries;
      if (typeof lexicon !== 'object' || lexicon === null || !Array.isArray(entries) || !entries.every(isTerm))
        return lexicon;
      plain.set(index, entries as string[]);
      return { ...lexicon, entries: [] };
    });
    if (plain.size > 0) input = { ...(document as object), lexicons: slim };
  }
  const result = ruleSetSchema.safeParse(input, { error: issueMessage });
  if (!result.success) return { problems: `Invalid rule set:\n${z.prettifyError(result.error)}` };
  for (const [index, entries] of plain) {
    const lexicon = result.data.lexicons[index];
    if (lexicon) lexicon.entries = entries.slice();
  }
  validated.add(result.data);
  return { ruleSet: result.data };
}

/**
 * Validates a rule-set document; throws a RuleSetError that lists every problem. The fast path
 * above answers for plain data; zod answers where it is not sure, and words every problem.
 */
export function parseRuleSet(document: unknown): RuleSet {
  const known = parseKnownRuleSet(document);
  if (known !== undefined) return known;
  const parsed = parseRuleSetWithZod(document);
  validated.add(parsed);
  return parsed;
}

/** Validates a rule-set document (as `parseRuleSet`) and compiles it. Throws a RuleSetError if invalid. */
export function compileRuleSet(document: unknown, dictionaries: Dictionaries = NO_DICTIONARIES): CompiledRuleSet {
  return compileValidated(parseRuleSet(document), dictionaries);
}
