/**
 * `pnpm bench`: builds the lexicon and inputs from ../shared/corpora, bundles the timed code with
 * Vite (bundle.ts), runs the suite in Node (its own process, pinned to one CPU), measures each
 * contender's heap in a fresh process, times `mingzheng audit` on a generated 200,000-account file
 * (audit-data.ts, audit-cli.ts), runs the same suite in headless Chromium, and rewrites
 * docs/benchmarks.md.
 *
 *   node --conditions=source --import tsx scripts/bench/run.ts
 *   node --conditions=source --import tsx scripts/bench/run.ts --audit   (the audit alone; prints, writes nothing)
 *   node --conditions=source --import tsx scripts/bench/run.ts --sizes   (the component chunks' gzip sizes alone; prints)
 *   node --conditions=source --import tsx scripts/bench/run.ts --ready   (build and first check per contender, Node and Chromium; prints)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseRuleSet } from '../../packages/precheck/src/index.ts';
import { chromePath } from '../test/browser.mjs';
import type { AuditBenchResult, AuditBenchRuns } from './audit-cli.ts';
import { AUDIT_ACCOUNTS, writeAuditFile } from './audit-data.ts';
import { runInChromium, runReadyInChromium } from './browser.ts';
import { BUDGETS } from './budgets.ts';
import { bundleForNode } from './bundle.ts';
import { measureComponentSizes, measureEditorSizes, runComponentBench } from './components.ts';
import { loadBenchData } from './corpus.ts';
import type { HeapResult } from './heap.ts';
import { contendersFor } from './libraries.ts';
import { type DataSummary, type ReportInput, renderReport } from './report.ts';
import { budgetTable, componentChecks } from './report-tables.ts';
import type { SuiteResult } from './suite.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE_FLAGS = ['--expose-gc'];
const HEAP_RUNS = 2;
const auditOnly = process.argv.includes('--audit');
const readyOnly = process.argv.includes('--ready');
const AUDIT_RUNS = 3;

const started = performance.now();
const loadBefore = loadavg();
const log = (message: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);

/** Runs a Node child; its stdout lines go to `onLine`. Rejects on a non-zero exit. */
function node(args: string[], onLine: (line: string) => void, pin: boolean): Promise<void> {
  const command = pin ? 'taskset' : process.execPath;
  const argv = pin ? ['-c', '0', process.execPath, ...NODE_FLAGS, ...args] : [...NODE_FLAGS, ...args];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (buffer) onLine(buffer);
      if (code === 0) resolvePromise();
      else reject(new Error(`${args[0]} exited with ${code}`));
    });
  });
}

