/**
 * The `mingzheng` command line. `mingzheng check` reads JSON Lines of AccountInfo and writes one
 * JSON line per account: its verdict, or an error line when the account could not be read. It
 * streams: one line in, one line out, in constant memory whatever the size of the input.
 * `mingzheng audit` reviews a whole file of existing accounts (src/audit/): progress, a summary,
 * and a checkpoint to resume from.
 *
 * `bin/mingzheng.js` runs `main()`; tests and other programs can call it with their own streams.
 */
import { readFileSync } from 'node:fs';
import { type FileHandle, open, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine, type Engine, type Finding, RuleSetError, type Verdict } from '@mingzheng/precheck';
import { type AccountId, accountIdSchema, validateAccountLine } from './account-info.js';
import { auditCommand } from './audit/command.js';
import { describeRecordProblem, JsonLinesSplitter, MAX_RECORD_BYTES, type RecordSink } from './audit/records.js';
import { type FindingMessage, findingMessages, type Locale, parseLocale, prepareLocale } from './messages.js';
import { parseCommandLine, UsageError } from './usage.js';

/** Exit status: every line was checked. */
export const EXIT_OK = 0;
/** Exit status: some lines could not be checked (not JSON or not UTF-8, not valid accounts, too long); each has an error line. */
export const EXIT_INVALID_LINES = 1;
/** Exit status: the run failed — bad arguments, an invalid rule set, unreadable input or unwritable output. */
export const EXIT_FAILURE = 2;

/**
 * Longer lines (in bytes) are rejected unread, as `mingzheng audit` and the HTTP handler reject
 * them: no valid account comes near it (see ACCOUNT_LIMITS).
 */
export { MAX_RECORD_BYTES };

export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

/** One output line: a verdict, or the reason an input line could not be checked. */
export type OutputLine =
  | {
      id: AccountId;
      verdict: Verdict['verdict'];
      findings: Finding[];
      rulesetVersion: string;
      /** With --locale: the findings in words, the sentences the components show. */
      messages?: FindingMessage[];
    }
  | { id: AccountId; error: { code: 'invalid-json' | 'invalid-account'; message: string } };

const HELP = `Usage: mingzheng check [options] [FILE]
       mingzheng audit [options] FILE   (see "mingzheng audit --help")

Pre-checks internet account information against the CAC Provisions on the Management of
Internet User Account Information (2022).

Reads JSON Lines from FILE (standard input when FILE is absent or "-"): one AccountInfo per line,
with an optional "id" (a string or a number):
  {"id":"u1","name":"风吹麦浪","bio":"…","entity":{"name":"…","uscc":"…"}}
and writes one JSON line per account, in input order:
  {"id":"u1","verdict":"pass","findings":[],"rulesetVersion":"…"}
A line that is not valid JSON (or not UTF-8), not a valid account, or longer than 262,144 bytes
(skipped unread) gets an error line, and the run goes on:
  {"id":"u2","error":{"code":"invalid-account","message":"name must be a string, not a number"}}
The "id" of an account without one is its line number. Blank lines are skipped.

Options:
  -r, --ruleset FILE  check with this rule-set JSON document instead of the default
                      rule set of @mingzheng/rules-cn
  -o, --output FILE   write to FILE instead of standard output
  -l, --locale LANG   add the findings in words, in zh-CN, zh-TW or en: the sentences the
                      components show the user, after "rulesetVersion":
                      "messages":[{"field":"name","findings":[0,1],"text":"「新 华 社」是…"}]
  -h, --help          show this help
  -v, --version       show the version

"mingzheng audit FILE" reviews a file of existing accounts (JSON Lines or CSV): it writes only the
accounts with findings, shows progress, ends with a summary and can resume after an interruption.

Exit status:
  0  every line was checked
  1  some lines could not be checked (each has an error line)
  2  the run failed: bad arguments, an invalid rule set, unreadable input or unwritable output
`;

