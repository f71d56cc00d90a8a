/**
 * Contact information (Art. 8.6): phone numbers, QQ numbers, WeChat IDs, web addresses and e-mail
 * addresses, in their usual disguises — and the ordinary text that only looks a little like them.
 */
import { expect } from 'chai';
import type { Engine } from '../src/index.js';
import { testEngine } from './helpers.js';

describe('contact information', () => {
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  /** The contact findings of a bio, as `detector: match`. */
  const contacts = (bio: string) =>
    engine
      .check({ bio })
      .findings.filter((f) => f.rule === 'contact')
      .map((f) => `${f.message.params.detector}: ${f.match}`);

  /** Expects `text` to hold exactly one contact of `detector`, covering `match` (all of it by default). */
  const expectContact = (detector: string, text: string, match = text) => {
    expect(contacts(text), JSON.stringify(text)).to.deep.equal([`${detector}: ${match}`]);
  };

  describe('mobile phone numbers', () => {
    it('finds an 11-digit mainland mobile number', () => {
      expectContact('phone', '13800138000');
      expectContact('phone', '电话13800138000', '13800138000');
      expectContact('phone', '手机号是 19912345678 哦', '19912345678');
    });

    it('includes the country code: +86, 86, 0086', () => {
      expectContact('phone', '+86 13800138000');
      expectContact('phone', '+8613800138000');
      expectContact('phone', '86-138-0013-8000');
      expectContact('phone', '0086 13800138000');
    });

    it('reads through separators between the digits', () => {
      expectContact('phone', '138 0013 8000');
      expectContact('phone', '138-0013-8000');
      expectContact('phone', '1.3.8.0.0.1.3.8.0.0.0');
      expectContact('phone', '1😀3😀8😀0😀0😀1😀3😀8😀0😀0😀0');
    });

    it('reads full-width, circled, keycap and Chinese numerals', () => {
      expectContact('phone', '１３８００１３８０００');
      expectContact('phone', '①③⑧⓪⓪①③⑧⓪⓪⓪');
      expectContact('phone', '❶❸❽⓿⓿❶❸❽⓿⓿⓿');
      expectContact('phone', '一三八零零一三八零零零');
      expectContact('phone', '幺三八 零零幺三 八零零零');
      expectContact('phone', '壹叁捌〇〇壹叁捌〇〇〇');
      expectContact('phone', '㈠㈢㈧〇〇㈠㈢㈧〇〇〇');
    });

    it('takes a code word right before the number into the match', () => {
      expectContact('phone', 'vx13800138000');
      expectContact('phone', '微信 13800138000');
    });

    it('does not take an 18-digit identity number for a phone number', () => {
      expect(contacts('110101199003077777')).to.deep.equal([]);
      expect(contacts('11010119900307777X')).to.deep.equal([]);
      expect(contacts('身份证 110101 19900307 7777')).to.deep.equal([]);
    });

    it('does not take other digit runs for phone numbers', () => {
      expect(contacts('12345678901')).to.deep.equal([]); // no mobile prefix
      expect(contacts('1380013800')).to.deep.equal([]); // ten digits
      expect(contacts('138001380001')).to.deep.equal([]); // twelve digits
      expect(contacts('a113800138000')).to.deep.equal([]); // twelve digits after a letter
    });

    it('finds a mobile or service number glued to letters before or after it', () => {
      expect(contacts('tom13800138000')).to.deep.equal(['phone: 13800138000']);
      expect(contacts('tel13912345678')).to.deep.equal(['phone: 13912345678']);
      expect(contacts('13800138000abc')).to.deep.equal(['phone: 13800138000']);
      expect(contacts('客服4008890008')).to.deep.equal(['phone: 4008890008']);
      expect(contacts('热线 400-889-0008')).to.deep.equal(['phone: 400-889-0008']);
      expect(contacts('800 820 8820')).to.deep.equal(['phone: 800 820 8820']);
      expect(contacts('4001234567890')).to.deep.equal([]); // thirteen digits
    });

    it('reads a mobile number after the trunk 0, with its bracket', () => {
      expectContact('phone', '013800138000');
      expectContact('phone', '电话：(0)13800138000', '(0)13800138000');
      expectContact('phone', '0 138 0013 8000');
      expect(contacts('0013800138000')).to.deep.equal([]); // neither 0086 nor the trunk 0
    });

    it('reads several numbers in one run of digits and separators, each on its own', () => {
      expect(contacts('13800138000 13912345678')).to.deep.equal(['phone: 13800138000', 'phone: 13912345678']);
      expect(contacts('400-889-0008 13912345678')).to.deep.equal(['phone: 400-889-0008', 'phone: 13912345678']);
    });

    it('looks for fixed lines only when the rule set gives area codes', () => {
      expect(contacts('0755-81697589')).to.deep.equal([]);
    });

    it('reads letters standing for digits inside a number, and nowhere else', () => {
      expect(contacts('l39l2345678')).to.deep.equal(['phone: l39l2345678']);
      expect(contacts('139OO138000')).to.deep.equal(['phone: 139OO138000']);
      expect(contacts('hello13800')).to.deep.equal([]);
      expect(contacts('v10.15.7 lol 2o2o')).to.deep.equal([]);
    });
  });

  describe('QQ numbers', () => {
    it('finds a number after a QQ code word', () => {
      expectContact('qq', '扣扣：12345678');
      expectContact('qq', '企鹅 12345678');
      expectContact('qq', 'QQ 12345678');
      expectContact('qq', 'qq:12345678');
      expectContact('qq', 'QQ号12345678');
      expectContact('qq', 'Q号 123456');
    });

    it('finds a number right after the code word, with nothing between', () => {
      expectContact('qq', 'QQ12345678');
      expectContact('qq', '加我qq12345678', 'qq12345678');
    });

    it('needs a code word, five to eleven digits and no leading zero', () => {
      expect(contacts('12345678')).to.deep.equal([]);
      expect(contacts('QQ:1234')).to.deep.equal([]);
      expect(contacts('QQ:012345')).to.deep.equal([]);
    });

    it('does not take a code word inside another word', () => {
      expect(contacts('myqq12345678')).to.deep.equal([]);
    });
  });

  describe('WeChat IDs', () => {
    it('finds an ID after a WeChat code word', () => {
      expectContact('wechat', '微信 abc123');
      expectContact('wechat', '微信号是 abc123');
      expectContact('wechat', 'V信abc123');
      expectContact('wechat', 'vx：abc_123');
      expectContact('wechat', 'wx: tom_1998');
      expectContact('wechat', '小号加V：abc123', '加V：abc123');
      expectContact('wechat', '找我薇信 abc_88 哦', '薇信 abc_88');
    });

    it('finds a numeric ID after a WeChat code word', () => {
      expectContact('wechat', '微信 12345678');
    });

    it('needs an ID of six to twenty characters that starts with a letter', () => {
      expect(contacts('微信 abc')).to.deep.equal([]);
      expect(contacts('微信 _abc123')).to.deep.equal([]);
    });

    it('does not take a code word inside another word', () => {
      expect(contacts('twx abc123')).to.deep.equal([]);
    });

    it('reads a code word written with separators inside, as a one-character code word', () => {
      expectContact('wechat', 'v x: abc_123');
      expectContact('wechat', 'w x ：abc123');
      expectContact('qq', 'Q Q 12345678');
      expectContact('qq', 'q.q 12345678');
      // Without a colon before a letter ID, or with a separated number, it is not one.
      expect(contacts('v x abc_123')).to.deep.equal([]);
      expect(contacts('Q Q 1234 5678')).to.deep.equal([]);
    });
  });

  describe('web addresses', () => {
    it('finds addresses with a scheme, and their path', () => {
      expectContact('url', 'http://abc.xyz/path');
      expectContact('url', 'https://t.cn/abc');
      expectContact('url', 'HTTPS://WWW.BAIDU.COM');
    });

    it('finds bare domains with a known top-level domain', () => {
      expectContact('url', 'www.example.com');
      expectContact('url', '看 example.cn 吧', 'example.cn');
      expectContact('url', 'my-site.com.cn');
    });

    it('reads 点, 。 and (dot) as dots, and full-width letters', () => {
      expectContact('url', 'www点example点com');
      expectContact('url', 'abc点com');
      expectContact('url', 'abc。com');
      expectContact('url', 'example(dot)com');
      expectContact('url', 'ｗｗｗ．ｂａｉｄｕ．ｃｏｍ');
    });

    it('takes any host after a scheme: an IP address, an unlisted top-level domain, a port', () => {
      expectContact('url', '看 https://210.238.81.69/ 吧', 'https://210.238.81.69/');
      expectContact('url', 'http://10.0.0.1:8080/admin');
      expectContact('url', 'https://example.dev/docs');
      expect(contacts('1.2.3.4')).to.deep.equal([]);
      expect(contacts('http://999.1.1.1')).to.deep.equal([]);
    });

    it('needs a known top-level domain', () => {
      expect(contacts('node.js')).to.deep.equal([]);
      expect(contacts('a.b.c.d')).to.deep.equal([]);
      expect(contacts('http://localhost')).to.deep.equal([]);
    });
  });

  describe('e-mail addresses', () => {
    it('finds addresses with @, # or 艾特 for the at sign', () => {
      expectContact('email', 'abc@qq.com');
      expectContact('email', '邮箱abc@qq.com', 'abc@qq.com');
      expectContact('email', 'abc#qq.com');
      expectContact('email', 'abc艾特qq点com');
      expectContact('email', 'tom.lee_1998@163.com');
    });

    it('reads (at), [at], " at " and " dot "', () => {
      expectContact('email', 'abc(at)qq(dot)com');
      expectContact('email', 'abc[at]qq[dot]com');
      expectContact('email', 'tom at example dot com');
    });

    it('reports the address once, not its domain again as a web address', () => {
      expect(contacts('abc@qq.com')).to.have.length(1);
    });

    it('needs a known top-level domain', () => {
      expect(contacts('x@y.z')).to.deep.equal([]);
      expect(contacts('tom.1998@gmail')).to.deep.equal([]);
    });
  });

  describe('ordinary text', () => {
    for (const text of [
      'Tom_1998',
      'lily88',
      'fun_2024',
      'node.js',
      '1998',
      '生于1998年',
      '2024年1月1日',
      '价格 99.9 元',
      '第1.2.3版',
      'i love you',
      'I am at home',
      'sleep at 10',
      'Mr. Smith, Ph.D., U.S.A.',
      '我数一二三，你数四五六',
      '数到一二三四五六七八九十',
      '三心二意的一五一十',
      '#话题# C#程序员',
      '张薇 lily88',
      '风吹麦浪',
    ]) {
      it(`is not contact information, nor anything else: ${JSON.stringify(text)}`, () => {
        expect(contacts(text)).to.deep.equal([]);
        expect(engine.check({ name: text, bio: text }).verdict).to.equal('pass');
      });
    }
  });
});
