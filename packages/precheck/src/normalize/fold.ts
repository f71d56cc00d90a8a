/**
 * The fused folding loop: one pass over the original text writes the folded columns — each
 * character through the per-character channels (characters.ts, read from the folder's tables and
 * memos), invisible characters removed and remembered as the gap before the next unit — and counts
 * what the run channels need to know; then each run channel that applies rewrites the columns in
 * place. One loop, no intermediate strings: this runs on every field of every check.
 */
import { ASCII_REMOVED, type CharacterFolder, isIdeograph } from './characters.js';
import type { Columns } from './columns.js';
import { CHINESE_DIGIT_VALUE, MIN_RUN, readNumerals } from './numerals.js';

/** What the fused loop counts for the run channels, so that most texts skip them at once. */
export interface FoldCounts {
  /** Digit-like units: ASCII digits and Chinese numerals. */
  digitLike: number;
  /** Chinese numerals among them. */
  numerals: number;
  /**
   * The most digit-like units in one run: units with nothing between them but separators (what
   * the numeral channel reads as one number).
   */
  longestRun: number;
}

/**
 * A channel over runs of folded units rather than single characters (a digit in 一三八 depends
 * on its neighbours). `applies` reads the counts; `rewrite` changes units in place, marking each
 * with its channel flag.
 */
export interface RunChannel {
  readonly applies: (counts: FoldCounts) => boolean;
  readonly rewrite: (columns: Columns) => void;
}

/** The run channels, in the order they apply. */
export const RUN_CHANNELS: readonly RunChannel[] = [
  {
    // Chinese numerals inside digit runs (numerals.ts).
    applies: (counts) => counts.numerals > 0 && counts.longestRun >= MIN_RUN,
    rewrite: (columns) => readNumerals(columns.units, columns.flags, columns.separator, columns.length),
  },
];

/** The counts handed to the run channels, one object for every call (folding is synchronous). */
const COUNTS: FoldCounts = { digitLike: 0, numerals: 0, longestRun: 0 };

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Folds `original` into `out` (from its current length). Returns whether the folded units are
 * exactly the original's (nothing removed, expanded or changed), so that the folded text can be
 * the original string itself.
 */
export function foldInto(original: string, folder: CharacterFolder, out: Columns): boolean {
  let same = true;
  let pendingGap = 0;
  // The counts of FoldCounts, as locals: an object's fields would be slower in this loop.
  let digitLike = 0;
  let numerals = 0;
  // The digit-like units of the current run, and of the longest.
  let run = 0;
  let longestRun = 0;
  const { asciiUnit, asciiFlags, asciiSeparator } = folder;
  // The one-unit paths (ASCII, ideographs) write the columns through locals: room for one unit
  // per remaining code unit is reserved, and the locals are read again after the general path,
  // which pushes through `out` (and may grow it).
  out.reserve(original.length);
  let n = out.length;
  let c = out.compactLength;
  let { units, starts, ends, flags, gaps, separator: separators, compactUnits, compactToFolded } = out;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      const unit = asciiUnit[code] ?? ASCII_REMOVED;
      if (unit >= 0) {
        if (unit !== code) same = false;
        const separator = asciiSeparator[code] ?? 0;
        units[n] = unit;
        starts[n] = i;
        ends[n] = i + 1;
        flags[n] = asciiFlags[code] ?? 0;
        gaps[n] = pendingGap;
        separators[n] = separator;
        if (separator === 0) {
          compactUnits[c] = unit;
          compactToFolded[c++] = n;
        }
        n++;
        pendingGap = 0;
        if (unit >= 0x30 && unit <= 0x39) {
          digitLike++;
          if (++run > longestRun) longestRun = run;
        } else if (separator === 0) run = 0;
        i++;
        continue;
      }
      if (unit === ASCII_REMOVED) {
        pendingGap |= asciiFlags[code] ?? 0;
        same = false;
        i++;
        continue;
      }
      // Folds to more than one unit: the general path below.
    } else if (isIdeograph(code)) {
      const folded = folder.foldIdeograph(code);
      if (folded >= 0) {
        const unit = folded & 0xffff;
        if (unit !== code) same = false;
        units[n] = unit;
        starts[n] = i;
        ends[n] = i + 1;
        flags[n] = folded >>> 16;
        gaps[n] = pendingGap;
        separators[n] = 0;
        compactUnits[c] = unit;
        compactToFolded[c++] = n;
        n++;
        pendingGap = 0;
        if ((CHINESE_DIGIT_VALUE[unit] ?? -1) >= 0) {
          numerals++;
          digitLike++;
          if (++run > longestRun) longestRun = run;
        } else run = 0;
        i++;
        continue;
      }
    }
    // Everything else, one code point at a time; an unpaired surrogate is one unit on its own.
    out.length = n;
    out.compactLength = c;
    const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(original.charCodeAt(i + 1)) ? 2 : 1;
    const folded = width === 2 ? folder.fold(original.slice(i, i + 2)) : folder.foldUnit(code);
    if (same && !(folded.text.length === width && original.startsWith(folded.text, i))) same = false;
    if (folded.text.length === 0) {
      pendingGap |= folded.flags;
    } else {
      out.reserve(folded.text.length);
      for (let k = 0; k < folded.text.length; k++) {
        const unit = folded.text.charCodeAt(k);
        const separator = folded.separator[k] ?? 0;
        out.push(unit, i, i + width, folded.flags, k === 0 ? pendingGap : 0, separator);
        if ((CHINESE_DIGIT_VALUE[unit] ?? -1) >= 0) {
          numerals++;
          digitLike++;
          if (++run > longestRun) longestRun = run;
        } else if (unit >= 0x30 && unit <= 0x39) {
          digitLike++;
          if (++run > longestRun) longestRun = run;
        } else if (separator === 0) run = 0;
      }
      pendingGap = 0;
    }
    i += width;
    // Room again for one unit per remaining code unit (an expansion may have used it up).
    out.reserve(original.length - i);
    n = out.length;
    c = out.compactLength;
    ({ units, starts, ends, flags, gaps, separator: separators, compactUnits, compactToFolded } = out);
  }
  out.length = n;
  out.compactLength = c;
  const counts = COUNTS;
  counts.digitLike = digitLike;
  counts.numerals = numerals;
  counts.longestRun = longestRun;
  for (const channel of RUN_CHANNELS) {
    if (!channel.applies(counts)) continue;
    channel.rewrite(out);
    out.recompact();
    same = false;
  }
  return same;
}
