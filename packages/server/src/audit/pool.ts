/**
 * `mingzheng audit --workers N`: the records are checked on N worker threads. The main thread reads
 * the input and cuts it into records, as a single-threaded run does, and hands each chunk's records
 * to a worker as one batch; a worker reads, checks and formats them (checked.ts) and sends back one
 * result per record; the main thread applies the results batch by batch in input order. Output,
 * reports and counts are therefore those of a run on one thread, byte for byte, and a checkpoint is
 * written only at the end of a batch whose results, and all before them, are applied and on disk.
 *
 * A worker is this module started again in a worker thread (so it is found the same way from the
 * TypeScript sources and from the built package); it makes its own engine from the rule-set
 * document it is given (the default rule set when none) and refuses to start if that engine's
 * version is not the main thread's.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createEngine, type Locale } from '@mingzheng/precheck';
import { prepareLocale } from '../messages.js';
import { type Checked, checkRecord } from './checked.js';
import type { AuditFormat } from './options.js';
import { type CsvColumn, CsvReader, JsonLinesReader, type RecordReader } from './readers.js';
import type { RecordProblem } from './records.js';
import type { Shard } from './shard.js';

/**
 * The heap of a worker (each holds its own compiled rule set and dictionaries, ~17 MB live with the
 * default rule set). With V8's defaults a worker's heap grows far past what it keeps: a young
 * generation of 32 MB, and an old generation whose first collection waits until it holds the
 * batches of tens of thousands of records, long dead (they outlive a few scavenges while their
 * batch is checked). A young generation of 4 MB and an old-generation ceiling of 512 MB, thirty
 * times the live heap, make V8 collect sooner: the audit on 2 workers peaks ~35 MB lower per
 * worker than on V8's defaults (~5 MB of it from 8 MB to 4 MB), at the same CPU time per account
 * (docs/benchmarks.md, section 6); 2 MB saves nothing more. A rule set so large
 * that a worker needs more than 512 MB of heap stops the run with the worker's out-of-memory error;
 * `--workers 1` checks on the main thread, under Node's own limit.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 } as const;

/** The default number of workers: the machine's cores. */
export const defaultWorkers = () => availableParallelism();

/** One record as a splitter hands it out. */
export type RecordArgs = [text: string | undefined, line: number, problem: RecordProblem | undefined];

export interface PoolSettings {
  workers: number;
  /** The rule-set document; the default rule set of @mingzheng/rules-cn when undefined. */
  ruleSet: unknown;
  /**
   * The version the main thread's engine has: a worker whose engine differs refuses to start.
   * Undefined when the main thread has none: the workers' engines must then agree with each other.
   */
  rulesetVersion: string | undefined;
  format: AuditFormat;
  /** The input's name, for the CSV reader's messages. */
  input: string;
  all: boolean;
  shard: Shard | undefined;
  locale: Locale | undefined;
}

const TAG = 'mingzheng-audit-worker';

interface Batch {
  records: RecordArgs[];
  columns: readonly CsvColumn[] | undefined;
}

type Reply = { ready: true; version: string } | { results: Checked[] } | { error: string };

/** A running worker and the batches it was given, answered in the order given. */
interface Member {
  worker: Worker;
  pending: { resolve(results: Checked[]): void; reject(error: Error): void }[];
}

