/**
 * The contact vectors of test/vectors/contact-joiners.json (Art. 8.6): a joiner read as 加 (+V, ➕vx),
 * IDs on other products, share tokens and short links, each with its exact span, and the innocent
 * texts nearest to them (12+3=15, C++, prices), in Node and in Chromium.
 */
import { expect } from 'chai';
import { createEngine, type Engine, type RuleSet, type Verdict } from '../src/index.js';
import vectors from './vectors/contact-joiners.json' with { type: 'json' };

interface ContactVector {
  text: string;
  field: 'name' | 'bio';
  verdict: Verdict['verdict'];
  articles: string[];
  span?: string;
}

describe('shared vectors: joiners, other products, share tokens and short links (Art. 8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(vectors.ruleSet as RuleSet);
  });

  for (const vector of vectors.vectors as ContactVector[]) {
    const title = `${vector.field} ${JSON.stringify(vector.text)} → ${vector.verdict}${vector.span ? ` at ${JSON.stringify(vector.span)}` : ''}`;
    it(title, () => {
      const result = engine.check({ [vector.field]: vector.text });
      expect(result.verdict).to.equal(vector.verdict);
      expect([...new Set(result.findings.map((f) => f.article))].sort()).to.deep.equal(vector.articles);
      const span = vector.span;
      if (span !== undefined) {
        const start = vector.text.indexOf(span);
        const covering = result.findings.filter((f) => f.start === start && f.end === start + span.length);
        expect(covering, 'a finding covers exactly the original characters').to.not.be.empty;
      }
      for (const finding of result.findings) {
        expect(vector.text.slice(finding.start, finding.end)).to.equal(finding.match);
      }
    });
  }
});
