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
import { EVASION_FLAGS, INVISIBLE, SEPARATOR } from './channels.js';
import { type CharacterFolder, isIdeograph } from './characters.js';
import { CHINESE_DIGIT, readNumerals } from './numerals.js';

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

/** ASCII separators: whitespace, punctuation and symbols (everything but letters and digits). */
const ASCII_SEPARATOR = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_SEPARATOR[code] = /[0-9A-Za-z]/.test(char) ? 0 : 1;
}
/** ASCII controls that are not whitespace are invisible: removed, and reported. */
const isInvisibleAscii = (code: number) => (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f;

/** Growable typed columns of the folded text. */
class Columns {
  length = 0;
  units: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  flags: Uint16Array;
  gaps: Uint16Array;
  separator: Uint8Array;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
    this.flags = new Uint16Array(capacity);
    this.gaps = new Uint16Array(capacity);
    this.separator = new Uint8Array(capacity);
  }

  reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const capacity = Math.max(this.units.length * 2, this.length + extra);
    const grow = <T extends Uint16Array | Uint32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.units = grow(this.units, new Uint16Array(capacity));
    this.starts = grow(this.starts, new Uint32Array(capacity));
    this.ends = grow(this.ends, new Uint32Array(capacity));
    this.flags = grow(this.flags, new Uint16Array(capacity));
    this.gaps = grow(this.gaps, new Uint16Array(capacity));
    this.separator = grow(this.separator, new Uint8Array(capacity));
  }

  push(unit: number, start: number, end: number, flags: number, gap: number, separator: number): void {
    const i = this.length++;
    this.units[i] = unit;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
    this.gaps[i] = gap;
    this.separator[i] = separator;
  }
}

/** Decodes code units in chunks: a megabyte of text must not exceed the engine's argument limit. */
function decode(units: Uint16Array, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return text;
}

/** Folds `original` into `out` (from its current length): the per-character channels, then numerals. */
function foldInto(original: string, folder: CharacterFolder, out: Columns): void {
  let pendingGap = 0;
  let numerals = false;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      if (isInvisibleAscii(code)) {
        pendingGap |= INVISIBLE;
      } else {
        out.reserve(1);
        const lower = code >= 0x41 && code <= 0x5a ? code + 32 : code;
        out.push(lower, i, i + 1, 0, pendingGap, ASCII_SEPARATOR[code] ?? 0);
        pendingGap = 0;
      }
      i++;
      continue;
    }
    if (isIdeograph(code)) {
      const folded = folder.foldIdeograph(code);
      if (folded >= 0) {
        out.reserve(1);
        const unit = folded & 0xffff;
        out.push(unit, i, i + 1, folded >>> 16, pendingGap, 0);
        pendingGap = 0;
        numerals ||= CHINESE_DIGIT.has(unit);
        i++;
        continue;
      }
    }
    // Everything else, one code point at a time; an unpaired surrogate is one unit on its own.
    const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(original.charCodeAt(i + 1)) ? 2 : 1;
    const folded = folder.fold(width === 2 ? original.slice(i, i + 2) : (original[i] ?? ''));
    if (folded.text.length === 0) {
      pendingGap |= folded.flags;
    } else {
      out.reserve(folded.text.length);
      for (let k = 0; k < folded.text.length; k++) {
        const unit = folded.text.charCodeAt(k);
        out.push(unit, i, i + width, folded.flags, k === 0 ? pendingGap : 0, folded.separator[k] ?? 0);
        numerals ||= CHINESE_DIGIT.has(unit);
      }
      pendingGap = 0;
    }
    i += width;
  }
  if (numerals) readNumerals(out.units, out.flags, out.separator, out.length);
}

export function normalizeForMatching(original: string, folder: CharacterFolder): NormalizedText {
  const out = new Columns(original.length + 16);
  foldInto(original, folder, out);
  const length = out.length;
  const compactUnits = new Uint16Array(length);
  const compactToFolded = new Uint32Array(length);
  let compactLength = 0;
  for (let i = 0; i < length; i++) {
    if (out.separator[i]) continue;
    compactUnits[compactLength] = out.units[i] ?? 0;
    compactToFolded[compactLength++] = i;
  }
  return {
    original,
    folded: decode(out.units, length),
    originStart: out.starts.subarray(0, length),
    originEnd: out.ends.subarray(0, length),
    flags: out.flags.subarray(0, length),
    gapFlags: out.gaps.subarray(0, length),
    separator: out.separator.subarray(0, length),
    compact: decode(compactUnits, compactLength),
    compactToFolded: compactToFolded.subarray(0, compactLength),
  };
}

const scratch = new Columns(64);

/**
 * Only the compact view of a short text, e.g. a lexicon term: exactly
 * `normalizeForMatching(text, folder).compact`, without allocating the other views.
 */
export function compactForm(text: string, folder: CharacterFolder): string {
  // The shared buffer stays small; a long text gets buffers of its own.
  if (text.length > 4096) return normalizeForMatching(text, folder).compact;
  scratch.length = 0;
  foldInto(text, folder, scratch);
  let compact = '';
  for (let i = 0; i < scratch.length; i++)
    if (!scratch.separator[i]) compact += String.fromCharCode(scratch.units[i] ?? 0);
  return compact;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

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
