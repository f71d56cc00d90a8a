/**
 * `mingzheng audit`: the command line around runAudit() — arguments, the rule set, signals (an
 * interrupt writes the checkpoint and exits 130) and exit statuses.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { type Engine, type Locale, parseRuleSet } from '@mingzheng/precheck';
import { parseLocale } from '../messages.js';
import { parseCommandLine, UsageError } from '../usage.js';
import { AuditError } from './errors.js';
import { type AuditFormat, type AuditOptions, DEFAULT_CHECKPOINT_EVERY, formatOf } from './options.js';
import { defaultWorkers } from './pool.js';
import type { ProgressStream } from './progress.js';
import { runAudit } from './run.js';
import { parseShard, type Shard } from './shard.js';
import { redactedUrl } from './sources.js';

/** Exit status: every record was checked. */
export const AUDIT_OK = 0;
/** Exit status: every record was read; some were malformed and skipped (the summary lists them). */
export const AUDIT_MALFORMED = 1;
/** Exit status: the run failed (arguments, rule set, input, output or checkpoint). */
export const AUDIT_FAILURE = 2;
/** Exit status: interrupted by SIGINT (128 + 2); by SIGTERM it is 143. With --output, the checkpoint was written. */
export const AUDIT_INTERRUPTED = 130;

export const AUDIT_HELP = `Usage: mingzheng audit [options] FILE
       mingzheng audit [options] --from postgres://… --query "SELECT id, name, bio FROM …"

Reviews existing accounts (Art. 15, dynamic review): checks every account in FILE and writes one
JSON line per account with findings, as "mingzheng check" writes it:
  {"id":"u7","verdict":"block","findings":[…],"rulesetVersion":"…"}

FILE is JSON Lines (one AccountInfo per line, with an optional "id") or CSV (RFC 4180: a header
row naming the columns, quoted fields may hold commas, quotes and line ends). CSV columns:
  id, kind, name, bio, signature, avatar, cover, profession.domain, profession.credential,
  entity.name, entity.uscc, entity.address, entity.contentCategory, entity.contact
An empty cell is an absent field. An account without an "id" is named by the line it starts on.

A malformed record (not JSON, not valid UTF-8, not a valid account, longer than 262,144 bytes, a CSV
row with the wrong number of fields) is reported on standard error with its line number, listed in
the summary, and skipped. Progress goes
to standard error; at the end, the summary: accounts by verdict, accounts and findings by article,
malformed records, time and speed.

Options:
  -o, --output FILE         write to FILE instead of standard output; while the run goes on, its
                            checkpoint is kept next to it in FILE.checkpoint
  -s, --summary FILE        also write the summary to FILE, as JSON
  -f, --format FORMAT       jsonl or csv (default: from the name: .jsonl, .ndjson, .csv)
  -r, --ruleset FILE        check with this rule-set JSON document instead of the default
                            rule set of @mingzheng/rules-cn
      --resume              continue an interrupted run from its checkpoint (needs --output)
      --all                 write every account, those without findings too
  -l, --locale LANG         write the findings in words too, in zh-CN, zh-TW or en (the sentences
                            the components show the user), as "mingzheng check --locale" does
      --checkpoint-every N  write the checkpoint every N records (default ${DEFAULT_CHECKPOINT_EVERY.toLocaleString('en-US')})
  -w, --workers N           check on N worker threads (default: the number of cores, or the
                            main thread alone for a file under 16 MB); the output, summary and
                            checkpoints are the same for any N
      --from URL --query SQL
                            read the rows of the query in that PostgreSQL database instead of
                            a file, through a server-side cursor; its columns are named as the
                            CSV columns (NULL is an absent field). For --resume, the query must
                            ORDER BY a unique key
      --shard K/N           audit only share K (0 to N-1) of N: the accounts whose id hashes
                            to K (FNV-1a of the id's JSON, mod N); the N shares together are
                            the whole run, and no account is in two (see docs/audit.md)
  -h, --help                show this help

Ctrl-C (SIGINT) or SIGTERM stops the run at once and writes the checkpoint; the same command with
--resume continues it, and ends with the findings and summary an uninterrupted run would give.

Exit status:
  0    every record was checked (whatever the verdicts)
  1    every record was read, but some were malformed and skipped; the summary lists them
  2    the run failed: bad arguments, an invalid rule set, an unreadable input, an unwritable
       output, or a checkpoint that does not fit the run
  130  interrupted by SIGINT (143 by SIGTERM); with --output, the checkpoint was written
`;

