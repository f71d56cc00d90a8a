/**
 * Contact-information detectors (Art. 8.6): mainland mobile numbers, QQ numbers and WeChat IDs
 * with their code words, URLs and e-mail addresses — including the usual disguises: digits in any
 * number form (already digits in the folded text), separators between them, `点` or `dot` for the
 * dot, `#` or `at` for the at sign.
 *
 * They read the folded view (separators kept) and are hand-written scanners rather than regular
 * expressions: each position is looked at a bounded number of times, so time stays linear.
 */
import { CONFUSABLE } from '../normalize/channels.js';
import { numericReading, tokenWordReadings } from '../normalize/latin.js';
import type { FoldedIndex } from '../normalize/text.js';
import type { Detector } from '../types.js';

/** A contact detail: the detectors read the folded text, so its range is in folded units. */
export interface ContactHit {
  detector: Detector;
  start: FoldedIndex;
  end: FoldedIndex;
  /** Channel flags the range's own units do not show: CONFUSABLE for letters read as digits (1OO86). */
  flags: number;
  /**
   * Written so as not to look like what it is: a dot or at sign spelled out or hidden (`[.]`, `点`,
   * ` dot `, `#`, `艾特`), or letters standing for digits.
   */
  disguised: boolean;
}

const hit = (detector: Detector, start: number, end: number, disguised = false, flags = 0): ContactHit => ({
  detector,
  start: start as FoldedIndex,
  end: end as FoldedIndex,
  flags,
  disguised,
});

// Predicates over code units: `text.charCodeAt(i)` past either end is NaN, which none accepts, as
// `text[i]` would be undefined. Code units rather than one-character strings, because indexing a
// string allocates a string per non-Latin-1 character and these run over every character.
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isAlnum = (c: number) => isDigit(c) || isLetter(c);
const isLabelChar = (c: number) => isAlnum(c) || c === 0x2d; // -
const isLocalChar = (c: number) => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b; // . _ - +
/** A Latin letter right beside a digit: a number may hold letters standing for digits. */
const MIXED = /[a-z][0-9]|[0-9][a-z]/;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The lists the detectors read, compiled from the rule set (its `contact` section, or the engine's
 * defaults): folded as user text is, so they compare with the folded view as they are.
 */
export interface ContactLists {
  /** Top-level domains that mark a bare `name.tld` as an address. */
  readonly tlds: ReadonlySet<string>;
  readonly maxTldLength: number;
  /** Code words before a QQ number. */
  readonly qq: readonly string[];
  /** Code words before a WeChat ID or number. */
  readonly wechat: readonly string[];
  /** Both (WeChat's first): the code word a mobile number may follow. */
  readonly either: readonly string[];
  /**
   * The code words that hold a product's own name (微信, 加微信, QQ号): a detail after any other
   * code word (V信, wx, 扣扣, 🐧) is disguised.
   */
  readonly names: ReadonlySet<string>;
  /**
   * The trunk-prefixed area codes of fixed lines (010, 021, 0755): a number that starts with one and
   * goes on with a local number of seven or eight digits is a fixed line. Empty: fixed lines are not
   * looked for.
   */
  readonly areaCodes: ReadonlySet<string>;
  /** Code words before an ID on another product (抖音号, 公众号, Telegram, TG): an `account` detail. */
  readonly account: readonly string[];
  /** Hosts of link shorteners (t.cn, suo.im): a link on one is an address, and a disguised one. */
  readonly shortLinks: readonly string[];
  /**
   * Lures without a detail (`lure` detector): the verbs and contexts that ask for contact (加, 添加,
   * 伽, 私信, 主页有, 联系), the code words they may ask for (the WeChat and QQ words, with the single
   * characters written for 微 or 扣: 薇, 威, 徽, 葳, 寇, 裙), the words for a group (群) that count
   * only after a context (`lureContexts`: 看…加群), all empty when not looked for.
   */
  readonly lureVerbs: readonly string[];
  /** The verbs by their first code unit, longest first: a text position tries only its own. */
  readonly lureVerbsByStart: ReadonlyMap<number, readonly string[]>;
  /**
   * One flag a code unit, for the units the scans look for: LURE_START where a lure may start (a
   * verb's first unit, a plus sign, 十), VERB_START where a verb begins (a text is read for a verb
   * only where one stands), CODE_START where a non-Latin code word begins.
   */
  readonly starts: Uint8Array;
  /** The verbs written with look-alikes (伽, 夹, 煮页): a lure with one is disguised. */
  readonly lureVerbVariants: ReadonlySet<string>;
  readonly lureWords: readonly string[];
  /** The non-Latin code words of `lureWords` by their first code unit, longest first. */
  readonly codeWordsByStart: ReadonlyMap<number, readonly string[]>;
  /**
   * The lure words of one Han character or one emoji (微, 薇, 溦, 扣, 蔻, 群, 🐧), as code points: a
   * code word of its own right before an ID (薇C3003D) or right after a number (2744 7053+🐧).
   */
  readonly codeChars: ReadonlySet<number>;
  /** Characters that are a code word only right after a lure verb (喂 in 加喂, 口 in 伽口), as code points. */
  readonly lureSounds: ReadonlySet<number>;
  /** Code characters that mark a letter ID after other Han text too (溦, 嶶), as code points. */
  readonly idChars: ReadonlySet<number>;
  readonly lureGroups: readonly string[];
  readonly lureContexts: readonly string[];
  /** Names a platform gives an account by default (手机用户 + digits): the number in one is not a detail. */
  readonly defaultNames: readonly string[];
  /**
   * A Han character's most common toneless reading (the engine's pinyin dictionary), '' when unknown:
   * a character read xin stands for 信 (维新, 危薪), one read jia for 加 before an ID (跏timgod999).
   */
  readonly reading: (char: string) => string;
}

/**
 * A code word of one character (v, q, 微, 🐧) is a letter or a syllable in ordinary text too (`v2.0`,
 * `Batman v Superman`, 微博): before a number it counts only for a number of six digits or more
 * written without separators, before a letter ID only with a colon between (`v:abc_123`).
 */
const isShortWord = (word: string) => [...word].length === 1;

const LURE_START = 1;
const VERB_START = 2;
const CODE_START = 4;

/** A table over the 65,536 code units: each unit's flags, or-ed over the groups that hold it. */
function startTable(groups: readonly (readonly [readonly number[], number])[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [units, flag] of groups) for (const unit of units) table[unit] = (table[unit] as number) | flag;
  return table;
}

/** `words` grouped by their first code unit, in their order. */
function byFirstUnit(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const unit = word.charCodeAt(0);
    const group = map.get(unit);
    if (group) group.push(word);
    else map.set(unit, [word]);
  }
  return map;
}

export function contactLists(
  tlds: readonly string[],
  qq: readonly string[],
  wechat: readonly string[],
  names: readonly string[] = [],
  areaCodes: readonly string[] = [],
  more: {
    readonly account?: readonly string[];
    readonly shortLinks?: readonly string[];
    readonly lureVerbs?: readonly string[];
    readonly lureVerbVariants?: readonly string[];
    readonly lureWords?: readonly string[];
    readonly lureSounds?: readonly string[];
    readonly idChars?: readonly string[];
    readonly lureGroups?: readonly string[];
    readonly lureContexts?: readonly string[];
    readonly defaultNames?: readonly string[];
    readonly reading?: (char: string) => string;
  } = {},
): ContactLists {
  const account = more.account ?? [];
  const lureVerbs = [...(more.lureVerbs ?? []), ...(more.lureVerbVariants ?? [])];
  const lureWords =
    lureVerbs.length === 0
      ? []
      : [...new Set([...(more.lureWords ?? []), ...wechat, ...qq])]
          // A group word is one only after a context, though a form of it folds to it (羣 → 群).
          .filter((word) => !isColon(word.charCodeAt(word.length - 1)) && !more.lureGroups?.includes(word))
          .sort((a, b) => b.length - a.length);
  const oneChar = (word: string) => [...word].length === 1 && isNonLatin(word);
  const verbs = [...new Set(lureVerbs)].sort((a, b) => b.length - a.length);
  return {
    areaCodes: new Set(areaCodes.filter((code) => /^0[1-9][0-9]{1,2}$/.test(code))),
    tlds: new Set(tlds),
    maxTldLength: Math.max(0, ...tlds.map((tld) => tld.length)),
    qq,
    wechat,
    either: [...wechat, ...qq],
    names: new Set([...qq, ...wechat, ...account].filter((word) => names.some((name) => word.includes(name)))),
    account,
    shortLinks: [...new Set(more.shortLinks ?? [])].filter((host) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)),
    // Longest first: 主页有 before 主页, 添加 before 加; a word that ends in a colon is for IDs only.
    lureVerbs: verbs,
    lureVerbsByStart: byFirstUnit(verbs),
    lureVerbVariants: new Set(more.lureVerbVariants ?? []),
    starts: startTable([
      [lureVerbs.map((verb) => verb.charCodeAt(0)), LURE_START | VERB_START],
      [[...PLUS_SIGNS, 0x5341], LURE_START],
      [lureWords.filter(isNonLatin).map((word) => word.charCodeAt(0)), CODE_START],
    ]),
    lureWords,
    codeWordsByStart: byFirstUnit(lureWords.filter(isNonLatin)),
    // 群 itself is no code word here: a group's number after it (交流群：490149447) is written openly.
    codeChars: new Set(lureWords.filter(oneChar).map((word) => word.codePointAt(0) as number)),
    idChars: new Set((more.idChars ?? []).filter(oneChar).map((word) => word.codePointAt(0) as number)),
    lureSounds: new Set(
      (lureVerbs.length === 0 ? [] : (more.lureSounds ?? []))
        .filter(oneChar)
        .map((word) => word.codePointAt(0) as number),
    ),
    lureGroups: [...new Set(more.lureGroups ?? [])],
    lureContexts: [...new Set(more.lureContexts ?? [])],
    defaultNames: [...new Set(more.defaultNames ?? [])],
    reading: more.reading ?? (() => ''),
  };
}