/** Runs the command line `argv` (without `node` and the script); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = process): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`mingzheng: ${message}\n`);
    return EXIT_FAILURE;
  };
  if (argv[0] === 'audit') return auditCommand(argv.slice(1), io, { loadEngine, ruleSetProblem });
  const command = parseCommandLine(() => parseCommand(argv), fail, 'mingzheng --help');
  if (command === undefined) return EXIT_FAILURE;
  if (command.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (command.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }

  let engine: Engine;
  try {
    engine = await loadEngine(command.ruleset);
  } catch (error) {
    return fail(ruleSetProblem(command.ruleset, error));
  }
  if (command.locale !== undefined) await prepareLocale(command.locale);

  // Streams the CLI opened itself (files) are closed by it; the caller's (stdin, stdout) are not.
  // A file is read into one reused buffer, as the audit reads it; standard input as it comes.
  let input: AsyncIterable<Buffer | string>;
  let file: FileHandle | undefined;
  if (command.input === undefined) {
    input = io.stdin;
    if (io.stdin.isTTY) {
      io.stderr.write('mingzheng: reading accounts from the terminal, one per line; end with Ctrl-D\n');
    }
  } else {
    try {
      file = await open(command.input, 'r');
    } catch (error) {
      return fail(`cannot read ${command.input}: ${describeError(error)}`);
    }
    input = chunksOf(file);
  }
  const closeInput = () => file?.close().catch(() => {});

  let output: Writable;
  if (command.output === undefined) {
    output = io.stdout;
  } else {
    try {
      output = (await open(command.output, 'w')).createWriteStream();
    } catch (error) {
      await closeInput();
      return fail(`cannot write ${command.output}: ${describeError(error)}`);
    }
  }

  const writer = new LineWriter(output);
  let invalid = 0;
  let total = 0;
  let readError: unknown;
  // The audit's line reader: bytes in, one line at a time out; a line over MAX_RECORD_BYTES is
  // skipped to its end without being kept, so memory does not depend on the input.
  const splitter = new JsonLinesSplitter();
  const sink: RecordSink = (text, lineNumber, problem) => {
    let result: OutputLine;
    if (text === undefined || problem !== undefined) {
      const reason = problem ?? 'too-long';
      result = invalidLine(
        lineNumber,
        reason === 'invalid-utf8' ? 'invalid-json' : 'invalid-account',
        `line ${lineNumber} ${describeRecordProblem(reason)}`,
      );
    } else {
      if (text.trim() === '') return true;
      result = checkLine(engine, text, lineNumber, command.locale);
    }
    total += 1;
    if ('error' in result) invalid += 1;
    writer.push(JSON.stringify(result));
    return writer.error === undefined;
  };
  try {
    let going = true;
    for await (const chunk of input) {
      going = splitter.feed(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer), sink);
      // The lines of one chunk are written before the next is read: the output's backpressure.
      if (going && writer.full) await writer.flush();
      if (!going || writer.error) break;
    }
    if (going && !writer.error) splitter.end(sink);
  } catch (error) {
    readError ??= error;
  }
  await writer.finish(command.output !== undefined);

  await closeInput();
  if (writer.error) {
    // The reader went away (`mingzheng check … | head`): nothing to report.
    if ((writer.error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_FAILURE;
    return fail(`cannot write ${command.output ?? 'the output'}: ${describeError(writer.error)}`);
  }
  if (readError) return fail(`cannot read ${command.input ?? 'the input'}: ${describeError(readError)}`);
  if (invalid > 0) {
    io.stderr.write(`mingzheng: ${invalid} of ${total} accounts could not be checked; see their error lines\n`);
    return EXIT_INVALID_LINES;
  }
  return EXIT_OK;
}

interface Command {
  help: boolean;
  version: boolean;
  ruleset?: string;
  input?: string;
  output?: string;
  locale?: Locale;
}

function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      ruleset: { type: 'string', short: 'r' },
      output: { type: 'string', short: 'o' },
      locale: { type: 'string', short: 'l' },
    },
    allowPositionals: true,
    strict: true,
  });
  const help = values.help === true || positionals[0] === 'help';
  const version = values.version === true;
  if (help || version) return { help, version };
  const [name, input, ...extra] = positionals;
  if (name === undefined) throw new UsageError('missing command: try "mingzheng check"');
  if (name !== 'check') throw new UsageError(`unknown command "${name}": the commands are "check" and "audit"`);
  if (extra.length > 0) throw new UsageError(`one input file at most; got ${positionals.length - 1}`);
  if (values.ruleset === '') throw new UsageError('--ruleset needs a file name');
  if (values.output === '') throw new UsageError('--output needs a file name');
  const locale = values.locale === undefined ? undefined : parseLocale(values.locale);
  if (values.locale !== undefined && locale === undefined) {
    throw new UsageError(`--locale ${JSON.stringify(values.locale)}: the messages come in zh-CN, zh-TW and en`);
  }
  const inputFile = input === '-' ? undefined : input;
  if (inputFile !== undefined && values.output !== undefined && resolve(inputFile) === resolve(values.output)) {
    throw new UsageError('--output must not be the input file');
  }
  return {
    help,
    version,
    ...(values.ruleset !== undefined && { ruleset: values.ruleset }),
    ...(inputFile !== undefined && { input: inputFile }),
    ...(values.output !== undefined && { output: values.output }),
    ...(locale !== undefined && { locale }),
  };
}

/**
 * A file's bytes in chunks of 256 KB, read into one buffer that each chunk reuses: the splitter has
 * taken what it keeps from a chunk before the next is read. (A read stream would allocate a new
 * buffer per chunk, held outside the JS heap until a collection: tens of megabytes on a long line.)
 */
