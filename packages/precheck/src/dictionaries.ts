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

/** Builds Dictionaries from the generated tables (exported for tests and custom builds). */
export function dictionariesFromTables(
  simplifiedPairs: string,
  pinyin: { FIRST: number; SYLLABLES: string; READINGS: string },
): Dictionaries {
  const simplified = new Map<string, string>();
  const chars = [...simplifiedPairs];
  for (let i = 0; i + 1 < chars.length; i += 2) simplified.set(chars[i] ?? '', chars[i + 1] ?? '');
  const syllables = pinyin.SYLLABLES.split(' ');
  const digit = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) digit[BASE64.charCodeAt(i)] = i;
  const count = pinyin.READINGS.length >> 1;
  return {
    simplify: (char) => simplified.get(char),
    reading(char) {
      const offset = (char.codePointAt(0) ?? 0) - pinyin.FIRST;
      if (char.length !== 1 || offset < 0 || offset >= count) return '';
      const high = digit[pinyin.READINGS.charCodeAt(2 * offset)] ?? 0;
      const low = digit[pinyin.READINGS.charCodeAt(2 * offset + 1)] ?? 0;
      const index = (high << 6) | low;
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
