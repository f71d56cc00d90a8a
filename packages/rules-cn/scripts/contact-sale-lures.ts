/**
 * The sexual-service lures (`contact-sale-lure`): words a spam bio sets beside a bare ID or a lone
 * code word (UKC173 美乳, 裸聊 薇). From data/sources/sensitive-lexicon-sexual.txt, the two sexual
 * lists of konsheng/Sensitive-lexicon (色情类型 and 色情词库, one word a line; its 广告类型 list was
 * left out: 兼职, 客服, 代理 beside an ID are ordinary business bios), whole, but for the words with no Han character
 * (fuck: an English word of any bio) and the words that hold another word of the list (淫荡自慰器
 * holds 自慰: the shorter one finds both). Alone such a word is no contact; the `id` and `code`
 * detectors count only in a field that also holds one of them (data/rules.json, contact-bio-sale-lure).
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const HAN = /[\u3400-\u9fff]/;

export function lexicons(): Lexicon[] {
  const text = readFileSync(new URL('../data/sources/sensitive-lexicon-sexual.txt', import.meta.url), 'utf8');
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.trim().toLowerCase();
    if (word === '' || line.startsWith('#') || !HAN.test(word)) continue;
    words.add(word);
  }
  const entries = [...words].filter((word) => ![...words].some((other) => other !== word && word.includes(other)));
  return [
    {
      category: 'contact-sale-lure',
      article: '8.6',
      description:
        '色情招揽用语：与单独的账号（字母数字混合五位以上，或五至十一位数字）或单独的联系暗语（薇、企鹅）同在简介里时，是在为色情服务引流，送人工审核；单独出现不算联系方式。',
      source: 'konsheng/Sensitive-lexicon Vocabulary/色情类型.txt、色情词库.txt（commit 5a8da94，2026-06-16，MIT）',
      entries: entries.sort(),
    },
  ];
}
