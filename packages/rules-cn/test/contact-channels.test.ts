/**
 * Contact details (Art. 8.6) in the default rule set, written the ways spam hides them: a plus sign
 * for 加 (+V, ➕vx), IDs on other products (抖音号, 公众号, TG), QQ group numbers, shopping-app share
 * tokens and short links — with the personal descriptions and ordinary texts that must pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { matchesUnder } from './verdict-rows.js';

describe('default rule set: joiners, other products, share tokens and short links (8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  const verdict = (field: 'name' | 'bio', text: string) => engine.check({ [field]: text }).verdict;
  const spans = (field: 'name' | 'bio', text: string) => matchesUnder(engine, '8.6', field, text);

  it('reads a plus sign or cross before a code word as 加, the sign inside the span', () => {
    for (const [text, span] of [
      ['合作推广请私信，或者+V信：mjs927721', '+V信：mjs927721'],
      ['➕V abc12345', '➕V abc12345'],
      ['日结+vx：abc12345', '+vx：abc12345'],
      ['＋vx：abc12345', '＋vx：abc12345'],
      ['✚威信：abc12345', '✚威信：abc12345'],
      ['➕薇信 wxid_abcdef', '➕薇信 wxid_abcdef'],
    ] as const) {
      expect(verdict('bio', text), text).to.equal('block');
      expect(verdict('name', text), text).to.equal('block');
      expect(spans('bio', text), text).to.include(span);
    }
  });

  it('hears a plus sign for 加 in a lure without an ID: a review before one letter, a block before a code word', () => {
    for (const [text, span] of [
      ['➕V', '➕V'],
      ['十V看主页', '十V'],
    ] as const) {
      expect(verdict('name', text), text).to.equal('review');
      expect(spans('name', text), text).to.include(span);
    }
    for (const [text, span] of [
      ['日结+vx', '+vx'],
      ['+vx 详聊', '+vx'],
      ['➕薇信', '➕薇信'],
    ] as const) {
      expect(verdict('name', text), text).to.equal('block');
      expect(spans('name', text), text).to.include(span);
    }
  });

  it('passes plus signs that join numbers, letters or words', () => {
    for (const text of [
      '12+3=15',
      'C++ 工程师',
      'Notepad++ 爱好者',
      '1+1>2',
      'A+B 轮融资',
      '三十V 电池',
      '家校+V 计划',
    ]) {
      expect(verdict('bio', text), text).to.not.equal('block');
    }
    for (const text of ['12+3=15', 'C++ 工程师', 'Notepad++ 爱好者', '二十V']) {
      expect(verdict('name', text), text).to.equal('pass');
    }
  });

  it('finds an ID on another product: a review in a bio under its own name, a block when disguised or in a name', () => {
    for (const text of [
      '抖音号：abc12345',
      '小红书号：123456789',
      '公众号：JavaGuide',
      '钉钉号：abc12345',
      'Telegram: @abcdef',
    ]) {
      expect(verdict('bio', text), text).to.equal('review');
      expect(verdict('name', text), text).to.equal('block');
    }
    for (const text of ['TG：@abc_def', '纸飞机：@abcdef', '➕V 小飞机：traffic06', '群号 123456789']) {
      expect(verdict('bio', text), text).to.equal('block');
    }
  });

  it('passes a product named without an ID, and Latin product names as ordinary words', () => {
    for (const text of [
      '抖音创作者，每天更新',
      '公众号：科技早知道',
      '小红书博主 | 生活记录',
      'online abcdef',
      'Line manager at Acme',
      'telegram bot developer',
      '快手小菜，家常做法',
    ]) {
      expect(verdict('bio', text), text).to.equal('pass');
    }
  });

  it('blocks a shopping share token and a short link in a bio, and passes prices and formulas', () => {
    expect(spans('bio', '复制￥AbCd1234EfG￥打开淘宝')).to.deep.equal(['￥AbCd1234EfG￥']);
    expect(verdict('bio', '复制￥AbCd1234EfG￥打开淘宝')).to.equal('block');
    for (const text of ['t.cn/A6abcdE', 'http://url.cn/5abcDE', 'suo.im/5xyZ', 'https://bit.ly/3abcDEF']) {
      expect(verdict('bio', text), text).to.equal('block');
      expect(spans('bio', text), text).to.deep.equal([text]);
    }
    for (const text of ['价格￥199￥', '$x^2+y^2$', '￥12345678￥', '$abcdefgh$']) {
      expect(verdict('bio', text), text).to.equal('pass');
    }
    // Not a shortener: a plain address stays a review in a bio.
    expect(verdict('bio', 'blog: abt.cn/ab')).to.equal('review');
  });
});
