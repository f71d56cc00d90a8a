/**
 * The contact code words and lures written with look-alikes (徽信 for 微信, 寇寇 for 扣扣, Q裙 for Q群,
 * 伽V for 加V, 嘉薇信 for 加微信, 看煮叶 for 看主页): data/sources/contact-lookalikes.tsv, a small table
 * of characters that stand for a character of a code word by sound (the same syllable, per
 * pinyin-pro) or by form, applied to the words of the contact lexicons only — never to Han text at
 * large, where 薇 and 威 are names. A row may hold only inside a word (信 → 锌 inside 微信, not in 私信).
 * A variant replaces one kind of character of a word (each occurrence of it: 扣扣 → 寇寇), or two in a
 * word of three characters or fewer (微信 → 薇锌).
 *
 * - `contact-qq-lookalike`, `contact-wechat-lookalike`: variants of the code words of
 *   data/lexicons/contact-qq.json and contact-wechat.json, which the rule set's `contact` section
 *   names beside the base lists (they count only before a number or an ID).
 * - `contact-lure-lookalike`: variants of the lures and plain invitations (contact-lure.json,
 *   contact-invitation.json) and of the code words of three characters or more (微信号, 加微信):
 *   an invitation written so as to avoid the product's name is a lure. Variants of two Han
 *   characters alone (嘉薇, 斯聊) are left out: two characters are a given name or a word too often.
 * - `contact-lure-verb-lookalike`: the verbs of contact-lure-verb.json written with the table (伽, 夹,
 *   迦 for 加; 煮页 for 主页), for the `lure` detector.
 * - `contact-lure-word`: the characters a lure writes for the one-syllable code words 微 (WeChat) and
 *   扣 (QQ, read kòu kòu), and for 群 (a QQ or WeChat group): the table's rows for them and every
 *   character pinyin-pro reads with the same syllable and tone (微 wēi: 威, 薇, 葳, 崴, 溦, 嶶 …; 扣
 *   kòu: 寇, 蔻, 叩 …; 群 qún: 裙, 峮 …) — the `lure` detector's code words beside the QQ and
 *   WeChat words. 群 itself is no code word (contact-lure-group: only after a context).
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import type { Lexicon } from './index.js';

const here = (path: string) => new URL(`../${path}`, import.meta.url);

/** A row of the table: `char` may be written `lookalike`, inside words holding `within` when given. */
interface Row {
  char: string;
  lookalike: string;
  within?: string;
}

function table(): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(here('data/sources/contact-lookalikes.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [char, lookalike, , , within] = line.split('\t');
    if (!char || !lookalike) continue;
    rows.push({ char, lookalike, ...(within ? { within } : {}) });
  }
  return rows;
}

function words(file: string): string[] {
  const lexicon = JSON.parse(readFileSync(here(`data/lexicons/${file}`), 'utf8')) as {
    entries: (string | { term: string })[];
  };
  return lexicon.entries.map((entry) => (typeof entry === 'string' ? entry : entry.term));
}

/** `word` with each kind of character of `kinds` replaced by each of its look-alikes, in every combination. */
function replaced(word: string, kinds: readonly (readonly [string, string[]])[]): string[] {
  let out = [word];
  for (const [kind, others] of kinds) {
    out = out.flatMap((text) => others.map((other) => text.split(kind).join(other)));
  }
  return out;
}

/**
 * The variants of `base` with one kind of character replaced, or two in a word of three characters
 * or fewer (微信 → 薇锌, 看主页 → 看煮叶), none of them in `known`.
 */
function variants(base: readonly string[], rows: readonly Row[], known: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const word of base) {
    const byKind = new Map<string, string[]>();
    for (const row of rows) {
      if (!word.includes(row.char) || (row.within !== undefined && !word.includes(row.within))) continue;
      byKind.set(row.char, [...(byKind.get(row.char) ?? []), row.lookalike]);
    }
    const kinds = [...byKind];
    const pairs = [...word].length <= 3;
    kinds.forEach((kind, a) => {
      for (const variant of replaced(word, [kind])) out.add(variant);
      if (!pairs) return;
      for (const other of kinds.slice(a + 1)) for (const variant of replaced(word, [kind, other])) out.add(variant);
    });
  }
  return [...out].filter((variant) => !known.has(variant)).sort();
}

const TWO_HAN = /^\p{Script=Han}{2}$/u;

const SOURCE =
  'data/sources/contact-lookalikes.tsv（同音字据 pinyin-pro 读音，形近字按字形；2026-12）应用于 contact-qq.json、contact-wechat.json 的暗语';
const LURE_SOURCE =
  'data/sources/contact-lookalikes.tsv（同音字据 pinyin-pro 读音，形近字按字形；2026-12）应用于 contact-lure.json、contact-invitation.json 及三字以上的暗语';

