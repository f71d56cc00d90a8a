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
      `${options.env}: ${contender.id} compile ${compile.medianMs.toFixed(1)} ms, name median ${latencies.names.medianUs.toFixed(2)} µs p99 ${latencies.names.p99Us.toFixed(2)} µs, bio median ${latencies.bios.medianUs.toFixed(1)} µs, ${rate.perSecond.toFixed(0)} accounts/s`,
    );
    results.push({
      id: contender.id,
      label: contender.label,
      compile,
      ...(hits && { hits }),
      latency: latencies,
      throughput: rate,
    });
  }
  return { env: options.env, timerResolutionUs: resolutionMs * 1000, dictionariesMs, contenders: results };
}

function countHits(call: (text: string) => number, inputs: readonly string[]): number {
  let count = 0;
  for (const input of inputs) if (call(input) > 0) count++;
  return count;
}
