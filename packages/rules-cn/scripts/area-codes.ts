/**
 * The area codes of mainland fixed lines (010 北京, 021 上海, 0755 深圳 …): data/sources/cn-area-codes.tsv,
 * the fixed-line prefixes of libphonenumber's Chinese geocoding table, with the trunk 0. The contact
 * detectors read them (the rule set's `contact.areaCodes`): a number that starts with one and goes on
 * with a local number of seven or eight digits is a fixed line (0755-81697589, (010)82608260).
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const here = (path: string) => new URL(`../${path}`, import.meta.url);

export function areaCodes(): string[] {
  const codes: string[] = [];
  for (const line of readFileSync(here('data/sources/cn-area-codes.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [code] = line.split('\t');
    if (!code || !/^0[1-9][0-9]{1,2}$/.test(code)) throw new Error(`cn-area-codes.tsv: not an area code: ${line}`);
    codes.push(code);
  }
  return [...new Set(codes)].sort();
}

export function lexicons(): Lexicon[] {
  return [
    {
      category: 'contact-area-code',
      article: '8.6',
      description:
        '固定电话长途区号（含长途前缀 0）：以区号开头、后接 7–8 位本地号码（首位 2–9）的号码即认作固定电话。只供联系方式检测使用。',
      source:
        'google/libphonenumber resources/geocoding/zh/86.txt（固定电话部分据其注明的 2011-06-01 统计数据；仓库提交 f7e3e88c92b905c8d6edb81f336dbe25edc05b52，2026-07）',
      entries: areaCodes(),
    },
  ];
}