const DOT_FORMS = [
  '(dot)',
  '[dot]',
  '{dot}',
  ' dot ',
  '(.)',
  '[.]',
  '{.}',
  '(点)',
  '[点]',
  '{点}',
  '【点】',
  '【.】',
  ' . ',
  ' 。 ',
  ' 点 ',
  ' dian ',
];
const AT_FORMS = ['(at)', '[at]', '{at}', ' at ', '艾特'];

/**
 * Length of a dot at `i`: `.`, or one written so as not to look like one — `。`, `点`, `·`, `・`,
 * `(dot)`, `[.]`, `(点)`, ` dot `, ` . ` — or 0. `disguisedDot` says which was last read.
 */
let disguisedDot = false;
function dotAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  disguisedDot = c !== 0x2e;
  if (c === 0x2e || c === 0x3002 || c === 0x70b9 || c === 0xb7 || c === 0x30fb) return 1; // . 。 点 · ・
  // Every spelled-out form starts with ( [ { 【 or a space; most characters are none of them.
  if (c !== 0x28 && c !== 0x5b && c !== 0x7b && c !== 0x20 && c !== 0x3010) return 0;
  for (const form of DOT_FORMS) if (text.startsWith(form, i)) return form.length;
  return 0;
}

/** Length of an at sign written as `@`, `#`, `(at)`, `[at]`, ` at ` or `艾特` at `i`, or 0. */
function atAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x40 || c === 0x23) return 1; // @ #
  if (c !== 0x28 && c !== 0x5b && c !== 0x7b && c !== 0x20 && c !== 0x827e) return 0; // ( [ { space 艾
  for (const form of AT_FORMS) if (text.startsWith(form, i)) return form.length;
  return 0;
}

/**
 * Reads `label(dot label)*` from `i`; returns the end if the last label is a known TLD, else -1.
 * `followers`, when given, gets a 1 at the start of every label after the first.
 */
/** Whether the dots of the domain `domainFrom` last returned were disguised, or its TLD written with digits. */
let disguisedDomain = false;
/** Whether the TLD of the domain `domainFrom` last returned was written with digits for letters (c0m). */
let leetDomain = false;
function domainFrom(text: string, i: number, lists: ContactLists, followers?: Uint8Array): number {
  let end = -1;
  let labels = 0;
  let j = i;
  let disguised = false;
  // Whether the label before this one has a letter: a name (abc.c0m), not a number (6.9.4pp).
  let named = false;
  let lettered = false;
  disguisedDomain = false;
  leetDomain = false;
  for (;;) {
    let k = j;
    named = lettered;
    lettered = false;
    while (isLabelChar(text.charCodeAt(k))) {
      lettered ||= isLetter(text.charCodeAt(k));
      k++;
    }
    if (k === j) break;
    labels++;
    if (labels >= 2 && followers) followers[j] = 1;
    if (labels >= 2 && k - j <= lists.maxTldLength) {
      const label = text.slice(j, k);
      if (lists.tlds.has(label)) {
        end = k;
        disguisedDomain = disguised;
        leetDomain = false;
      } else if (named && tokenWordReadings(label).some((word) => lists.tlds.has(word))) {
        // A top-level domain with digits for letters after a name (abc.c0m, qq.n3t): written not
        // to look like one.
        end = k;
        disguisedDomain = true;
        leetDomain = true;
      }
    }
    const dot = dotAt(text, k);
    if (dot === 0 || !isLabelChar(text.charCodeAt(k + dot))) break;
    disguised ||= disguisedDot;
    j = k + dot;
  }
  return end;
}

function scanAddresses(text: string, lists: ContactLists, hits: ContactHit[]): void {
  // Both marks are allocated when first needed: most texts have no address at all.
  let taken: Uint8Array | undefined;
  // E-mail first: its domain must not also be reported as a URL.
  for (let i = 1; i < text.length; i++) {
    const at = atAt(text, i);
    if (at === 0 || !isLocalChar(text.charCodeAt(i - 1))) continue;
    const end = domainFrom(text, i + at, lists);
    if (end < 0) continue;
    let start = i;
    while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
    // ` at ` is also an English word (Writing at wildml.com): not a disguise by itself.
    const c = text.charCodeAt(i);
    hits.push(hit('email', start, end, disguisedDomain || (c !== 0x40 && c !== 0x20), leetDomain ? CONFUSABLE : 0));
    taken ??= new Uint8Array(text.length);
    taken.fill(1, start, end);
    i = end - 1;
  }
  for (const [start, end] of [...shortLinks(text, lists), ...shareTokens(text)]) {
    if (taken?.[start]) continue;
    hits.push(hit('url', start, end, true));
    taken ??= new Uint8Array(text.length);
    taken.fill(1, start, end);
  }
  // After a scheme any host is an address: an IP address (https://210.238.81.69/) or a domain under a
  // top-level domain the list does not hold (https://example.dev).
  for (let i = text.indexOf('http'); i >= 0; i = text.indexOf('http', i + 4)) {
    const scheme = text.startsWith('https://', i) ? 8 : text.startsWith('http://', i) ? 7 : 0;
    if (scheme === 0 || isLetter(text.charCodeAt(i - 1)) || taken?.[i]) continue;
    const host = i + scheme;
    if (domainFrom(text, host, lists) >= 0) continue;
    const end = hostEnd(text, host);
    if (end < 0) continue;
    let stop = end;
    if (text.charCodeAt(stop) === 0x3a) while (isDigit(text.charCodeAt(stop + 1))) stop++; // :8080
    if (stop > end) stop++;
    if (text.charCodeAt(stop) === 0x2f) {
      while (stop < text.length && !isSpace(text.charCodeAt(stop)) && text.charCodeAt(stop) < 0x80) stop++;
    }
    hits.push(hit('url', i, stop));
    taken ??= new Uint8Array(text.length);
    taken.fill(1, i, stop);
  }
  // A dot spelled inside a CamelCase word (AbcDotCom): `Dot` and the top-level domain each begin
  // with a capital, after a name of letters and digits.
  for (let i = text.indexOf('dot', 1); i >= 0; i = text.indexOf('dot', i + 3)) {
    const tld = i + 3;
    if (!capitalAt(i) || !capitalAt(tld) || capitalAt(i - 1) || !isAlnum(text.charCodeAt(i - 1))) continue;
    let end = tld;
    while (isLetter(text.charCodeAt(end))) end++;
    if (isAlnum(text.charCodeAt(end)) || !lists.tlds.has(text.slice(tld, end)) || capitalAt(tld + 1)) continue;
    let start = i;
    while (start > 0 && isLabelChar(text.charCodeAt(start - 1))) start--;
    if (taken?.[start]) continue;
    hits.push(hit('url', start, end, true));
    taken ??= new Uint8Array(text.length);
    taken.fill(1, start, end);
  }
  // A label that follows another in a domain read before gives nothing new when read again: its
  // own followers were read already (and were no TLD when nothing was found). Skipping it keeps
  // `a.a.a.a…` linear.
  let followers: Uint8Array | undefined;
  for (let i = 0; i < text.length; i++) {
    if (!isLabelChar(text.charCodeAt(i)) || isLabelChar(text.charCodeAt(i - 1)) || taken?.[i] || followers?.[i])
      continue;
    followers ??= new Uint8Array(text.length);
    const end = domainFrom(text, i, lists, followers);
    if (end < 0) continue;
    let start = i;
    for (const scheme of ['https://', 'http://']) {
      if (text.startsWith(scheme, i - scheme.length)) start = i - scheme.length;
    }
    // A path after the domain belongs to the address.
    let stop = end;
    if (text.charCodeAt(stop) === 0x2f) {
      while (stop < text.length && !isSpace(text.charCodeAt(stop)) && text.charCodeAt(stop) < 0x80) stop++;
    }
    hits.push(hit('url', start, stop, disguisedDomain, leetDomain ? CONFUSABLE : 0));
    i = stop - 1;
  }
}

const isPathChar = (c: number) => isLabelChar(c) || c === 0x5f; // _

/**
 * Links on a shortener's host (t.cn/A6abcdE, https://suo.im/5xyz): the host as a word of its own
 * (not the end of a longer domain), then `/` and a path of two characters or more. A short link
 * hides where it leads, so it is an address whatever its top-level domain.
 */
