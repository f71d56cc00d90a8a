/**
 * Contact spam with no code word beside its ID, or no ID beside its code word (Art. 8.6): a bare ID
 * or a lone code word in a bio that also holds a sexual-service lure of the sourced list
 * (contact-sale-lure) is a review — with the ordinary bios holding handles, numbers and those
 * characters that must pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { matchesUnder } from './verdict-rows.js';

describe('default rule set: an ID or a code word beside a sexual-service lure (8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });
  const verdict = (text: string, field: 'bio' | 'signature' | 'name' = 'bio') =>
    engine.check({ [field]: text }).verdict;

  it('reviews a bare ID (letters and digits, or a QQ-length number) beside a lure, the ID as the span', () => {
    for (const [text, span] of [
      ['UKC173 美乳', 'UKC173'],
      ['𝕊𝕂𝔼597➣➣美乳', '𝕊𝕂𝔼597'],
      ['学生妹 ku4251', 'ku4251'],
      ['丝袜 2744 7053', '2744 7053'],
    ] as const) {
      expect(verdict(text), text).to.equal('review');
      expect(verdict(text, 'signature'), text).to.equal('review');
      expect(matchesUnder(engine, '8.6', 'bio', text), text).to.include(span);
    }
  });

  it('reviews a code word standing alone beside a lure', () => {
    for (const [text, span] of [
      ['丝袜 企鹅', '企鹅'],
      ['美乳，看 薇', '薇'],
      ['美乳 薇信', '薇信'],
    ] as const) {
      expect(verdict(text), text).to.equal('review');
      expect(matchesUnder(engine, '8.6', 'bio', text), text).to.include(span);
    }
  });

  it('reviews a code word standing alone after a lure context (看…), and passes one inside a word', () => {
    expect(verdict('看美女直播 薇'), '看美女直播 薇').to.equal('review');
    expect(matchesUnder(engine, '8.6', 'bio', '看美女直播 薇')).to.include('薇');
    expect(verdict('喜欢看书，也爱微笑'), '喜欢看书，也爱微笑').to.equal('pass');
    expect(verdict('看海的人，稍微'), '看海的人，稍微').to.equal('pass');
  });

  it('passes ordinary bios with handles, numbers and code characters inside words', () => {
    for (const text of [
      '00后，喜欢摄影 ins: lily_2000',
      '跑步爱好者 runner2024，订单号 12345678',
      '美腿丝袜五折扣',
      '张薇 美腿模特',
      '稍微有点美腿',
      'UKC173 次列车',
    ])
      expect(verdict(text), text).to.equal('pass');
  });
});
