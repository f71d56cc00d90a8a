/** What runAudit() is given and what it returns. */
import { extname } from 'node:path';
import type { Writable } from 'node:stream';
import type { Engine, Locale } from '@mingzheng/precheck';
import type { ProgressStream } from './progress.js';
import type { Shard } from './shard.js';
import type { AuditSummary } from './summary.js';

export type AuditFormat = 'jsonl' | 'csv';

export interface AuditOptions {
  /** The file of accounts to review. */
  input: string;
  /**
   * The engine to check with (`createEngine(ruleSet)`); required when the run checks on this
   * thread (`workers` 1). With more than one worker the workers check, each with an engine of its
   * own made from `ruleSet`, and this thread needs no compiled rule set: `{ rulesetVersion }` (the
   * document's `parseRuleSet(ruleSet).version`) makes every worker check that its engine has that
   * version; without `engine`, the workers' engines give the version (they must all agree).
   */
  engine?: Engine | Pick<Engine, 'rulesetVersion'>;
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
  /** Write each account's findings in words too (`messages`), in this language, as `mingzheng check --locale` does. */
  locale?: Locale;
  /** Records between two checkpoints (default 100,000). */
  checkpointEvery?: number;
  /**
   * Worker threads to check on (default 1: this thread). The output, reports, summary and
   * checkpoints are the same whatever the number.
   */
  workers?: number;
  /**
   * The rule-set document `engine` was created from, for the workers to create theirs (default:
   * the default rule set of @mingzheng/rules-cn). A worker refuses to start if its engine's version
   * is not `engine`'s.
   */
  ruleSet?: unknown;
  /**
   * Read the rows of `query` in the PostgreSQL database at `url` instead of a file (see
   * sources.ts); `input` is then only the name the summary and messages give the input.
   */
  from?: { url: string; query: string };
  /** Only this share of the accounts (see shard.ts): `{ index: K, count: N }` for K/N. */
  shard?: Shard;
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

export const DEFAULT_CHECKPOINT_EVERY = 100_000;

/** The format named by a file's extension, if any. */
export function formatOf(file: string): AuditFormat | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.jsonlines') return 'jsonl';
  if (extension === '.csv') return 'csv';
  return undefined;
}
