/**
 * A sequence with `anyOrder` matches its parts as listed or reversed, each at most `maxGap` from
 * the next: a claim whose promise comes before its subject (根治糖尿病) or after it (糖尿病……可根治).
 * Without `anyOrder` only the listed order counts. In Node and in Chromium.
 */
import { expect } from 'chai';
import { createEngine, type Engine, parseRuleSet, RuleSetError } from '../src/index.js';

const document = {
  name: 'sequence-order-test',
  version: '1',
  lexicons: [
    { category: 'disease', article: '8.7', source: 'test', entries: ['糖尿病', '高血压'] },
    { category: 'effect', article: '8.7', source: 'test', entries: ['根治', '疗效'] },
    { category: 'return', article: '8.7', source: 'test', entries: ['收益'] },
    { category: 'promise', article: '8.7', source: 'test', entries: ['保证', '稳定'] },
  ],
  rules: [
    {
      id: 'cure',
      article: '8.7',
      severity: 'review',
      fields: ['bio'],
      match: { sequence: ['effect', 'disease'], maxGap: 4, anyOrder: true },
    },
    {
      id: 'return',
      article: '8.7',
      severity: 'review',
      fields: ['bio'],
      match: { sequence: ['promise', 'return'], maxGap: 2 },
    },
  ],
};

let engine: Engine;
before(async () => {
  engine = await createEngine(document);
});

const check = (bio: string) => engine.check({ bio });

describe('sequence anyOrder: the parts in either order', () => {
  it('matches the listed order', () => {
    const result = check('三个月根治糖尿病');
    expect(result.verdict).to.equal('review');
    expect(result.findings[0]).to.include({ match: '根治糖尿病' });
    expect(result.findings[0]?.message.params).to.include({ term: '根治糖尿病', category: 'effect+disease' });
  });

  it('matches the reversed order, reporting the parts as found', () => {
    const result = check('糖尿病，三个月可根治');
    expect(result.verdict).to.equal('review');
    expect(result.findings[0]).to.include({ start: 0, end: 10, match: '糖尿病，三个月可根治' });
    expect(result.findings[0]?.message.params).to.include({ term: '糖尿病根治', category: 'disease+effect' });
  });

  it('keeps the gap in both orders (punctuation not counted)', () => {
    expect(check('高血压：疗效显著').verdict).to.equal('review');
    expect(check('高血压患者的日常饮食与运动疗效').verdict).to.equal('pass');
    expect(check('疗效是医生和患者都关心的高血压话题').verdict).to.equal('pass');
  });

  it('without anyOrder, only the listed order counts', () => {
    expect(check('保证收益').verdict).to.equal('review');
    expect(check('收益稳定').verdict).to.equal('pass');
  });

  it('reports one finding for a chain found in both orders', () => {
    const result = check('根治糖尿病');
    expect(result.findings).to.have.length(1);
  });
});

describe('a sequence does not run on into the next sentence', () => {
  it('breaks a chain whose gap holds words and the end of a sentence', () => {
    expect(check('能根治吗？我看高血压还得吃药').verdict).to.equal('pass');
    expect(check('能根治吗？高血压').verdict).to.equal('pass');
    expect(check('疗效一般。高血压还得吃药').verdict).to.equal('pass');
    expect(check('疗效好!高血压患者').verdict).to.equal('pass');
  });

  it('keeps a chain whose parts are only written apart by a stop, or by a comma', () => {
    expect(check('根治。高血压').findings[0]).to.include({ match: '根治。高血压' });
    expect(check('根治，三个月，高血压').verdict).to.equal('review');
    expect(check('高血压：疗效显著').verdict).to.equal('review');
  });
});

describe('anyOrder in the rule-set schema', () => {
  const withOrder = (anyOrder: unknown) => ({
    ...document,
    rules: [
      {
        id: 'r',
        article: '8.7',
        severity: 'review',
        fields: ['bio'],
        match: { sequence: ['effect', 'disease'], anyOrder },
      },
    ],
  });

  it('takes true and nothing else', () => {
    expect(() => parseRuleSet(withOrder(true))).not.to.throw();
    expect(() => parseRuleSet(withOrder(false))).to.throw(RuleSetError);
    expect(() => parseRuleSet(withOrder('any'))).to.throw(RuleSetError);
  });
});
