/**
 * The lists the default rule set carries for the engine besides protected terms: the account
 * suffixes an entity account's name may carry (data/lexicons/account-suffix.json) and the contact
 * detectors' top-level domains and code words (contact-*.json). Names and bios a user would write.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

describe('default rule set: account suffixes and contact lists', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  const entity = { name: '星河数码科技有限公司', uscc: '91350100M000100Y43' };
  const entityName = (name: string) =>
    engine.check({ kind: 'entity', name, entity }).findings.filter((f) => f.rule === 'entity-name').length;

  it('lets an entity account carry an account suffix after its own name', () => {
    for (const name of [
      '星河数码',
      '星河数码官方',
      '星河数码旗舰店',
      '星河数码服务号',
      '星河数码订阅号',
      '星河数码官微',
    ])
      expect(entityName(name), name).to.equal(0);
  });

  it('reviews an entity account named otherwise', () => {
    for (const name of ['银河数码旗舰店', '星河数码专营店', '旗舰店']) expect(entityName(name), name).to.equal(1);
  });

  const contacts = (bio: string) =>
    engine
      .check({ bio })
      .findings.filter((f) => f.rule === 'contact')
      .map((f) => `${f.message.params.detector}: ${f.match}`);

  it('blocks addresses under its top-level domains and numbers after its code words', () => {
    expect(contacts('主页 xinghe.wang')).to.deep.equal(['url: xinghe.wang']);
    expect(contacts('合作 boss@xinghe.top')).to.deep.equal(['email: boss@xinghe.top']);
    expect(contacts('扣扣 12345678')).to.deep.equal(['qq: 扣扣 12345678']);
    expect(contacts('薇信：xinghe2024')).to.deep.equal(['wechat: 薇信：xinghe2024']);
  });

  it('passes descriptions with a dot or a number that are none of them', () => {
    for (const bio of ['版本 v2.0 已发布', '会员 No.12345678', '企鹅是我最喜欢的动物', 'e.g. 星河数码'])
      expect(engine.check({ bio }).verdict, bio).to.equal('pass');
  });
});
