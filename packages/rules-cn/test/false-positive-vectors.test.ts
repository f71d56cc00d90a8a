/**
 * Texts the default rule set once refused and must not (test/vectors/false-positives.json), in
 * Node and in Chromium: at most the verdict each allows, and no finding of the terms it names.
 */
import { createEngine, type Engine, type TextField, type Verdict } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import vectors from './vectors/false-positives.json' with { type: 'json' };

interface Vector {
  text: string;
  fields: TextField[];
  atMost: Verdict['verdict'];
  notTerms?: string[];
}

const RANK = { pass: 0, review: 1, block: 2 } as const;

describe('default rule set: texts once refused', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const vector of vectors.vectors as Vector[]) {
    for (const field of vector.fields) {
      it(`${field} ${JSON.stringify(vector.text)}: ${vector.atMost} at most`, () => {
        const result = engine.check({ [field]: vector.text });
        expect(RANK[result.verdict], JSON.stringify(result.findings)).to.be.at.most(RANK[vector.atMost]);
        const terms = result.findings.map((finding) => finding.message.params.term);
        for (const term of vector.notTerms ?? []) expect(terms).to.not.include(term);
      });
    }
  }
});
