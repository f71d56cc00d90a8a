/**
 * The budgets are stated in one place (scripts/bench/budgets.ts): the limits the docs state must be
 * those. docs/benchmarks.md is generated from them by `pnpm bench`; a budget changed without a new
 * run, or a limit written by hand elsewhere, fails here.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { BUDGETS, type Budget } from '../../scripts/bench/budgets.ts';

const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

const UNITS: Record<string, number> = { µs: 1, ms: 1, KB: 1024, MB: 1024 * 1024, 'accounts/s': 1 };

/** Every limit cell of a Markdown table (`| ≤ 50.0 µs |`), as its bound and value in the budget's unit. */
function limitCells(markdown: string): { bound: Budget['bound']; value: number; text: string }[] {
  const cells = [...markdown.matchAll(/\| ([≤≥]) ([\d,.]+) (µs|ms|KB|MB|accounts\/s) \|/g)];
  return cells.map(([text, sign, number, unit]) => ({
    bound: sign === '≤' ? 'at most' : 'at least',
    value: Number((number ?? '').replaceAll(',', '')) * (UNITS[unit ?? ''] ?? Number.NaN),
    text,
  }));
}

describe('budgets', () => {
  const budgets: Budget[] = Object.values(BUDGETS);

  it('docs/benchmarks.md states every budget, and no other limit', () => {
    const cells = limitCells(doc('benchmarks.md'));
    for (const budget of budgets) {
      expect(
        cells.some((cell) => cell.bound === budget.bound && cell.value === budget.limit),
        `${budget.what}: ${budget.bound} ${budget.limit} ${budget.unit}`,
      ).to.equal(true);
    }
    for (const cell of cells) {
      expect(
        budgets.some((budget) => cell.bound === budget.bound && cell.value === budget.limit),
        cell.text,
      ).to.equal(true);
    }
  });

  it('docs/audit.md states the audit’s memory and throughput budgets', () => {
    const audit = doc('audit.md').replace(/\s+/g, ' ');
    expect(audit).to.include(`DESIGN.md's budget: ≤ ${BUDGETS.auditRssBytes.limit / 1024 / 1024} MB`);
    expect(audit).to.include(`over ${BUDGETS.accountsPerSecond.limit.toLocaleString('en-US')} accounts per second`);
  });
});
