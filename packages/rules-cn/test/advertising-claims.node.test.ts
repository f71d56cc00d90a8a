/**
 * The general claim shapes of the Advertising Law's articles (Art. 8.7): a speed or a period of
 * effect with an efficacy verb and a body site (Art. 16–18), a non-drug product beside a disease
 * name (Art. 17), before/after and testimony claims (Art. 16(1)4, 28(2)4; 医疗广告管理办法 Art. 7),
 * exam bodies and their staff as a trainer's credential and results promised with a speed (Art. 24),
 * a small input promised a return and the state as the guarantor (Art. 9(2), 25), an absolute term
 * beside a health product (Art. 9(3)), and a named laureate's recommendation beside goods
 * (Art. 16(1)4, 18(1)5) — each reviewed; and the patients, students, readers and well-wishers who
 * write one of the parts without the others, who pass or get no 8.7 finding.
 */
import { createEngine, type Engine, type TextField } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { itChecksRows, matchesUnder, type Row } from './verdict-rows.js';

const cases: Record<string, { field: TextField; rows: Row[] }> = {
  'health: a speed or a period of effect on a body site is reviewed': {
    field: 'bio',
    rows: [
      ['3天修复关节', 'review', 'speed-effect-claim'],
      ['使用5分钟就能消除静脉肿胀', 'review', 'speed-effect-claim'],
      ['快速疏通血管', 'review', 'speed-effect-claim'],
      ['一个疗程，前列腺问题明显改善', 'review', 'speed-effect-claim-after'],
      ['三个月可使血糖、血压恢复正常', 'review', 'health-function-claim'],
      ['数病同治，十几种疾病都能调理', 'review', 'health-effect-claim'],
      ['远离牙周病', 'review', 'health-effect-claim'],
      ['改善心脑血管', 'review', 'health-effect-claim'],
    ],
  },
  'health: a non-drug product beside a disease, and before/after testimony, are reviewed': {
    field: 'bio',
    rows: [
      ['灵芝孢子粉，专为失眠人群', 'review', 'product-disease-claim'],
      ['负离子净化器，杀灭新冠', 'review', 'product-disease-claim'],
      ['消毒喷雾，杀灭新冠', 'review', 'claim-review'],
      ['术前术后对比图', 'review', 'claim-review'],
      ['坚持一个月，变化看得见', 'review', 'claim-review'],
      ['深治病根，杜绝复发', 'review', 'claim-review'],
      ['全球公认最有效的胶原蛋白', 'review', 'absolute-product-claim'],
    ],
  },
  'education: exam bodies and their staff as credentials, and results with a speed, are reviewed': {
    field: 'bio',
    rows: [
      ['多部行测、面试教材编委', 'review', 'exam-insider-claim'],
      ['公务员考试命题研究组成员授课', 'review', 'exam-insider-claim'],
      ['30天冲刺名校', 'review', 'speed-outcome-claim'],
      ['三个月拿证', 'review', 'speed-outcome-claim'],
      ['985名师', 'review', 'outcome-teacher-claim'],
      ['中考冲刺班，成绩兜底', 'review', 'education-promise-claim'],
      ['国考协议班，不过全退', 'block', 'guarantee'],
    ],
  },
  'investment: a small input promised a return, and the state as guarantor, are reviewed': {
    field: 'bio',
    rows: [
      ['小投资，大收益', 'review', 'low-input-claim'],
      ['零门槛，高回报', 'review', 'low-input-claim'],
      ['政府背书，安全可靠', 'review', 'claim-review'],
      ['收益高，风险低', 'review', 'ad-claim-review'],
    ],
  },
  'real estate: an absolute term on the property and a rise promised for the future are reviewed': {
    field: 'bio',
    rows: [
      ['顶级住宅，城市地标', 'review', 'absolute-property-claim'],
      ['房子马上将升值', 'review', 'property-claim'],
      ['好地段，寸土寸金', 'review', 'property-claim'],
      ['3分钟快速到达高速入口', 'review', 'travel-time-gap-claim'],
      ['5分钟可直达高铁站', 'review', 'travel-time-gap-claim'],
    ],
  },
  'myopia: the wording the 2019 notice on myopia correction forbids is reviewed': {
    field: 'bio',
    rows: [
      ['近视克星，降低度数', 'review', 'claim-review'],
      ['度数修复训练营', 'review', 'claim-review'],
    ],
  },
  'endorsement: a named laureate recommending goods is reviewed': {
    field: 'bio',
    rows: [
      ['钟南山推荐的保健品', 'review', 'named-endorsement-claim'],
      ['屠呦呦力荐的青蒿产品', 'review', 'named-endorsement-goods-claim'],
    ],
  },
  'ordinary praise, descriptions and personal health pass': {
    field: 'bio',
    rows: [
      ['完美的一天', 'pass'],
      ['冠军球队粉丝', 'pass'],
      ['学区房出租', 'pass'],
      ['做最好的自己', 'pass'],
      ['国服第一切图仔', 'pass'],
      ['今天快速修复了一个bug', 'pass'],
      ['极速开发框架，快速构建应用', 'pass'],
      ['第一次植发', 'pass'],
      ['跑步一周膝关节疼', 'pass'],
      ['一次体检发现甲状腺结节', 'pass'],
      ['最近皮肤不好', 'pass'],
      ['考研成绩出来了', 'pass'],
      ['每天坚持学习，成绩稳步提升', 'pass'],
      ['技术面试官，专注前端', 'pass'],
      ['零门槛入门机器学习', 'pass'],
      ['小成本独立电影爱好者', 'pass'],
      ['读了钟南山推荐的书', 'pass'],
      ['袁隆平', 'pass'],
      ['终于买了第一套房子', 'pass'],
      ['住在最好的小区', 'pass'],
      ['我家房子去年升值了不少', 'pass'],
      ['牙周病治疗中', 'pass'],
      ['每天步行30分钟', 'pass'],
      ['外卖30分钟送达', 'pass'],
      ['飞行3小时到达北京', 'pass'],
      ['提高视力的方法', 'pass'],
    ],
  },
};

describe('default rule set: general claim shapes of the Advertising Law (8.7)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [title, { field, rows }] of Object.entries(cases)) {
    describe(title, () => {
      itChecksRows(() => engine, field, rows, 'rule');
    });
  }

  it('gives a professional description no 8.7 finding (its title is Art. 11’s to review)', () => {
    for (const text of ['中心医院护士', '骨科医生，擅长关节置换', '皮肤科主任医师']) {
      expect(matchesUnder(engine, '8.7', 'bio', text), text).to.deep.equal([]);
    }
  });

  it('never flags a laureate’s name alone, whatever the field', () => {
    for (const text of ['钟南山', '屠呦呦', '袁隆平院士', '王选']) {
      expect(matchesUnder(engine, '8.7', 'name', text), text).to.deep.equal([]);
      expect(matchesUnder(engine, '8.7', 'bio', text), text).to.deep.equal([]);
    }
  });
});
