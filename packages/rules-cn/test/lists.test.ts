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

  const contacts = (name: string) =>
    engine
      .check({ name })
      .findings.filter((f) => f.rule === 'contact')
      .map((f) => `${f.message.params.detector}: ${f.match}`);

  it('blocks addresses under its top-level domains and numbers after its code words in a name', () => {
    expect(contacts('主页 xinghe.wang')).to.deep.equal(['url: xinghe.wang']);
    expect(contacts('合作 boss@xinghe.top')).to.deep.equal(['email: boss@xinghe.top']);
    expect(contacts('扣扣 12345678')).to.deep.equal(['qq: 扣扣 12345678']);
    expect(contacts('薇信：xinghe2024')).to.deep.equal(['wechat: 薇信：xinghe2024']);
    expect(contacts('寇寇 12345678')).to.deep.equal(['qq: 寇寇 12345678']); // a look-alike of 扣扣
    expect(contacts('Q裙 12345678')).to.deep.equal(['qq: Q裙 12345678']);
    expect(contacts('徽信 xinghe2024')).to.deep.equal(['wechat: 徽信 xinghe2024']);
  });

  const bio = (text: string) => engine.check({ bio: text }).verdict;

  it('in a bio, blocks a phone number and any detail that is disguised or comes with a lure', () => {
    expect(bio('合作请联系 13912345678')).to.equal('block');
    expect(bio('商务 400-889-0008')).to.equal('block');
    expect(bio('V信 xinghe2024')).to.equal('block'); // a code word, not the product's name
    expect(bio('🐧 12345678')).to.equal('block');
    expect(bio('官网 xinghe[.]wang')).to.equal('block'); // a hidden dot
    expect(bio('复制打开 xinghe.top 立即领取')).to.equal('block'); // a lure
  });

  it('in a bio, reviews a personal address or an ID given under the product’s own name', () => {
    expect(bio('Blog: https://xinghe.github.io')).to.equal('review');
    expect(bio('邮箱 boss@xinghe.top')).to.equal('review');
    expect(bio('微信：xinghe2024')).to.equal('review');
    expect(bio('QQ：12345678')).to.equal('review');
  });

  it('reviews a lure that gives no ID, in a name and in a bio; blocks one that asks to add a disguised code word', () => {
    for (const text of ['看我主页', 'v我50', '联系微信', '添加QQ']) {
      expect(engine.check({ name: text }).verdict, text).to.equal('review');
      expect(bio(text), text).to.equal('review');
    }
    for (const text of ['私信加V', '主页有V', '加薇信详聊']) {
      expect(engine.check({ name: text }).verdict, text).to.equal('block');
      expect(bio(text), text).to.equal('block');
    }
  });

  it('passes descriptions with a dot or a number that are none of them', () => {
    for (const text of [
      '版本 v2.0 已发布',
      '会员 No.12345678',
      '企鹅是我最喜欢的动物',
      'e.g. 星河数码',
      'Batman v Superman',
      'i18n, k8s, web3, win10',
      '参加群众活动',
      '他们的关系更加微妙',
      '在班里增加威信',
    ])
      expect(bio(text), text).to.equal('pass');
  });
});

describe('default rule set: invitations to get in touch (8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  it('reviews a plain invitation, alone or with an ID in a bio; blocks a disguised one with an ID', () => {
    for (const text of ['加微信', '私我聊', '看主页', '头条内推加微信：nanchen2251']) {
      expect(engine.check({ bio: text }).verdict, text).to.equal('review');
    }
    expect(engine.check({ bio: '看煮页' }).verdict).to.equal('review');
    // 加 and a code word other than the product's name (企鹅, 薇信, 伽薇): a block without an ID too.
    for (const text of ['加企鹅', '加薇信聊', '伽薇聊聊'])
      expect(engine.check({ bio: text }).verdict, text).to.equal('block');
    expect(engine.check({ bio: '加薇：abc_12345 详聊' }).verdict).to.equal('block');
  });

  it('passes ordinary text that shares the words', () => {
    for (const text of ['增加微妙的平衡', '主页君', '简介在这里']) {
      expect(engine.check({ bio: text }).verdict, text).to.equal('pass');
    }
  });
});
