/**
 * The Latin script channel's readings of mixed letters and digits: letters standing for digits
 * inside a number (1OO86, l39l2345678, 9558O) and digits standing for letters inside a Latin word
 * (Hua_w3i, A1ipay, T4obao, cc7v). Each reading has the text's length, unit for unit, so a match in
 * it is a match at the same indices of the text, and is only read where the text itself has such a
 * token: the matchers keep from a reading only what covers a replaced unit.
 *
 * The tables: letters as digits are the Latin letters Unicode's confusables (UTS #39
 * confusables.txt) gives for the digits, as they fold here (lower case): 0 → O (`o`), 1 → l and
 * I → l (`l`, `i`). Digits as letters are the common "leet" digits: 0 → o, 1 → l or i, 3 → e,
 * 4 → a, 5 → s, 7 → t, 8 → b.
 *
 * A token (a maximal run of ASCII letters and digits) is read as a number only when every letter
 * in it is one of o, l, i and it has more digits than letters, at least three (1OO86, not lol, i18n
 * or 2o2o); as a word only when every digit in it is a leet digit and it has more letters than
 * digits, at least two (cc7v, not b2b or h5).
 */

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;

/** Digit for a letter that stands for one, by code unit; -1 for none. */
const LETTER_DIGIT = new Int8Array(0x80).fill(-1);
LETTER_DIGIT[0x6f] = 0; // o
LETTER_DIGIT[0x6c] = 1; // l
LETTER_DIGIT[0x69] = 1; // i

/** Letter for a digit that stands for one (0 for none); `1` has two readings, l and i. */
const DIGIT_LETTER = 'o??eas?tb?'; // index = digit; `?` for none (1 is read separately)
const digitLetter = (digit: number, one: string) => (digit === 1 ? one : (DIGIT_LETTER[digit] ?? '?'));

/** A reading: the text with some units replaced, and which. */
export interface Reading {
  readonly text: string;
  readonly substituted: Uint8Array;
}

/** Calls `token(start, end, letters, digits)` for every maximal run of ASCII letters and digits with both. */
function mixedTokens(text: string, token: (start: number, end: number, letters: number, digits: number) => void) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && !isLetter(c)) continue;
    let letters = 0;
    let digits = 0;
    let j = i;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) digits++;
      else if (isLetter(d)) letters++;
      else break;
    }
    if (letters > 0 && digits > 0) token(i, j, letters, digits);
    i = j;
  }
}

/** The text with letters read as digits inside number-like tokens, or undefined when it has none. */
export function numericReading(text: string): Reading | undefined {
  let substituted: Uint8Array | undefined;
  mixedTokens(text, (start, end, letters, digits) => {
    if (digits <= letters || digits < 3) return;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isLetter(c) && (LETTER_DIGIT[c] ?? -1) < 0) return;
    }
    substituted ??= new Uint8Array(text.length);
    for (let i = start; i < end; i++) if (isLetter(text.charCodeAt(i))) substituted[i] = 1;
  });
  if (!substituted) return undefined;
  let out = '';
  for (let i = 0; i < text.length; i++)
    out += substituted[i] ? String.fromCharCode(0x30 + (LETTER_DIGIT[text.charCodeAt(i)] ?? 0)) : text[i];
  return { text: out, substituted };
}

/**
 * The text with digits read as letters inside word-like tokens: one reading, or two when a `1`
 * is read (as l and as i). Empty when no token qualifies.
 */
export function wordReadings(text: string): Reading[] {
  const tokens: [number, number][] = [];
  let hasOne = false;
  mixedTokens(text, (start, end, letters, digits) => {
    if (letters <= digits || letters < 2) return;
    let one = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) continue;
      if (c === 0x31) one = true;
      else if (digitLetter(c - 0x30, 'l') === '?') return;
    }
    hasOne ||= one;
    tokens.push([start, end]);
  });
  if (tokens.length === 0) return [];
  const read = (one: string): Reading => {
    const substituted = new Uint8Array(text.length);
    let out = '';
    let last = 0;
    for (const [start, end] of tokens) {
      out += text.slice(last, start);
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          out += digitLetter(c - 0x30, one);
          substituted[i] = 1;
        } else out += text[i];
      }
      last = end;
    }
    return { text: out + text.slice(last), substituted };
  };
  return hasOne ? [read('l'), read('i')] : [read('l')];
}

/**
 * The words a single token reads as with its digits as letters (`c0m` → com, `1nfo` → lnfo and
 * info), under the same conditions as `wordReadings` (every digit a leet digit, more letters than
 * digits, at least two); empty when it does not qualify or has no digit.
 */
export function tokenWordReadings(token: string): string[] {
  let letters = 0;
  let digits = 0;
  let one = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isLetter(c)) letters++;
    else if (!isDigit(c)) return [];
    else {
      digits++;
      if (c === 0x31) one = true;
      else if (digitLetter(c - 0x30, 'l') === '?') return [];
    }
  }
  if (digits === 0 || letters <= digits || letters < 2) return [];
  const read = (reading: string) => {
    let out = '';
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      out += isDigit(c) ? digitLetter(c - 0x30, reading) : token[i];
    }
    return out;
  };
  return one ? [read('l'), read('i')] : [read('l')];
}
