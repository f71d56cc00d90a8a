/**
 * Enterprises, brands, platforms and service hotlines (Art. 8.2): an account that IS the enterprise
 * — its name alone, or with official and account words — is blocked; a person mentioning it passes.
 */
import { type AccountInfo, createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import provenance from '../src/provenance.json' with { type: 'json' };

const blocked: Record<string, string[]> = {
  'central enterprises (SASAC, MOF)': [
    '国家电网有限公司',
    '中国石油天然气集团有限公司',
    '中石化客服中心',
    '中国海油官方',
    '中国中铁',
    '中国商飞',
    '中国雅江集团',
    '国铁集团客服',
    '中核集团官方账号',
  ],
  banks: [
    '中国工商银行',
    '工行客服',
    '招商银行信用卡中心',
    '宁波银行官方',
    '微众银行客服',
    '杭州联合农商银行客服',
    '重庆农村商业银行',
    '北京农商银行',
  ],
  'insurers, securities and fund companies': [
    '中国人寿客服',
    '太平洋保险理赔中心',
    '中信证券官方',
    '华夏基金',
    '易方达基金客服',
  ],
  'payment companies': ['支付宝', '云闪付客服', '微信支付官方', '银联客服中心'],
  carriers: ['中国移动', '中国联通客服', '电信营业厅官方'],
  'airlines, express and railways': [
    '东方航空',
    '国航官方',
    '春秋航空客服',
    '顺丰速运',
    '中通快递客服',
    '极兔速递',
    '12306',
    '铁路12306客服',
  ],
  'internet platforms, apps and games': [
    '京东',
    '【京东】',
    '京东客服',
    '京东客服中心',
    '【官方】京东',
    '京东客服小王',
    '京東客服',
    '淘寶',
    '微信团队',
    'QQ安全中心',
    '抖音小助手',
    '淘宝服务号',
    '小红书官方',
    '哔哩哔哩',
    '王者荣耀',
  ],
  'names that are also words count with an official or account word': [
    '小米官方',
    '小米团队',
    '【官方】小米',
    '苹果售后',
    '菜鸟客服',
    '邮政官方直播间',
  ],
  'Latin names, pinyin and acronyms': [
    'WeChat',
    'WeChat Team',
    'Alipay',
    'Ａｌｉｐａｙ客服',
    'Alipay Official',
    'ICBC',
    'Sinopec',
    'PetroChina客服',
    'China Mobile',
    'JD官方',
    'Taobao客服',
    'Douyin Official',
    'bilibili',
    'Aliрay客服',
    'ｊｄ官方',
  ],
  'service hotlines next to service words': [
    '10086客服',
    '客服电话95588',
    '12345热线',
    '官方热线10010',
    '110报警',
    '１００８６客服',
    '一零零八六客服',
    '12306客服',
  ],
};

const passed: Record<string, string[]> = {
  'a person mentioning an enterprise': [
    '京东快递员小王',
    '淘宝店主',
    '华为粉丝',
    '抖音运营小李',
    '王者荣耀玩家小明',
    '顺丰小哥',
    '移动营业厅小王',
    '中石油退休职工',
    '上海银行员工',
    '北京银行卡',
  ],
  'words, nicknames and person names that are also brands': [
    '小米',
    '苹果',
    '菜鸟',
    '高德',
    '申通',
    '圆通',
    '小米粥',
    '小米椒官方旗舰店',
    '李百度',
  ],
  'Latin person names, pinyin names and initials': [
    'JD',
    'PDD',
    'Apple',
    'Kimi',
    'Huawei',
    'Weibo',
    'Wei Bo',
    'Tao Bao',
    'Cecep',
    'JD Vance',
    'Applebee’s官方',
  ],
  'plain numbers (contact details are the detectors’ business)': ['10086', '95588', '官方10000粉丝'],
};

const bios: [string, 'block' | 'pass'][] = [
  ['京东官方客服', 'block'],
  ['10086客服', 'block'],
  ['客服热线95588', 'block'],
  ['售后请联系淘宝客服', 'pass'],
  ['有问题打10086客服', 'pass'],
  ['前京东客服，现自由职业', 'pass'],
  ['在京东做客服三年', 'pass'],
  ['专注抖音运营十年', 'pass'],
];

describe('default rule set: enterprises, brands, platforms and service hotlines (Art. 8.2)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [category, names] of Object.entries(blocked)) {
    describe(`blocks ${category}`, () => {
      for (const name of names) {
        it(name, () => {
          const result = engine.check({ name });
          expect(result.verdict).to.equal('block');
          expect(result.findings.map((f) => f.article)).to.include('8.2');
        });
      }
    });
  }

  for (const [category, names] of Object.entries(passed)) {
    describe(`passes ${category}`, () => {
      for (const name of names) {
        it(name, () => {
          const findings = engine.check({ name }).findings.filter((f) => f.article === '8.2');
          expect(findings, JSON.stringify(findings)).to.deep.equal([]);
        });
      }
    });
  }

  describe('in a bio, only a text that is the claim itself', () => {
    for (const [bio, verdict] of bios) {
      it(`${bio} → ${verdict}`, () => {
        const info: AccountInfo = { bio };
        const hits = engine.check(info).findings.filter((f) => f.article === '8.2');
        expect(hits.length > 0 ? 'block' : 'pass').to.equal(verdict);
      });
    }
  });

  it('knows every central enterprise on SASAC’s list by its registered name', () => {
    // Sources live in the provenance, lexicon for lexicon in the artifact's order.
    const lexicons = defaultRuleSet.lexicons.filter((_, index) =>
      provenance.lexicons[index]?.source?.startsWith('国务院国资委'),
    );
    const terms = new Set(lexicons.flatMap((l) => l.entries.map((e) => (typeof e === 'string' ? e : e.term))));
    for (const name of [
      '中国核工业集团有限公司',
      '中国检验认证（集团）有限公司',
      '中国南光集团有限公司',
      '国家电网有限公司',
    ])
      expect(terms, name).to.include(name);
    expect(terms.size).to.be.greaterThan(200);
  });
});
