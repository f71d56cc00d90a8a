/**
 * A normalized text and its three index spaces, and the way back from a match to the characters
 * the user typed.
 *
 *   original ──fold each character──▶ folded   (separators kept: contact detectors read this)
 *            ──numerals in digit runs─▶ folded
 *            ──drop separators───────▶ compact  (lexicon automaton and pinyin channel read this)
 *
 * An index into each is a number of its own type, so that one is never read as another: a term
 * hit is a CompactIndex range, a contact detail a FoldedIndex range, a finding an OriginalIndex
 * range. Per folded unit the text keeps its original range, the channels that changed it, and the
 * channels of anything removed just before it (a zero-width space inside 新华社): a compact range
 * maps to a folded range and from there to the exact original characters, and its `via` is every
 * channel inside that range.
 */
import { EVASION_FLAGS, SEPARATOR } from './channels.js';

/** UTF-16 index into the text as given (what findings report). */
export type OriginalIndex = number & { readonly __brand: 'original' };
/** Index into the folded text (separators kept). */
export type FoldedIndex = number & { readonly __brand: 'folded' };
/** Index into the compact text (folded, separators dropped). */
export type CompactIndex = number & { readonly __brand: 'compact' };

/**
 * A per-unit column: read-only, indexed by units of one space, holding indices of another (a
 * typed array underneath).
 */
export interface IndexColumn<T extends number> extends Iterable<T> {
  readonly length: number;
  readonly [unit: number]: T;
}

/**
 * Per-unit columns are indexed by folded (or compact) unit; inside `withNormalized` they may be
 * longer than the text, and only the units below `folded.length` (`compact.length`) mean anything.
 */
export interface NormalizedText {
  readonly original: string;
  /** Folded text, separators kept. */
  readonly folded: string;
  /** Per folded unit: original start (inclusive) and end (exclusive). */
  readonly originStart: IndexColumn<OriginalIndex>;
  readonly originEnd: IndexColumn<OriginalIndex>;
  /** Per folded unit: channel flags of the unit, and of what was removed just before it. */
  readonly flags: Uint16Array;
  readonly gapFlags: Uint16Array;
  /** Per folded unit: 1 if it is a separator (space, punctuation, symbol, emoji). */
  readonly separator: Uint8Array;
  /** Folded text without separators. */
  readonly compact: string;
  /** Per compact unit: its index in `folded`. */
  readonly compactToFolded: IndexColumn<FoldedIndex>;
}

/** A range of the normalized text, mapped back: the original span and the channels used. */
export interface MappedRange {
  start: OriginalIndex;
  end: OriginalIndex;
  flags: number;
}

/** The folded unit of compact unit `c` (`0` past the column's end). */
export const foldedAt = (text: NormalizedText, c: number): FoldedIndex => text.compactToFolded[c] ?? (0 as FoldedIndex);

/**
 * Maps folded units `[from, to)` (to > from) back to the original text: the smallest original
 * range holding them (in a displayed view, the units of a match need not come in original order).
 */
export function mapFolded(text: NormalizedText, from: FoldedIndex, to: FoldedIndex, extraFlags = 0): MappedRange {
  let flags = extraFlags;
  let start = text.originStart[from] ?? (0 as OriginalIndex);
  let end = text.originEnd[to - 1] ?? (text.original.length as OriginalIndex);
  for (let i = from; i < to; i++) {
    flags |= text.flags[i] ?? 0;
    if (i > from) flags |= text.gapFlags[i] ?? 0;
    if (text.separator[i]) flags |= SEPARATOR;
    const unitStart = text.originStart[i] ?? start;
    const unitEnd = text.originEnd[i] ?? end;
    if (unitStart < start) start = unitStart;
    if (unitEnd > end) end = unitEnd;
  }
  return { start, end, flags };
}

/** Maps compact units `[from, to)` (to > from) back to the original text. */
export function mapCompact(text: NormalizedText, from: CompactIndex, to: CompactIndex, extraFlags = 0): MappedRange {
  return mapFolded(text, foldedAt(text, from), (foldedAt(text, to - 1) + 1) as FoldedIndex, extraFlags);
}

/** Whether a range's channels include an evasion (Art. 8.6). */
export const isEvasion = (flags: number) => (flags & EVASION_FLAGS) !== 0;

const isLatinLetter = (code: number) => code >= 0x61 && code <= 0x7a;

const isUpper = (code: number) => code >= 0x41 && code <= 0x5a;
const isLower = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * Whether a Latin word may start at compact unit `p`: the unit before it is not a Latin letter,
 * or a separator stood between them (`i am cctv` → `iamcctv`, yet `cctv` is a word of its own), or
 * a capital follows a small letter as the user wrote them (CamelCase: WeChatTeam is WeChat + Team),
 * or a capital followed by a small letter follows two capitals or more (an acronym before a
 * capitalised word: CCTVNews is CCTV + News).
 */
export function isWordStart(text: NormalizedText, p: CompactIndex): boolean {
  if (p <= 0 || p > text.compact.length) return true;
  if (!isLatinLetter(text.compact.charCodeAt(p - 1))) return true;
  // At the end of the text there is no next unit (and the column may run on: see NormalizedText).
  if (p >= text.compact.length) return false;
  const next = foldedAt(text, p);
  const before = foldedAt(text, p - 1);
  if (next - before > 1) return true;
  const original = text.original;
  const written = (folded: number) => original.charCodeAt(text.originStart[folded] ?? 0);
  if (!isUpper(written(next))) return false;
  if (isLower(written(before))) return true;
  // An acronym: two capitals or more (CCTV, not the n of cnNRpQM), then a capital and a small letter.
  if (!isUpper(written(before)) || p < 2 || p + 1 >= text.compact.length) return false;
  const first = foldedAt(text, p - 2);
  const after = foldedAt(text, p + 1);
  return before - first === 1 && isUpper(written(first)) && after - next === 1 && isLower(written(after));
}

/** Whether a Latin word may end right before compact unit `end`. */
export function isWordEnd(text: NormalizedText, end: CompactIndex): boolean {
  return end >= text.compact.length || isWordStart(text, end) || !isLatinLetter(text.compact.charCodeAt(end));
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Whether a number may start at compact unit `p`: the unit before it is no digit, or a separator
 * stood between them. A number inside a longer one is not that number: the hotline 12345 is not in
 * the mobile number 13812345678, nor 985 in 1985.
 */
export function isNumberStart(text: NormalizedText, p: CompactIndex): boolean {
  if (p <= 0 || p > text.compact.length) return true;
  if (!isDigit(text.compact.charCodeAt(p - 1))) return true;
  if (p >= text.compact.length) return false;
  return foldedAt(text, p) - foldedAt(text, p - 1) > 1;
}

/** Whether a number may end before compact unit `end` (see isNumberStart). */
export function isNumberEnd(text: NormalizedText, end: CompactIndex): boolean {
  return end >= text.compact.length || isNumberStart(text, end) || !isDigit(text.compact.charCodeAt(end));
}
