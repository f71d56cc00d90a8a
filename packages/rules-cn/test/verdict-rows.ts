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

/**
 * The claim tables of the advertising rules: per group, one `it` per row of `flagged`, each a
 * review in a bio citing its rule (`describe('bio: <group> is reviewed')`), then one `it` that no
 * row is a block.
 */
export function itReviewsBioClaims(engine: () => Engine, flagged: Readonly<Record<string, readonly Row[]>>): void {
  for (const [title, rows] of Object.entries(flagged)) {
    describe(`bio: ${title} is reviewed`, () => {
      itChecksRows(engine, 'bio', rows, 'rule');
    });
  }

  it('never blocks these claims in a bio', () => {
    for (const rows of Object.values(flagged)) {
      for (const [text] of rows) expect(engine().check({ bio: text }).verdict, text).to.not.equal('block');
    }
  });
}
