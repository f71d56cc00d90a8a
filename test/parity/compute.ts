/**
 * Computes the verdicts of every shared vector under both the engine's test rule set and the
 * default rule set, as one JSON string. Node and Chromium run this same module; their strings
 * must be byte-identical.
 */
import { createEngine } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import testRuleSet from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import bidi from '../../packages/precheck/test/vectors/bidi.json' with { type: 'json' };
import names from '../../packages/precheck/test/vectors/names.json' with { type: 'json' };

export async function computeVerdicts(): Promise<string> {
  const results: unknown[] = [];
  for (const ruleSet of [testRuleSet, defaultRuleSet]) {
    const engine = await createEngine(ruleSet);
    for (const vector of [...names.vectors, ...bidi.vectors]) {
      results.push({ ruleSet: engine.rulesetVersion, text: vector.text, verdict: engine.check({ name: vector.text }) });
      results.push({
        ruleSet: engine.rulesetVersion,
        bio: vector.text,
        verdict: engine.check({ bio: `简介：${vector.text}。` }),
      });
    }
  }
  return JSON.stringify(results);
}
