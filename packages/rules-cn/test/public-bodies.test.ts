/**
 * Bodies of the state that an impersonator names (Art. 8.2) beyond the organs' own lists: national
 * look-alike organisations, the state security organs and their hotline, China's missions abroad,
 * local public hospitals, lottery, postal and credit bodies, military organs. The names are flagged;
 * the personal descriptions that share their words pass.
 */
import { createEngine, type Engine, type Verdict } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

type Field = 'name' | 'bio';

const cases: { group: string; field?: Field; expect: 'block' | 'review' | 'flag'; texts: string[] }[] = [
  {
    group: 'a national prefix and an organisation form as the whole name (民政部 lists of illegal organisations)',
    expect: 'flag',
    texts: [
      '中国书法研究院',
      '全国文化产业促进会',
      '中华诗词艺术联盟',
      '国家职业技能考评中心',
      '中国廉政监督网',
      '【官方】中国书画家协会',
    ],
  },
  {
    group: 'the state security organs',
    expect: 'block',
    texts: ['国家安全机关', '国安局', '国安工作人员', '国家安全举报中心', '12339国家安全举报电话'],
  },
  { group: 'the state security organs as a bare name', expect: 'review', texts: ['国家安全', '国安官方'] },
  { group: 'a state security word in a bio', field: 'bio', expect: 'review', texts: ['本人系国安工作人员'] },
  {
    group: 'national government hotlines next to a hotline word',
    expect: 'block',
    texts: ['12308领保热线', '12345市民热线', '12315投诉电话', '12366纳税服务热线', '12339举报', '12377举报中心'],
  },
  {
    group: "China's embassies and consulates abroad",
    expect: 'block',
    texts: [
      '中国驻法大使馆',
      '中国驻洛杉矶总领馆',
      '中國駐舊金山總領館',
      '中华人民共和国驻大不列颠及北爱尔兰联合王国大使馆',
      '中国驻东盟使团',
    ],
  },
  {
    group: 'a mission in a bio that is the mission itself',
    field: 'bio',
    expect: 'block',
    texts: ['中国驻日本大使馆官方账号'],
  },
  {
    group: 'local public hospitals and health bodies as the whole name',
    expect: 'block',
    texts: ['浙江省人民医院', '杭州市第一人民医院', '上海市疾控中心', '南京市妇幼保健院挂号', '【官方】广州市儿童医院'],
  },
  {
    group: 'national government platforms as the whole name or with service words',
    expect: 'block',
    texts: ['中国裁判文书网', '裁判文书网客服', '国家政务服务平台', '个税APP官方', '电子税务局'],
  },
  {
    group: 'local lottery, postal and credit bodies',
    expect: 'block',
    texts: ['海口福彩', '江苏体彩官方', '杭州邮政', '信用中国', '信用安徽网', '信用北京'],
  },
  {
    group: 'a national prefix and an organ short form as the whole name',
    expect: 'block',
    texts: ['中国公安', '全国交警', '中国法院官方', '中国网警'],
  },
  {
    group: 'local health, insurance and weather bodies, and the CCDI by its short name',
    expect: 'block',
    texts: ['上海疾控', '杭州医保', '杭州卫健', '杭州气象', '杭州地震局', '中纪委'],
  },
  {
    group: "region + the short names local departments' accounts use",
    expect: 'block',
    texts: ['杭州税务', '浙江应急', '海南组工', '成都公积金', '上海检察', '广州市场监管官方'],
  },
  {
    group: 'military organs',
    expect: 'block',
    texts: [
      '中国红军指挥部',
      '解放军总部',
      '联勤保障',
      '武警浙江总队',
      '武警杭州支队',
      '杭州武警',
      '陆军第七十一集团军',
    ],
  },
];

const passing: { group: string; field?: Field; texts: string[] }[] = [
  {
    // The phone number is a contact detail (8.6); its digits hold 12345, which is no hotline there.
    group: 'a hotline number inside a longer number (a phone number beside 客服 is no 12345 hotline)',
    texts: ['客服电话13812345678', '客服 0571-12345678', '12345678客服'],
  },
  {
    group: 'people describing themselves',
    texts: [
      '中国书法爱好者',
      '国安球迷',
      '北京国安球迷会',
      '医院护士小王',
      '杭州人民医院护士',
      '福彩投注站老王',
      '杭州邮政快递员',
    ],
  },
  {
    group: 'forms without a national prefix, or a prefix without a form at the end',
    texts: [
      '蔡依林歌迷联盟',
      '健身中心',
      '中国好声音',
      '中国移动用户',
      '中国消防员',
      '中国交警的女儿',
      '北京气象爱好者',
    ],
  },
  {
    group: 'army words that are no organ',
    texts: ['红军长征', '老红军的故事', '八路军后代', '退伍武警', '武警老兵', '红军长征纪念馆总部'],
  },
  {
    group: 'a career in a bio',
    field: 'bio',
    texts: ['曾在中国驻日本大使馆工作', '三甲医院护士，喜欢跑步', '信用卡还款中', '常在裁判文书网查案例'],
  },
];

function isFlag(verdict: Verdict['verdict']): boolean {
  return verdict === 'block' || verdict === 'review';
}

describe('default rule set: public bodies named by impostors (8.2)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const { group, field = 'name', expect: expected, texts } of cases) {
    it(`${expected === 'flag' ? 'flags' : expected === 'block' ? 'blocks' : 'reviews'} ${group}`, () => {
      for (const text of texts) {
        const result = engine.check({ [field]: text });
        if (expected === 'flag') expect(isFlag(result.verdict), `${text}: ${result.verdict}`).to.equal(true);
        else expect(result.verdict, text).to.equal(expected);
        expect(
          result.findings.map((f) => f.article),
          text,
        ).to.include('8.2');
      }
    });
  }

  for (const { group, field = 'name', texts } of passing) {
    it(`passes ${group}`, () => {
      for (const text of texts) {
        const result = engine.check({ [field]: text });
        expect(
          result.findings.filter((f) => f.article === '8.2').map((f) => f.rule),
          text,
        ).to.deep.equal([]);
      }
    });
  }
});
