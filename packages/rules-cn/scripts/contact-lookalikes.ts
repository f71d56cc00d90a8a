/**
 * The contact code words written with Han look-alikes (徽信 for 微信, 寇寇 for 扣扣, Q裙 for Q群,
 * 伽V for 加V): data/sources/contact-lookalikes.tsv, a small table of characters that stand for a
 * character of a code word by sound (the same reading, per pinyin-pro) or by form, applied to the
 * code words of data/lexicons/contact-qq.json and contact-wechat.json only — never to Han text at
 * large, where 薇 and 威 are names. Every variant with one kind of character replaced (each
 * occurrence of it: 扣扣 → 寇寇) becomes an entry of `contact-qq-lookalike` or
 * `contact-wechat-lookalike`, which the rule set's `contact` section names beside the base lists.
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const here = (path: string) => new URL(`../${path}`, import.meta.url);

function table(): Map<string, string[]> {
  const lookalikes = new Map<string, string[]>();
  for (const line of readFileSync(here('data/sources/contact-lookalikes.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [char, lookalike] = line.split('\t');
    if (!char || !lookalike) continue;
    lookalikes.set(char, [...(lookalikes.get(char) ?? []), lookalike]);
  }
  return lookalikes;
}

function words(file: string): string[] {
  const lexicon = JSON.parse(readFileSync(here(`data/lexicons/${file}`), 'utf8')) as {
    entries: (string | { term: string })[];
  };
  return lexicon.entries.map((entry) => (typeof entry === 'string' ? entry : entry.term));
}

function variants(base: readonly string[], lookalikes: Map<string, string[]>): string[] {
  const known = new Set(base);
  const out = new Set<string>();
  for (const word of base) {
    for (const [char, others] of lookalikes) {
      if (!word.includes(char)) continue;
      for (const other of others) {
        const variant = word.split(char).join(other);
        if (!known.has(variant)) out.add(variant);
      }
    }
  }
  return [...out].sort();
}

const SOURCE =
  'data/sources/contact-lookalikes.tsv（同音字据 pinyin-pro 读音，形近字按字形；2026-12）应用于 contact-qq.json、contact-wechat.json 的暗语';

export function lexicons(): Lexicon[] {
  const lookalikes = table();
  return [
    {
      category: 'contact-qq-lookalike',
      article: '8.6',
      description: 'QQ 号前的暗语的同音、形近写法（寇寇、Q裙）。只供联系方式检测使用。',
      source: SOURCE,
      entries: variants(words('contact-qq.json'), lookalikes),
    },
    {
      category: 'contact-wechat-lookalike',
      article: '8.6',
      description: '微信号前的暗语的同音、形近写法（徽信、伽V）。只供联系方式检测使用。',
      source: SOURCE,
      entries: variants(words('contact-wechat.json'), lookalikes),
    },
  ];
}
