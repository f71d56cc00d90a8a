/**
 * @mingzheng/rules-cn/name — the default rule set as the `name` field sees it: the rules that read
 * names and the lexicons they, the allow-list, `names` and `contact` need (compile.ts,
 * `projectOnField`). A name gets the same verdict from it as from `defaultRuleSet`, the same
 * `rulesetVersion` included; it is smaller to load, for a page that checks names only.
 */
import type { RuleSet } from '@mingzheng/precheck';
import { type CompactRuleSet, decodeRuleSet } from './compact.js';
import compact from './ruleset.name.compact.json' with { type: 'json' };

/** The default rule set projected onto the `name` field; same `version` and `hash` as `defaultRuleSet`. */
export const nameRuleSet: RuleSet = decodeRuleSet(compact as CompactRuleSet);