export interface AuditIo {
  stdout: Writable;
  stderr: ProgressStream;
}

/** What the audit borrows from the rest of the command line. */
export interface AuditContext {
  /** The engine for a rule-set file, or for the default rule set. */
  loadEngine(file: string | undefined): Promise<Engine>;
  /** Why that failed, in a sentence. */
  ruleSetProblem(file: string | undefined, error: unknown): string;
}

interface AuditCommand {
  help: boolean;
  input: string;
  output?: string;
  summary?: string;
  format?: AuditFormat;
  ruleset?: string;
  resume: boolean;
  all: boolean;
  locale?: Locale;
  checkpointEvery: number;
  /** 0: as many as the machine has cores, but the main thread alone for a file under SMALL_INPUT bytes. */
  workers: number;
  shard?: Shard;
  from?: { url: string; query: string };
}

function parseAuditCommand(argv: readonly string[]): AuditCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      help: { type: 'boolean', short: 'h' },
      output: { type: 'string', short: 'o' },
      summary: { type: 'string', short: 's' },
      format: { type: 'string', short: 'f' },
      ruleset: { type: 'string', short: 'r' },
      resume: { type: 'boolean' },
      all: { type: 'boolean' },
      locale: { type: 'string', short: 'l' },
      'checkpoint-every': { type: 'string' },
      workers: { type: 'string', short: 'w' },
      shard: { type: 'string' },
      from: { type: 'string' },
      query: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { help: true, input: '', resume: false, all: false, checkpointEvery: 0, workers: 0 };
  const locale = values.locale === undefined ? undefined : parseLocale(values.locale);
  if (values.locale !== undefined && locale === undefined) {
    throw new UsageError(`--locale ${JSON.stringify(values.locale)}: the messages come in zh-CN, zh-TW and en`);
  }
  let from: { url: string; query: string } | undefined;
  if (values.from !== undefined || values.query !== undefined) {
    if (!values.from || !/^postgres(ql)?:\/\//.test(values.from)) {
      throw new UsageError('--from takes a PostgreSQL connection string, postgres://user@host/database');
    }
    if (!values.query?.trim()) throw new UsageError('--from needs --query "SELECT id, name, bio FROM …"');
    if (positionals.length > 0) throw new UsageError('--from reads a query, not a file: give one or the other');
    if (values.format !== undefined) throw new UsageError('--format is for files; --from reads rows');
    from = { url: values.from, query: values.query };
  }
  const [input = from === undefined ? undefined : redactedUrl(from.url), ...extra] = positionals;
  if (input === undefined || input === '') throw new UsageError('audit needs the file of accounts to review');
  if (input === '-') throw new UsageError('audit reads a file, not standard input (it must be able to resume)');
  if (extra.length > 0) throw new UsageError(`one input file; got ${positionals.length}`);
  for (const option of ['output', 'summary', 'ruleset', 'format'] as const) {
    if (values[option] === '') throw new UsageError(`--${option} needs a value`);
  }
  const format = values.format;
  if (format !== undefined && format !== 'jsonl' && format !== 'csv') {
    throw new UsageError(`--format must be jsonl or csv, not ${JSON.stringify(format)}`);
  }
  if (from === undefined && format === undefined && formatOf(input) === undefined) {
    throw new UsageError(`cannot tell the format of ${input} from its name: add --format jsonl or --format csv`);
  }
  const every =
    values['checkpoint-every'] === undefined ? DEFAULT_CHECKPOINT_EVERY : Number(values['checkpoint-every']);
  if (!Number.isSafeInteger(every) || every < 1) {
    throw new UsageError('--checkpoint-every needs a whole number of records, at least 1');
  }
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (values.workers !== undefined && (!Number.isSafeInteger(workers) || workers < 1 || workers > 256)) {
    throw new UsageError('--workers needs a whole number of threads, from 1 to 256');
  }
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    try {
      shard = parseShard(values.shard);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const files = [from === undefined ? input : undefined, values.output, values.summary]
    .filter((file) => file !== undefined)
    .map((file) => resolve(file));
  if (new Set(files).size !== files.length)
    throw new UsageError('the input, --output and --summary must be three files');
  if (values.resume && values.output === undefined) {
    throw new UsageError('--resume needs --output: the checkpoint is kept next to it');
  }
  return {
    help: false,
    input,
    ...(values.output !== undefined && { output: values.output }),
    ...(values.summary !== undefined && { summary: values.summary }),
    ...(format !== undefined && { format }),
    ...(values.ruleset !== undefined && { ruleset: values.ruleset }),
    resume: values.resume === true,
    all: values.all === true,
    ...(locale !== undefined && { locale }),
    checkpointEvery: every,
    workers,
    ...(shard !== undefined && { shard }),
    ...(from !== undefined && { from }),
  };
}

