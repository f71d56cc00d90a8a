/**
 * The name field's projection of the default rule set (@mingzheng/rules-cn/name) gives every name
 * the verdict the whole rule set gives it, byte for byte, `rulesetVersion` included: checked on
 * every text of the evaluation cases and the vectors, each as a name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createEngine } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { nameRuleSet } from '@mingzheng/rules-cn/name';
import { expect } from 'chai';
import { projectOnField, vectorTexts } from '../compile.js';

const casesDir = new URL('../eval/cases/', import.meta.url);
const caseTexts = readdirSync(casesDir)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) =>
    readFileSync(new URL(file, casesDir), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

describe('the name projection of the default rule set', () => {
  it('is the whole under the same version and hash, with fewer rules and lexicons', () => {
    expect(nameRuleSet.version).to.equal(defaultRuleSet.version);
    expect(nameRuleSet.hash).to.equal(defaultRuleSet.hash);
    expect(nameRuleSet.rules.length).to.be.below(defaultRuleSet.rules.length);
    expect(nameRuleSet.lexicons.length).to.be.below(defaultRuleSet.lexicons.length);
    expect(nameRuleSet.rules.every((rule) => rule.fields.includes('name'))).to.equal(true);
    expect(defaultRuleSet.rules.filter((rule) => rule.fields.includes('name'))).to.deep.equal(nameRuleSet.rules);
  });

  it('is what compile.ts projects from the whole', () => {
    expect(projectOnField(defaultRuleSet, 'name')).to.deep.equal(nameRuleSet);
  });

  it('gives every name of the cases and vectors the same verdict as the whole', async function () {
    this.timeout(120_000);
    const texts = [...new Set([...caseTexts, ...vectorTexts()])];
    expect(texts.length).to.be.above(5000);
    const [whole, name] = await Promise.all([createEngine(defaultRuleSet), createEngine(nameRuleSet)]);
    const differ: string[] = [];
    const verdicts = new Set<string>();
    for (const text of texts) {
      const expected = JSON.stringify(whole.check({ name: text }));
      if (JSON.stringify(name.check({ name: text })) !== expected) differ.push(text);
      verdicts.add((JSON.parse(expected) as { verdict: string }).verdict);
    }
    expect(differ).to.deep.equal([]);
    // The set reaches every verdict: the comparison is not between passes alone.
    expect([...verdicts].sort()).to.deep.equal(['block', 'pass', 'review']);
  });

  it('is not the whole for other fields: a bio rule is left out', async () => {
    const bioOnly = defaultRuleSet.rules.find((rule) => !rule.fields.includes('name'));
    expect(bioOnly, 'a rule that does not read names').to.not.equal(undefined);
    expect(nameRuleSet.rules.map((rule) => rule.id)).to.not.include(bioOnly?.id);
  });
});