function shortLinks(text: string, lists: ContactLists): [number, number][] {
  const links: [number, number][] = [];
  // Every short link has a path: a text without a slash holds none (one native search, not one per host).
  if (!text.includes('/')) return links;
  for (const host of lists.shortLinks) {
    for (let i = text.indexOf(host); i >= 0; i = text.indexOf(host, i + 1)) {
      const before = text.charCodeAt(i - 1);
      if (isLabelChar(before) || before === 0x2e) continue;
      let end = i + host.length;
      if (text.charCodeAt(end) !== 0x2f) continue;
      let stop = end + 1;
      while (isPathChar(text.charCodeAt(stop))) stop++;
      if (stop - end - 1 < 2) continue;
      while (stop < text.length && !isSpace(text.charCodeAt(stop)) && text.charCodeAt(stop) < 0x80) stop++;
      end = stop;
      let start = i;
      for (const scheme of ['https://', 'http://']) {
        if (text.startsWith(scheme, i - scheme.length)) start = i - scheme.length;
      }
      links.push([start, end]);
    }
  }
  return links;
}

/**
 * The currency signs a shopping app's share token is wrapped in (淘口令: ￥AbCd1234EfG￥, $…$, €…€):
 * pasted into the app, the token opens the page it stands for, as a link would. Folded text has
 * `¥` for `￥`.
 */
const TOKEN_MARKS = new Set([0xa5, 0x24, 0x20ac, 0xa3, 0x20b3, 0xa2, 0xa4, 0x20b4, 0x20b0, 0x20b2, 0x20b1, 0x20ad]);

/**
 * Share tokens: 8–14 letters and digits between two of the same sign, holding a letter and, unless
 * the sign is the yuan's `¥`, a digit too (a price is digits alone; `$abcdefgh$` may be a formula).
 */
/** The signs of TOKEN_MARKS, for a native search before the scan. */
const TOKEN_MARK = /[\u00a2-\u00a5$\u20ac\u20ad\u20b0-\u20b4]/;

function shareTokens(text: string): [number, number][] {
  const tokens: [number, number][] = [];
  if (!TOKEN_MARK.test(text)) return tokens;
  for (let i = 0; i < text.length; i++) {
    const mark = text.charCodeAt(i);
    if (!TOKEN_MARKS.has(mark)) continue;
    let j = i + 1;
    let letters = 0;
    let digits = 0;
    for (; isAlnum(text.charCodeAt(j)); j++) {
      if (isDigit(text.charCodeAt(j))) digits++;
      else letters++;
    }
    const length = j - i - 1;
    if (text.charCodeAt(j) !== mark || length < 8 || length > 14 || letters === 0 || (mark !== 0xa5 && digits === 0))
      continue;
    tokens.push([i, j + 1]);
    i = j;
  }
  return tokens;
}

/**
 * The end of a host after a scheme — four numbers of at most 255 joined by dots (an IPv4 address),
 * or labels joined by dots the last of which is 2–24 letters — or -1.
 */
function hostEnd(text: string, i: number): number {
  let j = i;
  let labels = 0;
  let numeric = true;
  let last = '';
  for (;;) {
    let k = j;
    while (isLabelChar(text.charCodeAt(k))) k++;
    if (k === j) return -1;
    last = text.slice(j, k);
    labels++;
    numeric &&= /^[0-9]{1,3}$/.test(last) && Number(last) <= 255;
    if (text.charCodeAt(k) !== 0x2e || !isLabelChar(text.charCodeAt(k + 1))) {
      j = k;
      break;
    }
    j = k + 1;
  }
  if (numeric) return labels === 4 ? j : -1;
  return labels >= 2 && /^[a-z]{2,24}$/.test(last) ? j : -1;
}

/** Marks between the items of a list (`QQ:1076580033,1176580033`): they end a number. */
const isListMark = (c: number) =>
  c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3b || c === 0xff1b || c === 0x2f || c === 0x7c; // , ， 、 ; ； / |

/** A group of digits with no separator inside: a run is its groups with separators between. */
interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

/** A maximal run of digits with at most two separator units between neighbours. */
interface DigitRun {
  start: number;
  end: number;
  digits: string;
  /** Its groups, in order: one when no separator stands between two of its digits. */
  groups: DigitGroup[];
  /** Whether a separator stands between two of its digits (`400-889-0008`, `v10.15.7`). */
  separated: boolean;
  /** Whether a Latin letter comes right after it (`12345abc`). */
  beforeLetter: boolean;
}

/**
 * Han characters that join numbers in ordinary text — units, counters, ranges, conjunctions
 * (2019至2024, 3000米1500米, 1999元2999元) — and so never fill a number.
 */
const NUMBER_WORDS = new Set(
  [
    ...'年月日号时分秒点元块角毛万千百亿个位次岁期楼室栋层路届级班至到和与或及第章节页集米斤克天周人台条张件部只份倍',
  ].map((char) => char.charCodeAt(0)),
);

/**
 * The run that `runs[r]` and the runs after it make with one Han character of filler between each
 * two (扣2744嘻7053, 138哈1234哈5678): no unit or conjunction, three digits or more on either side;
 * with the number of runs it joins, or undefined.
 */
function filledRun(text: string, runs: readonly DigitRun[], r: number): [DigitRun, number] | undefined {
  let last = runs[r] as DigitRun;
  let count = 1;
  let digits = last.digits.length;
  for (let next = runs[r + 1]; next; next = runs[r + count]) {
    const c = text.charCodeAt(last.end);
    // No number is longer than 14 digits (0086 and a mobile number): a longer chain is none, and
    // each run starts at most a few look-ups.
    digits += next.digits.length;
    if (
      digits > 14 ||
      next.start !== last.end + 1 ||
      !isHanUnit(c) ||
      NUMBER_WORDS.has(c) ||
      last.digits.length < 3 ||
      next.digits.length < 3 ||
      last.beforeLetter
    )
      break;
    last = next;
    count++;
  }
  if (count === 1) return undefined;
  const parts = runs.slice(r, r + count);
  const first = runs[r] as DigitRun;
  return [
    {
      start: first.start,
      end: last.end,
      digits: parts.map((part) => part.digits).join(''),
      groups: parts.flatMap((part) => part.groups),
      separated: true,
      beforeLetter: last.beforeLetter,
    },
    count,
  ];
}

/**
 * Spacing modifier letters that look like marks (ˇ ˉ ˊ ˋ ˙, U+02C2–U+02DF): letters to Unicode, so
 * no separators, but spam writes them between the digits of a number (①②ˉ⑦⑧ˇ①②).
 */
const isSpacingMark = (c: number) => c >= 0x2c2 && c <= 0x2df;

function digitRuns(text: string, separator: Uint8Array): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = '';
    let end = i;
    let j = i;
    const groups: DigitGroup[] = [];
    let group: DigitGroup = { start: i, end: i, digits: '' };
    while (j < text.length) {
      if (isDigit(text.charCodeAt(j))) {
        digits += text[j];
        group.digits += text[j];
        j++;
        end = j;
        group.end = j;
        continue;
      }
      let gap = 0;
      while (
        gap < 3 &&
        (separator[j + gap] || isSpacingMark(text.charCodeAt(j + gap))) &&
        !isListMark(text.charCodeAt(j + gap)) &&
        !isDigit(text.charCodeAt(j + gap))
      )
        gap++;
      if (gap === 0 || gap === 3 || !isDigit(text.charCodeAt(j + gap))) break;
      groups.push(group);
      j += gap;
      group = { start: j, end: j, digits: '' };
    }
    groups.push(group);
    runs.push({
      start,
      end,
      digits,
      groups,
      separated: groups.length > 1,
      beforeLetter: isLetter(text.charCodeAt(end)),
    });
    i = Math.max(end, i + 1);
  }
  return runs;
}

const PHONE_PREFIXES = ['0086', '86', '0', ''];

/**
 * A mainland mobile number (1[3-9] and nine digits; with 86, 0086 or the trunk 0 before it), or a
 * 400/800 service number.
 */
function isPhone(digits: string): boolean {
  if (digits.length === 10 && (digits.startsWith('400') || digits.startsWith('800'))) return true;
  for (const prefix of PHONE_PREFIXES) {
    if (digits.length !== prefix.length + 11 || !digits.startsWith(prefix)) continue;
    const second = digits.charCodeAt(prefix.length + 1) - 48;
    if (digits[prefix.length] === '1' && second >= 3 && second <= 9) return true;
  }
  return false;
}

/**
 * The length of the area code a fixed-line number starts with (010, 0755), or 0 when `digits` is no
 * fixed line: an area code of the list, then a local number of seven or eight digits that does not
 * start with 0 or 1 (eight after the three-digit codes 010 and 02x). With the country code (86 755
 * …, 0086 10 …) the trunk 0 is left out.
 */
function fixedLineAreaCode(digits: string, areaCodes: ReadonlySet<string>): number {
  if (areaCodes.size === 0) return 0;
  let national = digits;
  let offset = 0;
  if (digits.startsWith('0086')) {
    national = `0${digits.slice(4)}`;
    offset = 3;
  } else if (digits.startsWith('86')) {
    national = `0${digits.slice(2)}`;
    offset = 1;
  }
  if (national.charCodeAt(0) !== 0x30) return 0;
  for (const length of [3, 4]) {
    const local = national.length - length;
    if (!areaCodes.has(national.slice(0, length))) continue;
    if (local !== 8 && !(local === 7 && length === 4)) continue;
    const first = national.charCodeAt(length) - 48;
    if (first >= 2 && first <= 9) return length + offset;
  }
  return 0;
}

