/**
 * Length as a person counts it: grapheme clusters (Intl.Segmenter), so 👨‍👩‍👧 or é (e + accent)
 * count once. Platforms differ on CJK: some count a Han character as one, some as two (the width
 * it takes in a monospace font), hence `cjkWidth`.
 */

/** Han, kana, Hangul, CJK punctuation and full-width forms: wide in East Asian typography. */
const WIDE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;

let segmenter: Intl.Segmenter | undefined;

/** The length of `text` in grapheme clusters, a wide (CJK) cluster counting `cjkWidth`. */
export function graphemeLength(text: string, cjkWidth: 1 | 2 = 1): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let length = 0;
  for (const { segment } of segmenter.segment(text)) length += cjkWidth === 2 && WIDE.test(segment) ? 2 : 1;
  return length;
}
