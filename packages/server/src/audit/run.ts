/**
 * runAudit(): the dynamic review of existing accounts (Art. 15) over a JSON Lines or CSV file, in
 * constant memory: the file is read in chunks of 256 KB into one reused buffer, each chunk is cut
 * into records and every record checked before the next chunk is read, and the output is written
 * (and waited for) in chunks of about 64 KB. Only accounts with findings are written (all accounts
 * with `all`), as `mingzheng check` writes them; malformed records are reported and skipped; the
 * counts end in a summary. With an output file the run is resumable: a checkpoint is written every
 * `checkpointEvery` records and when the run is aborted, and `resume` continues from it.
 */
import { open, stat, truncate } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Engine } from '@mingzheng/precheck';
import type { AccountId, AccountLine } from '../account-info.js';
import {
  CHECKPOINT_VERSION,
  type Checkpoint,
  checkpointPath,
  readCheckpoint,
  removeCheckpoint,
  writeCheckpoint,
  writeJsonFile,
} from './checkpoint.js';
import { FileOutput, type Output, StreamOutput } from './output.js';
import { Progress, type ProgressStream } from './progress.js';
import {
  type CsvColumn,
  CsvSplitter,
  csvAccount,
  csvColumns,
  describeRecordProblem,
  JsonLinesSplitter,
  parseCsvRow,
  type RecordSink,
  type Splitter,
} from './records.js';
import {
  type AuditSummary,
  MALFORMED_LISTED,
  type MalformedCode,
  type MalformedRecord,
  renderSummary,
  Tally,
} from './summary.js';
import { accountOf, plainAccountLine } from './validate.js';

export type AuditFormat = 'jsonl' | 'csv';

export interface AuditOptions {
  /** The file of accounts to review. */
  input: string;
  /** The engine to check with (`createEngine(ruleSet)`). */
  engine: Engine;
  /** JSON Lines or CSV; by default from the input's extension (.jsonl, .ndjson / .csv). */
  format?: AuditFormat;
  /** The file for the accounts with findings; without it they go to `stdout` (and the run is not resumable). */
  output?: string;
  /** Where the summary is written as JSON. */
  summary?: string;
  /** Continue from the checkpoint next to `output`. */
  resume?: boolean;
  /** Write every account, those without findings too. */
  all?: boolean;
  /** Records between two checkpoints (default 100,000). */
  checkpointEvery?: number;
  /** When it aborts, the run stops at the next chunk, writes its checkpoint and resolves. */
  signal?: AbortSignal;
  stdout?: Writable;
  /** Progress, malformed records and the summary, as text. */
  stderr?: ProgressStream;
}

export interface AuditResult {
  /** False when the run was aborted; with an output file, a checkpoint was written. */
  complete: boolean;
  summary: AuditSummary;
  /** The checkpoint file, when one was left for --resume. */
  checkpoint?: string;
}

/** The run could not start or go on: bad input, unusable checkpoint, I/O failure. */
export class AuditError extends Error {}

export const DEFAULT_CHECKPOINT_EVERY = 100_000;
const CHUNK_BYTES = 262_144;

/** The format named by a file's extension, if any. */
export function formatOf(file: string): AuditFormat | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.jsonlines') return 'jsonl';
  if (extension === '.csv') return 'csv';
  return undefined;
}

