/**
 * The tables of docs/benchmarks.md, each built from one run's figures; the prose around them is
 * report.ts. Budgets and their verdicts come from budgets.ts.
 */

import { BUDGETS, type BudgetCheck, type BudgetId, budgetCheck, budgetMark, withinBudget } from './budgets.ts';
import type { ChunkSize, ComponentResult } from './components.ts';
import type { LatencyStats } from './measure.ts';
import type { ReportInput } from './report.ts';
import type { ContenderResult, InputSetId, SuiteResult } from './suite.ts';

export const ENGINES = [
  { id: 'mingzheng', title: 'ours, benchmark rule set' },
  { id: 'mingzheng-default', title: 'ours, default rule set' },
  { id: 'mingzheng-large', title: 'ours, 50,000-term rule set' },
];

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const int = (value: number) => Math.round(value).toLocaleString('en-US');
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ms = (value: number) => (value >= 100 ? `${int(value)} ms` : `${value.toFixed(1)} ms`);

export function us(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} ms`;
  if (value >= 100) return `${value.toFixed(0)} µs`;
  if (value >= 10) return `${value.toFixed(1)} µs`;
  return `${value.toFixed(2)} µs`;
}

export function byId(suite: SuiteResult, id: string): ContenderResult {
  const found = suite.contenders.find((c) => c.id === id);
  if (!found) throw new Error(`no result for ${id} in ${suite.env}`);
  return found;
}

export function sampling(stats: LatencyStats): string {
  return `${int(stats.samples)} (${int(stats.inputs)} inputs${stats.reps > 1 ? ` × ${stats.reps} calls` : ''})`;
}

/**
 * The budget table of the default and benchmark rule sets in Node and Chromium, and every figure
 * it judged (for `pnpm bench`'s summary).
 */
export function budgetTable(input: ReportInput): { table: string; checks: BudgetCheck[] } {
  const checks: BudgetCheck[] = [];
  const judged = (id: BudgetId, where: string, measured: number) => {
    const check = budgetCheck(id, where, measured);
    checks.push(check);
    return check.ok;
  };
  const chromium = input.chromium.result;
  const engines = ENGINES.filter((engine) => input.node.contenders.some((c) => c.id === engine.id));
  const cell = (value: string, ok: boolean) => `${value} ${budgetMark(ok)}`;
  const rows: string[] = [];
  for (const [id, key] of [
    ['nameMedianUs', 'medianUs'],
    ['nameP99Us', 'p99Us'],
  ] as const) {
    const { what: label, limit } = BUDGETS[id];
    for (const set of ['names', 'longNames'] as const) {
      const where = set === 'names' ? 'real names' : '20–30 character names';
      const budgetId = id;
      const cells = engines.flatMap(({ id }) =>
        [input.node, chromium].map((suite) => {
          const value = byId(suite, id).latency[set][key];
          return cell(us(value), judged(budgetId, `${id}, ${suite.env}, ${where}`, value));
        }),
      );
      rows.push(`| ${label} (${where}) | ≤ ${us(limit)} | ${cells.join(' | ')} |`);
    }
  }
  const rate = (suite: SuiteResult, id: string) => byId(suite, id).throughput.perSecond;
  const rates = engines.flatMap(({ id }) => [
    cell(`${int(rate(input.node, id))}/s`, judged('accountsPerSecond', `${id}, Node`, rate(input.node, id))),
    `${int(rate(chromium, id))}/s (no budget)`,
  ]);
  rows.push(
    `| throughput, names and bios mixed, one core | ≥ ${int(BUDGETS.accountsPerSecond.limit)} accounts/s | ${rates.join(' | ')} |`,
  );
  if (input.audit) {
    // The audit runs in Node with the default rule set: one cell per row.
    const audit = input.audit;
    const only = (cellText: string) =>
      engines.flatMap(({ id }) => [id === 'mingzheng-default' ? cellText : '—', '—']).join(' | ');
    const endToEnd = audit.summary.accounts / audit.wallSeconds;
    rows.push(
      `| audit CLI, ${int(audit.summary.accounts)}-account file, realistic mix ([section 4](#4-mingzheng-audit-on-a-large-file)), one core, the whole command, fastest of ${audit.runs.length} runs | ≥ ${int(BUDGETS.accountsPerSecond.limit)} accounts/s | ${only(cell(`${int(endToEnd)}/s`, judged('accountsPerSecond', 'audit CLI', endToEnd)))} |`,
      `| audit CLI, peak resident memory (same run) | ≤ ${mb(BUDGETS.auditRssBytes.limit)} | ${only(cell(mb(audit.maxRssBytes), judged('auditRssBytes', 'audit CLI', audit.maxRssBytes)))} |`,
    );
  }
  const heaps = engines.flatMap(({ id }) => {
    const heap = input.heap.find((h) => h.id === id);
    if (!heap) return ['n/a', 'not measured'];
    const total = heap.heapUsedBytes + heap.arrayBuffersBytes;
    return [cell(mb(total), judged('heapBytes', `${id}, Node`, total)), 'not measured'];
  });
  rows.push(`| ${BUDGETS.heapBytes.what} | ≤ ${mb(BUDGETS.heapBytes.limit)} | ${heaps.join(' | ')} |`);
  const loads = engines.flatMap(({ id }) =>
    [input.node, chromium].map((suite) => {
      const compile = byId(suite, id).compile;
      return cell(
        `${ms(compile.medianMs)} (first ${ms(compile.firstMs)})`,
        judged('loadMs', `${id}, ${suite.env}`, compile.medianMs),
      );
    }),
  );
  rows.push(`| ${BUDGETS.loadMs.what} | ≤ ${ms(BUDGETS.loadMs.limit)} | ${loads.join(' | ')} |`);
  // What "ready" leaves for later: the terms are folded and their automaton built by the first check.
  const firstChecks = engines.flatMap(({ id }) =>
    [input.node, chromium].map((suite) => {
      const first = byId(suite, id).firstCheck;
      return first ? `${ms(first.medianMs)} (first ${ms(first.firstMs)})` : 'n/a';
    }),
  );
  rows.push(
    `| first check after ready: one account (name and bio) checked right after the compile (so no structure is left to be built by the first check unseen) | — | ${firstChecks.join(' | ')} |`,
  );
  const dictionaries = engines.flatMap(() => [input.node, chromium].map((suite) => `${ms(suite.dictionariesMs)}`));
  rows.push(
    `| dictionaries loaded, once per page or process (module fetch included) | — | ${dictionaries.join(' | ')} |`,
  );
  const head = engines.flatMap(({ title }) => [`${title}, Node`, `${title}, Chromium`]);
  const table = [
    `| budget | limit | ${head.join(' | ')} |`,
    `|---|---|${head.map(() => '---|').join('')}`,
    ...rows,
  ].join('\n');
  return { table, checks };
}

