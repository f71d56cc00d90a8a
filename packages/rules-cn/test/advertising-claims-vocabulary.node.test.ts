/**
 * The ninth claims pass (Art. 8.7 through the Advertising Law): an illness read by its ending (…病,
 * …症, …炎 from the ICD-10 names) after a treatment or efficacy verb, a body function of the THUOCL
 * medical lexicon after a raise verb (Art. 17, 18), assurances of effect and safety (Art. 16(1)1,
 * 18(1)1, 28(2)(4)), longevity promised for what one eats, a project's place told by the minutes it
 * takes to reach something (Art. 26(2)), a small stake for a large gain and appreciation promised
 * (Art. 25, 26(1)) — each reviewed in a bio, never blocked; and the patients, teachers and
 * well-wishers who write one of the parts without the other, who get no 8.7 finding.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { itReviewsBioClaims, matchesUnder, type Row } from './verdict-rows.js';

const flagged: Record<string, Row[]> = {
  'an illness outside the lists, read by its ending, after a treatment or efficacy verb': [
    ['专业治疗飞蚊症', 'review', 'treat-disease-ending-claim'],
    ['专治老寒腿和肩周炎', 'review', 'treat-disease-ending-claim'],
    ['喝了半年，改善了我的慢阻肺病', 'review', 'effect-disease-ending-claim'],
    ['调理各种妇科炎症', 'review', 'effect-disease-ending-claim'],
  ],
  'a body function after a raise verb or beside an efficacy verb': [
    ['提升视力，告别眼镜', 'review', 'body-function-claim'],
    ['降低血液里的胆固醇', 'review', 'body-function-claim'],
    ['激活毛囊，三个月长出新发', 'review', 'body-function-claim'],
    ['细胞修复', 'review', 'body-function-effect-claim'],
  ],
  'an assurance of effect or safety': [
    ['纯中药配方，没有副作用', 'review', 'assurance-claim-review'],
    ['不是药，胜似药', 'review', 'assurance-claim-review'],
    ['用了一周，效果惊人', 'review', 'assurance-claim-review'],
    ['从根本上解决失眠', 'review', 'assurance-claim-review'],
    ['每天喝一杯，长生不老', 'review', 'consume-longevity-claim'],
  ],
  'a place told by the minutes to reach it, a small stake for a large gain, appreciation promised': [
    ['步行至地铁站仅8分钟', 'review', 'travel-lead-time-claim'],
    ['前往高铁站只需10分钟', 'review', 'travel-lead-time-claim'],
    ['半小时可达市中心', 'review', 'minute-arrival-claim'],
    ['小投入，大收获', 'review', 'low-input-claim'],
    ['升值在即', 'review', 'claim-review'],
  ],
};

const passing = [
  '治疗病人是我的工作',
  '时间可以治愈？如果时间也病了怎么办',
  '缓解炎热带来的烦躁',
  '改掉拖延的毛病',
  '发展体育运动，增强人民体质',
  '眼科医生，关注青少年视力',
  '距离下课还有5分钟',
  '前往北京出差',
  '没有期盼就不会出现奇迹',
  '小小的收获',
  '祝爷爷长生不老',
];

describe('default rule set: disease endings, body functions, assurances and times to a place (8.7)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  itReviewsBioClaims(() => engine, flagged);

  it('leaves these claims in a name to the rules of names', () => {
    for (const text of ['专业治疗飞蚊症', '提升视力', '没有副作用', '步行至地铁站仅8分钟']) {
      const rules = engine.check({ name: text }).findings.map((f) => f.rule);
      for (const rule of [
        'treat-disease-ending-claim',
        'body-function-claim',
        'assurance-claim-review',
        'travel-lead-time-claim',
      ])
        expect(rules, text).to.not.include(rule);
    }
  });

  it('gives patients, teachers and well-wishers no 8.7 finding', () => {
    for (const text of passing) expect(matchesUnder(engine, '8.7', 'bio', text), text).to.deep.equal([]);
  });
});
