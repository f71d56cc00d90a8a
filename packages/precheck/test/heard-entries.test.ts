/**
 * A term heard by sound for one lexicon is not heard for another that does not ask for homophones:
 * 政府 heard after a country (日本政夫 sounds like 日本政府) is matched as written after a county
 * (北川政夫 is a Japanese name, not 北川政府).
 */
import { expect } from 'chai';
import { createEngine, type Engine } from '../src/index.js';

const document = {
  name: 'heard-entries-test',
  version: '1',
  lexicons: [
    { category: 'country', article: '8.3', source: 'test', homophones: true, entries: ['日本'] },
    { category: 'country-suffix', article: '8.3', source: 'test', homophones: true, entries: ['政府'] },
    { category: 'county', article: '8.2', source: 'test', entries: ['北川'] },
    { category: 'county-suffix', article: '8.2', source: 'test', entries: ['政府'] },
    { category: 'organ', article: '8.2', source: 'test', homophones: true, entries: ['国务院'] },
    { category: 'word', article: '8.2', source: 'test', entries: ['国务院'] },
  ],
  rules: [
    {
      id: 'country',
      article: '8.3',
      severity: 'block',
      fields: ['name'],
      match: { sequence: ['country', 'country-suffix'] },
    },
    {
      id: 'county',
      article: '8.2',
      severity: 'block',
      fields: ['name'],
      match: { sequence: ['county', 'county-suffix'] },
    },
    { id: 'word', article: '8.2', severity: 'review', fields: ['name'], match: { lexicon: ['word'] } },
    { id: 'organ', article: '8.2', severity: 'block', fields: ['name'], match: { lexicon: ['organ'] } },
  ],
};

describe('homophones are heard per lexicon, not per term', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(document);
  });

  it('hears a term for the lexicon that asks for homophones', () => {
    expect(engine.check({ name: '日本政夫' }).findings.map((f) => f.rule)).to.include('country');
    expect(engine.check({ name: '国务苑' }).findings.map((f) => f.rule)).to.deep.equal(['organ', 'evasion']);
  });

  it('matches the same term as written only for a lexicon that does not', () => {
    expect(engine.check({ name: '北川政夫' }).verdict).to.equal('pass');
    expect(engine.check({ name: '北川政府' }).findings.map((f) => f.rule)).to.deep.equal(['county']);
    expect(engine.check({ name: '国务院' }).findings.map((f) => f.rule)).to.have.members(['organ', 'word']);
  });
});
