/**
 * The budgets of ../shared/DESIGN.md ("Budgets"), in one place: the report's budget tables
 * (report-tables.ts), `pnpm bench`'s closing summary (run.ts) and the test that the docs state
 * the same limits (test/bench/budgets.node.test.ts) all read them from here. Budgets are measured
 * by `pnpm bench`, never asserted in timed tests.
 */

export interface Budget {
  /** What is measured, as the report's budget table names it. */
  readonly what: string;
  readonly limit: number;
  /** Whether the measured figure must be at most (`≤`) or at least (`≥`) the limit. */
  readonly bound: 'at most' | 'at least';
  readonly unit: 'µs' | 'ms' | 'bytes' | 'accounts/s';
}

export const BUDGETS = {
  nameMedianUs: {
    what: '`check()` of a name, median',
    limit: 50,
    bound: 'at most',
    unit: 'µs',
  },
  nameP99Us: {
    what: '`check()` of a name, p99',
    limit: 500,
    bound: 'at most',
    unit: 'µs',
  },
  accountsPerSecond: {
    what: 'throughput, names and bios mixed, one core (also the audit CLI, end to end)',
    limit: 50_000,
    bound: 'at least',
    unit: 'accounts/s',
  },
  heapBytes: {
    what: 'JS heap of a compiled rule set with its dictionaries',
    limit: 30 * 1024 * 1024,
    bound: 'at most',
    unit: 'bytes',
  },
  loadMs: {
    what: 'rule set ready: the JSON document validated and compiled (DESIGN.md: in Chromium, with 50,000 terms)',
    limit: 20,
    bound: 'at most',
    unit: 'ms',
  },
  auditRssBytes: {
    what: 'audit CLI, peak resident memory',
    limit: 200 * 1024 * 1024,
    bound: 'at most',
    unit: 'bytes',
  },
  initialBytes: {
    what: 'initial JS of a page with mz-name-field, gzip',
    limit: 25 * 1024,
    bound: 'at most',
    unit: 'bytes',
  },
  lazyBytes: {
    what: 'lazily loaded engine, rule set and dictionaries, gzip',
    limit: 150 * 1024,
    bound: 'at most',
    unit: 'bytes',
  },
  keystrokeP95Ms: {
    what: 'keystroke to feedback in Chromium, p95',
    limit: 16,
    bound: 'at most',
    unit: 'ms',
  },
} as const satisfies Record<string, Budget>;

export type BudgetId = keyof typeof BUDGETS;

/** Whether `measured` keeps budget `id`. */
export function withinBudget(id: BudgetId, measured: number): boolean {
  const budget: Budget = BUDGETS[id];
  return budget.bound === 'at most' ? measured <= budget.limit : measured >= budget.limit;
}

/** A budget's verdict as the report writes it. */
export const budgetMark = (ok: boolean) => (ok ? 'pass' : '**FAIL**');

/** One measured figure against its budget, for `pnpm bench`'s summary. */
export interface BudgetCheck {
  id: BudgetId;
  /** Where it was measured (Node, Chromium, the default rule set …). */
  where: string;
  measured: number;
  ok: boolean;
}

export const budgetCheck = (id: BudgetId, where: string, measured: number): BudgetCheck => ({
  id,
  where,
  measured,
  ok: withinBudget(id, measured),
});
