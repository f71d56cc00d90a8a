/**
 * Node only: it reads data/sources/china-missions-abroad.tsv. Every embassy, consulate-general and
 * office of China abroad is a state organ (Art. 8.2): its name, with 中国 or alone as the mission
 * writes it, is blocked — by the shape 中国驻 / 驻 + place + mission word, not by a list of them.
 */
import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const missions = readFileSync(new URL('../data/sources/china-missions-abroad.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t')[0] ?? '');

describe("default rule set: China's missions abroad", () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  it('lists the missions', () => {
    expect(missions.length).to.be.greaterThan(250);
  });

  for (const prefix of ['中国', '中华人民共和国', '']) {
    it(`blocks every mission of the list under 8.2 as ${prefix || 'the mission writes itself'} + its name`, () => {
      const missed = missions.filter((mission) => {
        const result = engine.check({ name: `${prefix}${mission}` });
        return result.verdict !== 'block' || !result.findings.some((f) => f.article === '8.2');
      });
      expect(missed).to.deep.equal([]);
    });
  }

  it('blocks a mission with official words but not a career in a bio', () => {
    expect(engine.check({ name: '【官方】驻大阪总领事馆' }).verdict).to.equal('block');
    expect(engine.check({ bio: '中国驻洛杉矶总领事馆官方账号' }).verdict).to.equal('block');
    const career = engine.check({ bio: '曾任中国驻洛杉矶总领事馆领事' });
    expect(career.findings.filter((f) => f.article === '8.2')).to.deep.equal([]);
  });

  it('passes words with 驻 that name no mission', () => {
    for (const name of ['驻村第一书记', '驻唱歌手小王', '青春永驻']) {
      expect(
        engine.check({ name }).findings.filter((f) => f.article === '8.2'),
        name,
      ).to.deep.equal([]);
    }
  });
});
