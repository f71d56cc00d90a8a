/**
 * Names impostors give that are an institution by its form (Art. 8.2): a university's community
 * group with a year or grade inside (某某大学2025新生群) is reviewed, never blocked; the organs set up
 * or renamed by the 2023 reform after their region (深圳市地方金融管理局, 深圳金融监管局) and a listed
 * bank's branch (招商银行上海分行) are blocked; major official events (Olympic marks, special marks:
 * 杭州亚运, 北京冬奥组委, 进博会官网) are blocked as whole names, while a person's description passes.
 */
import { createEngine, type Engine, type Verdict } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const under = (verdict: Verdict, article: string, severity: 'block' | 'review') =>
  verdict.findings.some((finding) => finding.article === article && finding.severity === severity);

describe('community groups with a cohort, reformed organs, bank branches and major events', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  const expectVerdict = async (names: string[], expected: 'block' | 'review' | 'pass') => {
    for (const name of names) {
      const verdict = await engine.check({ name });
      expect(verdict.verdict, name).to.equal(expected);
      if (expected !== 'pass') expect(under(verdict, '8.2', expected), name).to.equal(true);
    }
  };

  it('reviews a university group, wall or circle with a year or grade inside, without blocking it', () =>
    expectVerdict(
      [
        '安徽理工大学2025新生群',
        '山东华宇工学院25级新生答疑群',
        '连云港师范学院2025新生交流群',
        '合肥师范学院生活圈',
        '浙江大学2024届表白墙',
        '连云港师范学院小助手',
      ],
      'review',
    ));

  it('blocks the organs of the 2023 reform after their region', () =>
    expectVerdict(['深圳市地方金融监督管理局', '深圳市地方金融管理局', '深圳金融监管局', '杭州市知识产权局'], 'block'));

  it('blocks a listed bank with a region and a branch word as the whole name', () =>
    expectVerdict(
      ['招商银行上海分行', '工商银行杭州西湖支行', '招商银行股份有限公司上海分行', '【官方】中国银行北京分行'],
      'block',
    ));

  it('blocks a major event as the whole name, with its region, year or an official word', () =>
    expectVerdict(
      ['杭州亚运', '杭州2023亚运', '杭州亚运会', '北京冬奥', '北京冬奥组委', '冬奥组委', '进博会官网', '奥运会官方'],
      'block',
    ));

  it('passes a person describing themselves, and the event or group mentioned', () =>
    expectVerdict(
      [
        '亚运志愿者小王',
        '看亚运',
        '我爱奥运会',
        '张亚运',
        '王全运',
        '招商银行上海分行员工小王',
        '安徽理工大学2025级新生小李',
        '北京大学学生小全',
        '深圳金融从业者',
      ],
      'pass',
    ));
});
