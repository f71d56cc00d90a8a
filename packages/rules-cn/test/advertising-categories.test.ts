/**
 * The Advertising Law's categories as a seller writes them into a bio (Art. 8.7): real estate
 * (Art. 26), stock tips (Art. 25), superstition sold with goods (Art. 9(8)), medical aesthetics and
 * health (Art. 16–18), education results (Art. 24), the e-commerce list of forbidden words, and the
 * owners, investors, patients, students and well-wishers who write the same words without a claim.
 */
import { createEngine, type Engine, type TextField } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { itChecksRows, type Row } from './verdict-rows.js';

const cases: Record<string, { field: TextField; rows: Row[] }> = {
  'real estate: a promise of value, schooling or a household registration is reviewed': {
    field: 'bio',
    rows: [
      ['地铁口精装公寓，升值潜力巨大', 'review', 'property-claim'],
      ['学区房包入学，名额有限', 'review', 'property-claim'],
      ['最后一批房源，坐享城市繁华', 'review', 'property-claim'],
      ['学位房', 'review', 'claim-review'],
      ['买房送户口', 'review', 'property-claim'],
      ['8分钟直达地铁站', 'review', 'travel-time-claim'],
    ],
  },
  'real estate: owners and buyers pass': {
    field: 'bio',
    rows: [
      ['我家房子去年升值了不少', 'pass'],
      ['终于在北京买房落户了', 'pass'],
      ['新房装修日记', 'pass'],
      ['入户花园户型，住着舒服', 'pass'],
      ['房价又涨了，心累', 'pass'],
    ],
  },
  'stock tips: a tip beside a hot stock is reviewed': {
    field: 'bio',
    rows: [
      ['每天一只涨停牛股', 'review', 'stock-tip-claim'],
      ['带你抓涨停板', 'review', 'stock-tip-claim'],
      ['免费领取本周牛股', 'review', 'stock-tip-claim'],
      ['老股民带你赚钱', 'review', 'claim-review'],
      ['稳健投资，3倍收益', 'review', 'claim-review'],
    ],
  },
  'stock tips: investors pass': {
    field: 'bio',
    rows: [
      ['我是股民，今天又没抓到涨停', 'pass'],
      ['炒股十年，天天被割韭菜', 'pass'],
      ['希望明天涨停', 'pass'],
      ['抄底买了件羽绒服', 'pass'],
      ['努力工作，加倍回报社会', 'pass'],
    ],
  },
  'superstition: luck promised with goods is reviewed': {
    field: 'bio',
    rows: [
      ['黑曜石手串，戴上转运', 'review', 'superstition-goods-claim'],
      ['招财进宝摆件，旺财旺运', 'review', 'superstition-goods-claim'],
      ['貔貅吊坠保平安', 'review', 'superstition-goods-claim'],
      ['增强第六感，平衡正负能量', 'review', 'claim-review'],
    ],
  },
  'superstition: greetings, a dog and a given name pass': {
    field: 'bio',
    rows: [
      ['招财进宝，恭喜发财', 'pass'],
      ['旺财是我家的狗', 'pass'],
      ['辟邪', 'pass'],
      ['时来运转，万事亨通', 'pass'],
    ],
  },
  'medical aesthetics and health: effect and safety promised for a treatment or goods are reviewed': {
    field: 'bio',
    rows: [
      ['双眼皮术后无痕，极速恢复', 'review', 'aesthetic-claim'],
      ['玻尿酸快速恢复', 'review', 'aesthetic-claim'],
      ['3天见效，7天治愈', 'review', 'effect-time-claim'],
      ['本产品延年益寿', 'review', 'longevity-claim'],
      ['调理百病', 'review', 'health-effect-claim'],
      ['溶解血栓，疏通血管', 'review', 'ad-claim-review'],
      ['一盒见效，100%有效', 'review', 'claim-review'],
    ],
  },
  'medical aesthetics and health: patients and well-wishers pass': {
    field: 'bio',
    rows: [
      ['双眼皮术后第三天，好肿', 'pass'],
      ['植发第7天', 'pass'],
      ['祝爷爷延年益寿长命百岁', 'pass'],
      ['百病缠身的一年', 'pass'],
      ['冻龄女神', 'pass'],
      ['3天后见', 'pass'],
    ],
  },
  'education: results claimed for a school’s students are reviewed': {
    field: 'bio',
    rows: [
      ['学员成功考入985', 'review', 'learner-result-claim'],
      ['助力学子上岸', 'review', 'learner-result-claim'],
      ['一本书学会，不用学直接选', 'review', 'claim-review'],
    ],
  },
  'education: students and teachers pass': {
    field: 'bio',
    rows: [
      ['学子们加油，考上理想的大学', 'pass'],
      ['今年考上了研究生', 'pass'],
      ['学员们辛苦了', 'pass'],
    ],
  },
  'the e-commerce list: state endorsement is refused, absolute terms count beside goods': {
    field: 'bio',
    rows: [
      ['质量免检', 'block', 'endorsement'],
      ['政协用酒', 'block', 'endorsement'],
      ['品质一流', 'review', 'absolute-term-claim'],
      ['独家配方', 'review', 'absolute-term-claim'],
      ['包成活', 'review', 'claim-review'],
    ],
  },
  'the e-commerce list: ordinary praise passes': {
    field: 'bio',
    rows: [
      ['完美', 'pass'],
      ['冠军', 'pass'],
      ['最好的朋友', 'pass'],
      ['第一次', 'pass'],
      ['一流的朋友，一流的你', 'pass'],
      ['永久的回忆', 'pass'],
      ['王者荣耀至尊玩家', 'pass'],
    ],
  },
  'names: the same claims as a name are reviewed, an endorsement refused': {
    field: 'name',
    rows: [
      ['学区房包入学', 'review', 'property-claim'],
      ['辟邪手串转运', 'review', 'superstition-goods-claim'],
      ['永久脱毛无痛', 'review', 'aesthetic-claim'],
      ['国家机关推荐', 'block', 'endorsement'],
      ['旺财', 'pass'],
      ['学员', 'pass'],
    ],
  },
};

describe('default rule set: the Advertising Law categories (8.7)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [title, { field, rows }] of Object.entries(cases)) {
    describe(title, () => {
      itChecksRows(() => engine, field, rows, 'rule');
    });
  }

  it('keeps every row of the e-commerce list sorted: its terms are terms of the rule set or marked unused', () => {
    const terms = new Set(
      defaultRuleSet.lexicons.flatMap((l) => l.entries.map((e) => (typeof e === 'string' ? e : e.term))),
    );
    for (const term of ['一盒见效', '增强第六感', '质量免检', '辟邪', '一流', '不反复']) expect(terms).to.include(term);
  });
});
