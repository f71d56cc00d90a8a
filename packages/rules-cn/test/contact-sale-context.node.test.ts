/**
 * Contact spam the earlier detectors let through (Art. 8.6): an ID beside a word that sells illicit
 * goods or services (出售, 卖, 代办) or names a money-laundering role (卡农, 车队), a number with Han
 * filler inside it, a code word closed by an emoji after Han text, and contact moved to the
 * profile (头像有V, 看签名) — with ordinary bios that must pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { matchesUnder } from './verdict-rows.js';

describe('default rule set: sale words, filled numbers and profile pointers (8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });
  const verdict = (text: string, field: 'bio' | 'signature' | 'name' = 'bio') =>
    engine.check({ [field]: text }).verdict;

  it('reviews a bare ID beside a sale word or a laundering role, the ID as the span', () => {
    for (const [text, span] of [
      ['出售游戏币 859945704', '859945704'],
      ['低价出售 KB80123', 'KB80123'],
      ['代办各类证件 ab12345', 'ab12345'],
      ['车队接单 2744 7053', '2744 7053'],
      ['卖号 xy20231', 'xy20231'],
    ] as const) {
      expect(verdict(text), text).to.equal('review');
      expect(verdict(text, 'signature'), text).to.equal('review');
      expect(matchesUnder(engine, '8.6', 'bio', text), text).to.include(span);
    }
  });

  it('reviews a code character closed by an emoji after Han text beside a lure', () => {
    expect(verdict('丝袜店 张薇❤')).to.equal('review');
    expect(matchesUnder(engine, '8.6', 'bio', '丝袜店 张薇❤')).to.include('薇');
  });

  it('blocks a number with Han filler inside it after a code word, or that makes a phone number', () => {
    for (const [text, span] of [
      ['扣2744嘻7053', '扣2744嘻7053'],
      ['QQ 1234哈5678', 'QQ 1234哈5678'],
      ['138哈1234哈5678', '138哈1234哈5678'],
    ] as const) {
      expect(verdict(text), text).to.equal('block');
      expect(matchesUnder(engine, '8.6', 'bio', text), text).to.include(span);
    }
  });

  it('reads contact moved to the profile as a lure: disguised a block, plain a review', () => {
    expect(verdict('头像有V')).to.equal('block');
    expect(verdict('签名有薇')).to.equal('block');
    expect(verdict('头像有微信')).to.equal('review');
    expect(verdict('签名有联系方式')).to.equal('review');
    expect(verdict('想认识的看签名')).to.equal('review');
  });

  it('passes ordinary bios with numbers, IDs and these words in other senses', () => {
    for (const text of [
      '供应链工程师 github: abc123',
      '喜欢买书，2019级',
      '2019至2024 在读',
      '工号123456的12345',
      '车队摄影师',
      '头像是我家的猫',
    ])
      expect(verdict(text), text).to.not.equal('block');
    for (const text of [
      '供应链工程师 github: abc123',
      '喜欢买书，2019级',
      '2019至2024 在读',
      '车队摄影师',
      '头像是我家的猫',
    ])
      expect(verdict(text), text).to.equal('pass');
  });
});