const isDash = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xff0d;

/** How many groups from `from` on make a phone or fixed-line number (the most, up to four), or 0. */
function numberAt(groups: readonly DigitGroup[], from: number, areaCodes: ReadonlySet<string>): number {
  let digits = '';
  let found = 0;
  for (let k = from; k < groups.length && k < from + 4; k++) {
    digits += groups[k]?.digits ?? '';
    if (digits.length > 15) break;
    if (isPhone(digits)) found = k - from + 1;
    else if (fixedLineAreaCode(digits, areaCodes) > 0) {
      // Across groups, the area code is a group of its own (0755 8169 7589, (0755)81697589), or the
      // country code and the area code are (86 755 …): a date or a list of small numbers is not
      // read into one.
      const first = groups[from]?.digits ?? '';
      const second = groups[from + 1]?.digits ?? '';
      const own = (code: string) => code.charCodeAt(0) === 0x30 && fixedLineAreaCode(`${code}22222222`, areaCodes) > 0;
      if (k === from || own(first) || ((first === '86' || first === '0086') && own(`0${second}`))) found = k - from + 1;
    }
  }
  return found;
}

/** Characters that may stand between a code word and its number: 微信号是 abc123, wx_abc123. */
const LINKING_CHARS = new Set(['号', '是', '为', '：', '_', '-', '@'].map((char) => char.charCodeAt(0)));
const isColon = (c: number) => c === 0x3a || c === 0xff1a;

/** Separators or linking characters that may stand between a code word and its detail (`vx :  abc`). */
const MAX_SKIPPED = 5;

/**
 * The code word `codeWordBefore` last found, whether it was written with separators inside, and
 * whether a joiner stood for its 加.
 */
let foundWord = '';
let foundSpaced = false;
let foundJoined = false;

/** Whether the last `wordEndingAt` skipped separators inside the word, or read a joiner as 加. */
let spacedWord = false;
let joinedWord = false;

const JIA = 0x52a0; // 加
/** Plus signs and crosses that stand for 加 (add) before a code word: +V, ➕vx, ✚薇信 (＋ folds to +). */
const isPlus = (c: number) =>
  c === 0x2b ||
  c === 0x2795 ||
  c === 0x271a ||
  c === 0x271b ||
  c === 0x271c ||
  c === 0x2719 ||
  c === 0x253c ||
  c === 0x254b; // ✙ ┼ ╋
/** The units of isPlus, for the lure search. */
const PLUS_SIGNS = [0x2b, 0x2795, 0x271a, 0x271b, 0x271c, 0x2719, 0x253c, 0x254b];
/** Han numerals: 十 after one is a number (二十v), not 加. */
const HAN_NUMERALS = '零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾';
const isHanNumeral = (c: number) => HAN_NUMERALS.includes(String.fromCharCode(c));
const isHanUnit = (c: number) => c >= 0x3400 && c <= 0x9fff;

/**
 * Whether the unit at `p` stands for 加 in a code word or lure: a plus sign or cross (+ ＋ ➕ ✚) that
 * does not follow a letter, digit, 加 or another plus (C++, 12+3, a+b) and comes before a letter or a
 * Han character (+V, 日结+vx, ✚威); or 十, which looks like +, right before a Latin letter and not
 * after a digit or numeral (十V, not 二十v).
 */
export function isJoinerAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const before = text.charCodeAt(p - 1);
  // After 加 a plus sign is a separator inside 加+V, whose 加 is written already.
  if (isAlnum(before) || isPlus(before) || isHanNumeral(before) || before === JIA) return false;
  let next = text.charCodeAt(p + 1);
  if (c === 0x5341) return isLetter(next); // 十
  if (!isPlus(c)) return false;
  if (next === 0x20) next = text.charCodeAt(p + 2);
  return isLetter(next) || isHanUnit(next);
}

/** Whether text unit `p` is the code word's character `c`: itself, or a joiner for 加. */
const isWordChar = (text: string, p: number, c: number) =>
  text.charCodeAt(p) === c || (c === JIA && isJoinerAt(text, p));

/**
 * Where `word` starts if it ends right before `end`, up to two separator units between each two of
 * its characters (`v x`, `Q Q`, `v.x`), or -1. A joiner may stand for its 加 (+V, ➕vx).
 */
function wordEndingAt(text: string, separator: Uint8Array, end: number, word: string): number {
  let i = end;
  spacedWord = false;
  joinedWord = false;
  for (let k = word.length - 1; k >= 0; k--) {
    const c = word.charCodeAt(k);
    // Not inside a surrogate pair (🐧), and not before the word's last character.
    if (k < word.length - 1 && (c < 0xd800 || c > 0xdbff)) {
      let skipped = 0;
      while (skipped < 2 && i > 0 && separator[i - 1] && !isWordChar(text, i - 1, c)) {
        i--;
        skipped++;
      }
      // A space after a plus sign is how `+ V` is written, not a word taken apart.
      if (skipped > 0 && !(c === JIA && isPlus(text.charCodeAt(i - 1)))) spacedWord = true;
    }
    if (i === 0 || !isWordChar(text, i - 1, c)) return -1;
    if (text.charCodeAt(i - 1) !== c) joinedWord = true;
    i--;
  }
  return i;
}

/**
 * Where the earliest code word starts that ends right before `position`, up to MAX_SKIPPED separators
 * (or linking characters) away, or -1: in 加V：abc123 the code word is 加V, not V：. `accepts` says
 * whether a code word may stand there (`linked`: a colon between it and `position`; `handle`: an
 * at sign there, the handle of an account (TG：@abc_def), which does not link a WeChat or QQ word
 * (`v@abcdef` is no WeChat ID); `spaced`:
 * separators inside the code word, `Q Q`).
 */
function codeWordBefore(
  text: string,
  position: number,
  separator: Uint8Array,
  words: readonly string[],
  accepts: (word: string, linked: boolean, spaced: boolean, handle: boolean) => boolean = () => true,
): number {
  let found = -1;
  let p = position;
  let linked = false;
  let handle = false;
  foundWord = '';
  foundSpaced = false;
  foundJoined = false;
  for (let skipped = 0; skipped <= MAX_SKIPPED; skipped++) {
    for (const word of words) {
      const start = wordEndingAt(text, separator, p, word);
      if (start < 0) continue;
      const spaced = spacedWord;
      const joined = joinedWord;
      // A Latin code word must be a word of its own: `wx` in `twx` is not one.
      if (isLetter(word.charCodeAt(0)) && isLetter(text.charCodeAt(start - 1))) continue;
      if (!accepts(word, linked, spaced, handle)) continue;
      if (found < 0 || start < found) {
        found = start;
        foundWord = word;
        foundSpaced = spaced;
        foundJoined = joined;
      }
    }
    if (p === 0 || !(separator[p - 1] || LINKING_CHARS.has(text.charCodeAt(p - 1)))) break;
    if (isColon(text.charCodeAt(p - 1))) linked = true;
    if (text.charCodeAt(p - 1) === 0x40) handle = true;
    p--;
  }
  // A joiner right before the code word is its 加 (+V信, ➕QQ): part of the detail, and a disguise.
  if (found > 0) {
    const joiner = text.charCodeAt(found - 1) === 0x20 ? found - 2 : found - 1;
    if (joiner >= 0 && isPlus(text.charCodeAt(joiner)) && isJoinerAt(text, joiner)) {
      found = joiner;
      foundJoined = true;
    }
  }
  return found;
}

/** `from`, or the opening bracket right before it when the number closes it: (0755)81697589, (0)139…. */
function openingBracket(text: string, from: number, end: number): number {
  const open = text.charCodeAt(from - 1);
  const close = open === 0x28 ? 0x29 : open === 0x5b ? 0x5d : open === 0xff08 ? 0xff09 : -1;
  if (close < 0) return from;
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === close) return from - 1;
  return from;
}

/** Whether a dash stands between `end` and `next` (0755-81697589-501: an extension). */
function dashBetween(text: string, end: number, next: number): boolean {
  for (let i = end; i < next; i++) if (isDash(text.charCodeAt(i))) return true;
  return false;
}

