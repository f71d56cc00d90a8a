/**
 * The decision over findings, as the engine and the server's registry both make it: block > review
 * > pass, a notice never changes it; and a requirement is asked once per domain over all fields.
 */
import { expect } from 'chai';
import { decideVerdict, type Severity } from '../src/index.js';
import { testEngine } from './helpers.js';

const of = (...severities: Severity[]) => severities.map((severity) => ({ severity }));

describe('decideVerdict', () => {
  it('blocks when any finding blocks, whatever else there is', () => {
    expect(decideVerdict(of('notice', 'review', 'block'))).to.equal('block');
    expect(decideVerdict(of('block'))).to.equal('block');
  });

  it('asks for review when a finding does and none blocks', () => {
    expect(decideVerdict(of('notice', 'review'))).to.equal('review');
  });

  it('passes without findings or with notices only', () => {
    expect(decideVerdict([])).to.equal('pass');
    expect(decideVerdict(of('notice', 'notice'))).to.equal('pass');
  });

  it('is the decision check() reports', async () => {
    const engine = await testEngine();
    for (const name of ['新华社', '风吹麦浪', '微信 abc12345']) {
      const verdict = engine.check({ name });
      expect(verdict.verdict, name).to.equal(decideVerdict(verdict.findings));
    }
  });
});

describe('requirements over fields', () => {
  it('names a domain once when the name and the bio both need its qualification', async () => {
    const engine = await testEngine();
    const one = engine.check({ name: '医生' }).requires;
    expect(one).to.have.length(1);
    const both = engine.check({ name: '医生', bio: '我是医生' }).requires;
    expect(both).to.deep.equal(one);
  });
});
