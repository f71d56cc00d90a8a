/**
 * A lexicon rule with `notGivenName` does not read a term that is the given name of a person's
 * name: the field is a surname of the rule set's `names` lists and one or two Han characters, the
 * term among them. Anything more than the name (a second word, an official suffix) is read as
 * before. In Node and in Chromium.
 */
import { expect } from 'chai';
import { compileRuleSet, createEngine, type Engine, parseRuleSet, RuleSetError } from '../src/index.js';

const document = {
  name: 'given-name-test',
  version: '1',
  lexicons: [
    { category: 'surname', source: 'test', entries: ['王', '覃', '欧阳'] },
    { category: 'news-word', article: '8.4', source: 'test', entries: ['新闻'] },
    { category: 'title', article: '11', source: 'test', entries: ['教授'] },
  ],
  rules: [
    {
      id: 'news-word',
      article: '8.4',
      severity: 'block',
      fields: ['name'],
      match: { lexicon: ['news-word'], notGivenName: true },
    },
    { id: 'title', article: '11', severity: 'review', fields: ['name'], match: { lexicon: ['title'] } },
  ],
  names: { surname: ['surname'] },
};

let engine: Engine;
before(async () => {
  engine = await createEngine(document);
});

const verdict = (name: string) => engine.check({ name }).verdict;

describe('notGivenName: a person named with the word', () => {
  it('passes a surname and the word as the whole name, decoration aside', () => {
    for (const name of ['覃新闻', '王新闻', '欧阳新闻', '覃 新闻', '【覃新闻】'])
      expect(verdict(name), name).to.equal('pass');
  });

  it('still reads the word where the field is more than a name', () => {
    for (const name of ['央视新闻', '覃新闻官方', '新闻', '王新闻网', '新闻王', '张新闻', 'abc新闻'])
      expect(verdict(name), name).to.equal('block');
  });

  it('changes nothing for a rule without it: a title after a surname is still one', () => {
    expect(verdict('王教授')).to.equal('review');
  });

  it('does not match the surnames as terms', () => {
    expect(engine.check({ name: '王' }).findings).to.deep.equal([]);
  });

  it('refuses a names list that names no lexicon', () => {
    expect(() => compileRuleSet({ ...document, names: { surname: ['nope'] } })).to.throw(
      RuleSetError,
      /names\.surname/,
    );
    expect(() => parseRuleSet({ ...document, names: { surnames: ['surname'] } })).to.throw(RuleSetError);
    expect(() => compileRuleSet({ ...document, allow: [{ terms: ['新华'], after: 'surname' }] })).to.throw(
      RuleSetError,
      /allow\[0\].*names list/,
    );
  });
});
