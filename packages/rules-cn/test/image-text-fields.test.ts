/**
 * Text read from an avatar or a cover (fields `avatar`, `cover`) gets what the same text gets as
 * the account name: institutions and contact details drawn in an image are blocked under their
 * article; personal descriptions and ordinary words pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const rows: readonly [text: string, verdict: 'block' | 'review' | 'pass', article?: string][] = [
  ['新华社', 'block', '8.4'],
  ['人民日报客服', 'block', '8.4'],
  ['国家税务总局', 'block', '8.2'],
  ['北京市公安局', 'block', '8.2'],
  ['中国移动客服', 'block', '8.2'],
  ['电话13812345678', 'block', '8.6'],
  ['微信：abcde123', 'block', '8.6'],
  ['清华大学', 'block', '8.2'],
  ['心理咨询师', 'review', '11'],
  ['清华校友小李', 'pass'],
  ['淘宝店主', 'pass'],
  ['周末愉快', 'pass'],
  ['山川湖海', 'pass'],
  ['张伟', 'pass'],
];

describe('text read from images (fields avatar and cover)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [text, verdict, article] of rows) {
    it(`${text} in an image → ${verdict}${article ? ` under ${article}` : ''}, as the name`, () => {
      for (const info of [{ avatarText: text }, { coverText: text }]) {
        const result = engine.check(info);
        expect(result.verdict, JSON.stringify(info)).to.equal(verdict);
        if (article) expect(result.findings.map((f) => f.article)).to.include(article);
        const field = 'avatarText' in info ? 'avatar' : 'cover';
        expect(result.findings.every((f) => f.field === field)).to.equal(true);
        // The same as the name.
        const asName = engine.check({ name: text });
        expect(result.findings.map((f) => [f.rule, f.article, f.severity])).to.deep.equal(
          asName.findings.map((f) => [f.rule, f.article, f.severity]),
        );
      }
    });
  }
});