export class CheckPool {
  /** Starts `settings.workers` workers and waits until each has its engine. */
  static async start(settings: PoolSettings): Promise<CheckPool> {
    const pool = new CheckPool();
    const started = Array.from({ length: settings.workers }, () => pool.#spawn(settings));
    try {
      const versions = [...new Set(await Promise.all(started))];
      if (versions.length > 1) throw new Error(`the workers' rule sets differ: ${versions.join(', ')}`);
      pool.rulesetVersion = versions[0] as string;
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** The version of the rule set the workers check with. */
  rulesetVersion = '';
  readonly #members: Member[] = [];
  #next = 0;
  #failure: Error | undefined;

  /** Starts a worker; resolves to its engine's version when it is ready. */
  #spawn(settings: PoolSettings): Promise<string> {
    const worker = startWorker({ [TAG]: true, settings });
    const member: Member = { worker, pending: [] };
    this.#members.push(member);
    return new Promise((resolveReady, rejectReady) => {
      let ready = false;
      const fail = (error: Error) => {
        this.#failure ??= error;
        if (!ready) rejectReady(error);
        for (const waiting of member.pending.splice(0)) waiting.reject(error);
      };
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) {
          ready = true;
          resolveReady(reply.version);
        } else if ('error' in reply) {
          fail(new Error(reply.error));
        } else {
          member.pending.shift()?.resolve(reply.results);
        }
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (member.pending.length > 0 || !ready) fail(new Error(`an audit worker stopped (exit ${code})`));
      });
    });
  }

  /** Checks one batch on the next worker; resolves to one result per record, in order. */
  check(records: RecordArgs[], columns: readonly CsvColumn[] | undefined): Promise<Checked[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    const member = this.#members[this.#next] as Member;
    this.#next = (this.#next + 1) % this.#members.length;
    return new Promise((resolve, reject) => {
      member.pending.push({ resolve, reject });
      const batch: Batch = { records, columns };
      member.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#members.map((member) => member.worker.terminate()));
  }
}

/**
 * This module in a worker thread. Built, it is JavaScript and starts as it is. From the TypeScript
 * sources (under tsx), Node 20 does not carry tsx's loader into a worker: the worker registers it
 * first, then imports this module.
 */
function startWorker(data: unknown): Worker {
  const self = import.meta.url;
  const resourceLimits = { ...WORKER_RESOURCE_LIMITS };
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: data, resourceLimits });
  const tsx = tsxApi(self);
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(code, { eval: true, workerData: data, resourceLimits });
}

/** The URL of tsx's ESM API (`import.meta.resolve` is missing where tsx runs this module as CommonJS). */
function tsxApi(self: string): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const require = createRequire(self);
  const manifest = require.resolve('tsx/package.json');
  const exports = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  const entry = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

/** The worker's side: an engine of its own, then one reply per batch. */
async function serve(settings: PoolSettings): Promise<void> {
  const port = parentPort;
  if (!port) return;
  try {
    const document = settings.ruleSet ?? (await import('@mingzheng/rules-cn')).defaultRuleSet;
    const engine = await createEngine(document);
    if (settings.rulesetVersion !== undefined && engine.rulesetVersion !== settings.rulesetVersion) {
      throw new Error(
        `a worker's rule set is ${engine.rulesetVersion}, the run's ${settings.rulesetVersion}: give the workers the same rule set`,
      );
    }
    if (settings.locale !== undefined) await prepareLocale(settings.locale);
    let reader: RecordReader | undefined;
    port.on('message', (batch: Batch) => {
      try {
        reader ??= settings.format === 'csv' ? new CsvReader(settings.input, batch.columns) : new JsonLinesReader();
        const results = batch.records.map(([text, line, problem]) =>
          compact(
            checkRecord(
              reader as RecordReader,
              engine,
              settings.all,
              settings.shard,
              settings.locale,
              text,
              line,
              problem,
            ),
          ),
        );
        port.postMessage({ results } satisfies Reply);
      } catch (error) {
        port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply);
      }
    });
    port.postMessage({ ready: true, version: engine.rulesetVersion } satisfies Reply);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply);
  }
}

/** A result as the main thread needs it: of the findings, only their articles cross over. */
function compact(checked: Checked): Checked {
  if (checked.type !== 'account' || checked.findings.length === 0) return checked;
  return { ...checked, findings: checked.findings.map(({ article }) => ({ article })) };
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[TAG] === true) {
  void serve((workerData as { settings: PoolSettings }).settings);
}
