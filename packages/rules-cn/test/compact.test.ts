/** The compact form the package loads decodes to the document it was made from, byte for byte. */
import type { RuleSet } from '@mingzheng/precheck';
import { expect } from 'chai';
import { decodeRuleSet, encodeRuleSet } from '../src/compact.js';
import { defaultRuleSet } from '../src/index.js';

const document: RuleSet = {
  name: 'compact-test',
  version: '1',
  lexicons: [
    {
      category: 'university',
      article: '8.5',
      source: 'test',
      entries: ['北京大学', '北京交通大学', '北京交通大学海滨学院', '北京', '12315热线', '𠀀𠀁字', '𠀀𠀂字'],
    },
    {
      category: 'organ',
      homophones: true,
      entries: [
        '中国人民银行',
        { term: '中国银行', pinyin: 'zhong guo yin hang' },
        '中国',
        { term: '中国建设银行', homophones: false, source: 'elsewhere' },
      ],
    },
    { category: 'empty', entries: [] },
    // Longer shared beginnings than one prefix digit counts (35): the rest is written out.
    { category: 'long', entries: ['甲'.repeat(50), `${'甲'.repeat(45)}乙`, `${'甲'.repeat(45)}乙丙`] },
  ],
  rules: [{ id: 'r', article: '8.5', severity: 'block', fields: ['name'], match: { lexicon: ['organ'] } }],
};

describe('the compact form of a rule set', () => {
  it('decodes to the same document, key order included', () => {
    const compact = encodeRuleSet(document);
    expect(JSON.stringify(decodeRuleSet(compact))).to.equal(JSON.stringify(document));
    expect(JSON.stringify(decodeRuleSet(JSON.parse(JSON.stringify(compact))))).to.equal(JSON.stringify(document));
  });

  it('writes shared beginnings once', () => {
    const [university] = encodeRuleSet(document).lexicons;
    expect(university?.terms.split('|').slice(0, 3)).to.deep.equal(['0北京大学', '2交通大学', '6海滨学院']);
  });

  it('refuses a term it could not write', () => {
    const broken = { ...document, lexicons: [{ category: 'x', entries: ['甲|乙'] }] };
    expect(() => encodeRuleSet(broken)).to.throw('contains "|"');
  });

  it('is what the package exports: the default rule set round-trips', () => {
    expect(JSON.stringify(decodeRuleSet(encodeRuleSet(defaultRuleSet)))).to.equal(JSON.stringify(defaultRuleSet));
    expect(defaultRuleSet.lexicons.length).to.be.greaterThan(50);
  });
});
