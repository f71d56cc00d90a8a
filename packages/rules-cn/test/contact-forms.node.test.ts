/**
 * Contact details (Art. 8.6) in the default rule set: fixed lines after an area code of the list,
 * code words written with separators inside or with look-alikes heard by sound, lures in their
 * look-alike forms, and the commercial context that makes a detail in a bio a block — with the
 * personal descriptions and ordinary numbers that must pass.
 */
import { readFileSync } from 'node:fs';
import { createEngine, type Engine, loadDictionaries } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { matchesUnder } from './verdict-rows.js';

describe('default rule set: contact details in their other forms (8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  const verdict = (field: 'name' | 'bio', text: string) => engine.check({ [field]: text }).verdict;
  const spans = (field: 'name' | 'bio', text: string) => matchesUnder(engine, '8.6', field, text);

  it('blocks a fixed-line number after an area code of the list, in a name and in a bio', () => {
    for (const [text, span] of [
      ['合作电话 0571-87654321', '0571-87654321'],
      ['电话：(020)38765432', '(020)38765432'],
      ['订餐 0871 6543 2109', '0871 6543 2109'],
      ['总机 010-62751234-8021', '010-62751234-8021'],
      ['热线 +86 28 8765 4321', '+86 28 8765 4321'],
      ['手机：(0)13912345678', '(0)13912345678'],
      ['手机 013912345678 王先生', '013912345678'],
    ] as const) {
      expect(verdict('name', text), text).to.equal('block');
      expect(verdict('bio', text), text).to.equal('block');
      expect(spans('bio', text), text).to.deep.equal([span]);
    }
  });

  it('passes numbers that are no phone: dates, times, prices, versions, codes that are not area codes', () => {
    for (const text of [
      '2008-08-08 20:08 北京奥运开幕',
      '生于 1990-05-17',
      '售价 2999.00 元，已售 12345 件',
      'Node 18.12.1 / Python 3.11.4',
      '学号 2019213456',
      '0000 1234 5678',
      '区号 0755 是深圳',
    ])
      expect(verdict('bio', text), text).to.equal('pass');
  });

  it('reads code words written with separators inside, and blocks them as disguised in a bio', () => {
    for (const [text, span] of [
      ['v x: xinghe_2024', 'v x: xinghe_2024'],
      ['W X ：xinghe2024', 'W X ：xinghe2024'],
      ['Q Q 12345678', 'Q Q 12345678'],
      ['q.q 12345678', 'q.q 12345678'],
    ] as const) {
      expect(verdict('bio', text), text).to.equal('block');
      expect(spans('bio', text), text).to.deep.equal([span]);
    }
    for (const text of ['v x y z', 'Q Q 2024', 'I Q 测试']) expect(verdict('bio', text), text).to.equal('pass');
  });

  it('reads an address after http(s):// whatever its host: an IP address or an unlisted top-level domain', () => {
    expect(verdict('name', 'https://203.0.113.7/')).to.equal('block');
    expect(verdict('bio', '看这里 https://203.0.113.7/ 速看')).to.equal('review');
    expect(spans('bio', '看这里 http://203.0.113.7:8080/a 速看')).to.deep.equal(['http://203.0.113.7:8080/a']);
    expect(verdict('bio', 'Blog: https://xinghe.dev')).to.equal('review');
    expect(verdict('bio', '版本 1.2.3.4 发布')).to.equal('pass');
  });

  it('reads the code word 微信 heard by sound before an ID (薇锌, 威心, 维芯)', () => {
    for (const text of ['薇锌：xinghe2024', '威心 xinghe2024', '维芯号 xinghe2024']) {
      expect(verdict('name', text), text).to.equal('block');
      expect(verdict('bio', text), text).to.equal('block');
    }
    // Without an ID these are words and names: 微心愿 (a wish), 薇心 (a given name).
    for (const text of ['社区微心愿活动', '李薇心', '树立威信']) expect(verdict('bio', text), text).to.equal('pass');
  });

  it('reviews lures written with look-alikes, in simplified and traditional script; blocks one that asks for a code word', () => {
    for (const text of ['嘉微信详聊', '看煮叶', '看主葉', 'ㄨx号', '斯聊我']) {
      expect(verdict('name', text), text).to.equal('review');
      expect(verdict('bio', text), text).to.equal('review');
    }
    // 加 and a code word written to avoid the product's name: the lure detector's block.
    expect(verdict('name', '加薇锌聊聊')).to.equal('block');
    expect(verdict('bio', '加薇锌聊聊')).to.equal('block');
    expect(verdict('bio', '嘉微信：xinghe2024')).to.equal('block');
  });

  it('blocks a detail in a bio that comes with a commercial offer, and reviews a bare one', () => {
    for (const text of ['代开发票 QQ：12345678', '兼职日结，微信：xinghe2024', '童装批发 邮箱 sale@xinghe.top'])
      expect(verdict('bio', text), text).to.equal('block');
    for (const text of ['QQ：12345678', '微信：xinghe2024', '写了个反向代理 https://github.com/xinghe/proxy'])
      expect(verdict('bio', text), text).to.equal('review');
    // A commercial word without a detail is no contact detail.
    expect(verdict('bio', '在一家做批发的公司当程序员')).to.equal('pass');
  });

  it('keeps every sound row of the look-alike table a true homophone by the engine’s own readings', async () => {
    const dictionaries = await loadDictionaries();
    const table = readFileSync(new URL('../data/sources/contact-lookalikes.tsv', import.meta.url), 'utf8');
    let rows = 0;
    for (const line of table.split('\n')) {
      const [char, lookalike, kind] = line.split('\t');
      if (!char || !lookalike || kind !== 'sound' || !/^\p{Script=Han}$/u.test(char)) continue;
      expect(dictionaries.reading(lookalike), `${char} → ${lookalike}`).to.equal(dictionaries.reading(char));
      rows++;
    }
    expect(rows).to.be.greaterThan(10);
  });
  it('blocks a request to add a code word without an ID, the span on the user’s characters', () => {
    for (const [text, span] of [
      ['表演加葳', '加葳'],
      ['裸妹迦薇', '迦薇'],
      ['大尺度加主播徽信', '加主播徽信'],
      ['加姐微号', '加姐微号'],
      ['视频加扣', '加扣'],
      ['玉腿加裙', '加裙'],
      ['开通提额加微', '加微'],
      ['想了解的夾威。', '夾威'],
      ['主页有V', '主页有V'],
      ['去加纳加个微锌', '加个微锌'],
    ] as const) {
      expect(verdict('bio', text), text).to.equal('block');
      expect(verdict('name', text), text).to.equal('block');
      expect(spans('bio', text), text).to.include(span);
    }
  });

  it('reviews a plain request for contact without an ID: the product’s own name, or 群 after 看', () => {
    for (const text of ['如需合作请联系微信', '添加QQ', '技术问题找我QQ', '看美女视频加群', '看視頻加羣'])
      expect(verdict('bio', text), text).to.equal('review');
  });

  it('passes ordinary text that holds 加 and a code word’s character', () => {
    for (const text of [
      '欢迎加群交流',
      '技术交流加群',
      '加入我们',
      '支持微信支付',
      '关注我的微博',
      '威武之师',
      '违章扣分',
      '这条裙子很好看',
      '阴虚感冒加葳蕤',
      '增加微信支付功能',
      '更加威风',
      '参加威尼斯双年展',
      '加油薇薇',
      '向阳不加V',
      '打更老头不加V',
      '加扣子的衬衫',
    ]) {
      expect(verdict('bio', text), text).to.not.equal('block');
      expect(verdict('name', text), text).to.not.equal('block');
    }
    for (const text of [
      '欢迎加群交流',
      '加入我们',
      '支持微信支付',
      '威武之师',
      '违章扣分',
      '这条裙子很好看',
      '阴虚感冒加葳蕤',
    ])
      expect(verdict('bio', text), text).to.equal('pass');
  });

  it('passes the name a platform gives by default (手机用户 and digits), not a number beside other words', () => {
    expect(verdict('name', '手机用户15156625174')).to.equal('pass');
    expect(verdict('name', '手机用户2683839005')).to.equal('pass');
    expect(verdict('name', '用户15156625174')).to.equal('block');
    expect(verdict('name', '手机用户15156625174 加我')).to.equal('block');
  });

  it('reads a code word with a digit for a letter, a CamelCase code word and ID, and a dot in pinyin or CamelCase', () => {
    for (const [text, span] of [
      ['w3chat abc_888', 'w3chat abc_888'],
      ['WeChatAbc888', 'WeChatAbc888'],
      ['abc dian com', 'abc dian com'],
      ['AbcDotCom', 'AbcDotCom'],
    ] as const) {
      expect(verdict('name', text), text).to.equal('block');
      expect(spans('name', text), text).to.include(span);
    }
    // No contact detail (WeChatPay is the brand's name, a matter of 8.2).
    for (const text of ['WeChatPay', 'TheDotComBubble', 'DotCom泡沫'])
      expect(spans('name', text), text).to.deep.equal([]);
  });
});
