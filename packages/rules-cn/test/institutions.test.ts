/**
 * Institutions under Art. 8(2): people's organisations, national associations, public institutions,
 * hospitals and universities. A name that IS the institution — its name alone, or with an official,
 * service or department word — is blocked; a person describing themselves with it passes.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

type Verdict = 'block' | 'review' | 'pass';

/** Each category: names that are the institution (blocked under 8.2), names that mention it (not blocked). */
const categories: Record<string, { blocks: string[]; passes: [name: string, verdict: Verdict][] }> = {
  "people's organisations (national)": {
    blocks: [
      '共青团中央',
      '全国妇联',
      '中华全国总工会',
      '中国作家协会',
      '中国文联官方',
      '中国残联官微',
      '【官方】中国红十字会',
      '欧美同学会',
      '黄埔军校同学会',
      '中国贸促会',
      '中国計生協',
    ],
    passes: [
      ['中国作家协会会员张三', 'review'],
      ['共青团员小李', 'pass'],
      ['红十字会志愿者阿强', 'pass'],
      ['少先队员小明', 'pass'],
    ],
  },
  "people's organisations (local)": {
    blocks: [
      '杭州团市委',
      '上海市妇联',
      '深圳市总工会',
      '浙江省科协',
      '成都市文联',
      '广州市残联官方',
      '南京市红十字会',
      '海淀区团委',
    ],
    passes: [
      ['杭州市妇联主席王姐', 'pass'],
      ['成都工会会员小张', 'pass'],
    ],
  },
  'national sports associations': {
    blocks: [
      '中国足协',
      '中国足球协会',
      '中国篮协官方',
      '中国奥委会',
      '中华全国体育总会',
      '中国乒乓球协会',
      '中国围棋协会',
    ],
    passes: [
      ['中国足协注册裁判老王', 'review'],
      ['足球协会爱好者', 'pass'],
    ],
  },
  'national industry associations and foundations': {
    blocks: [
      '中国消费者协会',
      '中国银行业协会客服',
      '中国证券业协会',
      '中华医学会',
      '中国互联网协会',
      '全国律协',
      '中国注册会计师协会',
      '中华慈善总会',
    ],
    passes: [
      ['中华医学会会员李医生', 'review'],
      ['中国注册会计师协会非执业会员', 'review'],
    ],
  },
  'national public institutions and hospitals': {
    blocks: [
      '故宫博物院',
      '国家图书馆',
      '国家大剧院',
      '中国疾控中心',
      '中国信通院',
      '学信网客服',
      '全国学生资助管理中心',
      '北京协和医院',
      '华西医院挂号',
      '北医三院官方',
    ],
    passes: [
      ['故宫博物院文物修复爱好者', 'pass'],
      ['北京协和医院护士小王', 'review'],
      ['国家图书馆读者', 'review'],
    ],
  },
  universities: {
    blocks: [
      '清华大学',
      '北京大学招生办',
      '复旦大学教务处',
      '浙江大学研究生院',
      '【官方】武汉大学',
      '中国地质大学（武汉）',
      '深圳职业技术大学',
      '福建福耀科技大学',
      '清华招生办',
      '北大官微',
      '哈工大学生会',
      '复旦发布',
      '清華大學',
    ],
    passes: [
      ['清华大学学生小王', 'pass'],
      ['北大校友', 'pass'],
      ['清华学生小王', 'pass'],
      ['浙江大学毕业的程序员', 'pass'],
      ['王清华', 'pass'],
      ['人大代表', 'pass'],
      ['南开区居民', 'pass'],
      ['天大的好消息', 'pass'],
    ],
  },
};

describe('default rule set: institutions (Art. 8(2))', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [category, { blocks, passes }] of Object.entries(categories)) {
    describe(category, () => {
      for (const name of blocks) {
        it(`${name} → block under 8.2`, () => {
          const result = engine.check({ name });
          expect(result.verdict).to.equal('block');
          expect(result.findings.map((f) => f.article)).to.include('8.2');
        });
      }
      for (const [name, verdict] of passes) {
        it(`${name} → ${verdict}, not impersonation`, () => {
          const result = engine.check({ name });
          expect(result.verdict).to.equal(verdict);
          expect(result.findings.map((f) => f.article)).not.to.include('8.2');
        });
      }
    });
  }

  it('reads a bio that mentions an institution as a description, and one that is the institution as impersonation', () => {
    expect(
      engine.check({ name: '张三', bio: '中国作家协会会员，北京大学中文系毕业' }).findings.map((f) => f.article),
    ).not.to.include('8.2');
    expect(engine.check({ name: '张三', bio: '清华大学招生办' }).verdict).to.equal('block');
  });
});
