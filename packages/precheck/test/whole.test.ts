/**
 * A rule with `whole` matches a field that IS the term — punctuation, symbols, emoji and spaces
 * aside — or the term with terms of the `with` categories beside it; a text that merely mentions
 * the term passes. In Node and in Chromium.
 */
import { expect } from 'chai';
import { createEngine, type Engine, parseRuleSet, RuleSetError } from '../src/index.js';

const document = {
  name: 'whole-test',
  version: '1',
  lexicons: [
    { category: 'platform', article: '8.2', source: 'test', entries: ['京东', '淘宝'] },
    { category: 'platform-full', article: '8.2', source: 'test', entries: ['清华大学'] },
    { category: 'account-word', article: '8.2', source: 'test', entries: ['官方', '客服', '客服中心', '招生办'] },
    { category: 'city', article: '8.5', source: 'test', entries: ['杭州'] },
    { category: 'media-word', article: '8.4', source: 'test', entries: ['日报'] },
    { category: 'organisation-form', article: '8.2', source: 'test', entries: ['研究院', '协会'] },
  ],
  rules: [
    {
      id: 'platform',
      article: '8.2',
      severity: 'block',
      fields: ['name'],
      match: { lexicon: ['platform'], whole: { with: ['account-word'] } },
    },
    {
      id: 'platform-full',
      article: '8.2',
      severity: 'block',
      fields: ['name'],
      match: { lexicon: ['platform-full'], whole: true },
    },
    {
      id: 'media-pattern',
      article: '8.4',
      severity: 'block',
      fields: ['name'],
      match: { sequence: ['city', 'media-word'], whole: { with: ['account-word'] } },
    },
    {
      id: 'organisation-form',
      article: '8.2',
      severity: 'review',
      fields: ['name'],
      match: { lexicon: ['organisation-form'], at: 'end' },
    },
  ],
};

let engine: Engine;
before(async () => {
  engine = await createEngine(document);
});

const verdict = (name: string) => engine.check({ name });

describe('whole: being the institution, not mentioning it', () => {
  it('blocks the term alone, decoration aside', () => {
    for (const name of ['京东', '【京东】', '京 东', '✨淘宝✨', '清华大学', '「清华大学」!']) {
      expect(verdict(name).verdict, name).to.equal('block');
    }
  });

  it('blocks the term with terms of the `with` categories before or after it', () => {
    for (const name of ['京东客服', '【官方】京东', '京东客服中心', '官方·淘宝·客服']) {
      expect(verdict(name).verdict, name).to.equal('block');
    }
  });

  it('passes the term inside a personal description', () => {
    for (const name of ['京东快递员小王', '淘宝店主', '清华大学校友', '我爱京东', '京东客服小王']) {
      expect(verdict(name).verdict, name).to.equal('pass');
    }
  });

  it('without `with`, only the term alone counts', () => {
    expect(verdict('清华大学招生办').verdict).to.equal('pass');
  });

  it('applies to sequences: the whole chain, with `with` terms beside it', () => {
    expect(verdict('杭州日报').verdict).to.equal('block');
    expect(verdict('杭州日报官方').verdict).to.equal('block');
    expect(verdict('我在杭州日报上班').verdict).to.equal('pass');
  });

  it('points at the term, not at the decoration', () => {
    const [finding] = verdict('【官方】京东').findings;
    expect(finding).to.include({ start: 4, end: 6, match: '京东' });
  });
});

describe('whole in the rule-set schema', () => {
  it('takes true or { with: [categories] } and nothing else', () => {
    const withRule = (whole: unknown) => ({
      ...document,
      rules: [
        { id: 'r', article: '8.2', severity: 'block', fields: ['name'], match: { lexicon: ['platform'], whole } },
      ],
    });
    expect(() => parseRuleSet(withRule(true))).not.to.throw();
    expect(() => parseRuleSet(withRule({ with: ['account-word'] }))).not.to.throw();
    expect(() => parseRuleSet(withRule(false))).to.throw(RuleSetError);
    expect(() => parseRuleSet(withRule({ with: [] }))).to.throw(RuleSetError);
  });

  it('refuses a `with` category no lexicon has', async () => {
    const bad = {
      ...document,
      rules: [
        {
          id: 'r',
          article: '8.2',
          severity: 'block',
          fields: ['name'],
          match: { lexicon: ['platform'], whole: { with: ['nope'] } },
        },
      ],
    };
    let error: unknown;
    try {
      await createEngine(bad);
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('"nope"');
  });
});

describe('at: a term that ends (or starts) the field', () => {
  it('counts a name shaped like an organisation, decoration aside', () => {
    for (const name of ['国民健康服务业发展研究院', '【中华摄影协会】', '研究院']) {
      expect(verdict(name).verdict, name).to.equal('review');
    }
  });

  it('passes the term anywhere else', () => {
    for (const name of ['研究院的猫', '协会会员小王', '我在研究院上班']) {
      expect(verdict(name).verdict, name).to.equal('pass');
    }
  });

  it('takes only start or end', () => {
    const withAt = (at: unknown) => ({
      ...document,
      rules: [{ id: 'r', article: '8.2', severity: 'review', fields: ['name'], match: { lexicon: ['platform'], at } }],
    });
    expect(() => parseRuleSet(withAt('end'))).not.to.throw();
    expect(() => parseRuleSet(withAt('start'))).not.to.throw();
    expect(() => parseRuleSet(withAt('middle'))).to.throw(RuleSetError);
  });
});