function scanNumbers(
  text: string,
  separator: Uint8Array,
  lists: ContactLists,
  hits: ContactHit[],
  substituted: Uint8Array | undefined,
): void {
  const flagsOf = (start: number, end: number) => (substituted?.subarray(start, end).includes(1) ? CONFUSABLE : 0);
  /** A phone or fixed-line number from `start` to `end`, with the code word right before it. */
  const phone = (start: number, end: number) => {
    const word = codeWordBefore(text, start, separator, lists.either);
    const from = word >= 0 ? word : start;
    const flags = flagsOf(from, end);
    hits.push(hit('phone', from, end, filled || flags !== 0 || (word >= 0 && disguisedWord(lists)), flags));
  };
  let filled = false;
  const runs = digitRuns(text, separator);
  for (let r = 0; r < runs.length; r++) {
    // A number with Han filler inside is one when it makes a phone number or a code word marks it;
    // otherwise its parts are read as they stand.
    const joined = filledRun(text, runs, r);
    if (joined) {
      const before = hits.length;
      filled = true;
      scanFilled(joined[0]);
      filled = false;
      if (hits.length > before) {
        r += joined[1] - 1;
        continue;
      }
    }
    scanRun(runs[r] as DigitRun);
  }
  /** A number with Han filler: a phone number, or a number a code word marks (no bare ID). */
  function scanFilled(run: DigitRun): void {
    if (isPhone(run.digits)) {
      phone(run.start, run.end);
      return;
    }
    if (run.beforeLetter || run.digits.length < 5 || run.digits.length > 11 || run.digits.charCodeAt(0) === 0x30)
      return;
    const accepts = (word: string, _linked: boolean, spaced: boolean) => !isShortWord(word) && !spaced;
    let detector: Detector = 'qq';
    let from = codeWordBefore(text, run.start, separator, lists.qq, accepts);
    if (from < 0) {
      detector = 'wechat';
      from = codeWordBefore(text, run.start, separator, lists.wechat, accepts);
    }
    if (from >= 0) hits.push(hit(detector, from, run.end, true, flagsOf(from, run.end)));
    else bareNumber(text, separator, lists, run, run.start, hits);
  }
  function scanRun(run: DigitRun): void {
    let start = run.start;
    if (text.charCodeAt(start - 1) === 0x2b) start--; // +
    if (isPhone(run.digits)) {
      // A mobile or service number is one wherever it stands, glued to letters too (tel13912345678):
      // no word ends in eleven digits that happen to be a phone number.
      phone(openingBracket(text, start, run.end), run.end);
      return;
    }
    // Numbers among the groups: a fixed line (0755-81697589, (0755)81697589, 0755 8169 7589, with an
    // extension -501), or several numbers in a row (0755-81574030 13631616102).
    let found = false;
    const { groups } = run;
    for (let g = 0; g < groups.length; ) {
      const count = numberAt(groups, g, lists.areaCodes);
      if (count === 0) {
        g++;
        continue;
      }
      const first = groups[g] as DigitGroup;
      let last = groups[g + count - 1] as DigitGroup;
      const next = groups[g + count];
      g += count;
      if (
        next &&
        next.digits.length <= 5 &&
        dashBetween(text, last.end, next.start) &&
        !numberAt(groups, g, lists.areaCodes)
      ) {
        last = next;
        g++;
      }
      const from = first.start === run.start ? start : first.start;
      phone(openingBracket(text, from, last.end), last.end);
      found = true;
    }
    if (found) return;
    if (run.digits.length < 5 || run.digits.length > MAX_ID_DIGITS) return;
    // Too long for a QQ number, or led by 0: an ID only right after a code word (QQ2297132831336,
    // 求微37458383017120, 威03120), a counter glued to it.
    if (run.digits.length > 11 || run.digits.charCodeAt(0) === 0x30) {
      if (!run.beforeLetter && !run.separated) markedId(text, separator, lists, start, run, hits);
      return;
    }
    if (run.beforeLetter) {
      // Glued to letters it is no number of its own (12345abc), unless the letter is q or v alone (1755623854Q).
      const c = text.charCodeAt(run.end);
      if ((c === 0x71 || c === 0x76) && !isAlnum(text.charCodeAt(run.end + 1)))
        bareNumber(text, separator, lists, run, start, hits);
      return;
    }
    const plain = !run.separated && run.digits.length >= 6;
    const accepts = (word: string, _linked: boolean, spaced: boolean) => plain || (!isShortWord(word) && !spaced);
    let detector: Detector = 'qq';
    let from = codeWordBefore(text, start, separator, lists.qq, accepts);
    if (from < 0) {
      detector = 'wechat';
      from = codeWordBefore(text, start, separator, lists.wechat, accepts);
    }
    if (from < 0 && lists.account.length > 0) {
      detector = 'account';
      from = codeWordBefore(text, start, separator, lists.account, acceptsAccount);
    }
    if (from < 0) {
      const before = hits.length;
      if (!run.separated && markedId(text, separator, lists, start, run, hits, true)) return;
      // A code word, then 我, 个 or 下, then the number (q我949565868): asked for, a disguise.
      if (plain && SHORT_FILLERS.has(text.charCodeAt(start - 1))) {
        const word = codeWordBefore(text, start - 1, separator, lists.either, (_w, _l, spaced) => !spaced);
        if (word >= 0 && word + foundWord.length === start - 1) {
          hits.push(hit(lists.qq.includes(foundWord) ? 'qq' : 'wechat', word, run.end, true));
          return;
        }
      }
      bareNumber(text, separator, lists, run, start, hits);
      if (hits.length === before) hits.push(hit('id', start, run.end));
      return;
    }
    const flags = flagsOf(from, run.end);
    hits.push(hit(detector, from, run.end, flags !== 0 || disguisedWord(lists), flags));
  }
}

/** The fewest digits of a number that needs no code word of the lists around it: a QQ number is 5–11. */
const BARE_DIGITS = 7;

/**
 * A number with no code word of the lists before it, that spam marks another way (a disguise by
 * itself): a code character right before it (溦4176127441, 薇 1234567), a lure verb right before it
 * (加307519387, ➕2744 7053), or a code character right after it, after at most a plus sign, a verb or
 * 看 (2744 7053+🐧, 3408781589看扣, 2218439086+口). The number has six digits written together, or
 * seven or more.
 */
function bareNumber(
  text: string,
  separator: Uint8Array,
  lists: ContactLists,
  run: DigitRun,
  start: number,
  hits: ContactHit[],
): void {
  if (lists.codeChars.size === 0) return;
  const long = run.digits.length >= BARE_DIGITS;
  if (!long && (run.separated || run.digits.length < 6)) return;
  const word = codeCharBefore(text, separator, start, lists);
  if (word >= 0) {
    hits.push(hit('qq', withVerb(text, word, lists), run.end, true));
    return;
  }
  if (!long) return;
  const verb = verbBefore(text, start, lists);
  if (verb >= 0 && lureEnds(text, run.end)) {
    // 加 as it is asks openly (可以加 1612667640): a lure for a number of no named product, as 加微
    // is one for no number. 伽, 力口 or ➕ for it is a disguise: then the number is a detail.
    hits.push(text.charCodeAt(verb) === JIA ? hit('lure', verb, run.end) : hit('qq', verb, run.end, true));
    return;
  }
  const end = codeCharAfter(text, separator, run.end, lists);
  if (end >= 0) hits.push(hit('qq', start, end, true));
}

/** The most digits an ID after a code word may hold, a counter glued to it (V18319016820121). */
const MAX_ID_DIGITS = 20;
/** Han digits spam glues before the Latin ones of an ID (卫零27131): no units (十, 百). */
const HAN_DIGITS = new Set([...'零〇一二三四五六七八九'].map((char) => char.charCodeAt(0)));

/**
 * An ID of digits right after a code word — one of the lists, written whole, for a number too long
 * for QQ (QQ2297132831336, V18319016820121: a counter glued on), or a code character or one of its
 * sounds, for one led by 0 too (求微37458383017120, 威03120, 维新1992501137, 卫零27131 with Han digits
 * glued before it): the ID, a disguised one unless the code word names the product. QQ:012345 stays
 * no QQ number. `numeralOnly`: only with Han digits between (a plain number of QQ length is read
 * elsewhere). Whether one was found.
 */
function markedId(
  text: string,
  separator: Uint8Array,
  lists: ContactLists,
  start: number,
  run: DigitRun,
  hits: ContactHit[],
  numeralOnly = false,
): boolean {
  const end = run.end;
  let from = start;
  while (from > 0 && start - from < 3 && HAN_DIGITS.has(text.charCodeAt(from - 1))) from--;
  if (numeralOnly && from === start) return false;
  const at = from > 0 && isColon(text.charCodeAt(from - 1)) ? from - 1 : from;
  if (from === start && run.digits.length > 11) {
    let word = -1;
    let detector: Detector = 'qq';
    for (const [list, kind] of [
      [lists.qq, 'qq'],
      [lists.wechat, 'wechat'],
    ] as const)
      for (const candidate of list) {
        const s = wordEndingAt(text, separator, at, candidate);
        if (s < 0 || spacedWord || (word >= 0 && s >= word)) continue;
        if (isLetter(candidate.charCodeAt(0)) && isLetter(text.charCodeAt(s - 1))) continue;
        word = s;
        detector = kind;
        foundWord = candidate;
        foundJoined = joinedWord;
      }
    if (word >= 0) {
      foundSpaced = false;
      hits.push(hit(detector, word, end, disguisedWord(lists)));
      return true;
    }
  }
  let code = at - 1;
  if (isXin(text.charCodeAt(code), lists)) code--; // 维新, 威信
  const c = text.charCodeAt(code);
  if (!(lists.codeChars.has(c) || lists.lureSounds.has(c)) || LINKING_CHARS.has(c)) return false;
  // A character read wei stands for 微 (WeChat), any other (扣, 口) for QQ.
  const detector = lists.reading(text.charAt(code)) === 'wei' ? 'wechat' : 'qq';
  hits.push(hit(detector, withVerb(text, code, lists), end, true));
  return true;
}

/** A letter of a script bios are not written in, that spam pads numbers with (ᚰ, ᛀ: runes). */
const isPadding = (c: number) => c >= 0x16a0 && c <= 0x16ff;

