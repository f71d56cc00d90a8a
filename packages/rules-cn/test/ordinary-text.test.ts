/**
 * Ordinary text that holds a protected word must pass, and the nearest true positives must still
 * flag: a person whose given name is the word, a title that mentions a place or an organisation,
 * a medicine whose name holds a blocked term.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

let engine: Engine;
before(async () => {
  engine = await createEngine(defaultRuleSet);
});

const name = (text: string) => engine.check({ name: text });
const articles = (text: string) => [...new Set(name(text).findings.map((finding) => finding.article))];

describe('a person named with a protected word', () => {
  it('passes a surname and a given name that is a news word or an organisation form', () => {
    for (const text of ['覃新闻', '王新闻', '欧阳新闻', '陈大学', '魏观察'])
      expect(name(text).verdict, text).to.equal('pass');
  });

  it('still blocks the news word in an account name that is more than a person', () => {
    for (const text of ['人民日报', '央视新闻', '覃新闻官方', '新闻', '独家新闻', '每日新闻', '王新闻网'])
      expect(name(text).verdict, text).to.equal('block');
  });

  it('still reviews a title after a surname: 谢法官 claims a profession', () => {
    expect(name('谢法官').verdict).to.equal('review');
    expect(articles('谢法官')).to.include('11');
  });
});

