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
  /** `sound` or `form`. */
  kind?: string;
  within?: string;
}

function table(): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(here('data/sources/contact-lookalikes.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [char, lookalike, kind, , within] = line.split('\t');
    if (!char || !lookalike) continue;
    rows.push({ char, lookalike, ...(kind ? { kind } : {}), ...(within ? { within } : {}) });
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
  'data/sources/contact-lookalikes.tsv（同音字据 pinyin-pro 读音，形近字按字形；2026-12）及 data/sources/cjkvi-ids-contact.tsv 的左右拆字（力口 代 加、君羊 代 群；cjkvi-ids 86b4d16，2019-02-07）应用于 contact-qq.json、contact-wechat.json 的暗语';
const LURE_SOURCE =
  'data/sources/contact-lookalikes.tsv（同音字据 pinyin-pro 读音，形近字按字形；2026-12）及 data/sources/cjkvi-ids-contact.tsv 的左右拆字（力口 代 加、君羊 代 群；cjkvi-ids 86b4d16，2019-02-07）应用于 contact-lure.json、contact-invitation.json 及三字以上的暗语';

/** The one-syllable code words a lure may ask for, with the reading their same-sound characters share. */
const LURE_CORES: readonly (readonly [string, string])[] = [
  ['微', 'wēi'],
  ['扣', 'kòu'],
  ['群', 'qún'],
];

/** Every character of U+4E00–U+9FFF that pinyin-pro reads `reading` (tone marks and all) in one of its readings. */
const sounds = new Map<string, string[]>();
function sameSound(reading: string): string[] {
  const known = sounds.get(reading);
  if (known) return known;
  const out: string[] = [];
  sounds.set(reading, out);
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
  'data/sources/contact-lookalikes.tsv（同音字据 pinyin-pro 读音，形近字按字形；2026-12）及 data/sources/cjkvi-ids-contact.tsv 的左右拆字（力口 代 加、君羊 代 群；cjkvi-ids 86b4d16，2019-02-07）应用于 contact-lure-verb.json';
const LURE_SOUND_SOURCE =
  'pinyin-pro 3.29.4（MIT）读音：与“微”wēi、“扣”kòu、“群”qún 音节相同而声调不同的汉字（U+4E00–U+9FFF，多音字的任一读音；2026-12）';
const ID_CHAR_SOURCE =
  'contact-lure-word 中不属于 GB 2312-80 一级汉字（第 16–55 区，3,755 个常用字）、也不是 contact-wechat.json、contact-qq.json 单字暗语的字（2026-12）';
const LURE_WORD_SOURCE =
  'data/sources/contact-lookalikes.tsv 中“微”“扣”“群”的行，pinyin-pro 3.29.4（MIT）读音与之同音同调的汉字（U+4E00–U+9FFF，多音字的任一读音；2026-12），及 data/sources/cjkvi-ids-contact.tsv（cjkvi-ids 86b4d16，2019-02-07）中由其构成或换其偏旁的字（薇、嶶、溦、筘）';

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
        [...rows, ...splitRows()].filter((row) => !NAME_CHARACTERS.has(row.lookalike)),
        new Set(verbs),
      ),
    },
    {
      category: 'contact-lure-sound',
      article: '8.6',
      description:
        '只在引流动词之后算暗语的字：pinyin-pro 读作“微”“扣”“群”的音节而声调不同的汉字（喂、维、伟；口、眍；逡），不含 contact-lure-word 已有的字。许多是常用字（为、位、口），所以只在“加喂”“伽口”这样动词之后、且其后不再接成词的汉字时算，供检测器 lure 使用。',
      source: LURE_SOUND_SOURCE,
      entries: lureSounds(new Set(lureWords(rows))),
    },
    {
      category: 'contact-id-char',
      article: '8.6',
      description:
        '在其他汉字之后、紧接字母 ID 时仍算暗语的单字（溦、嶶、葳、崴、蔻）：contact-lure-word 中不属于 GB 2312 一级汉字（常用字）、也不是 contact-wechat、contact-qq 的单字暗语（微、薇、威：其后字母 ID 须有冒号）的字。它们常是名字或词的一部分：张薇 lily88 是人名。供联系方式检测使用。',
      source: ID_CHAR_SOURCE,
      entries: lureWords(rows).filter(
        (word) => [...word].length === 1 && !GB2312_LEVEL_1.has(word) && !codeWords.has(word),
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

/** The lure words: each core's table rows, same-sound and same-shape characters, with the cores 微 and 扣 (群 is no code word). */
function lureWords(rows: readonly Row[]): string[] {
  const out = new Set<string>();
  const shapes = sameShape();
  for (const [core, reading] of LURE_CORES) {
    if (core !== '群') out.add(core);
    // A row by sound in another tone (抠 kōu, 口 kǒu for 扣 kòu) is a lure sound, not a lure word.
    const same = sameSound(reading);
    for (const row of rows) {
      if (row.char !== core || row.within !== undefined) continue;
      if (row.kind !== 'sound' || same.includes(row.lookalike)) out.add(row.lookalike);
    }
    for (const char of same) if (char !== core) out.add(char);
    for (const char of shapes.get(core) ?? []) out.add(char);
  }
  for (const row of splitRows()) if (row.char !== '加') out.add(row.lookalike);
  return [...out];
}

/**
 * The characters read as a one-syllable code word only right after a lure verb: those pinyin-pro
 * reads with the syllable of 微, 扣 or 群 in another tone (wéi 维, wèi 喂, wěi 伟; kǒu 口, kōu 眍;
 * qūn 逡), less the lure words. Many are common (为, 位, 口), so they count nowhere else.
 */
function lureSounds(words: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const [, reading] of LURE_CORES) {
    const syllable = toneless(reading);
    for (const tone of TONES) {
      const other = withTone(syllable, tone);
      if (other === reading) continue;
      for (const char of sameSound(other)) if (!words.has(char) && GB2312.has(char)) out.add(char);
    }
  }
  return [...out];
}

/**
 * The 6,763 Han characters of GB 2312-80, the national character set of simplified text, read off
 * the GBK decoder (rows 16–87): a same-sound character outside it is rare, or a traditional form
 * that the engine folds to one inside it.
 */
function gb2312(lastRow: number): ReadonlySet<string> {
  const decoder = new TextDecoder('gbk');
  const out = new Set<string>();
  for (let row = 0xb0; row <= lastRow; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(char)) out.add(char);
    }
  }
  return out;
}
const GB2312 = gb2312(0xf7);
/** Its level 1 (rows 16–55), the 3,755 characters of common use. */
const GB2312_LEVEL_1 = gb2312(0xd7);

