/**
 * normalizeForMatching: one field's text → the two views the matchers read, each with a map back
 * to the original text.
 *
 *   original ──fold each character──▶ folded   (separators kept: contact detectors read this)
 *            ──numerals in digit runs─▶ folded
 *            ──drop separators───────▶ compact  (lexicon automaton and pinyin channel read this)
 *
 * Per folded code unit we keep its original range, the channels that changed it, and the channels
 * of anything removed just before it (a zero-width space inside 新华社). A match in `compact` maps to
 * a folded range and from there to the exact original characters, and its `via` is every channel
 * inside that range.
 */
import { EVASION_FLAGS, SEPARATOR } from './channels.js';
import { type CharacterFolder, isSeparator } from './characters.js';
import { readNumerals } from './numerals.js';

export interface NormalizedText {
  readonly original: string;
  /** Folded text, separators kept. */
  readonly folded: string;
  /** Per folded unit: original start (inclusive) and end (exclusive). */
  readonly originStart: Uint32Array;
  readonly originEnd: Uint32Array;
  /** Per folded unit: channel flags of the unit, and of what was removed just before it. */
  readonly flags: Uint16Array;
  readonly gapFlags: Uint16Array;
  /** Per folded unit: 1 if it is a separator (space, punctuation, symbol, emoji). */
  readonly separator: Uint8Array;
  /** Folded text without separators. */
  readonly compact: string;
  /** Per compact unit: its index in `folded`. */
  readonly compactToFolded: Uint32Array;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function normalizeForMatching(original: string, folder: CharacterFolder): NormalizedText {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const unitFlags: number[] = [];
  const gaps: number[] = [];
  let pendingGap = 0;
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i) ?? 0;
    // An unpaired surrogate is one unit; `codePointAt` returns it as is.
    const width = code > 0xffff ? 2 : 1;
    const char = original.slice(i, i + width);
    const folded = folder.fold(char);
    if (folded.text.length === 0) {
      pendingGap |= folded.flags;
    } else {
      for (let k = 0; k < folded.text.length; k++) {
        units.push(folded.text[k] ?? '');
        starts.push(i);
        ends.push(i + width);
        unitFlags.push(folded.flags);
        gaps.push(k === 0 ? pendingGap : 0);
      }
      pendingGap = 0;
    }
    i += width;
  }
  const length = units.length;
  const flags = Uint16Array.from(unitFlags);
  const separator = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const unit = units[i] ?? '';
    const next = units[i + 1] ?? '';
    // An astral character (most emoji: 😀 👍 🇨🇳) is two units, and only the pair is a character.
    if (isHighSurrogate(unit.charCodeAt(0)) && isLowSurrogate(next.charCodeAt(0))) {
      separator[i] = separator[i + 1] = isSeparator(unit + next) ? 1 : 0;
      i++;
    } else {
      separator[i] = isSeparator(unit) ? 1 : 0;
    }
  }
  readNumerals(units, flags, separator);

  const compactToFolded: number[] = [];
  let compact = '';
  for (let i = 0; i < length; i++) {
    if (separator[i]) continue;
    compactToFolded.push(i);
    compact += units[i];
  }
  return {
    original,
    folded: units.join(''),
    originStart: Uint32Array.from(starts),
    originEnd: Uint32Array.from(ends),
    flags,
    gapFlags: Uint16Array.from(gaps),
    separator,
    compact,
    compactToFolded: Uint32Array.from(compactToFolded),
  };
}

/** A range of the normalized text, mapped back: the original span and the channels used. */
export interface MappedRange {
  start: number;
  end: number;
  flags: number;
}

/** Maps folded units `[from, to)` (to > from) back to the original text. */
export function mapFolded(text: NormalizedText, from: number, to: number, extraFlags = 0): MappedRange {
  let flags = extraFlags;
  for (let i = from; i < to; i++) {
    flags |= text.flags[i] ?? 0;
    if (i > from) flags |= text.gapFlags[i] ?? 0;
    if (text.separator[i]) flags |= SEPARATOR;
  }
  return { start: text.originStart[from] ?? 0, end: text.originEnd[to - 1] ?? text.original.length, flags };
}

/** Maps compact units `[from, to)` (to > from) back to the original text. */
export function mapCompact(text: NormalizedText, from: number, to: number, extraFlags = 0): MappedRange {
  const foldedFrom = text.compactToFolded[from] ?? 0;
  const foldedTo = (text.compactToFolded[to - 1] ?? 0) + 1;
  return mapFolded(text, foldedFrom, foldedTo, extraFlags);
}

/** Whether a range's channels include an evasion (Art. 8.6). */
export const isEvasion = (flags: number) => (flags & EVASION_FLAGS) !== 0;

const isLatinLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * Whether a Latin word may start at compact unit `p`: the unit before it is not a Latin letter,
 * or a separator stood between them (`i am cctv` → `iamcctv`, yet `cctv` is a word of its own).
 */
export function isWordStart(text: NormalizedText, p: number): boolean {
  if (p <= 0 || p > text.compact.length) return true;
  if (!isLatinLetter(text.compact.charCodeAt(p - 1))) return true;
  return (text.compactToFolded[p] ?? 0) - (text.compactToFolded[p - 1] ?? 0) > 1;
}

/** Whether a Latin word may end right before compact unit `end`. */
export function isWordEnd(text: NormalizedText, end: number): boolean {
  return end >= text.compact.length || isWordStart(text, end) || !isLatinLetter(text.compact.charCodeAt(end));
}
