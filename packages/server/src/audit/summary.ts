/**
 * What an audit counts as it goes, and the summary it ends with. The counts travel in the
 * checkpoint, so a resumed run ends with exactly the summary of an uninterrupted one; only `run`
 * (time, speed, sessions) differs.
 */
import type { Verdict } from '@mingzheng/precheck';
import type { AccountId } from '../account-info.js';

/** At most this many malformed records are listed (all are counted). */
export const MALFORMED_LISTED = 1_000;

export type MalformedCode = 'invalid-json' | 'invalid-account' | 'invalid-csv';

export interface MalformedRecord {
  /** The line the record starts on (1-based; every line counts, blank ones too). */
  line: number;
  /** The record's own id, when it has a valid one. */
  id?: AccountId;
  code: MalformedCode;
  message: string;
}

export interface ArticleCount {
  /** `N.k` notation, e.g. `8.4`. */
  article: string;
  /** Accounts with at least one finding citing the article. */
  accounts: number;
  findings: number;
}

/** The counts: what the checkpoint carries. */
export interface AuditCounts {
  /** Non-blank records read: checked accounts plus malformed records. */
  records: number;
  /** Accounts checked. */
  accounts: number;
  /** Blank lines (JSON Lines) or empty rows (CSV), skipped. */
  blank: number;
  verdicts: { pass: number; review: number; block: number };
  /** By article, in article order (8.2 before 8.10, 10.1 after 9). */
  articles: ArticleCount[];
  malformed: { count: number; listed: MalformedRecord[] };
}

export interface AuditSummary extends AuditCounts {
  input: string;
  format: 'jsonl' | 'csv';
  rulesetVersion: string;
  /** The share of the accounts this run audited, `K/N` (--shard); absent for the whole input. */
  shard?: string;
  /** False when the run was interrupted (the summary then covers what was read so far). */
  complete: boolean;
  /** Lines of the input read (every line, blank ones and header included). */
  lines: number;
  /** Time and speed: the only part that differs between an interrupted-and-resumed run and one that was not. */
  run: {
    /** Reading and checking, summed over the sessions (loading the rule set excluded). */
    elapsedSeconds: number;
    accountsPerSecond: number;
    /** 1, plus one per --resume. */
    sessions: number;
  };
}

export const emptyCounts = (): AuditCounts => ({
  records: 0,
  accounts: 0,
  blank: 0,
  verdicts: { pass: 0, review: 0, block: 0 },
  articles: [],
  malformed: { count: 0, listed: [] },
});

/** Counts a run's records; `counts` can come from a checkpoint. */
export class Tally {
  /** Per article: [accounts, findings], in a Map while counting (the JSON form is sorted). */
  private readonly articles = new Map<string, [number, number]>();
  /** Articles already counted for the current account. */
  private readonly seen: string[] = [];

  constructor(readonly counts: AuditCounts = emptyCounts()) {
    for (const { article, accounts, findings } of counts.articles) this.articles.set(article, [accounts, findings]);
  }

  account(verdict: Pick<Verdict, 'verdict'> & { findings: readonly { article: string }[] }): void {
    const counts = this.counts;
    counts.records++;
    counts.accounts++;
    counts.verdicts[verdict.verdict]++;
    const findings = verdict.findings;
    if (findings.length === 0) return;
    const seen = this.seen;
    seen.length = 0;
    for (const finding of findings) {
      let count = this.articles.get(finding.article);
      if (count === undefined) {
        count = [0, 0];
        this.articles.set(finding.article, count);
      }
      count[1]++;
      if (!seen.includes(finding.article)) {
        seen.push(finding.article);
        count[0]++;
      }
    }
  }

  blank(): void {
    this.counts.blank++;
  }

  malformed(record: MalformedRecord): void {
    this.counts.records++;
    this.counts.malformed.count++;
    if (this.counts.malformed.listed.length < MALFORMED_LISTED) this.counts.malformed.listed.push(record);
  }

  /** The counts as JSON data, articles in article order (8.2 before 8.10, 10.1 after 9). */
  snapshot(): AuditCounts {
    const articles = [...this.articles.keys()].sort(compareArticles).map((article): ArticleCount => {
      const [accounts, findings] = this.articles.get(article) ?? [0, 0];
      return { article, accounts, findings };
    });
    return {
      ...this.counts,
      verdicts: { ...this.counts.verdicts },
      articles,
      malformed: { count: this.counts.malformed.count, listed: [...this.counts.malformed.listed] },
    };
  }
}

/** Orders `N.k` article numbers numerically. */
export function compareArticles(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2 || (a < b ? -1 : a > b ? 1 : 0);
}

const int = (n: number) => n.toLocaleString('en-US');

/** The summary as people read it, for standard error. */
export function renderSummary(
  summary: AuditSummary,
  files: { output?: string; summary?: string; all?: boolean },
): string {
  const { verdicts } = summary;
  const width = Math.max(...[verdicts.pass, verdicts.review, verdicts.block].map((n) => int(n).length));
  const share = (n: number) => (summary.accounts === 0 ? '' : `  ${((100 * n) / summary.accounts).toFixed(1)} %`);
  const lines = [
    `mingzheng audit: ${int(summary.accounts)} accounts checked in ${summary.run.elapsedSeconds.toFixed(1)} s (${int(Math.round(summary.run.accountsPerSecond))} accounts/s)${summary.run.sessions > 1 ? `, over ${summary.run.sessions} sessions` : ''}; rule set ${summary.rulesetVersion}`,
    `  pass    ${int(verdicts.pass).padStart(width)}${share(verdicts.pass)}`,
    `  review  ${int(verdicts.review).padStart(width)}${share(verdicts.review)}`,
    `  block   ${int(verdicts.block).padStart(width)}${share(verdicts.block)}`,
  ];
  if (summary.articles.length > 0) {
    lines.push('  by article: accounts (findings)');
    for (const { article, accounts, findings } of summary.articles) {
      lines.push(`    ${`Art. ${article}`.padEnd(10)} ${int(accounts)} (${int(findings)})`);
    }
  }
  if (summary.malformed.count > 0) {
    const listed = summary.malformed.listed.length;
    lines.push(
      `  malformed records skipped: ${int(summary.malformed.count)}${listed < summary.malformed.count ? ` (the first ${int(listed)} listed in the summary)` : ''}`,
    );
  }
  if (files.output !== undefined)
    lines.push(`  ${files.all ? 'every account' : 'accounts with findings'}: ${files.output}`);
  if (files.summary !== undefined) lines.push(`  summary: ${files.summary}`);
  return `${lines.join('\n')}\n`;
}
