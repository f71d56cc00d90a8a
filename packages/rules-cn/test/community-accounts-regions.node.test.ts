/**
 * Unofficial community accounts named after an institution (Art. 8.2: "may be taken for" its
 * official account) are reviewed, never blocked: 某某大学表白墙, 清华树洞, 某某中学万能墙. The
 * institution's name alone or with an official word stays a block; a person describing themselves
 * passes; 万能墙 is no claim of 8.7. And divisions set up after the base region list (临平区, 钱塘区
 * of 2021) are regions before an organ suffix; the UN system bodies, development banks and
 * regional organisations, and airlines by their Latin names, are the institution as a name.
 */
import { createEngine, type Engine, type Verdict } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const under = (verdict: Verdict, article: string, severity: 'block' | 'review') =>
  verdict.findings.some((finding) => finding.article === article && finding.severity === severity);

describe('community accounts named after an institution, and newer divisions', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  it('reviews an institution name with a community-account word, without blocking it', async () => {
    for (const name of [
      '清华大学表白墙',
      '清华树洞',
      '北京大学万能墙',
      '复旦大学新生群',
      '北京协和医院交流群',
      '杭州市第一中学表白墙',
      '某某职业技术学院校园墙',
      '【】浙江大学百事通',
    ]) {
      const verdict = await engine.check({ name });
      expect(verdict.verdict, name).to.equal('review');
      expect(under(verdict, '8.2', 'review'), name).to.equal(true);
    }
  });

  it('still blocks the name alone or with an official word', async () => {
    for (const name of ['北京大学', '清华大学招生办', '复旦大学官方'])
      expect((await engine.check({ name })).verdict, name).to.equal('block');
  });

  it('passes a person describing themselves, and 万能墙 alone is no claim', async () => {
    for (const name of ['清华校友小王', '北京大学学生', '万能墙', '我是万能墙']) {
      const verdict = await engine.check({ name });
      expect(verdict.verdict, name).to.equal('pass');
    }
    const bio = await engine.check({ bio: '在学校万能墙上找到了失主' });
    expect(under(bio, '8.7', 'block') || under(bio, '8.7', 'review'), 'bio').to.equal(false);
  });

  it('knows districts set up after the base list before an organ suffix, and not as a given name', async () => {
    for (const name of ['临平区公安局', '钱塘区人民法院', '钱塘公安', '无为市人民政府'])
      expect((await engine.check({ name })).verdict, name).to.equal('block');
    for (const name of ['王临平', '钱塘江边的小李'])
      expect((await engine.check({ name })).verdict, name).to.equal('pass');
  });

  it('blocks the UN system bodies, development banks and regional organisations as a name, not a mention', async () => {
    for (const name of [
      '欧洲投资银行',
      '美洲开发银行官方',
      '联合国毒品和犯罪问题办公室',
      '禁止化学武器组织',
      'OSCE',
      'China Cargo Airlines',
    ])
      expect((await engine.check({ name })).verdict, name).to.equal('block');
    for (const name of ['在欧洲投资银行实习的小张'])
      expect((await engine.check({ name })).verdict, name).to.not.equal('block');
  });
});
