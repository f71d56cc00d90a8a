/**
 * A verdict depends on the account and the rule set alone, never on what the engine checked
 * before: the engine builds its tables as texts first reach them (docs/architecture.md, "Loading a
 * rule set"), so two engines that check the same real-world texts in opposite orders have built
 * their tables in different orders, and must still give every text the same verdict, byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createEngine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const casesDir = new URL('../eval/cases/', import.meta.url);
const accounts = readdirSync(casesDir)
  .filter((file) => file.endsWith('.jsonl'))
  .sort()
  .flatMap((file) =>
    readFileSync(new URL(file, casesDir), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const { text, field } = JSON.parse(line) as { text: string; field: 'name' | 'bio' };
        return { [field]: text };
      }),
  );

describe('verdicts do not depend on what was checked before', () => {
  it('gives the real-world cases the same verdicts checked in opposite orders', async () => {
    expect(accounts.length).to.be.greaterThan(5000);
    const forward = await createEngine(defaultRuleSet);
    const backward = await createEngine(defaultRuleSet);
    const first = accounts.map((account) => JSON.stringify(forward.check(account)));
    const second: string[] = [];
    for (let i = accounts.length - 1; i >= 0; i--) second[i] = JSON.stringify(backward.check(accounts[i] ?? {}));
    for (let i = 0; i < accounts.length; i++) expect(second[i], JSON.stringify(accounts[i])).to.equal(first[i]);
  });
});