/** Whether a lure or a detail may end at `end`: the text ends, or goes on with no Han character, or with one that ends a lure (号, 看, 哦). */
function lureEnds(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return !isHanUnit(next) || AFTER_WORD.has(next);
}

/**
 * Where a code character stands right before `position` — at most one separator or colon between —
 * with 信 or a stand-in after it (溦信, 喂芯: then any tone of the syllable counts): its start, or -1.
 * A code character after another Han character of a name (小薇) is still one: spam writes them so.
 */
function codeCharBefore(
  text: string,
  separator: Uint8Array,
  position: number,
  lists: ContactLists,
  lettered = false,
): number {
  let p = position;
  if (p > 0 && (separator[p - 1] || isColon(text.charCodeAt(p - 1))) && !isDigit(text.charCodeAt(p - 2))) p--;
  let c = text.charCodeAt(p - 1);
  if (isXin(c, lists)) {
    const before = text.charCodeAt(p - 2);
    if (lists.codeChars.has(before) || lists.lureSounds.has(before)) return p - 2;
    // 信 alone after a verb is 微信's (加信sp4032, 加信haoshi869).
    const verb = verbBefore(text, p - 1, lists);
    return verb >= 0 && text.charCodeAt(p - 2) !== 0x20 ? verb : -1;
  }
  // Before a letter ID a common character after other Han text is a name's (张薇 lily88, 张维abc123),
  // unless that text is a verb asking for it (力口薇C3003D).
  if (lettered && isHanUnit(text.charCodeAt(p - 2)) && !lists.idChars.has(c) && verbBefore(text, p - 1, lists) < 0)
    return -1;
  // Before an ID that starts with a letter, a character of another tone too (魏wp6047): a number after
  // one is a count too often (为123456), and 为 links a name to its value (密码为abc123).
  if (lettered && lists.lureSounds.has(c) && isHanUnit(c) && !LINKING_CHARS.has(c)) return p - 1;
  // An emoji (🐧) is two units.
  if (c >= 0xdc00 && c <= 0xdfff) {
    c = text.codePointAt(p - 2) ?? -1;
    return lists.codeChars.has(c) ? p - 2 : -1;
  }
  return lists.codeChars.has(c) ? p - 1 : -1;
}

/** `word`, or where the lure verb right before it starts (加葳信 p1379hy: the detail is asked for). */
function withVerb(text: string, word: number, lists: ContactLists): number {
  if (text.charCodeAt(word - 1) === 0x20) return word;
  const verb = verbBefore(text, word, lists);
  if (verb >= 0) return verb;
  const plus = word - 1;
  return plus >= 0 && isPlus(text.charCodeAt(plus)) && isJoinerAt(text, plus) ? plus : word;
}

/**
 * Where a lure verb of one character (加, 伽, 夹) or a plus sign for it (➕) stands right before
 * `position`, at most one separator between, that is no part of a word (增加, 不加): its start, or -1.
 */
function verbBefore(text: string, position: number, lists: ContactLists): number {
  let p = position;
  if (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
  const c = text.charCodeAt(p - 1);
  if (c === 0x2795 || c === 0x271a) return p - 1; // ➕ ✚: never arithmetic
  if (c === 0x53e3 && text.charCodeAt(p - 2) === 0x529b) return p - 2; // 力口
  // 十 for 加 before a code character or an ID (十威laotou588888, 钻十3030095813), not in a number
  // (二十, 5十, 第十).
  if (c === 0x5341) {
    const before = text.charCodeAt(p - 2);
    return isAlnum(before) || isHanNumeral(before) || isPlus(before) || before === 0x7b2c ? -1 : p - 1; // 第十
  }
  if (c !== JIA && !lists.lureVerbVariants.has(String.fromCharCode(c))) return -1;
  const before = text.charCodeAt(p - 2);
  if ((c === JIA && JIA_WORDS.has(before)) || NEGATIONS.has(before)) return -1;
  return p - 1;
}

/**
 * Where a code word ends that follows a number at `end`: after at most three separators or plus
 * signs, then at most one verb (加, 伽) or 看, a code character (🐧, 扣, 薇; after a plus sign or
 * verb also one of another tone: 口, 喂) or a non-Latin code word (企鹅, 扣扣) where a lure may end;
 * or -1.
 */
function codeCharAfter(text: string, separator: Uint8Array, end: number, lists: ContactLists): number {
  let p = end;
  let joined = false;
  // Separators, plus signs and letters of other scripts spam pads with (ᛀ), but not the code word.
  for (let skipped = 0; skipped < 3; skipped++) {
    const c = text.charCodeAt(p);
    if (lists.codeChars.has(text.codePointAt(p) ?? -1) || !(separator[p] || isPlus(c) || isPadding(c))) break;
    joined ||= isPlus(c);
    p++;
  }
  const verb = text.charCodeAt(p);
  if (verb === JIA || verb === 0x770b || lists.lureVerbVariants.has(String.fromCharCode(verb))) {
    joined ||= verb !== 0x770b; // 看
    p++;
  }
  for (const word of lists.lureWords) {
    if (!isNonLatin(word) || [...word].length === 1 || !text.startsWith(word, p)) continue;
    if (lureEnds(text, p + word.length)) return p + word.length;
  }
  const c = text.codePointAt(p) ?? -1;
  const width = c > 0xffff ? 2 : 1;
  if (lists.codeChars.has(c) || (joined && lists.lureSounds.has(c))) return lureEnds(text, p + width) ? p + width : -1;
  // q or v right after the number, or after a plus sign (1755623854Q, 752753636+v), as a word of its own.
  if ((c === 0x71 || c === 0x76) && (p === end || joined) && !isAlnum(text.charCodeAt(p + 1)))
    return lureEnds(text, p + 1) ? p + 1 : -1;
  return -1;
}

const isIdChar = (c: number) => isAlnum(c) || c === 0x5f || c === 0x2d;

/**
 * Whether the code word `codeWordBefore` last found disguises the detail: another word than the
 * product's own name (V信, 扣扣, TG), separators inside it, or a joiner for its 加 (+V).
 */
const disguisedWord = (lists: ContactLists) => foundSpaced || foundJoined || !lists.names.has(foundWord);

/**
 * Whether an account word may stand before an ID: with a colon or `@` between (TG：@abc_def,
 * Line: abcdef12), or a word holding a Han character written whole (抖音号 abc12345): a Latin
 * product name alone is a word of ordinary text too (line, signal).
 */
const acceptsAccount = (word: string, linked: boolean, spaced: boolean, handle: boolean) =>
  linked || handle || (isNonLatin(word) && !spaced && !isShortWord(word));

/** Whether a word holds a character past ASCII (a Han character, 🐧). */
const isNonLatin = (word: string) => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
};

/**
 * WeChat IDs: a code word, then an ID of 6–20 letters, digits, `_` or `-` starting with a letter;
 * or one glued to its code word by `_` or `-` (wx_abcdef).
 */
function scanWechatIds(text: string, separator: Uint8Array, lists: ContactLists, hits: ContactHit[]): void {
  const accepts = (word: string, linked: boolean, spaced: boolean) => linked || (!isShortWord(word) && !spaced);
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text.charCodeAt(i)) || isIdChar(text.charCodeAt(i - 1))) continue;
    let end = i;
    while (end < text.length && isIdChar(text.charCodeAt(end))) end++;
    const length = end - i;
    const before = hits.length;
    if (length >= 6 && length <= 20) {
      const word = codeWordBefore(text, i, separator, lists.wechat, accepts);
      const leet = word < 0 ? leetWordBefore(text, separator, i, lists.wechat) : -1;
      if (word >= 0 && word < i) hits.push(hit('wechat', word, end, disguisedWord(lists)));
      else if (leet >= 0) hits.push(hit('wechat', leet, end, true, CONFUSABLE));
      else if (!gluedId(text, i, end, lists, hits) && lists.account.length > 0) {
        const other = codeWordBefore(text, i, separator, lists.account, acceptsAccount);
        if (other >= 0 && other < i) hits.push(hit('account', other, end, disguisedWord(lists)));
      }
    }
    if (hits.length === before && length >= 5 && length <= 20) {
      bareId(text, separator, lists, i, end, hits);
      // Letters and digits mixed, with no code word: an ID only beside a lure (UKC173 美乳).
      if (hits.length === before && hasDigit(text, i, end)) hits.push(hit('id', i, end));
    }
    i = end;
  }
}

/**
 * An ID of letters and digits with no code word of the lists before it, that spam marks another
 * way (a disguise by itself): a code character right before it (薇C3003D, 溦信 cc33479), or a lure
 * verb or plus sign (加sx111505, ➕Ven4476) when it holds two letters and three digits or more, so
 * that a model name (加iPhone15) is none.
 */
