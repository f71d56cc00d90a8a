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

describe('a title that mentions a place or an international organisation', () => {
  it('reviews the mention, never blocks it', () => {
    expect(name('我爱北京天安门').verdict).to.equal('review');
    expect(articles('我爱北京天安门')).to.deep.equal(['8.5']);
    expect(name('世界历史联合国的建立').verdict).to.equal('review');
    expect(articles('世界历史联合国的建立')).to.deep.equal(['8.3']);
  });

  it('blocks a name that is the place or the organisation, or starts with it', () => {
    for (const text of [
      '天安门',
      '北京天安门',
      '【官方】天安门',
      '天安门管理处',
      '天安门广场管委会',
      '中南海',
      '人民大会堂',
    ])
      expect(name(text).verdict, text).to.equal('block');
    for (const text of ['联合国', '【官方】联合国', '联合国儿童基金会官方', '联合国国际维和基金主席', '世界卫生组织'])
      expect(name(text).verdict, text).to.equal('block');
  });

  it('blocks a place or an organisation followed by an organisation’s form, a region before it', () => {
    for (const text of ['北京市天安门地区管理委员会', '东城区天安门地区管理委员会', '中国联合国研究院'])
      expect(name(text).verdict, text).to.equal('block');
  });

  it('keeps the place heard by sound at the start an evasion', () => {
    expect(name('天按门管理处').verdict).to.equal('block');
    expect(articles('天按门管理处')).to.include.members(['8.5', '8.6']);
  });
});

describe('a medicine whose name holds a blocked term', () => {
  it('passes the medicines of the list where the term runs into the dosage form', () => {
    for (const text of ['三黄片', '六味地黄片', '安宫牛黄片', '银黄片'])
      expect(name(text).verdict, text).to.equal('pass');
  });

  it('still blocks 黄片 in a name, beside the medicine too', () => {
    for (const text of ['黄片', '看黄片', '黄片资源', '三黄片黄片', '黄片三黄片']) {
      expect(name(text).verdict, text).to.equal('block');
      expect(articles(text), text).to.include('8.1');
    }
  });

  it('keeps a claim that is the medicine’s own stem (抗病毒 in 抗病毒口服液)', () => {
    expect(name('抗病毒口服液').verdict).to.equal('block');
    expect(articles('抗病毒口服液')).to.include('8.7');
  });
});

describe('titles and roles measured before', () => {
  it('passes 中国往事 as no news site and reviews 金牌律师 at most', () => {
    expect(articles('中国往事')).to.not.include('8.4');
    expect(name('中国往事').verdict).to.not.equal('block');
    expect(name('金牌律师').verdict).to.equal('review');
  });
});
