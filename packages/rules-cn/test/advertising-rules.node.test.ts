/**
 * The claims the department rules on advertising spell out (Art. 8.7 through the Advertising Law):
 * exam insiders and results counted by heads (Art. 24), non-drug goods sold with a medical effect
 * (Art. 17, 18; SAMR's 2019 review measures Art. 11) or put beside medicine, effects claimed for
 * alcohol (Art. 23), slimming promises, recommendation by experts,
 * doctors and patients (Art. 16, 18; 2019 measures Art. 11(2); 医疗广告管理办法 Art. 7), investment
 * safety (Art. 25), real estate (Art. 26; 房地产广告发布规定), unverifiable figures (Art. 11) and
 * superstition (Art. 9(8)) — each a subject and its promise, reviewed; and the students, patients,
 * owners, developers and well-wishers who write one of the words without the other, who pass.
 */
import { createEngine, type Engine, type TextField } from '@mingzheng/precheck';
import { defaultRuleSet } from '../src/index.js';
import { itChecksRows, type Row } from './verdict-rows.js';

const cases: Record<string, { field: TextField; rows: Row[] }> = {
  'education: exam insiders, famous teachers and results counted by heads are reviewed': {
    field: 'bio',
    rows: [
      ['前高考命题组专家亲自授课', 'review', 'exam-insider-claim'],
      ['考研阅卷老师带你复习', 'review', 'exam-insider-claim'],
      ['国考面试官一对一指导', 'review', 'exam-insider-claim'],
      ['名师亲授，小班教学', 'review', 'famous-teacher-claim'],
      ['金牌讲师一对一辅导', 'review', 'famous-teacher-claim'],
      ['去年共有300余人考入985', 'review', 'learner-count-claim'],
      ['12名学员上岸', 'review', 'learner-count-claim'],
    ],
  },
  'education: students, parents and interviewers pass': {
    field: 'bio',
    rows: [
      ['正在准备考研，加油', 'pass'],
      ['高考加油！', 'pass'],
      ['我的孩子今年考入了985', 'pass'],
      ['曾任面试官，负责公司技术面试', 'pass'],
      ['我是一名高中老师，热爱考试研究', 'pass'],
      ['带领10人团队做研发', 'pass'],
    ],
  },
  'health: a medical effect claimed for a non-drug good, a slimming promise, a cure in three moves are reviewed': {
    field: 'bio',
    rows: [
      ['这款酵素能排毒', 'review', 'health-product-claim'],
      ['益生菌抗病毒', 'review', 'health-product-claim'],
      ['富氢水降血糖', 'review', 'health-product-claim'],
      ['远红外理疗仪治疗颈椎', 'review', 'health-product-claim'],
      ['三招搞定高血压', 'review', 'health-effect-claim'],
      ['减肥不节食', 'review', 'slimming-promise-claim'],
      ['躺着瘦身', 'review', 'slimming-promise-claim'],
      ['哪胖减哪', 'review', 'claim-review'],
    ],
  },
  'health: a drinker of tea, a dieter and a patient pass': {
    field: 'bio',
    rows: [
      ['喜欢喝花草茶，减肥中', 'pass'],
      ['我喜欢人参果', 'pass'],
      ['减肥第30天', 'pass'],
      ['量子计算研究员', 'pass'],
      ['高血压患者，坚持锻炼', 'pass'],
    ],
  },
  'alcohol and comparisons with medicine: an effect claimed for a drink, a good put beside a drug are reviewed': {
    field: 'bio',
    rows: [
      ['红酒助眠，每晚一杯', 'review', 'alcohol-effect-claim'],
      ['药酒强身健体', 'review', 'alcohol-effect-claim'],
      ['效果堪比药物', 'review', 'claim-review'],
      ['坚持吃三个月就能停药', 'review', 'claim-review'],
    ],
  },
  'alcohol: a drinker passes': {
    field: 'bio',
    rows: [
      ['周末和朋友喝啤酒解压', 'pass'],
      ['喜欢喝红酒', 'pass'],
    ],
  },
  'endorsement: experts, doctors, academicians and patients recommending are reviewed': {
    field: 'bio',
    rows: [
      ['多位院士联合推荐', 'review', 'endorsement-claim'],
      ['三甲医院专家联合推荐', 'review', 'endorsement-claim'],
      ['国医大师监制', 'review', 'endorsement-claim'],
      ['明星代言，品质保证', 'review'],
    ],
  },
  'endorsement: a thank-you and advice pass': {
    field: 'bio',
    rows: [
      ['专家说要多喝水', 'pass'],
      ['谢谢大家的推荐', 'pass'],
      ['大咖们好', 'pass'],
    ],
  },
  'investment: safety and multiplied interest promised are reviewed, principal guaranteed refused': {
    field: 'bio',
    rows: [
      ['成倍利息，多重保障', 'review', 'return-promise-claim'],
      ['100%安全保障', 'review', 'claim-review'],
      ['资金安全有保障', 'block', 'guarantee'],
      ['每天分享牛股', 'review', 'stock-tip-claim'],
    ],
  },
  'investment: savers and players pass': {
    field: 'bio',
    rows: [
      ['注意资金安全，谨防诈骗', 'pass'],
      ['安全第一', 'pass'],
      ['喜欢分享生活', 'pass'],
    ],
  },
  'real estate: returns, rent, feng shui and the centre promised for a property are reviewed': {
    field: 'bio',
    rows: [
      ['地铁口旁楼盘，坐收租金', 'review', 'property-claim'],
      ['核心地段，价值飙涨', 'review', 'property-claim'],
      ['风水宝地', 'review', 'claim-review'],
      ['城市最中心的住宅', 'review', 'property-claim'],
      ['商铺售后返租', 'review'],
    ],
  },
  'real estate: residents pass': {
    field: 'bio',
    rows: [
      ['学区附近的小房子，住得很开心', 'pass'],
      ['我家住宅楼下有只猫', 'pass'],
      ['在这座城市的中心工作', 'pass'],
    ],
  },
  'figures a reader cannot check: output and years of a factory are reviewed': {
    field: 'bio',
    rows: [
      ['日产80万瓶', 'review', 'output-claim'],
      ['年销量突破1亿', 'review', 'output-claim'],
      ['20余年实力大厂', 'review', 'years-factory-claim'],
      ['好评率99%，复购率高', 'review', 'data-rate-claim'],
      ['独家代理，唯一授权', 'review', 'absolute-term-claim'],
    ],
  },
  'figures: a developer’s and a worker’s years pass': {
    field: 'bio',
    rows: [
      ['程序员，10余年大厂经验', 'pass'],
      ['做了20年的老厂长', 'pass'],
      ['他的巅峰之作', 'pass'],
      ['我的独家记忆', 'pass'],
      ['每天进步一点点，年年有余', 'pass'],
    ],
  },
  'superstition: two luck claims together, or luck promised with a charm, are reviewed': {
    field: 'bio',
    rows: [
      ['增财助运', 'review', 'luck-pair-claim'],
      ['八卦镜挡煞化灾', 'review', 'superstition-goods-claim'],
      ['护身符消灾', 'review', 'superstition-goods-claim'],
    ],
  },
  'superstition: a gift and a greeting pass': {
    field: 'bio',
    rows: [
      ['戴着妈妈送的玉佩保平安', 'pass'],
      ['祝大家新年财运亨通', 'pass'],
      ['收到一个葫芦', 'pass'],
    ],
  },
  'epidemics, superstition and absolute idioms beside goods in a bio are reviewed': {
    field: 'bio',
    rows: [
      ['艾草香囊，防疫神器', 'review', 'claim-review'],
      ['喷一喷预防病毒', 'review', 'claim-review'],
      ['负离子净化器，杀灭新冠', 'review', 'product-disease-claim'],
      ['消毒喷雾，杀灭新冠', 'review', 'claim-review'],
      ['能治疗颈椎病、腰椎间盘突出', 'review', 'treat-claim-review'],
      ['预防心脑血管疾病', 'review', 'health-effect-claim'],
      ['貔貅摆件，镇宅招财', 'review', 'superstition-goods-claim'],
      ['风水大师帮您改命', 'review', 'superstition-goods-claim'],
      ['独一无二的品牌', 'review', 'absolute-term-claim'],
      ['博士团队研发的益生菌', 'review', 'endorsement-claim'],
      ['协和专家亲自监制', 'review', 'endorsement-claim'],
      ['权威认证，品质保障', 'review', 'endorsement-claim'],
      ['年回报高达12%', 'review', 'data-rate-claim'],
      ['使用后改善率达92%', 'review', 'data-rate-claim'],
      ['买房就买市中心核心地段', 'review', 'property-claim'],
      ['房价三年翻倍', 'review', 'property-claim'],
      ['销量遥遥领先', 'review', 'absolute-term-claim'],
    ],
  },
  'people who write of epidemics, luck, idioms, research and property in their own words pass': {
    field: 'bio',
    rows: [
      ['抗疫一线的志愿者，平安就好', 'pass'],
      ['病毒学在读研究生', 'pass'],
      ['首席执行官，热爱跑步', 'pass'],
      ['世界第一等的懒人', 'pass'],
      ['在研究所做研发工作', 'pass'],
      ['我家旺财今天三岁了', 'pass'],
      ['住在城市中心的小区', 'pass'],
      ['利息太低了，存钱不如花钱', 'pass'],
      ['首席置业顾问，专业买房卖房', 'pass'],
    ],
  },
  'names: bare superstition and absolute idioms in a nickname pass': {
    field: 'name',
    rows: [
      ['逆天改命', 'pass'],
      ['独一无二的我', 'pass'],
      ['巅峰王者', 'pass'],
    ],
  },
  'names: a claim illegal in itself is refused, a stock-tip name and a claim sentence reviewed': {
    field: 'name',
    rows: [
      ['保本保息理财', 'block', 'guarantee'],
      ['包治百病老中医', 'block', 'guarantee'],
      ['牛股天天见', 'review', 'stock-word-name'],
      ['高考命题组名师', 'block', 'ad-claim'],
      ['名师亲授', 'review', 'famous-teacher-claim'],
      ['最好的朋友', 'pass'],
      ['冠军', 'pass'],
      ['完美主义', 'pass'],
    ],
  },
};

describe('default rule set: the department rules on advertising claims (8.7)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [title, { field, rows }] of Object.entries(cases)) {
    describe(title, () => {
      itChecksRows(() => engine, field, rows, 'rule');
    });
  }
});