export function latencyTable(input: ReportInput, set: InputSetId): string {
  const chromium = input.chromium.result;
  const rows = input.node.contenders.map((node) => {
    const n = node.latency[set];
    const c = byId(chromium, node.id).latency[set];
    return `| ${node.label} | ${us(n.medianUs)} | ${us(n.p99Us)} | ${us(n.bestP99Us)} | ${us(n.meanUs)} | ${us(c.medianUs)} | ${us(c.p99Us)} | ${us(c.bestP99Us)} | ${us(c.meanUs)} | ${sampling(n)} / ${sampling(c)} |`;
  });
  return [
    '| contender | Node median | Node p99 | Node p99, best pass | Node mean | Chromium median | Chromium p99 | Chromium p99, best pass | Chromium mean | samples, Node / Chromium |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

export function compileTable(input: ReportInput): string {
  const chromium = input.chromium.result;
  const rows = input.node.contenders.map((node) => {
    const browser = byId(chromium, node.id);
    const heap = input.heap.find((h) => h.id === node.id);
    const namesPerSecond = 1e6 / node.latency.names.meanUs;
    return `| ${node.label} | ${ms(node.compile.medianMs)} (first ${ms(node.compile.firstMs)}) | ${ms(browser.compile.medianMs)} (first ${ms(browser.compile.firstMs)}) | ${heap ? ms(heap.coldBuildMs) : 'n/a'} | ${int(node.throughput.perSecond)} | ${int(browser.throughput.perSecond)} | ${int(namesPerSecond)} |`;
  });
  return [
    '| contender | compile, Node: median (first) | compile, Chromium: median (first) | cold start, fresh Node process | accounts/s, Node | accounts/s, Chromium | names only/s, Node (1 / mean latency) |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

export function heapTable(input: ReportInput): string {
  const rows = input.node.contenders.map((node) => {
    const heap = input.heap.find((h) => h.id === node.id);
    if (!heap) return `| ${node.label} | n/a | n/a | n/a | n/a |`;
    const total = heap.heapUsedBytes + heap.arrayBuffersBytes;
    const budget = ENGINES.some((engine) => engine.id === node.id)
      ? ` ${budgetMark(withinBudget('heapBytes', total))}`
      : '';
    const runs = (heap.runTotalsBytes ?? [total]).map(mb).join(' / ');
    return `| ${node.label} | ${mb(heap.heapUsedBytes)} | ${mb(heap.arrayBuffersBytes)} | ${mb(total)}${budget} | ${runs} | ${heap.dictionariesBytes > 0 ? mb(heap.dictionariesBytes) : '—'} |`;
  });
  return [
    '| contender | `heapUsed` Δ | `arrayBuffers` Δ | held in all | each process | of which dictionaries |',
    '|---|--:|--:|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

export function hitsTable(input: ReportInput): string {
  const { data } = input;
  const rows = input.node.contenders.map((node) => {
    const hits = node.hits;
    if (!hits) return `| ${node.label} | n/a | n/a | n/a |`;
    return `| ${node.label} | ${int(hits.names)} | ${int(hits.longNames)} | ${int(hits.bios)} |`;
  });
  return [
    `| contender | names with a hit (of ${int(data.names)}) | long names (of ${int(data.longNames)}) | bios (of ${int(data.bios)}) |`,
    '|---|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

/** The page with mz-name-field against its budgets: initial and lazy JS, keystroke to feedback. */
export function componentChecks(result: ComponentResult): BudgetCheck[] {
  const sum = (chunks: readonly ChunkSize[]) => chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  return [
    budgetCheck('initialBytes', 'the page', sum(result.initial)),
    budgetCheck('lazyBytes', 'the page', sum(result.lazy)),
    budgetCheck('keystrokeP95Ms', 'Chromium', result.keystroke.p95Ms),
  ];
}

/** The budget rows of the page with mz-name-field. */
export function componentBudgetTable(result: ComponentResult): string {
  const [initial, lazy, keystrokeCheck] = componentChecks(result);
  const measured = (check: BudgetCheck | undefined) => `${kb(check?.measured ?? 0)} ${budgetMark(check?.ok ?? false)}`;
  const { keystroke } = result;
  const lazyTotal = lazy?.measured ?? 0;
  const zhTW = result.zhTW.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  const zhTWTotal = lazyTotal + zhTW;
  return `| budget | limit | measured |
|---|---|---|
| initial JS of the page, gzip | ≤ ${kb(BUDGETS.initialBytes.limit)} | ${measured(initial)} |
| ${BUDGETS.lazyBytes.what} (zh-CN and en pages) | ≤ ${kb(BUDGETS.lazyBytes.limit)} | ${measured(lazy)} |
| … on a zh-TW page whose message names a term: simplified → traditional added | ≤ ${kb(BUDGETS.lazyBytes.limit)} in all | +${kb(zhTW)}, ${kb(zhTWTotal)} in all ${budgetMark(zhTWTotal <= BUDGETS.lazyBytes.limit)} |
| ${BUDGETS.keystrokeP95Ms.what} | ≤ ${BUDGETS.keystrokeP95Ms.limit} ms | ${keystroke.p95Ms.toFixed(2)} ms ${budgetMark(keystrokeCheck?.ok ?? false)} (median ${keystroke.medianMs.toFixed(2)} ms, max ${keystroke.maxMs.toFixed(2)} ms, ${keystroke.samples} keystrokes) |`;
}

/** Every chunk of that page: what it holds, its file, when it loads, its size. */
export function chunkTable(result: ComponentResult): string {
  const rows = [
    ...result.initial.map((c) => ({ ...c, when: 'at once' })),
    ...result.lazy.map((c) => ({ ...c, when: 'lazily' })),
    ...result.zhTW.map((c) => ({ ...c, when: 'lazily, zh-TW only' })),
    ...(result.onDemand ?? []).map((c) => ({
      ...c,
      when: 'only for a rule set the hand-written check is not sure of',
    })),
  ]
    .map((c) => `| ${c.label} | \`${c.name}\` | ${c.when} | ${kb(c.gzipBytes)} |`)
    .join('\n');
  return `| chunk | file | loaded | gzip |
|---|---|---|---|
${rows}`;
}