/** The one-syllable code words a lure may ask for, with the reading their same-sound characters share. */
const LURE_CORES: readonly (readonly [string, string])[] = [
  ['微', 'wēi'],
  ['扣', 'kòu'],
  ['群', 'qún'],
];

/** Every character of U+4E00–U+9FFF that pinyin-pro reads `reading` (tone marks and all) in one of its readings. */
function sameSound(reading: string): string[] {
  const out: string[] = [];
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    if ((pinyin(char, { multiple: true, type: 'array' }) as string[]).includes(reading)) out.push(char);
  }
  return out;
}

/**
 * Characters left out of the lure verbs though the table has them: 嘉 is among the commonest
 * characters of given names (嘉威, 嘉薇 are names), and a lure needs no more than two characters.
 */
const NAME_CHARACTERS = new Set(['嘉']);

const LURE_VERB_SOURCE =
  'data/sources/contact-lookalikes.tsv（同音字据 pinyin-pro 读音，形近字按字形；2026-12）应用于 contact-lure-verb.json';
const LURE_WORD_SOURCE =
  'data/sources/contact-lookalikes.tsv 中“微”“扣”“群”的行，及 pinyin-pro 3.29.4（MIT）读音与之同音同调的汉字（U+4E00–U+9FFF，多音字的任一读音；2026-12）';

export function lexicons(): Lexicon[] {
  const rows = table();
  const verbs = words('contact-lure-verb.json');
  const qq = words('contact-qq.json');
  const wechat = words('contact-wechat.json');
  const lures = words('contact-lure.json');
  const invitations = words('contact-invitation.json');
  const codeWords = new Set([...qq, ...wechat]);
  const known = new Set([...codeWords, ...lures, ...invitations]);
  const lureBase = [...lures, ...invitations, ...[...codeWords].filter((word) => [...word].length >= 3)];
  return [
    {
      category: 'contact-qq-lookalike',
      article: '8.6',
      description: 'QQ 号前的暗语的同音、形近写法（寇寇、Q裙）。只供联系方式检测使用。',
      source: SOURCE,
      entries: variants(qq, rows, codeWords),
    },
    {
      category: 'contact-wechat-lookalike',
      article: '8.6',
      description: '微信号前的暗语的同音、形近写法（徽信、薇锌、伽V）。只供联系方式检测使用。',
      source: SOURCE,
      entries: variants(wechat, rows, codeWords),
    },
    {
      category: 'contact-lure-lookalike',
      article: '8.6',
      description:
        '引流用语与直白联系邀请的同音、形近写法（嘉微信、看煮叶、斯聊我、ㄨx号）：避开产品本名的写法本身表明规避意图，按 contact-lure 处理。两个汉字的变体（嘉薇、斯聊）不收：常是人名或普通词。',
      source: LURE_SOURCE,
      entries: variants(lureBase, rows, known).filter((variant) => !TWO_HAN.test(variant)),
    },
    {
      category: 'contact-lure-verb-lookalike',
      article: '8.6',
      description:
        '引流动词的同音、形近写法（伽、夹、迦 代“加”，煮页 代“主页”），供检测器 lure 使用。“嘉”不收：常见于人名（嘉威、嘉薇）。',
      source: LURE_VERB_SOURCE,
      entries: variants(
        verbs,
        rows.filter((row) => !NAME_CHARACTERS.has(row.lookalike)),
        new Set(verbs),
      ),
    },
    {
      category: 'contact-lure-word',
      article: '8.6',
      description:
        '引流时代替单音暗语“微”（微信）、“扣”（QQ）及“群”的字：表中的行与 pinyin-pro 读音同音同调的全部汉字（微 wēi：威、薇、葳、崴、溦、嶶…；扣 kòu：寇、蔻、叩…；群 qún：裙、峮…）。只在引流动词之后、且其后不再接成词的汉字时算暗语（加微、加扣、加裙；加微博、加扣分、加裙子不算），供检测器 lure 使用。“群”本字见 contact-lure-group。',
      source: LURE_WORD_SOURCE,
      entries: lureWords(rows),
    },
  ];
}

/** The lure words: each core's table rows and same-sound characters, with the cores 微 and 扣 (群 is no code word). */
function lureWords(rows: readonly Row[]): string[] {
  const out = new Set<string>();
  for (const [core, reading] of LURE_CORES) {
    if (core !== '群') out.add(core);
    for (const row of rows) if (row.char === core && row.within === undefined) out.add(row.lookalike);
    for (const char of sameSound(reading)) if (char !== core) out.add(char);
  }
  return [...out];
}
