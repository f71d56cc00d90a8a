/**
 * The news units of the CAC's list of sources websites may republish news from
 * (data/sources/cac-news-sources-2015.tsv): central news websites and units, ministry websites and,
 * per province, its news websites, papers and broadcasters.
 *
 * A name that is a news unit and nothing else (人民日报, 北京人民广播电台, 中国经济网) is impersonation
 * wherever it stands in a name (`news-source`). A name that is also an ordinary word or the start of
 * one — three characters or fewer (今晚报 in 今晚报名, 长城网 in 长城网络, 红网), a title that is a plain
 * phrase (中国青年, 今日中国, 求是) or a site named 在线 (浙江在线 in 浙江在线教育) — counts only as the
 * account's identity, with an official word after it (`news-source-short`, see rules.json).
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const SOURCE = '国家互联网信息办公室《可供网站转载新闻的新闻单位名单》（2015年5月更新，380家）';

/** Endings that make a title a news unit's own name rather than a phrase. */
const MEDIA_ENDING = /(?:报|网|台|社|杂志|周刊|电讯|海外版)$/u;

/** The list's cells hold names separated by spaces; some run together as 《…》杂志 or carry an alias in （）. */
export function namesOf(cell: string): string[] {
  const names: string[] = [];
  for (const token of cell.split(/\s+/u)) {
    if (token === '') continue;
    for (const part of token.split(/(?=《)|(?<=杂志)(?=[^《])|(?<=）)/u)) {
      const alias = /^(.+?)（(.+)）$/u.exec(part);
      const found = alias ? [alias[1] ?? '', alias[2] ?? ''] : [part];
      for (const name of found) {
        const plain = name.replace(/[《》]/gu, '');
        if (plain !== '') names.push(plain);
      }
    }
  }
  return names;
}

export function readNewsSources(): { region: string; kind: string; name: string }[] {
  const text = readFileSync(new URL('../data/sources/cac-news-sources-2015.tsv', import.meta.url), 'utf8');
  const rows: { region: string; kind: string; name: string }[] = [];
  for (const line of text.split('\n').slice(2)) {
    const [region, kind, cell] = line.split('\t');
    if (!region || !kind || !cell) continue;
    for (const name of namesOf(cell)) rows.push({ region, kind, name });
  }
  return rows;
}

export function lexicons(): Lexicon[] {
  const full = new Set<string>();
  const short = new Set<string>();
  for (const { name } of readNewsSources()) {
    if ([...name].length <= 3 || !MEDIA_ENDING.test(name)) short.add(name);
    else full.add(name);
  }
  return [
    {
      category: 'news-source',
      article: '8.4',
      homophones: true,
      description:
        '互联网新闻信息稿源单位：中央和省级新闻网站、报刊、广播电台、电视台的名称。名称出现在账号名称中即构成仿冒新闻媒体。',
      source: SOURCE,
      entries: [...full].sort(),
    },
    {
      category: 'news-source-short',
      article: '8.4',
      description:
        '稿源单位中名称较短或本身是普通词语的（今晚报、长城网、求是、今日中国）：只在与“官方”“客服”等身份词连用时处理，“今晚报名”“长城网络”不处理。',
      source: SOURCE,
      entries: [...short].sort(),
    },
  ];
}
