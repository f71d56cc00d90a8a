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
}

/**
 * A code word of one character (v, q, 微, 🐧) is a letter or a syllable in ordinary text too (`v2.0`,
 * `Batman v Superman`, 微博): before a number it counts only for a number of six digits or more
 * written without separators, before a letter ID only with a colon between (`v:abc_123`).
 */
const isShortWord = (word: string) => [...word].length === 1;

export function contactLists(
  tlds: readonly string[],
  qq: readonly string[],
  wechat: readonly string[],
  names: readonly string[] = [],
): ContactLists {
  return {
    tlds: new Set(tlds),
    maxTldLength: Math.max(0, ...tlds.map((tld) => tld.length)),
    qq,
    wechat,
    either: [...wechat, ...qq],
    names: new Set([...qq, ...wechat].filter((word) => names.some((name) => word.includes(name)))),
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

/** Marks between the items of a list (`QQ:1076580033,1176580033`): they end a number. */
const isListMark = (c: number) =>
  c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3b || c === 0xff1b || c === 0x2f || c === 0x7c; // , ， 、 ; ； / |

/** A maximal run of digits with at most two separator units between neighbours. */
interface DigitRun {
  start: number;
  end: number;
  digits: string;
  /** Whether a separator stands between two of its digits (`400-889-0008`, `v10.15.7`). */
  separated: boolean;
  /** Whether a Latin letter comes right after it (`12345abc`). */
  beforeLetter: boolean;
}

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
    let separated = false;
    while (j < text.length) {
      if (isDigit(text.charCodeAt(j))) {
        digits += text[j];
        j++;
        end = j;
        continue;
      }
      let gap = 0;
      while (
        gap < 3 &&
        separator[j + gap] &&
        !isListMark(text.charCodeAt(j + gap)) &&
        !isDigit(text.charCodeAt(j + gap))
      )
        gap++;
      if (gap === 0 || gap === 3 || !isDigit(text.charCodeAt(j + gap))) break;
      separated = true;
      j += gap;
    }
    runs.push({ start, end, digits, separated, beforeLetter: isLetter(text.charCodeAt(end)) });
    i = Math.max(end, i + 1);
  }
  return runs;
}

const PHONE_PREFIXES = ['0086', '86', ''];

/** A mainland mobile number (1[3-9] and nine digits, with or without 86), or a 400/800 service number. */
function isPhone(digits: string): boolean {
  if (digits.length === 10 && (digits.startsWith('400') || digits.startsWith('800'))) return true;
  for (const prefix of PHONE_PREFIXES) {
    if (digits.length !== prefix.length + 11 || !digits.startsWith(prefix)) continue;
    const second = digits.charCodeAt(prefix.length + 1) - 48;
    if (digits[prefix.length] === '1' && second >= 3 && second <= 9) return true;
  }
  return false;
}

/** Characters that may stand between a code word and its number: 微信号是 abc123, wx_abc123. */
const LINKING_CHARS = new Set(['号', '是', '为', '：', '_', '-'].map((char) => char.charCodeAt(0)));
const isColon = (c: number) => c === 0x3a || c === 0xff1a;

/**
 * Where the earliest code word starts that ends right before `position`, up to MAX_SKIPPED separators
 * (or linking characters) away, or -1: in 加V：abc123 the code word is 加V, not V：. `accepts` says
 * whether a code word may stand there (`linked`: a colon between it and `position`).
 */
/** Separators or linking characters that may stand between a code word and its detail (`vx :  abc`). */
const MAX_SKIPPED = 5;

/** The code word `codeWordBefore` last found. */
let foundWord = '';

function codeWordBefore(
  text: string,
  position: number,
  separator: Uint8Array,
  words: readonly string[],
  accepts: (word: string, linked: boolean) => boolean = () => true,
): number {
  let found = -1;
  let p = position;
  let linked = false;
  foundWord = '';
  for (let skipped = 0; skipped <= MAX_SKIPPED; skipped++) {
    for (const word of words) {
      const start = p - word.length;
      if (start < 0 || !text.startsWith(word, start)) continue;
      // A Latin code word must be a word of its own: `wx` in `twx` is not one.
      if (isLetter(word.charCodeAt(0)) && isLetter(text.charCodeAt(start - 1))) continue;
      if (!accepts(word, linked)) continue;
      if (found < 0 || start < found) {
        found = start;
        foundWord = word;
      }
    }
    if (p === 0 || !(separator[p - 1] || LINKING_CHARS.has(text.charCodeAt(p - 1)))) break;
    if (isColon(text.charCodeAt(p - 1))) linked = true;
    p--;
  }
  return found;
}