function bareId(
  text: string,
  separator: Uint8Array,
  lists: ContactLists,
  start: number,
  end: number,
  hits: ContactHit[],
) {
  if (lists.codeChars.size === 0 || !hasDigit(text, start, end)) return;
  const word = codeCharBefore(text, separator, start, lists, true);
  if (word >= 0) {
    hits.push(hit('wechat', withVerb(text, word, lists), end, true));
    return;
  }
  // A code character glued to an ID spelled on with its own sound (微wei3366992, 扣kou12345).
  const c = text.charCodeAt(start - 1);
  const sound = lists.codeChars.has(c) || lists.lureSounds.has(c) ? lists.reading(text.charAt(start - 1)) : '';
  if (sound !== '' && text.startsWith(sound, start)) {
    hits.push(hit('wechat', withVerb(text, start - 1, lists), end, true));
    return;
  }
  let digits = 0;
  for (let k = start; k < end; k++) if (isDigit(text.charCodeAt(k))) digits++;
  if (digits < 3 || end - start - digits < 2 || !lureEnds(text, end)) return;
  let verb = verbBefore(text, start, lists);
  // A character read jia glued to the ID stands for 加 (跏timgod999): a disguise.
  if (verb < 0 && isHanUnit(text.charCodeAt(start - 1)) && lists.reading(text.charAt(start - 1)) === 'jia') {
    hits.push(hit('wechat', start - 1, end, true));
    return;
  }
  if (verb < 0) {
    const plus = text.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
    if (plus >= 0 && isPlus(text.charCodeAt(plus)) && isJoinerAt(text, plus)) verb = plus;
  }
  if (verb >= 0) hits.push(text.charCodeAt(verb) === JIA ? hit('lure', verb, end) : hit('wechat', verb, end, true));
}

/**
 * An ID that starts with a Latin code word and `_` or `-` (wx_abcdef, vx-lily2024), or that is a
 * CamelCase code word and ID (WeChatAbc888: a capital after a small letter begins the ID, which
 * has a WeChat ID's length and a digit): the whole ID.
 */
function gluedId(text: string, start: number, end: number, lists: ContactLists, hits: ContactHit[]): boolean {
  for (const word of lists.wechat) {
    if (word.length < 2 || !isLetter(word.charCodeAt(0)) || !text.startsWith(word, start)) continue;
    const at = start + word.length;
    const link = text.charCodeAt(at);
    if ((link === 0x5f || link === 0x2d) && end - (at + 1) >= 3) {
      hits.push(hit('wechat', start, end, !lists.names.has(word)));
      return true;
    }
    if (isLetter(link) && end - at >= 6 && capitalAt(at) && !capitalAt(at - 1) && hasDigit(text, at, end)) {
      hits.push(hit('wechat', start, end, true));
      return true;
    }
  }
  return false;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A Latin code word of four letters or more written with digits for letters (w3chat, we1xin),
 * ending at most MAX_SKIPPED separators before `position`: where it starts, or -1.
 */
function leetWordBefore(text: string, separator: Uint8Array, position: number, words: readonly string[]): number {
  let end = position;
  while (end > 0 && position - end < MAX_SKIPPED && (separator[end - 1] || isColon(text.charCodeAt(end - 1)))) end--;
  if (end === position) return -1;
  let start = end;
  while (start > 0 && isAlnum(text.charCodeAt(start - 1))) start--;
  if (start === end || !hasDigit(text, start, end)) return -1;
  const readings = tokenWordReadings(text.slice(start, end));
  return readings.some((reading) => reading.length >= 4 && words.includes(reading)) ? start : -1;
}

/**
 * Characters before 加 that make a word of it (增加, 参加, 更加, 附加): no invitation to add anyone.
 * 添加 is a lure verb of its own.
 */
const JIA_WORDS = new Set([...'增参更附追外施叠累强倍递'].map((char) => char.charCodeAt(0)));
/** A negation before the verb says the opposite of a lure: 不加V (向阳不加V), 勿加, 别加, 拒加. */
const NEGATIONS = new Set([...'不勿别拒莫'].map((char) => char.charCodeAt(0)));
/**
 * After a code word of one character (微, 威, 扣, v) the lure ends: the text ends or goes on with
 * something that is no Han character, or with one of these — 号 (加微号), the next request (详聊,
 * 私聊, 了解, 领取, 免费, 备注, 看) or a particle (哦, 吧, 呀). Any other Han character makes a word
 * of the code word (加微博, 加威武, 加扣分, 加裙子, 加葳蕤).
 */
const AFTER_WORD = new Set([...'号我详聊私了领免看备送哦吧呀啊哈'].map((char) => char.charCodeAt(0)));
/**
 * The second character of 微信 as spam writes it after a one-character code word: 信 itself and
 * its same- or near-sound stand-ins (葳信, 崴芯, 徽杏, 薇鑫, 微锌). It belongs to the lure, like 号.
 */
const XIN = new Set([...'信芯心鑫锌杏馨'].map((char) => char.charCodeAt(0)));
/** 信 or a stand-in: one of XIN, or any character the engine reads xin (新, 薪, 欣: 维新, 危薪). */
const isXin = (c: number, lists: ContactLists) =>
  XIN.has(c) || (isHanUnit(c) && lists.reading(String.fromCharCode(c)) === 'xin');
/** What may stand between the verb and a code word of one character: 加我v, 加个微, 加下薇. */
const SHORT_FILLERS = new Set([...'我个下'].map((char) => char.charCodeAt(0)));
/** How many Han characters may stand between the verb and the code word (加主播徽信, 加姐微号). */
const MAX_FILLER = 2;
/** How far before 加 a context (看…加群) may stand, in the same clause. */
const MAX_CONTEXT = 16;

/** The longest word of `words` at `i`, or ''. */
const NO_WORDS: readonly string[] = [];

function wordAt(text: string, i: number, words: readonly string[]): string {
  for (const word of words) if (text.startsWith(word, i)) return word;
  return '';
}

/** Whether a context word ends at or before `verb`, after the last separator before it, at most MAX_CONTEXT away. */
function contextBefore(text: string, separator: Uint8Array, verb: number, contexts: readonly string[]): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - MAX_CONTEXT; i--) {
    if (separator[i]) return false;
    if (wordAt(text, i, contexts) !== '') return true;
  }
  return false;
}

/**
 * The end of a code word of `words` (or, after a context, of `groups`) that a lure asks for at
 * `from` (after its verb), or -1; `lureWord` says which word it was.
 */
let lureWord = '';
/** Whether that word was a group word (群), read after a context. */
let lureGroup = false;
function lureWordAt(
  text: string,
  from: number,
  filler: number,
  lists: ContactLists,
  context: boolean,
  plainVerb: boolean,
): number {
  let word = wordAt(text, from, lists.lureWords);
  if (word === '' && filler === 0 && lists.lureSounds.has(text.charCodeAt(from))) {
    // A character of another tone after 加 as it is ends names too (加维, 麦加维, 平井加尾): there it
    // counts only before 信 or a stand-in, a colon, or an ID (加喂：sx111505, 加维信); after 伽, 夹 or
    // a plus sign anywhere (伽口, ➕喂).
    if (plainVerb && !soundAsksForId(text, from + 1)) return -1;
    word = text.charAt(from);
  }
  lureGroup = false;
  if (word === '' && context) {
    word = wordAt(text, from, lists.lureGroups);
    lureGroup = true;
  }
  if (word === '') return -1;
  lureWord = word;
  const end = from + word.length;
  const next = text.charCodeAt(end);
  // A Latin code word is a word of its own (加vip is no 加v).
  if (isLetter(word.charCodeAt(word.length - 1)) && isLetter(next)) return -1;
  if (isLetter(word.charCodeAt(0))) {
    // 加我v, 加个vx: one filler at most before a Latin word.
    return filler <= 1 && (filler === 0 || SHORT_FILLERS.has(text.charCodeAt(from - 1))) ? end : -1;
  }
  if ([...word].length > 1) return end;
  // One Han character: the lure must end there (加微, 加微号, 加裙。), and after a filler it must be
  // one of 我个下 or the word go on with 号 (加姐微号).
  const xin = isXin(next, lists);
  if (isHanUnit(next) && !AFTER_WORD.has(next) && !xin) return -1;
  if (xin) return end + 1; // 葳信, 加主播徽信, 加维新
  if (filler === 0 || next === 0x53f7) return end; // 号
  return filler === 1 && SHORT_FILLERS.has(text.charCodeAt(from - 1)) ? end : -1;
}

/** Whether 信 or a stand-in, a colon, or an ID of five letters or digits or more comes at `i` (after a space). */
function soundAsksForId(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (XIN.has(c) || isColon(c)) return true;
  let j = c === 0x20 ? i + 1 : i;
  const start = j;
  while (isAlnum(text.charCodeAt(j))) j++;
  return j - start >= 5;
}

/**
 * Lures without a detail: a verb or context that asks for contact (加, 添加, ➕, 伽, 私信, 主页有,
 * 联系), at most two Han characters, and a code word (加微, 加主播徽信, ➕V, 主页有V, 加扣, 看…加群),
 * where no detail follows (that is a detail of its own). Only the verbs' first characters are looked
 * for, so a text is read once.
 */
