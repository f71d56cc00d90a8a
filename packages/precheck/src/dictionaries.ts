/**
 * The engine's dictionaries: traditional → simplified per character (OpenCC's tables, with the
 * Hong Kong and Taiwan variants) and the most common toneless pinyin reading per character
 * (pinyin-pro). Both come as compact generated tables (`dictionaries/*.data.ts`, written by
 * scripts/generate-dictionaries.ts) that load on demand with `loadDictionaries()`; the engine works
 * without them, only blind to traditional characters and homophones until they arrive.
 */

export interface Dictionaries {
  /** The simplified form of one traditional (or variant) Han character, if it has one. */
  simplify(char: string): string | undefined;
  /**
   * The most common toneless reading of one Han character (`ü` as `v`), or '' when unknown. Only
   * the most common one: an evasion is written with characters read the usual way, while every
   * reading of every polyphone (奇 ji, 红 gong) makes ordinary names sound like protected ones.
   * Terms whose reading depends on context (银行 yin hang) carry it in the rule set.
   */
  reading(char: string): string;
}

/** Dictionaries that know nothing: traditional characters and homophones go unrecognised. */
export const NO_DICTIONARIES: Dictionaries = {
  simplify: () => undefined,
  reading: () => '',
};

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGITS[BASE64.charCodeAt(i)] = i;

/**
 * A character table in the dictionaries' encoding (see dictionaries/simplified.data.ts): per
 * pair, the distance from the previous pair's character (one base-64 digit, or `!` and the
 * character), then the character it maps to.
 */
export function decodePairs(encoded: string): Map<string, string> {
  const table = new Map<string, string>();
  const chars = [...encoded];
  let code = 0;
  for (let i = 0; i < chars.length; ) {
    const mark = chars[i++] ?? '';
    if (mark === '!') code = chars[i++]?.codePointAt(0) ?? 0;
    else code += DIGITS[mark.charCodeAt(0)] ?? 0;
    table.set(String.fromCodePoint(code), chars[i++] ?? '');
  }
  return table;
}

/** Builds Dictionaries from the generated tables (exported for tests and custom builds). */
export function dictionariesFromTables(
  simplifiedPairs: string,
  pinyin: { FIRST: number; LAST: number; SHORT: number; SYLLABLES: string; READINGS: string; EXCEPTIONS: string },
): Dictionaries {
  const digit = DIGITS;
  const simplified = decodePairs(simplifiedPairs);
  // Readings: 1 + a syllable's index per character; a character with a simplified form is read as
  // that form unless EXCEPTIONS gives its own (see dictionaries/pinyin.data.ts).
  const syllables = pinyin.SYLLABLES.split(' ');
  const first = pinyin.FIRST;
  const count = pinyin.LAST + 1 - first;
  const readings = new Uint16Array(count);
  const twoDigits = (text: string, at: number) =>
    ((digit[text.charCodeAt(at)] ?? 0) << 6) | (digit[text.charCodeAt(at + 1)] ?? 0);
  // READINGS: one digit below SHORT, two from SHORT on (frequent syllables take one).
  const short = pinyin.SHORT;
  for (let offset = 0, at = 0; offset < count && at < pinyin.READINGS.length; offset++) {
    if (simplified.has(String.fromCharCode(first + offset))) continue;
    const lead = digit[pinyin.READINGS.charCodeAt(at)] ?? 0;
    if (lead < short) {
      readings[offset] = lead;
      at += 1;
    } else {
      readings[offset] = short + (((lead - short) << 6) | (digit[pinyin.READINGS.charCodeAt(at + 1)] ?? 0));
      at += 2;
    }
  }
  const exceptions = new Set<number>();
  for (let at = 0; at + 2 < pinyin.EXCEPTIONS.length; at += 3) {
    const offset = pinyin.EXCEPTIONS.charCodeAt(at) - first;
    readings[offset] = twoDigits(pinyin.EXCEPTIONS, at + 1);
    exceptions.add(offset);
  }
  for (const [from, to] of simplified) {
    const offset = from.charCodeAt(0) - first;
    if (from.length !== 1 || offset < 0 || offset >= count || exceptions.has(offset)) continue;
    const target = to.charCodeAt(0) - first;
    readings[offset] = to.length === 1 && target >= 0 && target < count ? (readings[target] ?? 0) : 0;
  }
  return {
    simplify: (char) => simplified.get(char),
    reading(char) {
      const offset = (char.codePointAt(0) ?? 0) - first;
      if (char.length !== 1 || offset < 0 || offset >= count) return '';
      const index = readings[offset] ?? 0;
      return index > 0 ? (syllables[index - 1] ?? '') : '';
    },
  };
}

let loading: Promise<Dictionaries> | undefined;

/** Loads the dictionaries once; later calls share the same promise (a failed load is tried again). */
export function loadDictionaries(): Promise<Dictionaries> {
  if (!loading) {
    const attempt = Promise.all([
      import('./dictionaries/simplified.data.js'),
      import('./dictionaries/pinyin.data.js'),
    ]).then(([simplified, pinyin]) => dictionariesFromTables(simplified.PAIRS, pinyin));
    // A failed import (offline, a missing chunk) is not kept: the next call tries again.
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

let loadingTraditional: Promise<(text: string) => string> | undefined;

/**
 * Loads simplified → traditional (Taiwan forms) for showing rule-set words to zh-TW readers: the
 * traditional → simplified table read backwards, plus the characters whose Taiwan form that
 * cannot tell (see dictionaries/traditional.ts). Shares its table with `loadDictionaries()`, so it
 * adds only those characters. Loaded once (a failed load is tried again).
 */
export function loadTraditional(): Promise<(text: string) => string> {
  if (!loadingTraditional) {
    const attempt = import('./dictionaries/traditional.js').then((module) => module.toTraditional);
    attempt.catch(() => {
      if (loadingTraditional === attempt) loadingTraditional = undefined;
    });
    loadingTraditional = attempt;
  }
  return loadingTraditional;
}