async function* chunksOf(file: FileHandle): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(262_144);
  for (;;) {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/** The rule-set document in `file` is not JSON. */
class RuleSetJsonError extends Error {}

/** The engine for the rule-set document in `file`, or for the default rule set. */
async function loadEngine(file: string | undefined): Promise<Engine> {
  if (file === undefined) {
    const { defaultRuleSet } = await import('@mingzheng/rules-cn');
    return createEngine(defaultRuleSet);
  }
  const text = await readFile(file, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new RuleSetJsonError(describeError(error));
  }
  return createEngine(document);
}

function ruleSetProblem(file: string | undefined, error: unknown): string {
  const which = file === undefined ? 'the default rule set (@mingzheng/rules-cn)' : `the rule set ${file}`;
  if (error instanceof RuleSetJsonError) return `${which} is not valid JSON: ${error.message}`;
  if (error instanceof RuleSetError)
    return `${which} is invalid:\n${error.message.replace(/^Invalid rule set:\s*/, '')}`;
  if ((error as NodeJS.ErrnoException | undefined)?.code !== undefined) {
    return `cannot read ${which}: ${describeError(error)}`;
  }
  return `${which} cannot be used: ${describeError(error)}`;
}

/** Checks one non-blank input line; never throws. With `locale`, the findings are worded too. */
export function checkLine(engine: Engine, line: string, lineNumber: number, locale?: Locale): OutputLine {
  // The reader never hands out such a line; a caller with its own string gets the same answer
  // (a string of N UTF-16 code units is at least N bytes in UTF-8).
  if (line.length > MAX_RECORD_BYTES) {
    return invalidLine(lineNumber, 'invalid-account', `line ${lineNumber} ${describeRecordProblem('too-long')}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return invalidLine(lineNumber, 'invalid-json', `line ${lineNumber} is not valid JSON: ${describeError(error)}`);
  }
  const id = idOf(value) ?? lineNumber;
  const account = validateAccountLine(value);
  if (!account.success) return invalidLine(id, 'invalid-account', account.message);
  const { id: _id, ...info } = account.data;
  const { verdict, findings, rulesetVersion } = engine.check(info);
  if (locale === undefined) return { id, verdict, findings, rulesetVersion };
  return { id, verdict, findings, rulesetVersion, messages: findingMessages(findings, locale) };
}

function invalidLine(id: AccountId, code: 'invalid-json' | 'invalid-account', message: string): OutputLine {
  return { id, error: { code, message } };
}

/** The account's own `id`, when it has a valid one: error lines carry it too. */
function idOf(value: unknown): AccountId | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'id')) {
    return undefined;
  }
  const id = accountIdSchema.safeParse((value as { id: unknown }).id);
  return id.success ? id.data : undefined;
}

function describeError(error: unknown): string {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return typeof message === 'string' ? message : String(error);
}

/** The version in this package's package.json (one directory up, from src/ and from dist/ alike). */
function packageVersion(): string {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Writes lines in chunks: a chunk goes out when the reader asks (`full`, after each chunk of input)
 * or when the input has nothing more for the moment (so a slow producer still sees every verdict
 * at once); `flush()` waits while the output is full, which pauses the reading.
 */
class LineWriter {
  static readonly CHUNK = 65_536;
  error: Error | undefined;
  #chunk = '';
  #scheduled: NodeJS.Immediate | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error) => {
      this.error ??= error;
    });
  }

  push(line: string): void {
    this.#chunk += `${line}\n`;
    this.#scheduled ??= setImmediate(() => this.#write());
  }

  /** Whether enough is queued to be worth writing (and waiting for) now. */
  get full(): boolean {
    return this.#chunk.length >= LineWriter.CHUNK;
  }

  async flush(): Promise<void> {
    this.#write();
    if (this.stream.writableNeedDrain && !this.error) await settled(this.stream, 'drain');
  }

  /** Flushes the last lines; ends the stream when it is ours (a file), waiting until it is written. */
  async finish(end: boolean): Promise<void> {
    await this.flush();
    if (!end || this.error) return;
    const closed = settled(this.stream, 'close');
    this.stream.end();
    await closed;
  }

  #write(): void {
    if (this.#scheduled) clearImmediate(this.#scheduled);
    this.#scheduled = undefined;
    if (this.#chunk && !this.error) this.stream.write(this.#chunk);
    this.#chunk = '';
  }
}

/** Resolves on `event`, or when the stream fails or closes first (LineWriter keeps the error). */
function settled(stream: Writable, event: 'drain' | 'close'): Promise<void> {
  const names = [...new Set([event, 'error', 'close'])];
  return new Promise((resolve) => {
    const done = () => {
      for (const name of names) stream.off(name, done);
      resolve();
    };
    for (const name of names) stream.on(name, done);
  });
}
