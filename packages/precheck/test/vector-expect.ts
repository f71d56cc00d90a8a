/**
 * The assertions every shared vector file makes of a verdict, in Node and in Chromium: read by
 * vectors.test.ts, contact-joiners.test.ts and heard-names.test.ts.
 */
import { expect } from 'chai';
import type { Finding, Verdict } from '../src/index.js';

/** What a vector expects: the verdict, its articles, and optionally a span of the text a finding covers. */
export interface ExpectedVerdict {
  text: string;
  verdict: Verdict['verdict'];
  articles: string[];
  /** Characters of `text` some finding covers exactly. */
  span?: string;
  /** Channels the first finding on `span` went through. */
  via?: string[];
}

/**
 * The verdict and its articles are the vector's, and a finding covers exactly the original
 * characters of `span` (through `via`, if given). Returns the findings on the span.
 */
export function expectVerdict(result: Verdict, vector: ExpectedVerdict): readonly Finding[] {
  expect(result.verdict).to.equal(vector.verdict);
  expect([...new Set(result.findings.map((f) => f.article))].sort()).to.deep.equal(vector.articles);
  const { span } = vector;
  if (span === undefined) return [];
  const start = vector.text.indexOf(span);
  const covering = result.findings.filter((f) => f.start === start && f.end === start + span.length);
  expect(covering, 'a finding covers exactly the original characters').to.not.be.empty;
  if (vector.via) expect(covering[0]?.via).to.include.members(vector.via);
  return covering;
}

/** Every finding's `match` is the text between its `start` and `end`. */
export function expectMatchesOnText(result: Verdict, text: string): void {
  for (const finding of result.findings) expect(text.slice(finding.start, finding.end)).to.equal(finding.match);
}
