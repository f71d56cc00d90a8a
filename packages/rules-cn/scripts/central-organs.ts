/**
 * The central state organs (data/sources/central-organs.tsv): the CPC Central Committee with its
 * departments, offices and decision-making commissions, the NPC, the CPPCC, the State Council with
 * every ministry, commission, directly affiliated body, administration under a ministry and sign it
 * carries, the supervisory commission, the supreme court and procuratorate, the Central Military
 * Commission with its departments, services, arms and theater commands, the armed police and coast
 * guard, the central government's offices in Hong Kong and Macao, and the eight democratic parties.
 *
 * One `organ` lexicon per public list the names come from, so every entry carries its list as the
 * lexicon's source. Full names and short names alike are blocked wherever they appear in a name,
 * bio or signature: each is the organ's own name, unambiguous even inside a longer text.
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const here = (path: string) => new URL(path, import.meta.url);

/** Lines of a TSV file without comments and blank lines, split into fields. */
export function readTsv(path: URL): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((field) => field.trim()));
}

export function lexicons(): Lexicon[] {
  const citations = new Map(
    readTsv(here('../data/sources/central-organs.sources.tsv')).map(([key = '', citation = '']) => [key, citation]),
  );
  const bySource = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const [name = '', shortNames = '', group = '', key = ''] of readTsv(
    here('../data/sources/central-organs.tsv'),
  )) {
    if (!citations.has(key)) throw new Error(`central-organs.tsv: ${name} cites unknown source "${key}"`);
    if (!name || !group) throw new Error(`central-organs.tsv: incomplete line for "${name}"`);
    const terms = bySource.get(key) ?? [];
    for (const term of [name, ...shortNames.split('、')]) {
      if (term === '' || seen.has(term)) continue;
      seen.add(term);
      terms.push(term);
    }
    bySource.set(key, terms);
  }
  return [...bySource].map(([key, entries]) => ({
    category: 'organ',
    article: '8.2',
    description:
      '中央党政军机关和人民政协、民主党派：全称、对外名称与通行简称（中央和国家机关的名称在任何位置出现都构成冒用）。',
    source: citations.get(key) ?? key,
    homophones: true,
    entries,
  }));
}
