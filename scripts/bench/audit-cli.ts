/**
 * The audit benchmark's timed process, started by run.ts (pinned to one CPU like the suite):
 *
 *   node --expose-gc audit-cli.mjs ACCOUNTS.jsonl OUT_DIR [AUDIT OPTIONS]   (this file bundled by bundle.ts)
 *
 * runs `mingzheng audit` through the command line's own main(), as the bin does, with the default
 * rule set, and prints one JSON line: the exit status, the wall time of the whole command (the rule
 * set loaded and compiled included), the CPU time, the peak resident set size of the process, and
 * the summary the audit wrote.
 *
 * The peak is the kernel's high-water mark of this program's memory (VmHWM in /proc/self/status),
 * not `process.resourceUsage().maxRSS`: Linux carries the latter over from the process that forked
 * this one (a benchmark runner holding hundreds of megabytes), so it would report the parent.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditSummary } from '../../packages/server/src/audit/index.ts';
import { main } from '../../packages/server/src/cli.ts';

export interface AuditBenchResult {
  exitCode: number;
  /** The whole command: loading the rule set, reading, checking, writing. */
  wallSeconds: number;
  cpuSeconds: number;
  /** Peak resident set size of this process image (VmHWM; maxRSS where /proc is missing). */
  maxRssBytes: number;
  inputBytes: number;
  /** Bytes written to the output (accounts with findings). */
  outputBytes: number;
  summary: AuditSummary;
}

/** Several runs of the same command: the best is reported, with every run's figures beside it. */
export interface AuditBenchRuns extends AuditBenchResult {
  runs: Pick<AuditBenchResult, 'wallSeconds' | 'cpuSeconds' | 'maxRssBytes'>[];
}

const [input, outDir, ...extra] = process.argv.slice(2);
if (!input || !outDir) throw new Error('usage: audit-cli.ts ACCOUNTS.jsonl OUT_DIR');
const output = join(outDir, 'findings.jsonl');
const summaryFile = join(outDir, 'summary.json');
const cpuBefore = process.cpuUsage();
const started = performance.now();
// One thread unless told otherwise (`--workers N`): this bundle cannot be a worker's module.
const options = extra.length > 0 ? extra : ['--workers', '1'];
const exitCode = await main(['audit', input, '--output', output, '--summary', summaryFile, ...options]);
const wallSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);

function peakResident(): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmHWM:'));
    const kilobytes = Number(/(\d+)\s*kB/.exec(line ?? '')?.[1]);
    if (Number.isFinite(kilobytes) && kilobytes > 0) return kilobytes * 1024;
  } catch {
    // Not Linux: below.
  }
  return process.resourceUsage().maxRSS * 1024;
}

const result: AuditBenchResult = {
  exitCode,
  wallSeconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  maxRssBytes: peakResident(),
  inputBytes: statSync(input).size,
  outputBytes: statSync(output).size,
  summary: JSON.parse(readFileSync(summaryFile, 'utf8')) as AuditSummary,
};
console.log(JSON.stringify(result));
