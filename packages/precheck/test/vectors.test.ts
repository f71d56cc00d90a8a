import { expect } from 'chai';
import type { Engine, Verdict } from '../src/index.js';
import { testEngine } from './helpers.js';
import names from './vectors/names.json' with { type: 'json' };

interface NameVector {
  text: string;
  verdict: Verdict['verdict'];
  articles: string[];
  span?: string;
  via?: string[];
  requires?: Verdict['requires'];
}

describe('shared vectors: account names', () => {
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  for (const vector of names.vectors as NameVector[]) {
    const title = `${JSON.stringify(vector.text)} → ${vector.verdict}${vector.articles.length ? ` (${vector.articles.join(', ')})` : ''}`;
    it(title, () => {
      const result = engine.check({ name: vector.text });
      expect(result.verdict).to.equal(vector.verdict);
      expect([...new Set(result.findings.map((f) => f.article))].sort()).to.deep.equal(vector.articles);
      if (vector.span !== undefined) {
        const start = vector.text.indexOf(vector.span);
        const end = start + vector.span.length;
        const covering = result.findings.filter((f) => f.start === start && f.end === end);
        expect(covering, 'a finding covers exactly the original characters').to.not.be.empty;
        for (const finding of covering) expect(finding.match).to.equal(vector.span);
        if (vector.via) expect(covering[0]?.via).to.include.members(vector.via);
      }
      if (vector.requires) expect(result.requires).to.deep.equal(vector.requires);
      for (const finding of result.findings) {
        expect(vector.text.slice(finding.start, finding.end)).to.equal(finding.match);
      }
    });
  }
});
