/**
 * A sequence rule that requires a qualification (Art. 11) asks for the domain of the part that
 * names one: 财经 + 老师 asks for finance. In Node and in Chromium.
 */
import { expect } from 'chai';
import { createEngine } from '../src/index.js';

const document = {
  name: 'sequence-requires-test',
  version: '1',
  lexicons: [
    { category: 'topic', article: '11', source: 'test', domain: 'finance', label: '金融', entries: ['财经', '股票'] },
    { category: 'mentor', article: '11', source: 'test', entries: ['老师', '导师'] },
  ],
  rules: [
    {
      id: 'topic-mentor',
      article: '11',
      severity: 'review',
      fields: ['name'],
      match: { sequence: ['topic', 'mentor'], maxGap: 2 },
      requiresQualification: true,
    },
  ],
};

describe('sequence rules that require a qualification', () => {
  it('ask for the domain of the part that names one', async () => {
    const engine = await createEngine(document);
    const verdict = engine.check({ name: '股票大导师' });
    expect(verdict.verdict).to.equal('review');
    expect(verdict.requires).to.deep.equal([{ kind: 'qualification', domain: 'finance', label: '金融' }]);
    expect(engine.check({ name: '导师说股票' }).requires).to.deep.equal([]);
  });
});
