/**
 * The contact vectors of test/vectors/contact-joiners.json (Art. 8.6): a joiner read as 加 (+V, ➕vx),
 * IDs on other products, share tokens and short links, each with its exact span, and the innocent
 * texts nearest to them (12+3=15, C++, prices), in Node and in Chromium.
 */
import { createEngine, type Engine, type RuleSet } from '../src/index.js';
import { type ExpectedVerdict, expectMatchesOnText, expectVerdict } from './vector-expect.js';
import vectors from './vectors/contact-joiners.json' with { type: 'json' };

interface ContactVector extends ExpectedVerdict {
  field: 'name' | 'bio';
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
      expectVerdict(result, vector);
      expectMatchesOnText(result, vector.text);
    });
  }
});
