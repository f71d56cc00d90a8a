/**
 * News media names written with Han look-alikes (人民曰报 for 人民日报, 入民网 for 人民网): the small
 * table of characters that look like another (data/sources/han-lookalikes.tsv: 日/曰, 己/已/巳, 末/未,
 * 戊/戌/戍, 土/士, 人/入, 天/夭, 千/干, 王/玉, 口/囗) applied to the names of the news media lexicons
 * and to the news attributes (日报 → 曰报) only — never to Han text at large, where 已 and 己 are
 * ordinary words. The engine hears homophones by itself; a look-alike has another reading (曰 yuē),
 * so it is written out here. Every variant with one kind of character replaced (each occurrence of
 * it) becomes an entry of `news-media-lookalike` or `news-attribute-lookalike`; a variant that is
 * itself a listed name or an ordinary word is left out.
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const here = (path: string) => new URL(`../${path}`, import.meta.url);

export function table(): Map<string, string[]> {
  const lookalikes = new Map<string, string[]>();
  for (const line of readFileSync(here('data/sources/han-lookalikes.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [char, lookalike] = line.split('\t');
    if (!char || !lookalike) continue;
    lookalikes.set(char, [...(lookalikes.get(char) ?? []), lookalike]);
  }
  return lookalikes;
}

function terms(file: string): string[] {
  const lexicon = JSON.parse(readFileSync(here(`data/lexicons/${file}`), 'utf8')) as {
    entries: (string | { term: string })[];
  };
  return lexicon.entries.map((entry) => (typeof entry === 'string' ? entry : entry.term));
}

const HAN = /^\p{Script=Han}+$/u;

/** Variants that are ordinary words rather than look-alikes of a name. */
const ORDINARY = new Set(['已报']);

export function variants(base: readonly string[], lookalikes: Map<string, string[]>, minLength: number): string[] {
  const known = new Set(base);
  const out = new Set<string>();
  for (const word of base) {
    if (!HAN.test(word) || [...word].length < minLength) continue;
    for (const [char, others] of lookalikes) {
      if (!word.includes(char)) continue;
      for (const other of others) {
        const variant = word.split(char).join(other);
        if (!known.has(variant) && !ORDINARY.has(variant)) out.add(variant);
      }
    }
  }
  return [...out].sort();
}

const SOURCE =
  'data/sources/han-lookalikes.tsv（形近字：小学语文教学中的形近字组和 Unicode confusables.txt 2021-05-29 中的汉字对；2026-12）应用于 news-media.json、news-outlet.json、news-attribute.json 的名称';

export function lexicons(): Lexicon[] {
  const lookalikes = table();
  const attributes = variants(terms('news-attribute.json'), lookalikes, 2);
  // A name holding a look-alike attribute (人民曰报: 曰报) is caught by it in a name; listing it again costs bytes.
  const media = variants([...terms('news-media.json'), ...terms('news-outlet.json')], lookalikes, 3).filter(
    (name) => !attributes.some((attribute) => name.includes(attribute)),
  );
  return [
    {
      category: 'news-media-lookalike',
      article: '8.4',
      description:
        '新闻媒体名称的形近字写法（人民曰报、入民网）：把名称中的字换成字形相近的字，读音不同，同音识别听不出来。名称出现在账号名称中即仿冒新闻媒体，也是以形近字规避审核（第八条第（六）项）。',
      source: SOURCE,
      entries: media,
    },
    {
      category: 'news-attribute-lookalike',
      article: '8.4',
      description: '“新闻”“日报”等新闻属性名称的形近字写法（曰报）。用于账号名称，与 news-attribute 相同。',
      source: SOURCE,
      entries: attributes,
    },
  ];
}