function scanLures(text: string, separator: Uint8Array, lists: ContactLists, hits: ContactHit[]): void {
  if (lists.lureVerbs.length === 0) return;
  // One table look-up per code unit finds where a lure may start (a RegExp built from the verbs
  // would be as fast, but a pattern made at run time cannot be proved free of backtracking).
  const starts = lists.starts;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const flags = starts[c] as number;
    if ((flags & LURE_START) === 0) continue;
    let verb = 0;
    let joined = false;
    const plus = isPlus(c) || c === 0x5341;
    if (plus) {
      if (!isJoinerAt(text, i)) continue;
      verb = text.charCodeAt(i + 1) === 0x20 ? 2 : 1;
      joined = true;
    } else {
      if ((flags & VERB_START) === 0) continue;
      const word = wordAt(text, i, lists.lureVerbsByStart.get(c) ?? NO_WORDS);
      if (word === '' || (word.charCodeAt(0) === JIA && JIA_WORDS.has(text.charCodeAt(i - 1)))) continue;
      if (NEGATIONS.has(text.charCodeAt(i - 1))) continue;
      verb = word.length;
      joined = lists.lureVerbVariants.has(word);
    }
    const from = i + verb;
    let context: boolean | undefined;
    for (let filler = 0; filler <= MAX_FILLER; filler++) {
      if (filler > 0 && !isHanUnit(text.charCodeAt(from + filler - 1))) break;
      // Another verb after the filler is a lure of its own (加纳加个微锌: 加个微锌).
      if (
        filler > 0 &&
        ((starts[text.charCodeAt(from + filler)] as number) & VERB_START) !== 0 &&
        wordAt(text, from + filler, lists.lureVerbsByStart.get(text.charCodeAt(from + filler)) ?? NO_WORDS)
      )
        break;
      context ??= lists.lureGroups.length > 0 && contextBefore(text, separator, i, lists.lureContexts);
      const end = lureWordAt(text, from + filler, filler, lists, context, !joined);
      if (end < 0) continue;
      // 号 after the word is the lure's (加姐微号).
      const stop = text.charCodeAt(end) === 0x53f7 ? end + 1 : end;
      // A plus sign before one Latin letter also joins words (家校+V 计划, A+B): not a disguise by itself.
      // 群 written as it is (看…加群) names a feature, not another product: not a disguise either.
      const plain = (plus && lureWord.length === 1 && isLetter(lureWord.charCodeAt(0))) || (lureGroup && !joined);
      hits.push(hit('lure', i, stop, !plain && (joined || !lists.names.has(lureWord))));
      i = stop - 1; // the next lure starts after this one
      break;
    }
  }
}

/** How far before an at sign a lure verb may stand (联系方式：@abc123), in the same clause. */
const MAX_HANDLE_GAP = 6;

/**
 * Handles on another product (客服:@F8VIP8, 联系：@maimai3690, 找我@abc_def): an at sign that ends no
 * e-mail name, then 5–32 letters, digits or `_` starting with a letter — holding a digit (a handle,
 * not a word: @Alibaba is none), or `_` after a lure verb in the same clause. A handle with an
 * account word before it (TG：@abc_def) is read by scanWechatIds.
 */
function scanHandles(text: string, separator: Uint8Array, lists: ContactLists, hits: ContactHit[]): void {
  if (lists.lureVerbs.length === 0) return;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (isLocalChar(text.charCodeAt(at - 1)) || !isLetter(text.charCodeAt(at + 1))) continue;
    let end = at + 1;
    let digit = false;
    let underscore = false;
    while (isAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 0x5f) {
      const c = text.charCodeAt(end);
      digit ||= isDigit(c);
      underscore ||= c === 0x5f;
      end++;
    }
    if (!(digit || underscore) || end - at - 1 < 5 || end - at - 1 > 32) continue;
    if (hits.some((found) => found.start <= at && at < found.end)) continue;
    // A handle with a digit is one wherever it stands (@maimai3690); one with `_` alone after a verb.
    if (digit) {
      hits.push(hit('account', at, end));
      continue;
    }
    for (let k = at - 1; k >= 0 && k >= at - MAX_HANDLE_GAP; k--) {
      const c = text.charCodeAt(k);
      if (isListMark(c) || c === 0x3002 || (separator[k] && !isColon(c) && c !== 0x20)) break;
      const verb =
        ((lists.starts[c] as number) & VERB_START) !== 0
          ? wordAt(text, k, lists.lureVerbsByStart.get(c) ?? NO_WORDS)
          : '';
      if (verb !== '' && k + verb.length <= at) {
        hits.push(hit('account', k, end));
        break;
      }
    }
  }
}

function allDigits(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

const LETTER_OR_DIGIT = /[a-z0-9]/;
const hasLetterOrDigit = (text: string) => LETTER_OR_DIGIT.test(text);

/** Where the folded text came from: a capital letter there marks where a CamelCase word begins. */
export interface ContactSource {
  readonly original: string;
  readonly originStart: ArrayLike<number>;
}

/** Whether folded unit `i` was a capital Latin letter (A–Z, or Ａ–Ｚ) in the text as written. */
let capitalAt: (i: number) => boolean = () => false;
function capitals(source: ContactSource | undefined): (i: number) => boolean {
  if (!source) return () => false;
  return (i) => {
    const c = source.original.charCodeAt(source.originStart[i] ?? -1);
    return (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a);
  };
}

/**
 * A pictograph or symbol spam closes a code word with (❤, ★, ♥, 💋, ☎): no punctuation, letter, digit,
 * Han character or space, which end words in ordinary text.
 */
const isMarkAfterWord = (c: number) =>
  (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3200 && c <= 0x32ff) || (c >= 0xd83c && c <= 0xd83e); // arrows, dingbats, stars; enclosed; emoji (high surrogates)

/**
 * Code words standing alone (`code`): a non-Latin code word of the lure lists (薇, 扣, 企鹅, 薇信)
 * where a lure may end — the text ends, or goes on with no Han character or with 号, 看, 哦 … — with
 * 信 or a stand-in for it (薇芯) taken in; a word of one common character only where no Han character
 * stands before it. No detail by itself; a rule pairs it with a lure lexicon. Found by a table of
 * the words' first units.
 */
function loneCodeWords(text: string, lists: ContactLists, hits: ContactHit[]): void {
  if (lists.lureWords.length === 0) return;
  const starts = lists.starts;
  for (let i = 0; i < text.length; i++) {
    if (((starts[text.charCodeAt(i)] as number) & CODE_START) === 0) continue;
    const word = wordAt(text, i, lists.codeWordsByStart.get(text.charCodeAt(i)) ?? []);
    if (word === '') continue;
    let end = i + word.length;
    if (XIN.has(text.charCodeAt(end))) end++;
    // One character after another Han character ends a word (稍微, 折扣, 权威) or a name (张薇): it
    // counts there only with 信 or a stand-in after it, or when a mark no word ends with follows it
    // (姐脱衣薇❤, 看B奶 微★).
    const alone = end - i > 1 || !isHanUnit(text.charCodeAt(i - 1)) || isMarkAfterWord(text.charCodeAt(end));
    if (alone && lureEnds(text, end)) hits.push(hit('code', i, end));
    i = end - 1; // the next word starts after this one
  }
}

/** Runs the requested detectors over folded text. */
export function detectContacts(
  text: string,
  separator: Uint8Array,
  detectors: ReadonlySet<Detector>,
  lists: ContactLists,
  source?: ContactSource,
): ContactHit[] {
  capitalAt = capitals(source);
  const hits: ContactHit[] = [];
  // Every other detector needs a Latin letter or a digit (a number, an ID, a top-level domain);
  // most Chinese text has none, and one pass over it answers for all four scans.
  if (!hasLetterOrDigit(text)) {
    if (detectors.has('lure')) scanLures(text, separator, lists, hits);
    if (detectors.has('code')) loneCodeWords(text, lists, hits);
    return hits;
  }
  if (detectors.has('url') || detectors.has('email')) scanAddresses(text, lists, hits);
  if (detectors.has('phone') || detectors.has('qq') || detectors.has('wechat') || detectors.has('id')) {
    // Letters standing for digits inside a number (1OO86, l39l2345678) are read as those digits.
    // A name the platform gave (手机用户15156625174): its number is the platform's, not a detail.
    const platformName = lists.defaultNames.some(
      (name) => text.length > name.length && text.startsWith(name) && allDigits(text, name.length),
    );
    const numeric = platformName ? undefined : MIXED.test(text) ? numericReading(text) : undefined;
    if (platformName) {
      // No number here: the name is the platform's default.
    } else if (numeric === undefined) scanNumbers(text, separator, lists, hits, undefined);
    else scanNumbers(numeric.text, separator, lists, hits, numeric.substituted);
  }
  if (detectors.has('wechat') || detectors.has('id')) scanWechatIds(text, separator, lists, hits);
  if (detectors.has('account')) scanHandles(text, separator, lists, hits);
  if (detectors.has('lure')) {
    // A lure with its detail (加微18087469444, 加V：abc123) is that detail: the lure is reported alone.
    const lures: ContactHit[] = [];
    scanLures(text, separator, lists, lures);
    for (const lure of lures)
      if (!hits.some((found) => found.start < lure.end && lure.start < found.end)) hits.push(lure);
  }
  if (detectors.has('code')) loneCodeWords(text, lists, hits);
  // An ID or code word inside a detail or lure found (the name of an address, 加微) is that detail.
  return hits.filter(
    (found) =>
      detectors.has(found.detector) &&
      ((found.detector !== 'id' && found.detector !== 'code') ||
        !hits.some(
          (other) =>
            other.detector !== 'id' && other.detector !== 'code' && other.start < found.end && found.start < other.end,
        )),
  );
}
