/**
 * The surnames a person's name starts with (data/sources/surnames-2008.tsv): every surname borne by
 * at least one in 10,000 of the Han Chinese population in the 2008 household registers. The rule
 * set reads them as a list (`names.surname` in data/rules.json), never as terms: a field that is
 * one of them and a one- or two-character given name is a person's name, and a rule that says
 * `notGivenName` does not read a word that is that given name (覃新闻, a person, is no news outlet).
 */

import { readTsv } from './central-organs.js';
import type { Lexicon } from './index.js';

export function lexicons(): Lexicon[] {
  const rows = readTsv(new URL('../data/sources/surnames-2008.tsv', import.meta.url));
  return [
    {
      category: 'surname',
      article: '8.4',
      description:
        '姓氏：2008 年户籍汉族人口中每万人至少一人的姓氏（含复姓欧阳）。只作名单读取，不作词条匹配：“姓 + 一两个字的名”构成的名称是人名。',
      source:
        'ChineseNames: Chinese Name Database 1930-2008（Bao 2021，全国户籍人口姓氏频率），familyname.csv 中 ppm ≥ 100 的姓氏',
      entries: rows.map(([surname = '']) => surname),
    },
  ];
}
