/**
 * The seventh claims pass (Art. 8.7 through the Advertising Law): a treatment verb a few characters
 * before a disease or a symptom name (Art. 17), an efficacy verb before a symptom, a health function
 * with words between the verb and its object (Art. 18), a certification or a recommendation by a named
 * authority (2019 measures Art. 11(6), Art. 9(2)), a school promised beside a property (Art. 26,
 * 房地产广告发布规定) — each reviewed in a bio, never blocked; and the patients, students and
 * professionals who write one of the parts without the other, who get no 8.7 finding.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { itReviewsBioClaims, matchesUnder, type Row } from './verdict-rows.js';

const flagged: Record<string, Row[]> = {
  'a treatment verb before a disease or a symptom name': [
    ['本品可治疗高血压和高血脂', 'review', 'treat-claim-review'],
    // With a name that ends in 病 the longer finding is the ending rule's (可治疗高血压和糖尿病).
    ['本品可治疗高血压和糖尿病', 'review', 'effect-disease-ending-claim'],
    ['主治各种慢性病', 'review', 'treat-claim-review'],
    ['专业医治颈椎病', 'review', 'treat-claim-review'],
    ['专业治疗头晕，效果好', 'review', 'treat-symptom-claim-review'],
    ['治疗咳嗽，一周见效', 'review', 'treat-symptom-claim-review'],
    ['有效缓解头痛', 'review', 'symptom-effect-claim'],
  ],
  'a health function with words between the verb and its object': [
    ['每天一杯增强人体免疫力', 'review', 'health-function-gap-claim'],
    ['降低血液中的血脂', 'review', 'health-function-gap-claim'],
    ['提高老年人骨密度', 'review', 'health-function-gap-claim'],
  ],
  'a certification or recommendation by a named authority': [
    ['产品通过FDA认证', 'review', 'authority-certification-claim'],
    ['行业协会推荐产品', 'review', 'authority-certification-claim'],
    ['中国营养学会推荐', 'review', 'authority-certification-claim'],
    ['车间通过GMP认证', 'review', 'authority-certification-claim'],
  ],
  'a school promised beside a property': [
    ['签约名校附小', 'review', 'school-location-claim'],
    ['毗邻重点小学，家门口的好学校', 'review', 'school-location-claim'],
    ['名校旁精装两居', 'review', 'school-location-claim'],
    ['对口实验小学', 'review', 'school-location-claim'],
  ],
};

const passing = [
  '正在医院接受治疗，早日康复',
  '正在治疗抑郁症，慢慢会好的',
  '在医院接受治疗高血压',
  '所谓癌症，治疗的过程就是痛苦',
  '时间能治愈一切伤痛',
  '头痛的时候听音乐',
  '努力提高自己的编程能力',
  '毕业于华师附中',
  '考上名校，继续加油',
  '喜欢推荐好书',
  '心血管内科医生，擅长高血压',
  '皮肤科医生',
];

describe('default rule set: treatment, health-function, certification and school claims (8.7)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  itReviewsBioClaims(() => engine, flagged);

  it('leaves a treatment or symptom claim in a name to the rules of names (not reviewed by the bio rules)', () => {
    for (const text of ['专业治疗头晕头痛', '每天一杯增强人体免疫力']) {
      const rules = engine.check({ name: text }).findings.map((f) => f.rule);
      expect(rules, text).to.not.include.members(['treat-symptom-claim-review', 'health-function-gap-claim']);
    }
  });

  it('gives patients, students and professionals no 8.7 finding', () => {
    for (const text of passing) expect(matchesUnder(engine, '8.7', 'bio', text), text).to.deep.equal([]);
  });
});
