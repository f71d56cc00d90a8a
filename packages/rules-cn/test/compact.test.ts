/** The compact form the package loads decodes to the document it was made from, byte for byte. */
import type { RuleSet } from '@mingzheng/precheck';
import { expect } from 'chai';
import { CODE_RANGES, decodeRuleSet, encodeRuleSet, MARKS } from '../src/compact.js';
import { defaultRuleSet } from '../src/index.js';

const COUNTIES = [
  '丁青县',
  '万安县',
  '万州区',
  '万宁市',
  '北川羌族自治县',
  '长阳土家族自治县',
  '城关区',
  '合作市',
  '浦东新区',
  '海淀区',
  '义乌市',
  '瑞金市',
  '井冈山市',
  '延吉市',
  '珲春市',
  '宁都县',
  '兴国县',
  '于都县',
  '石城县',
  '会昌县',
  '寻乌县',
  '安远县',
  '龙南市',
  '定南县',
  '全南县',
];
// The short forms but two that are ordinary words (城关, 合作), with the autonomous counties' level, and one
// that no rule yields.
const SHORTS = [
  ...COUNTIES.filter((name) => !['城关区', '合作市'].includes(name)).map((name) =>
    name.replace(/(羌族|土家族)?自治县$|新区$|[县区市]$/, ''),
  ),
  '北川县',
  '长阳县',
  '井冈',
];

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
    // Sorted county names and their short forms: the short forms are written as derived from them.
    {
      category: 'county',
      entries: [...COUNTIES].sort(),
    },
    {
      category: 'county-short',
      entries: [...SHORTS].sort(),
    },
    // Longer shared beginnings than one prefix digit counts (35): the rest is written out.
    { category: 'long', entries: ['甲'.repeat(50), `${'甲'.repeat(45)}乙`, `${'甲'.repeat(45)}乙丙`] },
  ],
  rules: [{ id: 'r', article: '8.5', severity: 'block', fields: ['name'], match: { lexicon: ['organ'] } }],
  allow: [{ terms: ['中国银行卡', '中国银行家'], categories: ['organ'] }, { terms: [] }],
};

describe('the compact form of a rule set', () => {
  it('decodes to the same document, key order included', () => {
    const compact = encodeRuleSet(document);
    expect(JSON.stringify(decodeRuleSet(compact))).to.equal(JSON.stringify(document));
    expect(JSON.stringify(decodeRuleSet(JSON.parse(JSON.stringify(compact))))).to.equal(JSON.stringify(document));
  });

  it('writes shared beginnings once, and frequent characters by the table', () => {
    const compact = encodeRuleSet(document);
    // 北京大学, 北京交通大学, 北京交通大学海滨学院: marks 0, 2 and 6, then the rest.
    const university = compact.terms[0] ?? '';
    expect([university[0], university[5], university[10]]).to.deep.equal([MARKS[0], MARKS[2], MARKS[6]]);
    expect(MARKS).to.include(university[15]);
    // 甲, 50 times in the long lexicon, is in the table: written as a code of two UTF-8 bytes.
    const long = compact.terms[5] ?? '';
    expect(long).not.to.include('甲');
    const code = long.charCodeAt(1);
    expect(CODE_RANGES.some(([from, to]) => code >= from && code < to)).to.equal(true);
  });

  it('writes a lexicon another one yields as that derivation', () => {
    const compact = encodeRuleSet(document);
    const derived = compact.derived?.find((derive) => derive.lexicon === 4);
    expect(derived?.base).to.equal(3);
    expect(compact.terms[4]).to.equal('');
    expect(derived?.rules.map(([suffix]) => suffix)).to.include.members(['县', '区', '市']);
  });

  it('refuses a term it could not write', () => {
    for (const term of ['甲~乙', '甲!乙', `甲${String.fromCharCode(0x100)}`]) {
      const broken = { ...document, lexicons: [{ category: 'x', entries: [term] }] };
      expect(() => encodeRuleSet(broken)).to.throw('which the compact form uses');
    }
  });

  it('stands for characters by letters and symbols that are left to right and normalization-stable', () => {
    for (const [from, to] of CODE_RANGES)
      for (let code = from; code < to; code++) {
        const char = String.fromCharCode(code);
        expect(char, code.toString(16)).to.match(/^[\p{L}\p{S}]$/u);
        expect(char, code.toString(16)).to.match(
          /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Common}]$/u,
        );
        expect(char.normalize('NFC'), code.toString(16)).to.equal(char);
        expect(new TextEncoder().encode(char).length).to.equal(2);
      }
  });

  it('is what the package exports: the default rule set round-trips', () => {
    expect(JSON.stringify(decodeRuleSet(encodeRuleSet(defaultRuleSet)))).to.equal(JSON.stringify(defaultRuleSet));
    expect(defaultRuleSet.lexicons.length).to.be.greaterThan(50);
  });
});
