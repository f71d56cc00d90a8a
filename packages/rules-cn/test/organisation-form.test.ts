/**
 * A personal account named like an organisation — ending in its form, 研究院, 协会, 医院, 有限公司,
 * 信息网 — is reviewed under 8.2; the same word elsewhere in a name, and an entity account, pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

let engine: Engine;
before(async () => {
  engine = await createEngine(defaultRuleSet);
});

const check = (name: string, kind?: 'entity') =>
  engine.check({ name, ...(kind && { kind, entity: { name, uscc: '91330100MA2XXXXX08' } }) });

describe('default rule set: names shaped like an organisation', () => {
  it('reviews a personal name that ends in an organisation form, under 8.2', () => {
    for (const name of ['国民健康服务业发展研究院', '乡土艺术文化北京分会', '【华夏摄影家协会】', '人民信访网信息网']) {
      const verdict = check(name);
      expect(verdict.verdict, name).to.not.equal('pass');
      expect(
        verdict.findings.some((finding) => finding.article === '8.2'),
        name,
      ).to.equal(true);
    }
  });

  it('passes the word anywhere but at the end, and ordinary names', () => {
    for (const name of ['研究院的猫', '协会会员小王', '医院门口的小卖部老板', '风吹麦浪', '大学生小李']) {
      expect(check(name).verdict, name).to.equal('pass');
    }
  });

  it('reviews a school named after a street for its form, not as the military (八一路小学)', () => {
    const verdict = check('八一路小学');
    expect(verdict.verdict).to.equal('review');
    expect(verdict.findings.map((finding) => finding.rule)).to.deep.equal(['organisation-form']);
  });

  it('leaves entity accounts to their own rule (Art. 7)', () => {
    const verdict = check('杭州市西湖区书法家协会', 'entity');
    expect(verdict.findings.map((finding) => finding.rule)).not.to.include('organisation-form');
  });
});

describe('default rule set: names shaped like a news outlet, and titles that claim a qualification', () => {
  it('reviews a personal name that ends like a news outlet (…之声, …观察, …资讯, …焦点网) under 8.4', () => {
    for (const name of ['时代之声', '温州观察', '温州本地资讯', '社会焦点网', '百姓健康频道']) {
      const verdict = check(name);
      expect(verdict.verdict, name).to.equal('review');
      expect(verdict.findings.map((finding) => finding.article)).to.include('8.4');
    }
    for (const name of ['资讯部的小王', '观察者小李']) expect(check(name).verdict, name).to.equal('pass');
  });

  it('asks the qualification of titles that claim one (股神, 荐股老师, 医学专家, 律所主任)', () => {
    const cases: [string, string][] = [
      ['股神老李', 'finance'],
      ['荐股老师', 'finance'],
      ['医学专家王医师', 'healthcare'],
      ['律所主任', 'law'],
    ];
    for (const [name, domain] of cases) {
      const verdict = check(name);
      expect(verdict.verdict, name).to.equal('review');
      expect(
        verdict.requires.map((requirement) => requirement.domain),
        name,
      ).to.include(domain);
    }
  });
});

describe('default rule set: heads of organisations and international names', () => {
  it('reviews a title right after an organisation form (…研究院副院长, …协会会长), in names and bios', () => {
    for (const name of ['健康产业研究院副院长', '书画家协会会长']) {
      expect(
        check(name).findings.map((finding) => finding.rule),
        name,
      ).to.include('organisation-title');
    }
    const bio = engine.check({ bio: '现任华夏中医药研究院院长' });
    expect(bio.findings.map((finding) => finding.rule)).to.include('organisation-title');
  });

  it('reviews an organisation form under an international name under 8.3, unless approved (entity)', () => {
    for (const name of ['亚洲文化艺术奖组委会', '世界华人书画联合会', '国际男性健康研究院']) {
      const verdict = check(name);
      expect(verdict.verdict, name).to.not.equal('pass');
      expect(
        verdict.findings.map((finding) => finding.article),
        name,
      ).to.include('8.3');
    }
  });

  it('passes international words in ordinary names', () => {
    for (const name of ['国际范儿小王', '世界那么大', '环球旅行家阿杰', '全球通用户']) {
      expect(check(name).verdict, name).to.equal('pass');
    }
  });
});

describe('default rule set: titles an organ confers', () => {
  it('reviews a region with the honorary title its organ confers on a person (日照文旅推荐官), not the title alone', () => {
    const verdict = check('日照文旅推荐官');
    expect(verdict.verdict).to.equal('review');
    expect(verdict.findings.map((f) => f.article)).to.include('8.5');
    for (const name of ['好物推荐官', '美食推荐官', '文旅推荐官小王'])
      expect(check(name).verdict, name).to.equal('pass');
  });
});

describe('default rule set: a finance topic with a mentor word (Art. 11)', () => {
  it('asks the finance qualification of 财经老师 in either order, traditional characters too', () => {
    for (const name of ['財經周末老師', '小宋老師說財經', '股票导师阿强']) {
      const verdict = check(name);
      expect(verdict.verdict, name).to.equal('review');
      expect(verdict.requires, name).to.deep.equal([{ kind: 'qualification', domain: 'finance', label: '金融' }]);
    }
  });

  it('passes a topic or a mentor word alone', () => {
    for (const name of ['投资老王', '理财小达人', '王老师']) expect(check(name).verdict, name).to.equal('pass');
  });
});