/** Whether a line holds nothing but JSON whitespace: a blank line, skipped. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function fileProblem(action: string, file: string, error: unknown): AuditError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : describe(error);
  return new AuditError(`cannot ${action} ${file}: ${reason}`);
}

export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const { engine, input } = options;
  const stderr = options.stderr ?? process.stderr;
  const givenFormat = options.format ?? formatOf(input);
  if (givenFormat === undefined) {
    throw new AuditError(`cannot tell the format of ${input} from its name: add --format jsonl or --format csv`);
  }
  const format: AuditFormat = givenFormat;
  const every = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
  const all = options.all === true;

  let inputStat: Awaited<ReturnType<typeof stat>>;
  try {
    inputStat = await stat(input);
  } catch (error) {
    throw fileProblem('read', input, error);
  }
  if (!inputStat.isFile()) throw new AuditError(`cannot read ${input}: not a regular file`);
  const inputInfo = { path: resolve(input), size: inputStat.size, mtimeMs: inputStat.mtimeMs };

  // The checkpoint: required by --resume, refused without it.
  const checkpointFile = options.output === undefined ? undefined : checkpointPath(options.output);
  let previous: Checkpoint | undefined;
  if (checkpointFile !== undefined) {
    try {
      previous = await readCheckpoint(checkpointFile);
    } catch (error) {
      throw new AuditError(describe(error));
    }
  }
  if (options.resume) {
    if (options.output === undefined)
      throw new AuditError('--resume needs --output: the checkpoint is kept next to it');
    if (previous === undefined) {
      throw new AuditError(`nothing to resume: there is no checkpoint ${checkpointFile}`);
    }
    const mismatch =
      previous.input.path !== inputInfo.path
        ? `it is for ${previous.input.path}`
        : previous.input.size !== inputInfo.size || previous.input.mtimeMs !== inputInfo.mtimeMs
          ? `${input} has changed since it was written`
          : previous.format !== format
            ? `it was written reading ${previous.format}, not ${format}`
            : previous.rulesetVersion !== engine.rulesetVersion
              ? `it was written with rule set ${previous.rulesetVersion}, not ${engine.rulesetVersion}`
              : previous.all !== all
                ? `it was written ${previous.all ? 'with' : 'without'} --all`
                : undefined;
    if (mismatch !== undefined) throw new AuditError(`cannot resume from ${checkpointFile}: ${mismatch}`);
  } else if (previous !== undefined) {
    throw new AuditError(
      `an interrupted run left the checkpoint ${checkpointFile}: add --resume to continue it, or delete it to start over`,
    );
  }

  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(input, 'r');
  } catch (error) {
    throw fileProblem('read', input, error);
  }

  let output: Output;
  try {
    if (options.output === undefined) {
      output = new StreamOutput(options.stdout ?? process.stdout);
    } else if (previous !== undefined) {
      const outputStat = await stat(options.output).catch(() => undefined);
      if (outputStat === undefined || outputStat.size < previous.outputBytes) {
        throw new AuditError(
          `cannot resume: ${options.output} is shorter than the checkpoint says (${previous.outputBytes} bytes)`,
        );
      }
      // Lines written after the checkpoint are written again.
      await truncate(options.output, previous.outputBytes);
      output = new FileOutput(await open(options.output, 'a'), previous.outputBytes);
    } else {
      output = new FileOutput(await open(options.output, 'w'), 0);
    }
  } catch (error) {
    await handle.close();
    if (error instanceof AuditError) throw error;
    throw fileProblem('write', options.output ?? 'the output', error);
  }

  try {
    return await audit();
  } finally {
    await handle.close();
    await output.close();
  }

  async function audit(): Promise<AuditResult> {
    const offset = previous?.offset ?? 0;
    const splitter: Splitter =
      format === 'csv'
        ? new CsvSplitter(offset, previous?.lines ?? 0)
        : new JsonLinesSplitter(offset, previous?.lines ?? 0);
    const tally = new Tally(previous?.counts);
    let columns = previous?.columns as CsvColumn[] | undefined;
    let fatal: AuditError | undefined;
    const progress = new Progress(stderr, offset, inputInfo.size);
    let printed = tally.counts.malformed.listed.length;

    const malformed = (line: number, id: AccountId | undefined, code: MalformedCode, message: string) => {
      const record: MalformedRecord = { line, ...(id !== undefined && { id }), code, message };
      tally.malformed(record);
      if (printed < MALFORMED_LISTED) {
        progress.note(
          `mingzheng audit: line ${line}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`} skipped: ${message}`,
        );
      } else if (printed === MALFORMED_LISTED) {
        progress.note('mingzheng audit: more malformed records are counted in the summary but not shown');
      }
      printed++;
    };

    const checked = (account: AccountLine, id: AccountId) => {
      // check() reads only AccountInfo's fields; the line's `id` is left on the object.
      const verdict = engine.check(account);
      tally.account(verdict);
      if (all || verdict.verdict !== 'pass') {
        const { findings, rulesetVersion } = verdict;
        output.push(`${JSON.stringify({ id, verdict: verdict.verdict, findings, rulesetVersion })}\n`);
      }
    };

    const jsonLine: RecordSink = (text, line, problem) => {
      if (text === undefined || problem !== undefined) {
        // Not UTF-8 is not JSON (RFC 8259), as the HTTP handler says; too long cannot be an account.
        const code = problem === 'invalid-utf8' ? 'invalid-json' : 'invalid-account';
        malformed(line, undefined, code, `the line ${describeRecordProblem(problem ?? 'too-long')}`);
        return true;
      }
      if (isBlank(text)) {
        tally.blank();
        return true;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        malformed(line, undefined, 'invalid-json', `not valid JSON: ${describe(error)}`);
        return true;
      }
      const plain = plainAccountLine(value);
      if (plain !== undefined) {
        checked(plain, plain.id ?? line);
        return true;
      }
      const result = accountOf(value);
      if ('account' in result) checked(result.account, result.account.id ?? line);
      else malformed(line, result.id, 'invalid-account', result.message);
      return true;
    };

    const csvRow: RecordSink = (text, line, problem) => {
      if (columns === undefined) {
        // The first row names the columns.
        if (text === undefined || problem !== undefined || isBlank(text)) {
          const what = problem === undefined ? 'is empty' : describeRecordProblem(problem);
          fatal = new AuditError(`${input} line ${line}: the CSV header ${what}`);
          return false;
        }
        try {
          columns = csvColumns(parseCsvRow(text));
        } catch (error) {
          fatal = new AuditError(`${input} line ${line}: ${describe(error)}`);
          return false;
        }
        return true;
      }
      if (text === undefined || problem !== undefined) {
        malformed(line, undefined, 'invalid-csv', `the row ${describeRecordProblem(problem ?? 'too-long')}`);
        return true;
      }
      if (text.length === 0) {
        tally.blank();
        return true;
      }
      const cells = parseCsvRow(text);
      if (cells.length !== columns.length) {
        malformed(
          line,
          undefined,
          'invalid-csv',
          `the row has ${cells.length} ${cells.length === 1 ? 'field' : 'fields'}; the header has ${columns.length}`,
        );
        return true;
      }
      const result = accountOf(csvAccount(columns, cells));
      if ('account' in result) checked(result.account, result.account.id ?? line);
      else malformed(line, result.id, 'invalid-account', result.message);
      return true;
    };

    const sink = format === 'csv' ? csvRow : jsonLine;
    const sessions = (previous?.sessions ?? 0) + 1;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const startAccounts = tally.counts.accounts;
    let lastCheckpoint = tally.counts.records + tally.counts.blank;

    const saveCheckpoint = async () => {
      if (checkpointFile === undefined) return;
      await output.flush();
      await output.sync();
      if (output.error) return;
      await writeCheckpoint(checkpointFile, {
        version: CHECKPOINT_VERSION,
        input: inputInfo,
        format,
        ...(columns !== undefined && { columns }),
        rulesetVersion: engine.rulesetVersion,
        all,
        offset: splitter.consumed,
        lines: splitter.consumedLines,
        outputBytes: output.bytes,
        counts: tally.snapshot(),
        elapsedSeconds: (previous?.elapsedSeconds ?? 0) + seconds(),
        sessions,
      });
      lastCheckpoint = tally.counts.records + tally.counts.blank;
    };

    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let position = offset;
    let aborted = false;
    for (;;) {
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position));
      } catch (error) {
        throw fileProblem('read', input, error);
      }
      if (bytesRead === 0) {
        splitter.end(sink);
        break;
      }
      position += bytesRead;
      if (!splitter.feed(buffer.subarray(0, bytesRead), sink)) break;
      if (output.full) await output.flush();
      if (output.error) break;
      if (tally.counts.records + tally.counts.blank - lastCheckpoint >= every) await saveCheckpoint();
      progress.update({
        bytes: splitter.consumed,
        total: inputInfo.size,
        accounts: tally.counts.accounts,
        sessionAccounts: tally.counts.accounts - startAccounts,
        seconds: seconds(),
      });
    }
    if (fatal) throw fatal;
    await output.flush();
    if (output.error) {
      if ((output.error as NodeJS.ErrnoException).code === 'EPIPE') throw new AuditError('the output was closed');
      throw fileProblem('write', options.output ?? 'the output', output.error);
    }
    // The last progress update of the session (100 % when complete).
    progress.update({
      bytes: splitter.consumed,
      total: inputInfo.size,
      accounts: tally.counts.accounts,
      sessionAccounts: tally.counts.accounts - startAccounts,
      seconds: seconds(),
    });
    progress.clear();

    const elapsedSeconds = (previous?.elapsedSeconds ?? 0) + seconds();
    const counts = tally.snapshot();
    const summary: AuditSummary = {
      input,
      format,
      rulesetVersion: engine.rulesetVersion,
      complete: !aborted,
      lines: splitter.consumedLines,
      ...counts,
      run: {
        elapsedSeconds: Math.round(elapsedSeconds * 1000) / 1000,
        accountsPerSecond: elapsedSeconds > 0 ? Math.round(counts.accounts / elapsedSeconds) : 0,
        sessions,
      },
    };

    if (aborted) {
      await saveCheckpoint();
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
    stderr.write(
      renderSummary(summary, {
        ...(options.output !== undefined && { output: options.output }),
        ...(options.summary !== undefined && { summary: options.summary }),
        all,
      }),
    );
    return { complete: true, summary };
  }
}
