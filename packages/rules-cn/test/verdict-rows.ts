/**
 * The table tests of the default rule set: each row is a text, the verdict it must get and,
 * optionally, an article (or a rule id) one of its findings must cite. In Node and in Chromium.
 */
import type { Engine, TextField } from '@mingzheng/precheck';
import { expect } from 'chai';

export type Row = readonly [text: string, verdict: 'block' | 'review' | 'pass', cited?: string];

/**
 * One `it` per row, checking `field` with the engine `engine()` returns (made in a `before`).
 * `cited` names an article, or with `by: 'rule'` a rule id.
 */
export function itChecksRows(
  engine: () => Engine,
  field: TextField,
  rows: readonly Row[],
  by: 'article' | 'rule' = 'article',
): void {
  for (const [text, verdict, cited] of rows) {
    const title = cited ? (by === 'article' ? ` under ${cited}` : ` (${cited})`) : '';
    it(`${text} → ${verdict}${title}`, () => {
      const result = engine().check({ [field]: text });
      expect(result.verdict).to.equal(verdict);
      if (cited) expect(result.findings.map((f) => f[by])).to.include(cited);
    });
  }
}

/** The distinct matches (the user's characters) of the findings under `article` for `text` in `field`. */
export function matchesUnder(engine: Engine, article: string, field: TextField, text: string): string[] {
  const findings = engine.check({ [field]: text }).findings.filter((f) => f.article === article);
  return [...new Set(findings.map((f) => f.match))];
}
