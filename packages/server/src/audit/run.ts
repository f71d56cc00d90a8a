/**
 * runAudit(): the dynamic review of existing accounts (Art. 15) over a JSON Lines or CSV file, in
 * constant memory: the file is read in chunks of 256 KB into one reused buffer, each chunk is cut
 * into records and every record checked before the next chunk is read, and the output is written
 * (and waited for) in chunks of about 64 KB. Only accounts with findings are written (all accounts
 * with `all`), as `mingzheng check` writes them; malformed records are reported and skipped; the
 * counts end in a summary. With an output file the run is resumable: a checkpoint is written every
 * `checkpointEvery` records and when the run is aborted, and `resume` continues from it.
 *
 * An AuditRun is prepared (the input opened, a checkpoint read and checked, the output opened or
 * cut back to the checkpoint) and then pumped (records read, checked and written, checkpoints and
 * progress on the way). A splitter (records.ts) cuts the chunks into records, a reader (readers.ts)
 * says what each record is, and the run acts on it.
 */
import { type FileHandle, open, stat, truncate } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Engine } from '@mingzheng/precheck';
import { prepareLocale } from '../messages.js';
import { type Checked, checkRecord } from './checked.js';
import {
  CHECKPOINT_VERSION,
  type Checkpoint,
  checkpointPath,
  readCheckpoint,
  removeCheckpoint,
  resumeRefusal,
  writeCheckpoint,
  writeJsonFile,
} from './checkpoint.js';
import { AuditError, describeError, fileProblem } from './errors.js';
import {
  type AuditFormat,
  type AuditOptions,
  type AuditResult,
  DEFAULT_CHECKPOINT_EVERY,
  formatOf,
} from './options.js';
import { FileOutput, type Output, StreamOutput } from './output.js';
import { CheckPool, type RecordArgs } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';
import { type CsvColumn, CsvReader, JsonLinesReader, type Malformed, type RecordReader } from './readers.js';
import { CsvSplitter, JsonLinesSplitter, type RecordSink } from './records.js';
import { formatShard, type Shard } from './shard.js';
import { FileSource, type Position, PostgresSource, queryIdentity, type RecordSource } from './sources.js';
import { type AuditSummary, MALFORMED_LISTED, type MalformedRecord, renderSummary, Tally } from './summary.js';

export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const run = await AuditRun.prepare(options);
  try {
    return await run.pump();
  } finally {
    await run.close();
  }
}

/** What prepare() settled before a record is read. */
interface Plan {
  options: AuditOptions;
  /** The version of the rule set the run checks with (the engine's, or the workers'). */
  rulesetVersion: string;
  format: AuditFormat;
  all: boolean;
  every: number;
  input: Checkpoint['input'];
  /** Next to the output file; none when the output is a stream. */
  checkpointFile: string | undefined;
  /** The checkpoint resumed from. */
  previous: Checkpoint | undefined;
  source: RecordSource;
  output: Output;
  /** The worker threads, when the run has more than one. */
  pool: CheckPool | undefined;
}

/** A batch of records handed to the workers, and where the input stands after its last record. */
interface InFlight {
  results: Promise<Checked[]>;
  lines: number[];
  end: Position;
}

