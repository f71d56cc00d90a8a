/**
 * Contact-information detectors (Art. 8.6): mainland mobile numbers, QQ numbers and WeChat IDs
 * with their code words, URLs and e-mail addresses — including the usual disguises: digits in any
 * number form (already digits in the folded text), separators between them, `点` or `dot` for the
 * dot, `#` or `at` for the at sign.
 *
 * They read the folded view (separators kept) and are hand-written scanners rather than regular
 * expressions: each position is looked at a bounded number of times, so time stays linear.
 */
import type { FoldedIndex } from '../normalize/text.js';
import type { Detector } from '../types.js';

/** A contact detail: the detectors read the folded text, so its range is in folded units. */
export interface ContactHit {
  detector: Detector;
  start: FoldedIndex;
  end: FoldedIndex;
}

const hit = (detector: Detector, start: number, end: number): ContactHit => ({
  detector,
  start: start as FoldedIndex,
  end: end as FoldedIndex,
});

// Predicates over code units: `text.charCodeAt(i)` past either end is NaN, which none accepts, as
// `text[i]` would be undefined. Code units rather than one-character strings, because indexing a
// string allocates a string per non-Latin-1 character and these run over every character.
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isAlnum = (c: number) => isDigit(c) || isLetter(c);
const isLabelChar = (c: number) => isAlnum(c) || c === 0x2d; // -
const isLocalChar = (c: number) => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b; // . _ - +
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
}

export function contactLists(tlds: readonly string[], qq: readonly string[], wechat: readonly string[]): ContactLists {
  return {
    tlds: new Set(tlds),
    maxTldLength: Math.max(0, ...tlds.map((tld) => tld.length)),
    qq,
    wechat,
    either: [...wechat, ...qq],
  };
}

const DOT_FORMS = ['(dot)', '[dot]', '{dot}', ' dot '];
const AT_FORMS = ['(at)', '[at]', '{at}', ' at ', '艾特'];

/** Length of a dot written as `.`, `。`, `点`, `(dot)`, `[dot]` or ` dot ` at `i`, or 0. */
function dotAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2e || c === 0x3002 || c === 0x70b9) return 1; // . 。 点
  // Every spelled-out form starts with ( [ { or a space; most characters are none of them.
  if (c !== 0x28 && c !== 0x5b && c !== 0x7b && c !== 0x20) return 0;
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
function domainFrom(text: string, i: number, lists: ContactLists, followers?: Uint8Array): number {
  let end = -1;
  let labels = 0;
  let j = i;
  for (;;) {
    let k = j;
    while (isLabelChar(text.charCodeAt(k))) k++;
    if (k === j) break;
    labels++;
    if (labels >= 2 && followers) followers[j] = 1;
    if (labels >= 2 && k - j <= lists.maxTldLength && lists.tlds.has(text.slice(j, k))) end = k;
    const dot = dotAt(text, k);
    if (dot === 0 || !isLabelChar(text.charCodeAt(k + dot))) break;
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
    hits.push(hit('email', start, end));
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
    hits.push(hit('url', start, stop));
    i = stop - 1;
  }
}

/** A maximal run of digits with at most two separator units between neighbours. */
interface DigitRun {
  start: number;
  end: number;
  digits: string;
  /** Whether a Latin letter comes right before it (`lily88`, or the code word of `QQ12345678`). */
  afterLetter: boolean;
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
    while (j < text.length) {
      if (isDigit(text.charCodeAt(j))) {
        digits += text[j];
        j++;
        end = j;
        continue;
      }
      let gap = 0;
      while (gap < 3 && separator[j + gap] && !isDigit(text.charCodeAt(j + gap))) gap++;
      if (gap === 0 || gap === 3 || !isDigit(text.charCodeAt(j + gap))) break;
      j += gap;
    }
    if (!isLetter(text.charCodeAt(end))) {
      runs.push({ start, end, digits, afterLetter: isLetter(text.charCodeAt(start - 1)) });
    }
    i = Math.max(end, i + 1);
  }
  return runs;
}

const PHONE_PREFIXES = ['0086', '86', ''];

function isMobile(digits: string): boolean {
  for (const prefix of PHONE_PREFIXES) {
    if (digits.length !== prefix.length + 11 || !digits.startsWith(prefix)) continue;
    const second = digits.charCodeAt(prefix.length + 1) - 48;
    if (digits[prefix.length] === '1' && second >= 3 && second <= 9) return true;
  }
  return false;
}

/**
 * Where the earliest code word starts that ends right before `position`, up to three separators
 * (or linking characters) away, or -1: in 加V：abc123 the code word is 加V, not V：.
 */
/** Characters that may stand between a code word and its number: 微信号是 abc123. */
const LINKING_CHARS = new Set(['号', '是', '为', '：'].map((char) => char.charCodeAt(0)));

function codeWordBefore(text: string, position: number, separator: Uint8Array, words: readonly string[]): number {
  let found = -1;
  let p = position;
  for (let skipped = 0; skipped <= 3; skipped++) {
    for (const word of words) {
      const start = p - word.length;
      if (start < 0 || !text.startsWith(word, start)) continue;
      // A Latin code word must be a word of its own: `wx` in `twx` is not one.
      if (isLetter(word.charCodeAt(0)) && isLetter(text.charCodeAt(start - 1))) continue;
      if (found < 0 || start < found) found = start;
    }
    if (p === 0 || !(separator[p - 1] || LINKING_CHARS.has(text.charCodeAt(p - 1)))) break;
    p--;
  }
  return found;
}

function scanNumbers(text: string, separator: Uint8Array, lists: ContactLists, hits: ContactHit[]): void {
  for (const run of digitRuns(text, separator)) {
    let start = run.start;
    if (text.charCodeAt(start - 1) === 0x2b) start--; // +
    if (isMobile(run.digits)) {
      const word = codeWordBefore(text, start, separator, lists.either);
      // Digits glued to a word are part of it (`tom13800138000`), unless the word is a code word.
      if (run.afterLetter && word < 0) continue;
      hits.push(hit('phone', word >= 0 ? word : start, run.end));
      continue;
    }
    if (run.digits.length < 5 || run.digits.length > 11 || run.digits.charCodeAt(0) === 0x30) continue;
    const qq = codeWordBefore(text, start, separator, lists.qq);
    if (qq >= 0) {
      hits.push(hit('qq', qq, run.end));
      continue;
    }
    const wechat = codeWordBefore(text, start, separator, lists.wechat);
    if (wechat >= 0) hits.push(hit('wechat', wechat, run.end));
  }
}

/** WeChat IDs: a code word, then an ID of 6–20 letters, digits, `_` or `-` starting with a letter. */
function scanWechatIds(text: string, separator: Uint8Array, lists: ContactLists, hits: ContactHit[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text.charCodeAt(i)) || isLabelChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x5f)
      continue;
    let end = i;
    while (
      end < text.length &&
      (isAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 0x5f || text.charCodeAt(end) === 0x2d)
    ) {
      end++;
    }
    const length = end - i;
    if (length >= 6 && length <= 20) {
      const word = codeWordBefore(text, i, separator, lists.wechat);
      if (word >= 0 && word < i) hits.push(hit('wechat', word, end));
    }
    i = end;
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
  if (detectors.has('phone') || detectors.has('qq') || detectors.has('wechat'))
    scanNumbers(text, separator, lists, hits);
  if (detectors.has('wechat')) scanWechatIds(text, separator, lists, hits);
  return hits.filter((found) => detectors.has(found.detector));
}
