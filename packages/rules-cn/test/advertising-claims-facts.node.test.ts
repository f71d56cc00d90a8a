/**
 * The eighth claims pass (Art. 8.7 through the Advertising Law): a sales rank or a run of years before
 * a ranking (Art. 28(2)(2), 11(2)), a crowd of users said to vouch for goods (Art. 28(2)(2)), a rival's
 * goods run down (Art. 13), a refund promised if the goods or the course fail (Art. 16(1)1, 18(1)1,
 * 24(1); 2005 health-food advertising rules Art. 8(12)), 包/保 promises, the general names of illness
 * of the 2017 chronic-disease plan beside a treatment verb, and a bare absolute claim in a bio
 * (Art. 9(3)) — each reviewed, never blocked; and the students, doctors and customers who write one
 * part without the other, who get no 8.7 finding.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { itReviewsBioClaims, matchesUnder, type Row } from './verdict-rows.js';

const flagged: Record<string, Row[]> = {
  'a sales rank or a run of years before a ranking': [
    ['销量连续三年全国第一', 'review', 'rank-claim'],
    ['连续5年行业领先', 'review', 'rank-claim'],
    ['蝉联冠军', 'review', 'rank-claim'],
    ['市场占有率遥遥领先', 'review', 'rank-claim'],
  ],
  'a crowd of users said to vouch for the goods': [
    ['10万人见证', 'review', 'crowd-testimony-claim'],
    ['百万用户的选择', 'review', 'crowd-testimony-claim'],
    ['超过1万名患者信赖', 'review', 'crowd-testimony-claim'],
  ],
  "a rival's goods run down": [
    ['秒杀同行', 'review', 'disparaging-claim'],
    ['吊打市面上同类产品', 'review', 'disparaging-claim'],
    ['效果碾压其他品牌', 'review', 'disparaging-claim'],
  ],
  'a refund or a 包/保 promise if the goods or the course fail': [
    ['无效退全款', 'review', 'refund-guarantee-claim'],
    ['考不过全额退费', 'review', 'refund-guarantee-claim'],
    ['一个月不瘦退款', 'review', 'refund-guarantee-claim'],
    ['不成功不收费', 'review', 'claim-review'],
    ['零基础包学会', 'review', 'claim-review'],
    ['学完保就业', 'review', 'claim-review'],
  ],
  'a general name of illness beside a treatment verb or a health product': [
    ['专治老慢病，一个疗程见效', 'review', 'cure-claim-review'],
    ['治疗慢性病', 'review', 'treat-claim-review'],
    ['灵芝孢子粉调理慢性病', 'review', 'product-disease-claim'],
  ],
  'a bare absolute claim': [
    ['居家旅行的首选', 'review', 'absolute-bio-review'],
    ['喝了三天，神效', 'review', 'absolute-bio-review'],
    ['享誉全球的好茶', 'review', 'absolute-bio-review'],
  ],
};

const passing = [
  '我们的销量还不错',
  '考了第一名',
  '去年拿了冠军',
  '连续三天没睡好，第一次失眠',
  '连续加班的第一天',
  '深受患者信赖',
  '深受患者好评',
  '让更多患者受益',
  '万人空巷',
  '退款申请中',
  '我有慢性病，正在吃药',
  '慢性病管理科医生',
  '和同行一起进步',
  '这部片子超越了以前的同类作品',
];

describe('default rule set: facts, rankings, disparagement, refunds and absolute claims (8.7)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  itReviewsBioClaims(() => engine, flagged);

  it('reviews a bare absolute claim only in a bio or a signature, not in a name', () => {
    for (const text of ['首选', '神效', '享誉全球']) {
      expect(engine.check({ bio: text }).verdict, text).to.equal('review');
      const rules = engine.check({ name: text }).findings.map((f) => f.rule);
      expect(rules, text).to.not.include('absolute-bio-review');
    }
  });

  it('gives students, doctors and customers who write one part alone no 8.7 finding', () => {
    for (const text of passing) expect(matchesUnder(engine, '8.7', 'bio', text), text).to.deep.equal([]);
  });
});