function scanNumbers(
  text: string,
  separator: Uint8Array,
  lists: ContactLists,
  hits: ContactHit[],
  substituted: Uint8Array | undefined,
): void {
  const flagsOf = (start: number, end: number) => (substituted?.subarray(start, end).includes(1) ? CONFUSABLE : 0);
  for (const run of digitRuns(text, separator)) {
    let start = run.start;
    if (text.charCodeAt(start - 1) === 0x2b) start--; // +
    if (isPhone(run.digits)) {
      // A mobile or service number is one wherever it stands, glued to letters too (tel13912345678):
      // no word ends in eleven digits that happen to be a phone number.
      const word = codeWordBefore(text, start, separator, lists.either);
      const from = word >= 0 ? word : start;
      const flags = flagsOf(from, run.end);
      hits.push(hit('phone', from, run.end, flags !== 0 || (word >= 0 && !lists.names.has(foundWord)), flags));
      continue;
    }
    if (run.digits.length < 5 || run.digits.length > 11 || run.digits.charCodeAt(0) === 0x30 || run.beforeLetter)
      continue;
    const plain = !run.separated && run.digits.length >= 6;
    const accepts = (word: string) => plain || !isShortWord(word);
    const qq = codeWordBefore(text, start, separator, lists.qq, accepts);
    const detector = qq >= 0 ? 'qq' : 'wechat';
    const from = qq >= 0 ? qq : codeWordBefore(text, start, separator, lists.wechat, accepts);
    if (from < 0) continue;
    const flags = flagsOf(from, run.end);
    hits.push(hit(detector, from, run.end, flags !== 0 || !lists.names.has(foundWord), flags));
  }
}

const isIdChar = (c: number) => isAlnum(c) || c === 0x5f || c === 0x2d;

/**
 * WeChat IDs: a code word, then an ID of 6–20 letters, digits, `_` or `-` starting with a letter;
 * or one glued to its code word by `_` or `-` (wx_abcdef).
 */
function scanWechatIds(text: string, separator: Uint8Array, lists: ContactLists, hits: ContactHit[]): void {
  const accepts = (word: string, linked: boolean) => linked || !isShortWord(word);
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text.charCodeAt(i)) || isIdChar(text.charCodeAt(i - 1))) continue;
    let end = i;
    while (end < text.length && isIdChar(text.charCodeAt(end))) end++;
    const length = end - i;
    if (length >= 6 && length <= 20) {
      const word = codeWordBefore(text, i, separator, lists.wechat, accepts);
      if (word >= 0 && word < i) hits.push(hit('wechat', word, end, !lists.names.has(foundWord)));
      else gluedId(text, i, end, lists, hits);
    }
    i = end;
  }
}

/** An ID that starts with a Latin code word and `_` or `-` (wx_abcdef, vx-lily2024): the whole ID. */
function gluedId(text: string, start: number, end: number, lists: ContactLists, hits: ContactHit[]): void {
  for (const word of lists.wechat) {
    if (word.length < 2 || !isLetter(word.charCodeAt(0)) || !text.startsWith(word, start)) continue;
    const link = text.charCodeAt(start + word.length);
    if ((link === 0x5f || link === 0x2d) && end - (start + word.length + 1) >= 3) {
      hits.push(hit('wechat', start, end, !lists.names.has(word)));
      return;
    }
  }
}

function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isAlnum(text.charCodeAt(i))) return true;
  return false;
}

/** Runs the requested detectors over folded text. */
export function detectContacts(
  text: string,
  separator: Uint8Array,
  detectors: ReadonlySet<Detector>,
  lists: ContactLists,
): ContactHit[] {
  const hits: ContactHit[] = [];
  // Every detector needs a Latin letter or a digit (a number, an ID, a top-level domain); most
  // Chinese text has none, and one pass over it answers for all four scans.
  if (!hasLetterOrDigit(text)) return hits;
  if (detectors.has('url') || detectors.has('email')) scanAddresses(text, lists, hits);
  if (detectors.has('phone') || detectors.has('qq') || detectors.has('wechat')) {
    // Letters standing for digits inside a number (1OO86, l39l2345678) are read as those digits.
    const numeric = MIXED.test(text) ? numericReading(text) : undefined;
    if (numeric === undefined) scanNumbers(text, separator, lists, hits, undefined);
    else scanNumbers(numeric.text, separator, lists, hits, numeric.substituted);
  }
  if (detectors.has('wechat')) scanWechatIds(text, separator, lists, hits);
  return hits.filter((found) => detectors.has(found.detector));
}
