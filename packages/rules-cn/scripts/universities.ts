/**
 * Universities (Art. 8(2), institutions): the Ministry of Education's list of regular higher-education
 * institutions (全国普通高等学校名单, as of 2025-06-20: 2,919 institutions, undergraduate and
 * vocational) and the common short names that mean one of them.
 *
 * - `university`: every full name on the list, and the name without its campus in brackets
 *   (中国地质大学（北京） → 中国地质大学 too).
 * - `university-short`: short names that mean one institution on the list (清华, 哈工大). Short names
 *   are also words and given names (清华 in 王清华, 天大 in 天大的事), so rules use them only with an
 *   office or department word (清华招生办).
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const sources = new URL('../data/sources/', import.meta.url);

/** Rows of a tab-separated file with a header line. */
function readTsv(file: string): string[][] {
  const lines = readFileSync(new URL(file, sources), 'utf8').split('\n');
  return lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** 中国地质大学（北京） → 中国地质大学; names without a bracketed campus are returned unchanged. */
const withoutCampus = (name: string) => name.replace(/[（(][^）)]*[）)]$/u, '');

/**
 * Vocational colleges (高职专科: 职业技术学院, 高等专科学校 …, 1,541 of the 2,919) are not listed one by
 * one: their names end in an organisation form (学院, 学校), so a personal account named after one is
 * reviewed by the `organisation-form` rule, and listing them would cost ~8 KB gzip of the components'
 * 150 KB lazy budget. Vocational universities (职业技术大学, undergraduate) are listed.
 */
const isVocationalCollege = (name: string) => /职业|专科/u.test(name) && !/大学/u.test(name);

export function lexicons(): Lexicon[] {
  const full = new Set<string>();
  for (const [name] of readTsv('moe-higher-education-institutions-2025.tsv')) {
    if (!name || isVocationalCollege(name)) continue;
    full.add(name);
    full.add(withoutCampus(name));
  }
  const short = new Set<string>();
  for (const [abbreviation, name] of readTsv('university-short-names.tsv')) {
    if (!abbreviation || !name) continue;
    if (!full.has(name)) throw new Error(`university-short-names.tsv: ${name} is not on the MOE list`);
    short.add(abbreviation);
  }
  return [
    {
      category: 'university',
      article: '8.2',
      description:
        '普通高等学校全称（本科院校与职业技术大学；高职专科院校名称以“学院”“学校”结尾，由 organisation-form 送审，不逐一收录），含去掉括号内校区的名称。名称本身或名称加官方、部门用语（招生办、教务处、官微）即冒用学校；“清华大学学生”“北京大学校友”之类的个人描述不处理。',
      source: '教育部 全国普通高等学校名单（截至2025年6月20日，2025-06-27公布）',
      // A full name is heard by sound and in pinyin too (四川大雪, sichuandaxue); short names are not.
      homophones: true,
      entries: [...full].sort(),
    },
    {
      category: 'university-short',
      article: '8.2',
      description:
        '只指一所高校的通行简称（清华、哈工大）。简称也是常用词和人名用字，只在与部门用语连用（清华招生办）时处理；有歧义的简称（人大、南大、东大、山大、交大、华师、中大、南航、国美）不收。',
      source: '通行简称，对应 教育部 全国普通高等学校名单（截至2025年6月20日）中的学校',
      entries: [...short].sort(),
    },
  ];
}
