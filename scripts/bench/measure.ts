/**
 * Timing loops shared by the Node and the browser run. Only `performance.now()`; no library.
 *
 * Latency: every sample is one input, timed as a batch of R back-to-back calls with that input,
 * and the batch time divided by R is the sample's per-call time. R is chosen per contender and
 * input set (from a warm calibration) so a batch lasts at least 20 ticks of the clock: R = 1 in
 * Node (sub-microsecond clock), so there every sample is one real call; in Chromium the clock
 * ticks every 5 µs (the page is cross-origin isolated; 100 µs otherwise), so a batch of a 5 µs
 * call has R = 20. Median and p99 are over these samples (nearest rank). A batch smooths out what
 * happens inside it (a GC pause is shared by its R calls), so a Chromium p99 is nearer a p99 over
 * inputs than over single calls; the Node p99 includes everything.
 */

export interface LatencyStats {
  /** Per-call figures in microseconds. */
  medianUs: number;
  p99Us: number;
  /**
   * p99 over inputs of each input's fastest pass: what the input itself costs, with most of the
   * interference (GC, other processes) filtered out. NaN with one pass.
   */
  bestP99Us: number;
  meanUs: number;
  maxUs: number;
  samples: number;
  /** Calls per timed batch. */
  reps: number;
  /** Distinct inputs measured (fewer than the set when a slow contender would blow the budget). */
  inputs: number;
}

export interface LatencyOptions {
  resolutionMs: number;
  warmupMs: number;
  /** Rough time allowed for the timed part. */
  budgetMs: number;
  /** At most this many passes over the inputs. */
  maxPasses: number;
}

/** The smallest step `performance.now()` takes, in milliseconds. */
export function timerResolution(): number {
  let smallest = Number.POSITIVE_INFINITY;
  let last = performance.now();
  for (let steps = 0; steps < 200; ) {
    const now = performance.now();
    if (now !== last) {
      smallest = Math.min(smallest, now - last);
      last = now;
      steps++;
    }
  }
  return smallest;
}

/** Nearest-rank quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Keeps results observable, so the JIT cannot drop a call whose value is unused. */
export let sink = 0;

export function latency<T>(call: (input: T) => number, inputs: readonly T[], options: LatencyOptions): LatencyStats {
  const n = inputs.length;
  // Warm-up: cycle through the inputs.
  const warmStart = performance.now();
  let i = 0;
  while (performance.now() - warmStart < options.warmupMs || i < 3) sink += call(inputs[i++ % n] as T);
  // Calibration, warm: the per-call cost that sets R and how many samples fit the budget. The best
  // of three windows, so one GC pause or preemption does not skew it.
  let estimateMs = Number.POSITIVE_INFINITY;
  for (let window = 0; window < 3; window++) {
    const calibrationStart = performance.now();
    let calibrationCalls = 0;
    while (performance.now() - calibrationStart < 10 || calibrationCalls < 3) {
      sink += call(inputs[i++ % n] as T);
      calibrationCalls++;
    }
    estimateMs = Math.min(estimateMs, (performance.now() - calibrationStart) / calibrationCalls);
  }
  const reps = Math.max(1, Math.ceil((20 * options.resolutionMs) / estimateMs));
  const capacity = Math.max(50, Math.floor(options.budgetMs / (estimateMs * reps)));
  const passes = Math.max(1, Math.min(options.maxPasses, Math.floor(capacity / n)));
  const stride = Math.max(1, Math.ceil(n / capacity));
  const chosen = inputs.filter((_, index) => index % stride === 0);

  const samples: number[] = [];
  const best = new Float64Array(chosen.length).fill(Number.POSITIVE_INFINITY);
  let passesRun = 0;
  const deadline = performance.now() + 2 * options.budgetMs;
  for (let pass = 0; pass < passes; pass++) {
    chosen.forEach((input, index) => {
      const start = performance.now();
      for (let r = 0; r < reps; r++) sink += call(input);
      const us = ((performance.now() - start) / reps) * 1000;
      samples.push(us);
      if (us < (best[index] ?? 0)) best[index] = us;
    });
    passesRun++;
    if (performance.now() > deadline) break;
  }
  const sorted = samples.sort((a, b) => a - b);
  return {
    medianUs: quantile(sorted, 0.5),
    p99Us: quantile(sorted, 0.99),
    bestP99Us:
      passesRun > 1
        ? quantile(
            [...best].sort((a, b) => a - b),
            0.99,
          )
        : Number.NaN,
    meanUs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    maxUs: sorted[sorted.length - 1] ?? Number.NaN,
    samples: sorted.length,
    reps,
    inputs: chosen.length,
  };
}

export interface ThroughputStats {
  perSecond: number;
  calls: number;
  seconds: number;
}

/** Calls per second over `durationMs` of back-to-back calls, after a warm-up. */
export function throughput<T>(
  call: (input: T) => number,
  inputs: readonly T[],
  options: { warmupMs: number; durationMs: number },
): ThroughputStats {
  const n = inputs.length;
  let i = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < options.warmupMs) sink += call(inputs[i++ % n] as T);
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < options.durationMs) {
    sink += call(inputs[i++ % n] as T);
    calls++;
    elapsed = performance.now() - start;
  }
  return { perSecond: calls / (elapsed / 1000), calls, seconds: elapsed / 1000 };
}

export interface CompileStats {
  firstMs: number;
  medianMs: number;
  runs: number;
}

/** Builds `runs` times (fewer if slow; at least 2), keeping the last result. */
export function compileTime<S>(build: () => S, options: { maxRuns: number; budgetMs: number }): [CompileStats, S] {
  const times: number[] = [];
  let built: S | undefined;
  let total = 0;
  while (times.length < options.maxRuns && (times.length < 2 || total < options.budgetMs)) {
    const start = performance.now();
    built = build();
    const ms = performance.now() - start;
    times.push(ms);
    total += ms;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return [{ firstMs: times[0] ?? Number.NaN, medianMs: quantile(sorted, 0.5), runs: times.length }, built as S];
}
