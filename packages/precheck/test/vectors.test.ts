import { expect } from 'chai';
import { createEngine, type Engine, type RuleSet, type Verdict } from '../src/index.js';
import { testEngine } from './helpers.js';
import contact from './vectors/contact.json' with { type: 'json' };
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

interface ContactVector extends NameVector {
  field: 'name' | 'bio';
}

describe('shared vectors: contact details and the Latin script (Art. 8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(contact.ruleSet as RuleSet);
  });

  for (const vector of contact.vectors as ContactVector[]) {
    const title = `${vector.field} ${JSON.stringify(vector.text)} → ${vector.verdict}${vector.articles.length ? ` (${vector.articles.join(', ')})` : ''}`;
    it(title, () => {
      const result = engine.check({ [vector.field]: vector.text });
      expect(result.verdict).to.equal(vector.verdict);
      expect([...new Set(result.findings.map((f) => f.article))].sort()).to.deep.equal(vector.articles);
      const span = vector.span;
      if (span !== undefined) {
        const start = vector.text.indexOf(span);
        const covering = result.findings.filter((f) => f.start === start && f.end === start + span.length);
        expect(covering, 'a finding covers exactly the original characters').to.not.be.empty;
        if (vector.via) expect(covering[0]?.via).to.include.members(vector.via);
      }
      for (const finding of result.findings) {
        expect(vector.text.slice(finding.start, finding.end)).to.equal(finding.match);
      }
    });
  }
});
