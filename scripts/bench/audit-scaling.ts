/**
 * `mingzheng audit --workers N` for N = 1, 2, … : the speed-up on this machine and the scaling
 * curve, written to scripts/bench/results/audit-scaling.json and docs/benchmarks.md (section 6).
 *
 *   pnpm --filter @mingzheng/server build     # the built command line is timed, as users run it
 *   node --conditions=source --import tsx scripts/bench/audit-scaling.ts [ACCOUNTS] [MAX_WORKERS]
 *
 * The input is section 4's generated file (audit-data.ts; ACCOUNTS default 200,000). Each run is
 * the built `mingzheng audit` (packages/server/dist, as `npx mingzheng` runs it) in a fresh
 * process, not pinned to a CPU, timed whole (start-up and rule set included), with its peak
 * resident set size (VmHWM, test/fixtures/peak-rss.mjs); its output is compared byte for byte
 * with the one-worker run's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACCOUNTS, writeAuditFile } from './audit-data.ts';
import { loadBenchData } from './corpus.ts';
import { type AuditScaling, writeAuditScaling } from './registry-report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [accountsArg, maxArg] = process.argv.slice(2);
const accounts = Number(accountsArg ?? AUDIT_ACCOUNTS);
const most = Number(maxArg ?? Math.max(4, 2 * availableParallelism()));

const dir = mkdtempSync(join(tmpdir(), 'mingzheng-audit-scaling-'));
try {
  const input = join(dir, 'accounts.jsonl');
  await writeAuditFile(input, loadBenchData(), accounts);
  const results: AuditScaling[] = [];
  let reference: Buffer | undefined;
  for (let workers = 1; workers <= most; workers *= 2) {
    const out = join(dir, `w${workers}`);
    spawnSync('mkdir', ['-p', out]);
    // The built command line (dist/), as `npx mingzheng` runs it: no TypeScript in the workers.
    const peakFile = join(out, 'peak');
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        join(ROOT, 'packages/server/test/fixtures/peak-rss.mjs'),
        join(ROOT, 'packages/server/bin/mingzheng.js'),
        'audit',
        input,
        '-o',
        join(out, 'findings.jsonl'),
        '-s',
        join(out, 'summary.json'),
        '--workers',
        String(workers),
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MINGZHENG_PEAK_RSS_FILE: peakFile } },
    );
    const wallSeconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`--workers ${workers} failed: ${run.stderr.slice(-2000)}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { accounts: number };
    const result = { wallSeconds, maxRssBytes: Number(readFileSync(peakFile, 'utf8')), summary };
    const output = readFileSync(join(out, 'findings.jsonl'));
    reference ??= output;
    results.push({
      workers,
      wallSeconds: result.wallSeconds,
      accountsPerSecond: result.summary.accounts / result.wallSeconds,
      maxRssBytes: result.maxRssBytes,
      identical: output.equals(reference),
    });
    console.error(
      `--workers ${workers}: ${result.wallSeconds.toFixed(1)} s, ${Math.round(result.maxRssBytes / 2 ** 20)} MB`,
    );
  }
  writeAuditScaling(results);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