export class AuditRun {
  /**
   * Opens the input, reads the checkpoint next to the output (required by `resume`, refused
   * without it) and checks that it belongs to this run, then opens the output: a resumed run cuts
   * it back to what the checkpoint accounts for. Throws an AuditError when the run cannot start;
   * it then leaves nothing open.
   */
  static async prepare(options: AuditOptions): Promise<AuditRun> {
    const { engine, input, from } = options;
    // Rows of a query are read as the JSON lines of their accounts.
    const format = from === undefined ? (options.format ?? formatOf(input)) : 'jsonl';
    if (format === undefined) {
      throw new AuditError(`cannot tell the format of ${input} from its name: add --format jsonl or --format csv`);
    }
    const every = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
    const all = options.all === true;
    const workers = options.workers ?? 1;
    const { locale } = options;
    if (locale !== undefined) await prepareLocale(locale);
    if (workers <= 1 && typeof (engine as Partial<Engine> | undefined)?.check !== 'function') {
      throw new AuditError('checking on this thread (workers: 1) needs an engine (createEngine), not only its version');
    }
    // Without an engine here, the workers' engines say which rule set the run checks with: they
    // start first, and stop if the run cannot start.
    const startPool = (rulesetVersion: string | undefined) =>
      CheckPool.start({
        workers,
        ruleSet: options.ruleSet,
        rulesetVersion,
        format,
        input,
        all,
        shard: options.shard,
        locale,
      }).catch((error: unknown) => {
        throw new AuditError(`the workers could not start: ${describeError(error)}`);
      });
    let pool = engine === undefined ? await startPool(undefined) : undefined;
    try {
      return await AuditRun.#open(
        options,
        format,
        all,
        every,
        pool?.rulesetVersion ?? (engine?.rulesetVersion as string),
        async () => {
          pool ??= await startPool(engine?.rulesetVersion);
          return pool;
        },
      );
    } catch (error) {
      await pool?.close();
      throw error;
    }
  }

  /** prepare(), once the rule set's version is known; `workers()` starts the pool when the run has one. */
  static async #open(
    options: AuditOptions,
    format: AuditFormat,
    all: boolean,
    every: number,
    rulesetVersion: string,
    workers: () => Promise<CheckPool>,
  ): Promise<AuditRun> {
    const { input, from, locale } = options;

    let inputInfo: Checkpoint['input'];
    if (from === undefined) {
      let inputStat: Awaited<ReturnType<typeof stat>>;
      try {
        inputStat = await stat(input);
      } catch (error) {
        throw fileProblem('read', input, error);
      }
      if (!inputStat.isFile()) throw new AuditError(`cannot read ${input}: not a regular file`);
      inputInfo = { path: resolve(input), size: inputStat.size, mtimeMs: inputStat.mtimeMs };
    } else {
      inputInfo = { path: queryIdentity(from.url, from.query), size: 0, mtimeMs: 0 };
    }

    const checkpointFile = options.output === undefined ? undefined : checkpointPath(options.output);
    let previous: Checkpoint | undefined;
    if (checkpointFile !== undefined) {
      try {
        previous = await readCheckpoint(checkpointFile);
      } catch (error) {
        throw new AuditError(describeError(error));
      }
    }
    if (options.resume) {
      if (options.output === undefined)
        throw new AuditError('--resume needs --output: the checkpoint is kept next to it');
      if (previous === undefined) throw new AuditError(`nothing to resume: there is no checkpoint ${checkpointFile}`);
      const now = {
        name: input,
        input: inputInfo,
        format,
        rulesetVersion,
        all,
        locale,
        shard: options.shard === undefined ? undefined : formatShard(options.shard),
      };
      const refusal = resumeRefusal(previous, now);
      if (refusal !== undefined) throw new AuditError(`cannot resume from ${checkpointFile}: ${refusal}`);
    } else if (previous !== undefined) {
      throw new AuditError(
        `an interrupted run left the checkpoint ${checkpointFile}: add --resume to continue it, or delete it to start over`,
      );
    }

    const source = await openSource(options, format, previous);
    let output: Output;
    try {
      output = await openOutput(options, previous);
    } catch (error) {
      await source.close();
      if (error instanceof AuditError) throw error;
      throw fileProblem('write', options.output ?? 'the output', error);
    }
    let pool: CheckPool | undefined;
    if ((options.workers ?? 1) > 1) {
      try {
        pool = await workers();
      } catch (error) {
        await source.close();
        await output.close();
        throw error;
      }
    }
    return new AuditRun({
      options,
      rulesetVersion,
      format,
      all,
      every,
      input: inputInfo,
      checkpointFile,
      previous,
      source,
      output,
      pool,
    });
  }

  private readonly options: AuditOptions;
  /** An Engine when this thread checks; with workers, perhaps only its version, or nothing. */
  private readonly engine: AuditOptions['engine'];
  private readonly rulesetVersion: string;
  private readonly stderr: ProgressStream;
  private readonly format: AuditFormat;
  private readonly all: boolean;
  private readonly every: number;
  private readonly input: Checkpoint['input'];
  private readonly checkpointFile: string | undefined;
  private readonly previous: Checkpoint | undefined;
  private readonly source: RecordSource;
  private readonly output: Output;
  private readonly pool: CheckPool | undefined;
  private readonly shard: Shard | undefined;
  private readonly reader: RecordReader;
  private readonly tally: Tally;
  private readonly progress: Progress;
  /** This run's number: 1, plus one per resume. */
  private readonly sessions: number;
  /** Accounts checked before this session: the speed shown is this session's. */
  private readonly startAccounts: number;
  /** Malformed records reported so far, those of earlier sessions included. */
  private printed: number;
  /** Records (and blank lines) when the last checkpoint was written. */
  private lastCheckpoint: number;
  private started = 0;
  /** Where the input stands after the last record whose result is applied. */
  private done: Position;
  /** With workers: the records of the chunk being cut, and the batches not yet applied. */
  private batch: RecordArgs[] = [];
  private readonly inFlight: InFlight[] = [];

  private constructor(plan: Plan) {
    this.options = plan.options;
    this.engine = plan.options.engine;
    this.rulesetVersion = plan.rulesetVersion;
    this.stderr = plan.options.stderr ?? process.stderr;
    this.format = plan.format;
    this.all = plan.all;
    this.every = plan.every;
    this.input = plan.input;
    this.checkpointFile = plan.checkpointFile;
    this.previous = plan.previous;
    this.source = plan.source;
    this.output = plan.output;
    this.pool = plan.pool;
    this.shard = plan.options.shard;

    const previous = plan.previous;
    const offset = previous?.offset ?? 0;
    const lines = previous?.lines ?? 0;
    this.reader =
      plan.format === 'csv'
        ? new CsvReader(plan.options.input, previous?.columns as CsvColumn[] | undefined)
        : new JsonLinesReader();
    this.tally = new Tally(previous?.counts);
    this.progress = new Progress(this.stderr, offset, plan.input.size);
    this.printed = this.tally.counts.malformed.listed.length;
    this.sessions = (previous?.sessions ?? 0) + 1;
    this.startAccounts = this.tally.counts.accounts;
    this.lastCheckpoint = this.tally.counts.records + this.tally.counts.blank;
    this.done = { offset, lines };
  }

  /**
   * Reads the input to its end (or until the signal aborts the run), checking every record, then
   * writes the summary — or, when aborted, the checkpoint to resume from.
   */
  async pump(): Promise<AuditResult> {
    this.started = performance.now();
    const aborted = this.pool === undefined ? await this.readAll() : await this.readAllOnWorkers(this.pool);
    const { output } = this;
    await output.flush();
    if (output.error) {
      if ((output.error as NodeJS.ErrnoException).code === 'EPIPE') throw new AuditError('the output was closed');
      throw fileProblem('write', this.options.output ?? 'the output', output.error);
    }
    // The last progress update of the session (100 % when complete).
    this.showProgress();
    this.progress.clear();
    const summary = this.summary(!aborted);

    const { checkpointFile, options } = this;
    if (aborted) {
      await this.saveCheckpoint();
      return { complete: false, summary, ...(checkpointFile !== undefined && { checkpoint: checkpointFile }) };
    }
    if (options.summary !== undefined) {
      try {
        await writeJsonFile(options.summary, summary, 2);
      } catch (error) {
        throw fileProblem('write', options.summary, error);
      }
    }
    if (checkpointFile !== undefined) await removeCheckpoint(checkpointFile);
    this.stderr.write(
      renderSummary(summary, {
        ...(options.output !== undefined && { output: options.output }),
        ...(options.summary !== undefined && { summary: options.summary }),
        all: this.all,
      }),
    );
    return { complete: true, summary };
  }

  async close(): Promise<void> {
    await this.pool?.close();
    await this.source.close();
    await this.output.close();
  }

  /**
   * Feeds the input to the splitter chunk by chunk; after each chunk, the output is written if
   * enough is queued (its backpressure), a checkpoint saved when due, and progress shown. Returns
   * whether the run was aborted; it also stops, not aborted, when the output fails.
   */
  private async readAll(): Promise<boolean> {
    const { source, output, tally } = this;
    for (;;) {
      if (this.options.signal?.aborted) return true;
      const more = await source.next(this.take);
      this.done = source.position;
      if (!more) return false;
      if (output.full) await output.flush();
      if (output.error) return false;
      if (tally.counts.records + tally.counts.blank - this.lastCheckpoint >= this.every) await this.saveCheckpoint();
      this.showProgress();
    }
  }

  /**
   * With workers: the main thread cuts the input into records and hands each chunk's records to a
   * worker as one batch, keeping up to two batches per worker in flight; the results are applied
   * in input order as they come back. Returns whether the run was aborted (the batches in flight
   * are applied first, so the checkpoint is at the end of the last one).
   */
  private async readAllOnWorkers(pool: CheckPool): Promise<boolean> {
    const { source, output } = this;
    const most = 2 * (this.options.workers ?? 1);
    let aborted = false;
    for (;;) {
      if (this.options.signal?.aborted) {
        aborted = true;
        break;
      }
      let more: boolean;
      try {
        more = await source.next(this.collect);
      } catch (error) {
        await this.settle();
        throw error;
      }
      this.dispatch(pool);
      if (!more) break;
      while (this.inFlight.length >= most && !output.error) await this.applyNext();
      if (output.error) break;
    }
    while (this.inFlight.length > 0 && !output.error) await this.applyNext();
    await this.settle();
    return aborted;
  }

  /** The records cut so far (from the last dispatch) go to a worker as one batch. */
  private dispatch(pool: CheckPool): void {
    const records = this.batch;
    this.batch = [];
    const end = this.source.position;
    const results = records.length === 0 ? Promise.resolve([]) : pool.check(records, this.reader.columns);
    // Rejections are seen when the batch is applied; until then they are not unhandled.
    results.catch(() => {});
    this.inFlight.push({ results, lines: records.map(([, line]) => line), end });
  }

  /** Applies the oldest batch's results, then writes, checkpoints and shows progress as after a chunk. */
  private async applyNext(): Promise<void> {
    const batch = this.inFlight.shift();
    if (!batch) return;
    let results: Checked[];
    try {
      results = await batch.results;
    } catch (error) {
      await this.settle();
      throw new AuditError(`a worker failed: ${describeError(error)}`);
    }
    for (let i = 0; i < results.length; i++) this.apply(results[i] as Checked, batch.lines[i] as number);
    this.done = batch.end;
    const { output, tally } = this;
    if (output.full) await output.flush();
    if (output.error) return;
    if (tally.counts.records + tally.counts.blank - this.lastCheckpoint >= this.every) await this.saveCheckpoint();
    this.showProgress();
  }

  /** Waits for the batches still in flight, dropping their results (the run stops short of them). */
  private async settle(): Promise<void> {
    const left = this.inFlight.splice(0);
    await Promise.allSettled(left.map((batch) => batch.results));
  }

  /** Each record, as the splitter hands it out, read and checked on this thread. */
  private readonly take: RecordSink = (text, line, problem) => {
    // prepare() made sure that a run without workers has an engine that checks.
    this.apply(
      checkRecord(this.reader, this.engine as Engine, this.all, this.shard, this.options.locale, text, line, problem),
      line,
    );
    return true;
  };

  /** With workers: each record is kept for the next batch (a CSV header is read here: it names the columns). */
  private readonly collect: RecordSink = (text, line, problem) => {
    if (this.reader.columns === undefined && this.format === 'csv') this.reader.read(text, line, problem);
    else this.batch.push([text, line, problem]);
    return true;
  };

  /** Acts on one record's result, in input order. */
  private apply(checked: Checked, line: number): void {
    switch (checked.type) {
      case 'account':
        this.tally.account(checked);
        if (checked.line !== undefined) this.output.push(checked.line);
        break;
      case 'malformed':
        this.skip(line, checked);
        break;
      case 'blank':
        this.tally.blank();
        break;
      // 'header': the CSV reader has taken the columns from it; 'elsewhere': another shard's.
    }
  }

  /** Counts a malformed record and reports it on standard error (the first MALFORMED_LISTED). */
  private skip(line: number, { id, code, message }: Malformed): void {
    const record: MalformedRecord = { line, ...(id !== undefined && { id }), code, message };
    this.tally.malformed(record);
    if (this.printed < MALFORMED_LISTED) {
      this.progress.note(
        `mingzheng audit: line ${line}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`} skipped: ${message}`,
      );
    } else if (this.printed === MALFORMED_LISTED) {
      this.progress.note('mingzheng audit: more malformed records are counted in the summary but not shown');
    }
    this.printed++;
  }

  private seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private showProgress(): void {
    const { accounts } = this.tally.counts;
    this.progress.update({
      bytes: this.done.offset,
      total: this.input.size,
      accounts,
      sessionAccounts: accounts - this.startAccounts,
      seconds: this.seconds(),
    });
  }

  /**
   * Writes the checkpoint, once the output it accounts for is on disk (none without an output
   * file, or when the output failed).
   */
  private async saveCheckpoint(): Promise<void> {
    const { checkpointFile, output, tally } = this;
    if (checkpointFile === undefined) return;
    await output.flush();
    await output.sync();
    if (output.error) return;
    // The CSV header's columns (a JSON Lines run carries over whatever its checkpoint held).
    const columns = this.reader.columns ?? this.previous?.columns;
    await writeCheckpoint(checkpointFile, {
      version: CHECKPOINT_VERSION,
      input: this.input,
      format: this.format,
      ...(columns !== undefined && { columns: columns as string[] }),
      rulesetVersion: this.rulesetVersion,
      all: this.all,
      ...(this.options.locale !== undefined && { locale: this.options.locale }),
      ...(this.shard !== undefined && { shard: formatShard(this.shard) }),
      offset: this.done.offset,
      lines: this.done.lines,
      outputBytes: output.bytes,
      counts: tally.snapshot(),
      elapsedSeconds: (this.previous?.elapsedSeconds ?? 0) + this.seconds(),
      sessions: this.sessions,
    });
    this.lastCheckpoint = tally.counts.records + tally.counts.blank;
  }

  private summary(complete: boolean): AuditSummary {
    const elapsedSeconds = (this.previous?.elapsedSeconds ?? 0) + this.seconds();
    const counts = this.tally.snapshot();
    return {
      input: this.options.input,
      format: this.format,
      rulesetVersion: this.rulesetVersion,
      ...(this.shard !== undefined && { shard: formatShard(this.shard) }),
      complete,
      lines: this.done.lines,
      ...counts,
      run: {
        elapsedSeconds: Math.round(elapsedSeconds * 1000) / 1000,
        accountsPerSecond: elapsedSeconds > 0 ? Math.round(counts.accounts / elapsedSeconds) : 0,
        sessions: this.sessions,
      },
    };
  }
}

/** The input: the file (from the checkpoint's offset on), or the rows of the query (past the rows already read). */
async function openSource(
  options: AuditOptions,
  format: AuditFormat,
  previous: Checkpoint | undefined,
): Promise<RecordSource> {
  const offset = previous?.offset ?? 0;
  const lines = previous?.lines ?? 0;
  if (options.from !== undefined) return PostgresSource.open(options.from.url, options.from.query, offset);
  let handle: FileHandle;
  try {
    handle = await open(options.input, 'r');
  } catch (error) {
    throw fileProblem('read', options.input, error);
  }
  const splitter = format === 'csv' ? new CsvSplitter(offset, lines) : new JsonLinesSplitter(offset, lines);
  return new FileSource(handle, splitter, options.input, offset);
}

/** The output: standard output, or a file — new, or cut back to the checkpoint resumed from. */
async function openOutput(options: AuditOptions, previous: Checkpoint | undefined): Promise<Output> {
  if (options.output === undefined) return new StreamOutput(options.stdout ?? process.stdout);
  if (previous === undefined) return new FileOutput(await open(options.output, 'w'), 0);
  const outputStat = await stat(options.output).catch(() => undefined);
  if (outputStat === undefined || outputStat.size < previous.outputBytes) {
    throw new AuditError(
      `cannot resume: ${options.output} is shorter than the checkpoint says (${previous.outputBytes} bytes)`,
    );
  }
  // Lines written after the checkpoint are written again.
  await truncate(options.output, previous.outputBytes);
  return new FileOutput(await open(options.output, 'a'), previous.outputBytes);
}
