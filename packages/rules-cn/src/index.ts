/**
 * @mingzheng/rules-cn — the default rule set: curated lexicons with category, article and source
 * (data/lexicons/), generated region and country lexicons, and the rules per article
 * (data/rules.json), compiled by compile.ts into src/ruleset.json.
 *
 * The document is plain data: the engine compiles it (`createEngine(defaultRuleSet)`), a server
 * serves it, a platform extends it with `extendRuleSet`. The package loads it from its compact
 * form (src/ruleset.compact.json, see compact.ts), which decodes to the same document.
 */
import type { RuleSet } from '@mingzheng/precheck';
import { type CompactRuleSet, decodeRuleSet } from './compact.js';
import compact from './ruleset.compact.json' with { type: 'json' };

/** The default rule set document; `defaultRuleSet.version` names it in every verdict. */
export const defaultRuleSet: RuleSet = decodeRuleSet(compact as CompactRuleSet);