const toneless = (reading: string) =>
  reading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
/** The combining tone marks of pinyin's four tones. */
const TONES = ['\u0304', '\u0301', '\u030c', '\u0300'];
/** `syllable` (toneless) with `mark` on its vowel, as pinyin writes it (a, o, e first; then the last of i, u, ü). */
function withTone(syllable: string, mark: string): string {
  const vowel = /[ae]/.test(syllable)
    ? syllable.search(/[ae]/)
    : syllable.includes('ou')
      ? syllable.indexOf('o')
      : Math.max(
          syllable.lastIndexOf('i'),
          syllable.lastIndexOf('u'),
          syllable.lastIndexOf('ü'),
          syllable.lastIndexOf('o'),
        );
  return `${syllable.slice(0, vowel + 1)}${mark}${syllable.slice(vowel + 1)}`.normalize('NFC');
}

/** One description of data/sources/cjkvi-ids-contact.tsv: the region tags ([GTKJV]) left out. */
interface Ids {
  char: string;
  descriptions: string[];
}

function idsRows(): Ids[] {
  const rows: Ids[] = [];
  for (const line of readFileSync(here('data/sources/cjkvi-ids-contact.tsv'), 'utf8').split('\n')) {
    if (!line.startsWith('U+')) continue;
    const [, char, ...descriptions] = line.split('\t');
    if (char) rows.push({ char, descriptions: descriptions.map((text) => text.replace(/\[[A-Z]+\]$/, '')) });
  }
  return rows;
}

const BASIC_HAN = (char: string) => /^[\u4e00-\u9fff]$/.test(char);
/** A description of two parts: the operator and its parts (⿰彳𢼸 → ⿰, 彳, 𢼸). */
const twoParts = (description: string) => {
  const parts = [...description];
  return parts.length === 3 && /[\u2ff0-\u2ffb]/.test(parts[0] ?? '') ? parts : undefined;
};

/**
 * The characters that look like a lure core by their form, from the ideographic descriptions of
 * cjkvi-ids: those built of the core and one more component (薇 ⿱艹微, 嶶 ⿱山微, 筘 ⿱竹扣), and
 * those that set another component beside the core's body when that body is no character of its
 * own (溦 ⿰氵𢼸 beside 微 ⿰彳𢼸; 扣's body 口 is a character, so no such row is drawn for it).
 */
function sameShape(): Map<string, string[]> {
  const rows = idsRows();
  const shapes = new Map<string, string[]>();
  for (const [core] of LURE_CORES) {
    const bodies = new Set(
      (rows.find((row) => row.char === core)?.descriptions ?? [])
        .map((description) => twoParts(description))
        .filter((parts) => parts?.[0] === '⿰' && !BASIC_HAN(parts[2] ?? ''))
        .map((parts) => parts?.[2]),
    );
    const out = new Set<string>();
    for (const row of rows) {
      if (row.char === core || !BASIC_HAN(row.char)) continue;
      for (const description of row.descriptions) {
        const parts = twoParts(description);
        if (!parts) continue;
        if (parts[1] === core || parts[2] === core || (parts[0] === '⿰' && bodies.has(parts[2]))) out.add(row.char);
      }
    }
    shapes.set(core, [...out]);
  }
  return shapes;
}

/** The code characters a lure may write as their two components side by side: the verb 加 (力口), the code words 扣 and 群 (扌口, 君羊). */
const SPLIT_CORES = ['加', '扣', '群'];

/**
 * Rows for the code characters written as their two components side by side (力口 for 加, 扌口 for
 * 扣, 君羊 for 群): a description ⿰ of two characters of U+4E00–U+9FFF in cjkvi-ids. They apply to
 * the lure verbs and lure words only, not to every code word, whose variants would multiply.
 */
function splitRows(): Row[] {
  const rows: Row[] = [];
  for (const row of idsRows()) {
    if (!SPLIT_CORES.includes(row.char)) continue;
    const parts = twoParts(row.descriptions[0] ?? '');
    if (parts?.[0] === '⿰' && BASIC_HAN(parts[1] ?? '') && BASIC_HAN(parts[2] ?? ''))
      rows.push({ char: row.char, lookalike: `${parts[1]}${parts[2]}` });
  }
  return rows;
}
