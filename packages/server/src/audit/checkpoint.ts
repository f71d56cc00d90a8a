/**
 * The audit's checkpoint: where in the input the run got to (a byte offset at a record boundary and
 * the line count there), how much of the output it had written, and the counts so far. It is
 * written next to the output (`<output>.checkpoint`), atomically — to a temporary file, flushed to
 * disk, then renamed over the old one — and only after the output it accounts for is on disk, so
 * that a run killed at any moment leaves a checkpoint that a resumed run can trust.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import type { AuditCounts } from './summary.js';

export const CHECKPOINT_VERSION = 1;

export interface Checkpoint {
  version: typeof CHECKPOINT_VERSION;
  /** The input as it was when the run started: a resumed run refuses a changed file. */
  input: { path: string; size: number; mtimeMs: number };
  format: 'jsonl' | 'csv';
  /** CSV: the header's columns (a resumed run starts after the header). */
  columns?: string[];
  rulesetVersion: string;
  /** Whether accounts without findings are written too (--all). */
  all: boolean;
  /** The language of the findings in words (--locale); absent without them. */
  locale?: string;
  /** The share of the accounts, `K/N` (--shard); absent for the whole input. */
  shard?: string;
  /** Next record's byte offset in the input, and the lines before it. */
  offset: number;
  lines: number;
  /** Bytes of the output file that belong to the records before `offset`. */
  outputBytes: number;
  counts: AuditCounts;
  /** Reading and checking time of the sessions so far, and their number. */
  elapsedSeconds: number;
  sessions: number;
}

export const checkpointPath = (output: string) => `${output}.checkpoint`;

export function writeCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  return writeJsonFile(file, checkpoint);
}

/** Writes `value` as JSON to `file` atomically: a temporary file, flushed to disk, then renamed. */
export async function writeJsonFile(file: string, value: unknown, indent?: number): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(value, null, indent)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

/** The checkpoint in `file`, or undefined when there is none; throws when it cannot be used. */
export async function readCheckpoint(file: string): Promise<Checkpoint | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let value: Partial<Checkpoint>;
  try {
    value = JSON.parse(text) as Partial<Checkpoint>;
  } catch {
    throw new Error(`the checkpoint ${file} is not valid JSON`);
  }
  if (
    value?.version !== CHECKPOINT_VERSION ||
    typeof value.offset !== 'number' ||
    typeof value.lines !== 'number' ||
    typeof value.outputBytes !== 'number' ||
    typeof value.counts !== 'object' ||
    typeof value.input !== 'object'
  ) {
    throw new Error(`the checkpoint ${file} is not one this version of mingzheng wrote`);
  }
  return value as Checkpoint;
}

export async function removeCheckpoint(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** The run about to resume, as a checkpoint describes it: `name` is the input as given. */
export interface ResumeTarget {
  name: string;
  input: Checkpoint['input'];
  format: Checkpoint['format'];
  rulesetVersion: string;
  all: boolean;
  locale: string | undefined;
  shard: string | undefined;
}

type ResumeCheck = [
  refuses: (previous: Checkpoint, now: ResumeTarget) => boolean,
  reason: (previous: Checkpoint, now: ResumeTarget) => string,
];

/** Why a checkpoint belongs to another run, checked in this order: the first that applies is given. */
const RESUME_CHECKS: readonly ResumeCheck[] = [
  [(previous, now) => previous.input.path !== now.input.path, (previous) => `it is for ${previous.input.path}`],
  [
    (previous, now) => previous.input.size !== now.input.size || previous.input.mtimeMs !== now.input.mtimeMs,
    (_, now) => `${now.name} has changed since it was written`,
  ],
  [
    (previous, now) => previous.format !== now.format,
    (previous, now) => `it was written reading ${previous.format}, not ${now.format}`,
  ],
  [
    (previous, now) => previous.rulesetVersion !== now.rulesetVersion,
    (previous, now) => `it was written with rule set ${previous.rulesetVersion}, not ${now.rulesetVersion}`,
  ],
  [
    (previous, now) => previous.all !== now.all,
    (previous) => `it was written ${previous.all ? 'with' : 'without'} --all`,
  ],
  [
    (previous, now) => previous.locale !== now.locale,
    (previous) =>
      previous.locale === undefined
        ? 'it was written without --locale'
        : `it was written with --locale ${previous.locale}`,
  ],
  [
    (previous, now) => previous.shard !== now.shard,
    (previous) =>
      previous.shard === undefined ? 'it was written without --shard' : `it was written for --shard ${previous.shard}`,
  ],
];

/** Why `previous` cannot be resumed by the run `now`, or undefined when it can. */
export function resumeRefusal(previous: Checkpoint, now: ResumeTarget): string | undefined {
  for (const [refuses, reason] of RESUME_CHECKS) if (refuses(previous, now)) return reason(previous, now);
  return undefined;
}
