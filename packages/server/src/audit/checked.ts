/**
 * What one record comes to, the same whichever thread checks it: the reader says what the record
 * is, the shard keeps or leaves it, the engine checks an account and its output line is written
 * here. The run (run.ts) applies these results in input order — counts, output, reports — so a run
 * on worker threads writes byte for byte what a run on one thread writes.
 */
import type { Engine, Locale, Verdict } from '@mingzheng/precheck';
import type { AccountId } from '../account-info.js';
import { findingMessages } from '../messages.js';
import type { Malformed, RecordReader } from './readers.js';
import type { RecordProblem } from './records.js';
import { inShard, type Shard } from './shard.js';

export type Checked =
  | {
      type: 'account';
      verdict: Verdict['verdict'];
      /** The findings' articles, in order (what the counts need). */
      findings: readonly { article: string }[];
      /** The output line (with its `\n`), or undefined when the account is not written. */
      line: string | undefined;
    }
  | Malformed
  | { type: 'blank' }
  | { type: 'header' }
  /** Another shard's record: neither counted nor written. */
  | { type: 'elsewhere' };

const BLANK: Checked = { type: 'blank' };
const HEADER: Checked = { type: 'header' };
const ELSEWHERE: Checked = { type: 'elsewhere' };

/** The JSON line written for a checked account, as `mingzheng check` writes it (with `locale`, `--locale`). */
export function outputLine(id: AccountId, verdict: Verdict, locale?: Locale): string {
  const { findings, rulesetVersion } = verdict;
  const line = { id, verdict: verdict.verdict, findings, rulesetVersion };
  if (locale === undefined) return `${JSON.stringify(line)}\n`;
  return `${JSON.stringify({ ...line, messages: findingMessages(findings, locale) })}\n`;
}

/**
 * Reads and checks one record (see RecordSink); `all` writes accounts without findings too,
 * `locale` writes the findings in words.
 */
export function checkRecord(
  reader: RecordReader,
  engine: Engine,
  all: boolean,
  shard: Shard | undefined,
  locale: Locale | undefined,
  text: string | undefined,
  line: number,
  problem?: RecordProblem,
): Checked {
  const entry = reader.read(text, line, problem);
  switch (entry.type) {
    case 'account': {
      if (!inShard(shard, entry.id)) return ELSEWHERE;
      // check() reads only AccountInfo's fields; the line's `id` is left on the object.
      const verdict = engine.check(entry.account);
      const written = all || verdict.verdict !== 'pass';
      return {
        type: 'account',
        verdict: verdict.verdict,
        findings: verdict.findings,
        line: written ? outputLine(entry.id, verdict, locale) : undefined,
      };
    }
    case 'malformed':
      return inShard(shard, entry.id ?? line) ? entry : ELSEWHERE;
    case 'blank':
      return inShard(shard, line) ? BLANK : ELSEWHERE;
    default:
      return HEADER;
  }
}