/**
 * Below this size a file is checked on the main thread unless --workers says otherwise: each worker
 * loads and compiles the rule set and its dictionaries (a second or two), which a smaller file
 * (some 300,000 accounts of a usual mix) does not win back.
 */
const SMALL_INPUT = 16 * 1_048_576;

/** The default --workers: the number of cores, or 1 for a small file. */
async function automaticWorkers(command: AuditCommand): Promise<number> {
  if (command.from !== undefined) return defaultWorkers();
  const size = await stat(command.input).then(
    (found) => found.size,
    () => 0, // the run reports the file
  );
  return size < SMALL_INPUT ? 1 : defaultWorkers();
}

/** Runs `mingzheng audit …` (`argv` after the word "audit"); resolves to the exit status. */
export async function auditCommand(argv: readonly string[], io: AuditIo, context: AuditContext): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`mingzheng audit: ${message}\n`);
    return AUDIT_FAILURE;
  };
  const command = parseCommandLine(() => parseAuditCommand(argv), fail, 'mingzheng audit --help');
  if (command === undefined) return AUDIT_FAILURE;
  if (command.help) {
    io.stdout.write(AUDIT_HELP);
    return AUDIT_OK;
  }

  const workers = command.workers === 0 ? await automaticWorkers(command) : command.workers;
  let engine: AuditOptions['engine'];
  let ruleSet: unknown;
  try {
    if (workers > 1) {
      // The workers make their engines from the same document; this thread only cuts records and
      // applies results, so it neither compiles the rule set (a compiled rule set and its
      // dictionaries are tens of megabytes in every thread that has one) nor, for the default rule
      // set, loads it: the workers' engines give its version. A rule-set file is read and
      // validated here, so that a broken one is reported as on one thread.
      if (command.ruleset !== undefined) {
        ruleSet = JSON.parse(await readFile(command.ruleset, 'utf8'));
        engine = { rulesetVersion: parseRuleSet(ruleSet).version };
      }
    } else {
      engine = await context.loadEngine(command.ruleset);
    }
  } catch (error) {
    // The document cannot be read or is invalid: loading it as one thread does says why, in its words.
    try {
      engine = await context.loadEngine(command.ruleset);
    } catch (problem) {
      return fail(context.ruleSetProblem(command.ruleset, problem));
    }
    if (workers > 1) return fail(context.ruleSetProblem(command.ruleset, error));
  }

  // The first signal stops the run at the next chunk (the checkpoint is written); a second one
  // ends the process at once.
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppedBy !== undefined) process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    stoppedBy = signal;
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await runAudit({
      input: command.input,
      engine,
      ...(command.format !== undefined && { format: command.format }),
      ...(command.output !== undefined && { output: command.output }),
      ...(command.summary !== undefined && { summary: command.summary }),
      resume: command.resume,
      all: command.all,
      ...(command.locale !== undefined && { locale: command.locale }),
      checkpointEvery: command.checkpointEvery,
      workers,
      ...(ruleSet !== undefined && { ruleSet }),
      ...(command.shard !== undefined && { shard: command.shard }),
      ...(command.from !== undefined && { from: command.from }),
      signal: controller.signal,
      stdout: io.stdout,
      stderr: io.stderr,
    });
    const { summary } = result;
    if (!result.complete) {
      const where =
        result.checkpoint === undefined
          ? 'without --output there is no checkpoint to resume from'
          : `the checkpoint is in ${result.checkpoint}; run the same command with --resume to continue`;
      io.stderr.write(
        `mingzheng audit: interrupted (${stoppedBy ?? 'aborted'}) after ${summary.accounts.toLocaleString('en-US')} accounts, line ${summary.lines.toLocaleString('en-US')}; ${where}\n`,
      );
      return stoppedBy === 'SIGTERM' ? 143 : AUDIT_INTERRUPTED;
    }
    return summary.malformed.count > 0 ? AUDIT_MALFORMED : AUDIT_OK;
  } catch (error) {
    if (error instanceof AuditError) return fail(error.message);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
