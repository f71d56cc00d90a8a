/**
 * The e-commerce list of advertising-law words (data/sources/advertising-limit-words.txt, as sellers
 * and platforms pass it round) sorted into the law's categories (data/sources/advertising-limit-words.sort.tsv):
 * each term joins the lexicon category its row names — a claim by itself (`claim-review`), an
 * absolute term that counts beside goods (`absolute-word`), a superstition that counts beside charms
 * (`luck-claim`), a state endorsement (`endorsement`) … — or is marked `=` (an existing lexicon has
 * it) or `-` (not used, with why). The list is not official (SAMR's 2023 guide lists no words and
 * asks for judgement in context), so nothing of it is refused that the law's own wording does not
 * refuse, and every row must be a term of the list.
 */

import { readFileSync } from 'node:fs';
import { readTsv } from './central-organs.js';
import type { Lexicon } from './index.js';

const LIST = 'es3344520/advertising-limit-words Dete.txt（135cc82，2026-01-22），电商广告法违禁词清单（非官方汇编）';

/** What each category the list feeds means, and the article it reads. */
const CATEGORIES: Record<string, { description: string; source: string }> = {
  'claim-review': {
    description: '清单里一经说出就是广告断言的说法（独家配方、一盒见效、100%有效、增强第六感、一本书学会）：单独送审。',
    source: `${LIST}；《中华人民共和国广告法》（2021年修正） 第九条第（三）（八）项、第十六条、第二十四条、第二十六条`,
  },
  'absolute-word': {
    description: '清单里的绝对化用语（最流行、一流、尖端、独家、之王）：只在商品、服务词近旁算数，同 absolute-word。',
    source: `${LIST}；《中华人民共和国广告法》（2021年修正） 第九条第（三）项`,
  },
  endorsement: {
    description:
      '借国家机关、国家机关工作人员名义推荐，或者宣称免检（国家领导人推荐、政协用酒、质量免检）：任何字段拒绝。',
    source: `${LIST}；《中华人民共和国广告法》（2021年修正） 第九条第（二）项；《产品质量法》第十五条（国家对产品质量实行以抽查为主要方式的监督检查制度）`,
  },
  'luck-claim': {
    description:
      '清单里的迷信功效（辟邪、旺财、镇宅、逢凶化吉、化解小人）：只在 charm-goods 近旁算数；单独是贺词、名字或者玩笑。',
    source: `${LIST}；《中华人民共和国广告法》（2021年修正） 第九条第（八）项`,
  },
  'efficacy-verb': {
    description: '清单里的疗效断言（不反复、彻底康复）：只在疾病名近旁算数。',
    source: `${LIST}；《中华人民共和国广告法》（2021年修正） 第十六条第一款第（一）项、第十七条`,
  },
};

export function lexicons(): Lexicon[] {
  const here = (path: string) => new URL(path, import.meta.url);
  const listed = new Set(
    readFileSync(here('../data/sources/advertising-limit-words.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  const byCategory = new Map<string, string[]>();
  for (const [term = '', use = ''] of readTsv(here('../data/sources/advertising-limit-words.sort.tsv'))) {
    if (!listed.has(term)) throw new Error(`advertising-limit-words.sort.tsv: ${term} is not on the list`);
    if (use === '=' || use === '-') continue;
    if (!CATEGORIES[use]) throw new Error(`advertising-limit-words.sort.tsv: ${term}: unknown category ${use}`);
    byCategory.set(use, [...(byCategory.get(use) ?? []), term]);
  }
  return [...byCategory].map(([category, entries]) => ({
    category,
    article: '8.7',
    ...CATEGORIES[category],
    entries,
  })) as Lexicon[];
}
