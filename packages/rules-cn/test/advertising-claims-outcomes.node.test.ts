/**
 * The tenth claims pass (Art. 8.7 through the Advertising Law): a user's story of an illness, a
 * symptom or a body condition that vanished or came right (肺结节消失了, 血糖就正常了) or of a time span
 * after which one recovered (60天完全康复) — a testimonial, which health and medical advertisements may
 * not carry (Art. 16(1)4, 18(1)5) and which invents an effect (Art. 28(2)(4)); the permitted health
 * functions' own wording claimed in a bio (有助于消化, Art. 17–18); anti-ageing assurances and
 * 治一个好一个; 最科学 alone (Art. 9(3)); a share of learners admitted and grades that
 * leapt (Art. 24); shops and 楼盘 beside a promise of appreciation (Art. 26) — each reviewed in a bio,
 * never blocked; and the wishes, advice and fans' words with one part only, which get no 8.7 finding.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { itReviewsBioClaims, matchesUnder, type Row } from './verdict-rows.js';

const flagged: Record<string, Row[]> = {
  'an illness, a symptom or a body condition that vanished or came right': [
    ['坚持喝了以后，慢阻肺病没有了', 'review', 'outcome-disease-ending-claim'],
    ['用了这个药膏，湿疹全好了', 'review', 'outcome-disease-claim'],
    ['坚持泡脚，高血压稳了', 'review', 'outcome-disease-claim'],
    ['每天一杯，头痛不见了', 'review', 'outcome-symptom-claim'],
    ['吃了半个月，血糖正常了', 'review', 'outcome-condition-claim'],
  ],
  'a time span, then a recovery': [
    ['60天完全康复', 'review', 'span-recovery-claim'],
    ['一个疗程痊愈', 'review', 'span-recovery-claim'],
  ],
  'the permitted health functions claimed in a bio': [
    ['益生菌固体饮料，有助于消化', 'review', 'help-function-claim'],
    ['辅助降血糖，中老年必备', 'review', 'help-function-claim'],
  ],
  'anti-ageing, guarantees, bare superlatives of effect and price': [
    ['抗衰老，持久年轻', 'review', 'assurance-claim-review'],
    ['祖传膏药，治一个好一个', 'review', 'assurance-claim-review'],
    ['最科学的调理方法', 'review', 'absolute-bio-review'],
  ],
  'education results and property': [
    ['92%的学员升入重点高中', 'review', 'learner-result-claim'],
    ['一个暑假，数学成绩突飞猛进', 'review', 'learner-progress-claim'],
    ['地铁口商铺，坐收红利', 'review', 'property-claim'],
  ],
};

const passing = [
  '睡一觉就好了',
  '同病相怜就好了',
  '分裂症未康复，慢慢来',
  '术后康复科护士',
  '我最喜欢的季节是秋天',
  '最爱吃妈妈做的菜',
  '世上最快的是时间',
  '2010年考入北京大学',
  '愿你的烦恼都消失',
  '成绩不重要，开心就好',
];

describe('default rule set: outcome stories, health-function wording and the tenth pass terms (8.7)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  itReviewsBioClaims(() => engine, flagged);

  it('leaves outcome stories in a name to the rules of names', () => {
    for (const text of ['湿疹全好了', '血糖正常了', '有助于消化']) {
      const rules = engine.check({ name: text }).findings.map((f) => f.rule);
      for (const rule of ['outcome-disease-ending-claim', 'outcome-condition-claim', 'help-function-claim'])
        expect(rules, text).to.not.include(rule);
    }
  });

  it('gives wishes, advice, patients and fans no 8.7 finding', () => {
    for (const text of passing) expect(matchesUnder(engine, '8.7', 'bio', text), text).to.deep.equal([]);
  });
});