function lengths(texts: readonly string[]): [number, number, number] {
  const sorted = texts.map((text) => [...text].length).sort((a, b) => a - b);
  return [sorted[0] ?? 0, sorted[sorted.length >> 1] ?? 0, sorted[sorted.length - 1] ?? 0];
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

function cores(): number {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    return availableParallelism();
  }
}

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
    return `commit ${hash}${dirty ? ' with uncommitted changes in the working tree' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/**
 * `--sizes`: the name field's page's chunks and its lazy total against the budget (DESIGN.md: a page
 * using mz-name-field, which loads the rule set's name projection), then the profile editor's
 * page's lazy total (engine, whole rule set, dictionaries), printed.
 */
async function printSizes(): Promise<void> {
  const { initial, lazy, zhTW, locales, onDemand } = await measureComponentSizes();
  const editor = await measureEditorSizes();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const [when, chunks] of [
    ['at once', initial],
    ['lazily', lazy],
    ['zh-TW', zhTW],
    ['locale', locales],
    ['on error', onDemand],
  ] as const) {
    for (const chunk of chunks)
      console.log(`${when.padEnd(8)} ${kb(chunk.gzipBytes).padStart(9)}  ${chunk.label} (${chunk.name})`);
  }
  const total = lazy.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const added = zhTW.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  console.log(`lazy total ${kb(total)} gzip (budget ${kb(BUDGETS.lazyBytes.limit)}): a page with mz-name-field`);
  console.log(`a zh-TW page whose message names a term adds ${kb(added)}: ${kb(total + added)} in all`);
  for (const chunk of locales) console.log(`${chunk.label}: +${kb(chunk.gzipBytes)}`);
  for (const chunk of editor.lazy.filter((chunk) => !lazy.some((other) => other.label === chunk.label)))
    console.log(`${'editor'.padEnd(8)} ${kb(chunk.gzipBytes).padStart(9)}  ${chunk.label} (${chunk.name})`);
  const editorTotal = editor.lazy.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  console.log(
    `lazy total ${kb(editorTotal)} gzip (not budgeted): a page with mz-profile-editor (engine, whole rule set, dictionaries)`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--sizes')) return printSizes();
  let data: ReturnType<typeof loadBenchData>;
  try {
    data = loadBenchData();
  } catch (error) {
    console.error(`pnpm bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (data.defaultRuleSet) {
    try {
      parseRuleSet(data.defaultRuleSet);
    } catch (error) {
      log(`the default rule set does not validate; measuring without it:\n${String(error)}`);
      delete data.defaultRuleSet;
    }
  } else {
    log('packages/rules-cn/src/ruleset.json is missing; measuring without the default rule set');
  }
  log(
    `lexicon ${data.terms.length} terms; ${data.names.length} names, ${data.longNames.length} long names, ${data.bios.length} bios`,
  );

  const work = mkdtempSync(join(tmpdir(), 'mingzheng-bench-data-'));
  try {
    const dataPath = join(work, 'data.json');
    const nodePath = join(work, 'node.json');
    writeFileSync(dataPath, JSON.stringify(data));
    const pinned = existsSync('/usr/bin/taskset') || existsSync('/bin/taskset');

    const bundled = await bundleForNode(join(work, 'node'));
    log('node: bundled node-suite.ts, heap.ts and audit-cli.ts with Vite');

    if (readyOnly) {
      await node([bundled.suite, dataPath, nodePath, '--ready'], log, pinned);
      await runReadyInChromium(data, log);
      return;
    }

    // The audit first: it is the shortest part, and `--audit` stops after it.
    const auditFile = join(work, 'audit-accounts.jsonl');
    const auditBytes = await writeAuditFile(auditFile, data, AUDIT_ACCOUNTS);
    log(
      `audit: wrote ${AUDIT_ACCOUNTS.toLocaleString('en-US')} accounts (${(auditBytes / 1024 / 1024).toFixed(1)} MB)`,
    );
    // Three runs, the fastest reported (the machine is shared), the peak memory the largest of them.
    const auditRuns: AuditBenchResult[] = [];
    for (let run = 0; run < AUDIT_RUNS; run++) {
      const auditOut = join(work, `audit-out-${run}`);
      mkdirSync(auditOut);
      let result: AuditBenchResult | undefined;
      await node(
        [bundled.audit, auditFile, auditOut],
        (line) => {
          if (line.startsWith('{')) result = JSON.parse(line) as AuditBenchResult;
          else if (line) log(line);
        },
        pinned,
      );
      if (result?.exitCode !== 0) throw new Error(`the audit run failed (exit ${result?.exitCode})`);
      auditRuns.push(result);
      log(
        `audit: ${Math.round(result.summary.accounts / result.wallSeconds).toLocaleString('en-US')} accounts/s end to end, peak RSS ${(result.maxRssBytes / 1024 / 1024).toFixed(0)} MB`,
      );
    }
    const fastest = auditRuns.reduce((best, run) => (run.wallSeconds < best.wallSeconds ? run : best));
    const audit: AuditBenchRuns = {
      ...fastest,
      maxRssBytes: Math.max(...auditRuns.map((run) => run.maxRssBytes)),
      runs: auditRuns.map(({ wallSeconds, cpuSeconds, maxRssBytes }) => ({ wallSeconds, cpuSeconds, maxRssBytes })),
    };
    if (auditOnly) {
      console.log(
        JSON.stringify({ ...audit, summary: { ...audit.summary, malformed: audit.summary.malformed.count } }),
      );
      return;
    }

    await node([bundled.suite, dataPath, nodePath], log, pinned);
    const nodeResult = JSON.parse(readFileSync(nodePath, 'utf8')) as SuiteResult;

    // Two fresh processes per contender: the figure varies by a few MB between otherwise equal
    // runs, so the larger one is reported, with both.
    const heap: HeapResult[] = [];
    for (const id of ['none', ...contendersFor(data).map((c) => c.id)]) {
      const runs: HeapResult[] = [];
      for (let run = 0; run < HEAP_RUNS; run++) {
        await node(
          [bundled.heap, id, dataPath],
          (line) => {
            if (line.startsWith('{')) runs.push(JSON.parse(line) as HeapResult);
            else if (line) log(line);
          },
          pinned,
        );
      }
      const totals = runs.map((r) => r.heapUsedBytes + r.arrayBuffersBytes);
      const largest = runs[totals.indexOf(Math.max(...totals))];
      if (!largest) continue;
      heap.push({ ...largest, runTotalsBytes: totals });
      log(`heap: ${id} ${totals.map((t) => (t / 1024 / 1024).toFixed(1)).join(' / ')} MB`);
    }

    const chromium = await runInChromium(data, log);
    const components = await runComponentBench([...data.names.slice(0, 150), ...data.longNames.slice(0, 30)], log);

    const summary: DataSummary = {
      terms: data.terms.length,
      protectedNames: data.protectedCount,
      idioms: data.terms.length - data.protectedCount,
      names: data.names.length,
      nameLength: lengths(data.names),
      longNames: data.longNames.length,
      longNameLength: lengths(data.longNames),
      bios: data.bios.length,
      bioLength: lengths(data.bios),
      accounts: data.accounts.length,
      ...(data.defaultRuleSet && {
        defaultRuleSet: {
          version: String(data.defaultRuleSet.version),
          terms: (data.defaultRuleSet.lexicons as { entries: unknown[] }[]).reduce(
            (sum, lexicon) => sum + lexicon.entries.length,
            0,
          ),
          lexicons: (data.defaultRuleSet.lexicons as unknown[]).length,
          rules: (data.defaultRuleSet.rules as unknown[]).length,
          gzipBytes: gzipSync(JSON.stringify(data.defaultRuleSet), { level: 9 }).length,
        },
      }),
      ...(data.largeRuleSet && {
        largeTerms: (data.largeRuleSet.lexicons as { entries: unknown[] }[]).reduce(
          (sum, lexicon) => sum + lexicon.entries.length,
          0,
        ),
      }),
    };
    const chromiumBinary = (() => {
      try {
        const path = chromePath() ?? 'chromium';
        return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      } catch {
        return `Chromium ${chromium.version}`;
      }
    })();
    const input: ReportInput = {
      date: new Date(),
      seconds: (performance.now() - started) / 1000,
      machine: {
        cpu: cpuModel(),
        cores: cores(),
        memoryGb: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
        chromium: chromiumBinary,
        os: `${type()} ${release()}`,
        commit: commit(),
        loadBefore,
        loadAfter: loadavg(),
        pinned,
      },
      data: summary,
      node: nodeResult,
      chromium,
      heap,
      components,
      audit,
    };
    const out = join(ROOT, 'docs/benchmarks.md');
    // The image checks are measured apart (scripts/image-set: score.ts, timing.bench.ts); their
    // section is kept in scripts/image-set/benchmarks.md and closes the page.
    const images = join(ROOT, 'scripts/image-set/benchmarks.md');
    writeFileSync(out, renderReport(input) + (existsSync(images) ? `\n${readFileSync(images, 'utf8')}` : ''));
    log(`wrote ${out}`);
    // The budgets (budgets.ts), judged as the report judges them: said once more, at the end.
    const checks = [...budgetTable(input).checks, ...componentChecks(input.components)];
    const over = checks.filter((check) => !check.ok);
    log(`budgets: ${checks.length - over.length} of ${checks.length} figures within budget`);
    for (const check of over) log(`over budget: ${BUDGETS[check.id].what} (${check.where}): ${check.measured}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
