/**
 * Closeness of two normalized keys, in characters (code points, so that a Han character of the
 * supplementary planes counts once): the Damerau–Levenshtein distance in its restricted form
 * (optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours).
 *
 * Finding the keys within distance d of a name among many uses deletion neighbourhoods: two keys
 * within distance d become equal after deleting at most d characters from each (an insertion or a
 * deletion costs one deletion on one side, a substitution or a swap one on each). Each filed key
 * is stored with its deletion variants (up to `maxDistance` of its own length), a name's own variants
 * are looked up in that index, and only the candidates found are measured.
 */

/**
 * How many edits apart two keys may be and still be close, by the length of the shorter one: a
 * name must be long enough on both sides for a near spelling to mean anything.
 */
export function maxDistance(length: number): number {
  // One- and two-character names are too short for a single edit to mean anything: 小明 and 小红
  // are different names. Three to five characters allow one edit, six and more two.
  if (length < 3) return 0;
  return length < 6 ? 1 : 2;
}

/** Longest key (in characters) filed with deletion variants; longer names match exactly or not at all. */
export const MAX_VARIANT_LENGTH = 32;

/** The key and every string made from it by deleting up to `deletions` characters. */
export function deletionVariants(key: string, deletions: number): Set<string> {
  const variants = new Set<string>([key]);
  let frontier = [Array.from(key)];
  for (let round = 0; round < deletions; round++) {
    const next: string[][] = [];
    for (const chars of frontier) {
      for (let i = 0; i < chars.length; i++) {
        const shorter = [...chars.slice(0, i), ...chars.slice(i + 1)];
        const text = shorter.join('');
        if (variants.has(text)) continue;
        variants.add(text);
        next.push(shorter);
      }
    }
    frontier = next;
  }
  return variants;
}

/** Surrogates: a key with none is its own array of characters (one UTF-16 unit each). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The characters of a key, as code points (an array only when the key has supplementary characters). */
function characters(text: string): string | string[] {
  return SURROGATE.test(text) ? Array.from(text) : text;
}

/** Characters in a key (code points). */
export function characterCount(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

// Three rows of the distance table, kept between calls: a look-up measures hundreds of candidates.
let before = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * The optimal-string-alignment distance between `a` and `b`, or `limit + 1` as soon as it is
 * certain to exceed `limit`.
 */
export function distance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = characters(a);
  const y = characters(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  const width = y.length + 1;
  if (previous.length < width) {
    before = new Int32Array(width);
    previous = new Int32Array(width);
    current = new Int32Array(width);
  }
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  const result = previous[y.length] as number;
  return result > limit ? limit + 1 : result;
}

/**
 * The edits between a name's key and a filed key when they count as a near spelling: more than
 * none and at most `maxDistance` of the shorter key's length; otherwise -1. `length` is the name
 * key's length in characters.
 */
export function nearEdits(key: string, length: number, filed: string): number {
  const limit = maxDistance(Math.min(length, characterCount(filed)));
  if (limit === 0) return -1;
  const edits = distance(key, filed, limit);
  return edits > 0 && edits <= limit ? edits : -1;
}
