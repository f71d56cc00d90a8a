/**
 * The state-level new areas (data/sources/state-level-new-areas.tsv): functional areas with their
 * own administrative committees (雄安新区管委会), not in the administrative-division codes. They
 * join the `region` category, so a new area before an organ suffix is a local organ like any region.
 */

import { readTsv } from './central-organs.js';
import type { Lexicon } from './index.js';

export function lexicons(): Lexicon[] {
  const rows = readTsv(new URL('../data/sources/state-level-new-areas.tsv', import.meta.url));
  return [
    {
      category: 'region',
      article: '8.5',
      description: '国家级新区：不是行政区划，但设管理委员会；只在“新区 + 机构后缀”的组合中使用。',
      source: '国家发展和改革委员会 国家级新区名单（19 个，2017 年起）',
      homophones: true,
      entries: rows.map(([name = '']) => name),
    },
  ];
}
