/**
 * Administrative divisions (Art. 8(5), with organ suffixes) that the region lexicon's base list,
 * china-area-data 5.0.1, does not know: districts and county-level cities set up or renamed since
 * (临平区 and 钱塘区 of Hangzhou, 2021; 海门区, 无为市, 龙南市 …), from the National Bureau of
 * Statistics' statistical division codes. Only the names the base list lacks are added, as a
 * further `region` lexicon, by the rules compile.ts applies to the base list: every full name, and a
 * county's short form (临平, 钱塘) where it is no ordinary word and no functional area. Names the
 * newer list no longer carries (江干区 and 下城区, merged away in 2021) stay in the base list: old names
 * are still written in account names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lexicon } from './index.js';
import { countyShortForm, FUNCTIONAL_AREA, ORDINARY_SHORT_FORMS } from './region-names.js';

const require = createRequire(import.meta.url);
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** [code, name] rows of the list: provinces (2 digits), prefectures (4), counties (6). */
function readDivisions(): [string, string][] {
  const text = readFileSync(new URL('../data/sources/nbs-divisions.tsv', import.meta.url), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', name = ''] = line.split('\t').map((cell) => cell.trim());
      return [code, name];
    });
}

export function lexicons(): Lexicon[] {
  const data = require('china-area-data') as Record<string, Record<string, string>>;
  const known = new Set<string>();
  for (const divisions of Object.values(data))
    for (const name of Object.values(divisions)) {
      known.add(name);
      known.add(countyShortForm(name));
      known.add(name.replace(/(市|地区)$/u, ''));
    }
  const full = new Set<string>();
  const short = new Set<string>();
  for (const [code, name] of readDivisions()) {
    if (known.has(name) || PLACEHOLDERS.has(name) || name.length < 2) continue;
    full.add(name);
    if (code.length !== 6 || FUNCTIONAL_AREA.test(name)) continue;
    const form = countyShortForm(name);
    if (form !== name && form.length >= 2 && !ORDINARY_SHORT_FORMS.has(form) && !known.has(form)) short.add(form);
  }
  const source =
    '国家统计局 统计用区划代码（modood/Administrative-divisions-of-China dist/*.csv，commit dc3a1d7，2023-09-13）';
  return [
    {
      category: 'region',
      homophones: true,
      article: '8.5',
      description:
        'china-area-data 5.0.1 之后设立或更名的县级、地级行政区划全称（临平区、钱塘区、海门区、无为市……）。单独出现不处理，只在“行政区划 + 机构后缀 / 官方身份”的组合中使用。',
      source,
      entries: [...full].sort(),
    },
    {
      category: 'region',
      article: '8.5',
      description:
        '上述新设县级行政区划的简称（临平、钱塘；普通词语除外），只按字面匹配；基础名单已有的简称不重复收录。',
      source,
      entries: [...short].sort(),
    },
  ];
}
