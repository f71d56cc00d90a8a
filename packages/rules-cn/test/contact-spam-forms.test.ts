/**
 * Contact details (Art. 8.6) in the default rule set, written as live-stream and group spam writes
 * them: a code character by sound in any tone or by form (溦, 嶶, 口, 喂) right before an ID with no
 * 加, a number with the code word after it, 加 or ➕ before a bare ID, a handle on another product —
 * with the names, ordinary words and personal descriptions that must pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { matchesUnder } from './verdict-rows.js';

describe('default rule set: contact spam forms (8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  const verdict = (field: 'name' | 'bio', text: string) => engine.check({ [field]: text }).verdict;
  const spans = (field: 'name' | 'bio', text: string) => matchesUnder(engine, '8.6', field, text);

  it('blocks a code character by sound or by form glued to an ID, with the verb before it in the span', () => {
    for (const [text, span] of [
      ['╋溦4176127441妹拖光表演', '╋溦4176127441'],
      ['嶶765510103', '嶶765510103'],
      ['全露溦tyu371', '溦tyu371'],
      ['薇C3003D', '薇C3003D'],
      ['看P力口薇C3003D', '力口薇C3003D'],
      ['妹妹现场直播溦信㏄33479', '溦信㏄33479'],
      ['扣②⑨③︶②⑧⑦ˉ⑦⑧ˇ①②', '扣②⑨③︶②⑧⑦ˉ⑦⑧ˇ①②'],
      ['看电影加信haoshi869', '加信haoshi869'],
      ['魏wp6047', '魏wp6047'],
    ] as const) {
      expect(verdict('bio', text), text).to.equal('block');
      expect(verdict('name', text), text).to.equal('block');
      expect(spans('bio', text), text).to.include(span);
    }
  });

  it('reads a code word after a number: a plus sign, 看 or a verb between, or q right after', () => {
    for (const [text, span] of [
      ['2744 7053+🐧看', '2744 7053+🐧'],
      ['3408781589看扣', '3408781589看扣'],
      ['2218439086+++口+口+', '2218439086+++口'],
      ['妹吸奶 19476 71973 口口', '19476 71973 口口'],
      ['红包1755623854Q', '1755623854Q'],
    ] as const) {
      expect(verdict('bio', text), text).to.equal('block');
      expect(spans('bio', text), text).to.include(span);
    }
  });

  it('takes 加 before a bare number or ID as a request (a review), 伽 or ➕ as a disguise (a block)', () => {
    expect(verdict('bio', '想看加307519387')).to.equal('review');
    expect(spans('bio', '想看加307519387')).to.include('加307519387');
    expect(verdict('bio', '可以加 1612667640')).to.equal('review');
    for (const text of ['伽307519387', '➕sx111505', '加喂：sx111505', '伽口']) {
      expect(verdict('bio', text), text).to.equal('block');
    }
  });

  it('reviews a handle on another product', () => {
    for (const [text, span] of [
      ['官方客服:@F8VIP8', '@F8VIP8'],
      ['项目联系：@HaiTang868', '@HaiTang868'],
      ['免押二道卡回u找我@abc11013', '@abc11013'],
    ] as const) {
      expect(verdict('bio', text), text).to.equal('review');
      expect(spans('bio', text), text).to.include(span);
    }
  });

  it('passes ordinary words and names with the look-alike characters', () => {
    for (const text of [
      '薇薇',
      '威武',
      '为了',
      '魏国',
      '口红',
      '杏仁',
      '信用卡',
      '加维',
      '麦加维',
      '平井加尾',
      '加为好友',
      '加口罩',
      '人口12345678',
      '为了123456个梦想',
      '编号为1234567',
      '密码为abc123',
      '短信12345678',
      '加信用卡',
      '张薇 lily88',
      '张薇lily88',
      '张维abc123',
    ]) {
      expect(verdict('name', text), text).to.equal('pass');
      expect(verdict('bio', text), text).to.equal('pass');
    }
  });

  it('passes personal descriptions that hold those characters, numbers, models and mentions', () => {
    for (const text of [
      '树立威信，做好自己',
      '曾在微软工作，喜欢口琴和魏碑',
      '显卡加iPhone15的玩家',
      'Engineer @Alibaba, prev @Thoughtworks',
      '家里人口3口，养猫2只',
      '为人民服务，每天跑步10公里',
    ]) {
      expect(verdict('bio', text), text).to.equal('pass');
    }
  });
  it('blocks an ID after a code word whatever its length, and code words heard by their readings', () => {
    for (const [text, span] of [
      ['海豚小班助你战力狂飙,求微37458383017120', '微37458383017120'],
      ['夕夕小金库V18319016820121', 'V18319016820121'],
      ['可口可乐威0140131', '威0140131'],
      ['百事可乐卫零27131', '卫零27131'],
      ['安全到付,维新1992501137', '维新1992501137'],
      ['我先,跏timgod999', '跏timgod999'],
      ['需要的微wei3366992', '微wei3366992'],
      ['需要十威laotou588888', '十威laotou588888'],
      ['要的q我949565868', 'q我949565868'],
    ] as const) {
      expect(verdict('bio', text), text).to.equal('block');
      expect(spans('bio', text), text).to.include(span);
    }
  });

  it('passes ordinary numbers in bios: years, prices, heights, order numbers', () => {
    for (const text of [
      '1998年生，身高180，体重65公斤',
      '售价12800元，原价0123456',
      '订单号20231105123456',
      '戊戌维新1898年',
      '二十1234567，第十1234567',
      '微博12345678901234',
    ]) {
      expect(verdict('bio', text), text).to.equal('pass');
    }
  });
});
