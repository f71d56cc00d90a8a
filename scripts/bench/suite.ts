/**
 * One environment's run, the same code in Node and in Chromium: load the dictionaries, then per
 * contender build it (compile time), count what it finds, time it per input set (latency) and on
 * the mixed account stream (throughput). One contender at a time, dropped before the next.
 */

import { loadDictionaries } from '../../packages/precheck/src/index.ts';
import type { BenchData } from './corpus.ts';
import { contendersFor } from './libraries.ts';
import {
  type CompileStats,
  compileTime,
  type LatencyStats,
  quantile,
  type ThroughputStats,
  throughput,
  latency as timeLatency,
  timerResolution,
} from './measure.ts';

export const INPUT_SETS = [
  { id: 'names', field: 'name' },
  { id: 'longNames', field: 'name' },
  { id: 'bios', field: 'bio' },
] as const;
export type InputSetId = (typeof INPUT_SETS)[number]['id'];

export interface ContenderResult {
  id: string;
  label: string;
  compile: CompileStats;
  /** The first check of an account after a fresh build: what a build leaves for later (ours: the terms). */
  firstCheck: CompileStats;
  /** Inputs with at least one hit (our engine: at least one finding); counted in Node only. */
  hits?: Record<InputSetId, number>;
  latency: Record<InputSetId, LatencyStats>;
  throughput: ThroughputStats;
}

export interface SuiteResult {
  env: 'node' | 'chromium';
  timerResolutionUs: number;
  /** First `loadDictionaries()` of the process or page, in ms (module loading included). */
  dictionariesMs: number;
  contenders: ContenderResult[];
}

export interface SuiteOptions {
  env: 'node' | 'chromium';
  log: (message: string) => void;
  /** A full GC, when the environment exposes one: between contenders and after each build. */
  collect?: () => void;
  /** Time allowed per timed cell, in ms. */
  budgetMs?: number;
  /** Count the inputs each contender finds something in (untimed; slow for obscenity). */
  countHits?: boolean;
}

export async function runSuite(data: BenchData, options: SuiteOptions): Promise<SuiteResult> {
  const resolutionMs = timerResolution();
  const dictionariesStart = performance.now();
  const dictionaries = await loadDictionaries();
  const dictionariesMs = performance.now() - dictionariesStart;
  const budgetMs = options.budgetMs ?? 1200;
  options.log(
    `${options.env}: timer ${(resolutionMs * 1000).toFixed(3)} µs, dictionaries ${dictionariesMs.toFixed(0)} ms`,
  );

  const results: ContenderResult[] = [];
  for (const contender of contendersFor(data)) {
    options.collect?.();
    const [compile, subject] = compileTime(() => contender.build(data, dictionaries), {
      maxRuns: 5,
      budgetMs: 1500,
    });
    const firstCheck = firstCheckTime(() => contender.build(data, dictionaries), data);
    const inputs: Record<InputSetId, readonly string[]> = {
      names: data.names,
      longNames: data.longNames,
      bios: data.bios,
    };
    const call = (field: 'name' | 'bio'): ((text: string) => number) =>
      field === 'name' ? (text) => subject.name(text) : (text) => subject.bio(text);
    // Warm-up across every kind of input before any cell, so the first contender of a fresh page
    // or process is not timed while the JIT is still at work on the code all cells share.
    options.collect?.();
    const warmUntil = performance.now() + 2000;
    for (let i = 0; performance.now() < warmUntil; i++) {
      subject.account(data.accounts[i % data.accounts.length] ?? { name: '' });
      subject.name(data.longNames[i % data.longNames.length] ?? '');
    }
    const hits = options.countHits ? ({} as Record<InputSetId, number>) : undefined;
    const latencies = {} as Record<InputSetId, LatencyStats>;
    for (const set of INPUT_SETS) {
      if (hits) hits[set.id] = countHits(call(set.field), inputs[set.id]);
      latencies[set.id] = timeLatency(call(set.field), inputs[set.id], {
        resolutionMs,
        warmupMs: 300,
        budgetMs,
        maxPasses: 3,
      });
    }
    const rate = throughput((account) => subject.account(account), data.accounts, {
      warmupMs: 300,
      durationMs: budgetMs,
    });
    options.log(
      `${options.env}: ${contender.id} compile ${compile.medianMs.toFixed(1)} ms, first check ${firstCheck.medianMs.toFixed(1)} ms, name median ${latencies.names.medianUs.toFixed(2)} µs p99 ${latencies.names.p99Us.toFixed(2)} µs, bio median ${latencies.bios.medianUs.toFixed(1)} µs, ${rate.perSecond.toFixed(0)} accounts/s`,
    );
    results.push({
      id: contender.id,
      label: contender.label,
      compile,
      firstCheck,
      ...(hits && { hits }),
      latency: latencies,
      throughput: rate,
    });
  }
  return { env: options.env, timerResolutionUs: resolutionMs * 1000, dictionariesMs, contenders: results };
}

/** A contender's build and first check, for `pnpm bench --ready`. */
export interface ReadyResult {
  id: string;
  compile: CompileStats;
  firstCheck: CompileStats;
}

/**
 * The "rule set ready" rows alone (`run.ts --ready`): per contender, the build timed as runSuite
 * times it, and the first check after a fresh build. Prints and returns; no latency, no throughput.
 */
export async function runReady(data: BenchData, options: SuiteOptions): Promise<ReadyResult[]> {
  const dictionaries = await loadDictionaries();
  const results: ReadyResult[] = [];
  for (const contender of contendersFor(data)) {
    options.collect?.();
    const [compile] = compileTime(() => contender.build(data, dictionaries), { maxRuns: 5, budgetMs: 1500 });
    const firstCheck = firstCheckTime(() => contender.build(data, dictionaries), data);
    options.log(
      `${options.env}: ${contender.id} compile ${compile.medianMs.toFixed(1)} ms (first ${compile.firstMs.toFixed(1)}), first check ${firstCheck.medianMs.toFixed(1)} ms (first ${firstCheck.firstMs.toFixed(1)})`,
    );
    results.push({ id: contender.id, compile, firstCheck });
  }
  return results;
}

/**
 * The first check after a fresh build (the build untimed), over up to five builds: an account of
 * the stream, a different one each time. Same statistics as a compile (first, median).
 */
function firstCheckTime(build: () => { account(account: BenchData['accounts'][number]): number }, data: BenchData) {
  const times: number[] = [];
  let total = 0;
  while (times.length < 5 && (times.length < 2 || total < 1500)) {
    const subject = build();
    const account = data.accounts[times.length % data.accounts.length] ?? { name: '' };
    const start = performance.now();
    subject.account(account);
    const ms = performance.now() - start;
    times.push(ms);
    total += ms;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { firstMs: times[0] ?? Number.NaN, medianMs: quantile(sorted, 0.5), runs: times.length };
}

function countHits(call: (text: string) => number, inputs: readonly string[]): number {
  let count = 0;
  for (const input of inputs) if (call(input) > 0) count++;
  return count;
}
