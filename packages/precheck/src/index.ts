/**
 * @mingzheng/precheck — the pre-check engine. Pure and isomorphic: no DOM, no Node APIs, no I/O,
 * no logging.
 *
 *   const engine = await createEngine(ruleSetDocument);
 *   engine.check({ name: '新 华 社' }); // → { verdict: 'block', findings: [...], ... }
 */
export {
  type Attribution,
  type AttributionOptions,
  type AttributionRegion,
  DEFAULT_HK_MO_TW,
  formatAttribution,
} from './attribution/index.js';
export { check, compareFindings, decideVerdict } from './check.js';
export type { Dictionaries } from './dictionaries.js';
export { loadDictionaries, NO_DICTIONARIES } from './dictionaries.js';
export { createEngine, type Engine } from './engine.js';
export * from './identity/index.js';
export { learnContextReadings, readInContext } from './match/pinyin.js';
export {
  citeArticle,
  type DescribeOptions,
  describeFinding,
  describeFindings,
  type FindingMessage,
  formatMessage,
  LOCALES,
  type Locale,
  loadTraditional,
  type MessageForm,
  resolveLocale,
} from './messages/catalog.js';
export {
  citeFull,
  citeShort,
  PROFESSION_DOMAINS,
  PROFESSION_LABELS,
  type ProfessionDomain,
  professionLabel,
  REGULATION_TITLE,
} from './messages/locale.js';
export { type FoldedText, foldForMatching, type ShownText } from './normalize/displayed.js';
export type { CompiledRuleSet } from './rules/compile.js';
export { compileRuleSet, parseRuleSet, type Rule, type RuleSet, RuleSetError, ruleSetSchema } from './rules/schema.js';
export * from './types.js';
