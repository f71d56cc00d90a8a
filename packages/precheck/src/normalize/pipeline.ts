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
import type { Via } from '../types.js';
import { type DisplayedText, displayedReadings } from './bidi.js';
import { BIDI, EVASION_FLAGS, INVISIBLE, SEPARATOR, viaOf } from './channels.js';
import { type CharacterFolder, isIdeograph } from './characters.js';
import { CHINESE_DIGIT_VALUE, MIN_RUN, readNumerals } from './numerals.js';

/**
 * Per-unit columns are indexed by folded (or compact) unit; from `normalizeTransient` they may be
 * longer than the text, and only the units below `folded.length` (`compact.length`) mean anything.
 */
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

/**
 * A UTF-16 decoder for longer texts where the platform stores code units little-endian (all that
 * run browsers do). Fatal: a lone surrogate makes it throw, and `decode` falls back; BOMs are kept.
 */
const utf16 = (() => {
  // Declared here: the engine's own build knows neither DOM nor Node types.
  type Decoder = new (
    label: string,
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(units: Uint16Array): string };
  const Decoder = (globalThis as { TextDecoder?: Decoder }).TextDecoder;
  if (typeof Decoder !== 'function' || new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) return undefined;
  try {
    return new Decoder('utf-16le', { fatal: true, ignoreBOM: true });
  } catch {
    return undefined;
  }
})();

/** Decodes code units; in chunks, as a megabyte of text must not exceed the engine's argument limit. */
function decode(units: Uint16Array, length: number): string {
  // The fastest way differs with the length: one unit at a time for a name, a decoder for a bio.
  if (length <= 12) {
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(units[i] ?? 0);
    return text;
  }
  if (utf16 !== undefined && length > 32) {
    try {
      return utf16.decode(units.subarray(0, length));
    } catch {
      // A lone surrogate: decoded below, unit for unit.
    }
  }
  let text = '';
  for (let i = 0; i < length; i += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return text;
}

/**
 * Folds `original` into `out` (from its current length): the per-character channels, then numerals.
 * Returns whether the folded units are exactly the original's (nothing removed, expanded or
 * changed), so that the folded text can be the original string itself.
 */
function foldInto(original: string, folder: CharacterFolder, out: Columns): boolean {
  let same = true;
  let pendingGap = 0;
  let numerals = false;
  // Digit-like units (ASCII digits and Chinese numerals): a numeral run needs MIN_RUN of them.
  let digitLike = 0;
  out.reserve(original.length);
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      if (isInvisibleAscii(code)) {
        pendingGap |= INVISIBLE;
        same = false;
      } else {
        out.reserve(1);
        const lower = code >= 0x41 && code <= 0x5a ? code + 32 : code;
        if (lower !== code) same = false;
        out.push(lower, i, i + 1, 0, pendingGap, ASCII_SEPARATOR[code] ?? 0);
        pendingGap = 0;
        if (code >= 0x30 && code <= 0x39) digitLike++;
      }
      i++;
      continue;
    }
    if (isIdeograph(code)) {
      const folded = folder.foldIdeograph(code);
      if (folded >= 0) {
        out.reserve(1);
        const unit = folded & 0xffff;
        if (unit !== code) same = false;
        out.push(unit, i, i + 1, folded >>> 16, pendingGap, 0);
        pendingGap = 0;
        if ((CHINESE_DIGIT_VALUE[unit] ?? -1) >= 0) {
          numerals = true;
          digitLike++;
        }
        i++;
        continue;
      }
    }
    // Everything else, one code point at a time; an unpaired surrogate is one unit on its own.
    const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(original.charCodeAt(i + 1)) ? 2 : 1;
    const folded = width === 2 ? folder.fold(original.slice(i, i + 2)) : folder.foldUnit(code);
    if (same && !(folded.text.length === width && original.startsWith(folded.text, i))) same = false;
    if (folded.text.length === 0) {
      pendingGap |= folded.flags;
    } else {
      out.reserve(folded.text.length);
      for (let k = 0; k < folded.text.length; k++) {
        const unit = folded.text.charCodeAt(k);
        out.push(unit, i, i + width, folded.flags, k === 0 ? pendingGap : 0, folded.separator[k] ?? 0);
        if ((CHINESE_DIGIT_VALUE[unit] ?? -1) >= 0) {
          numerals = true;
          digitLike++;
        } else if (unit >= 0x30 && unit <= 0x39) {
          digitLike++;
        }
      }
      pendingGap = 0;
    }
    i += width;
  }
  if (numerals && digitLike >= MIN_RUN) {
    readNumerals(out.units, out.flags, out.separator, out.length);
    same = false;
  }
  return same;
}

export function normalizeForMatching(original: string, folder: CharacterFolder): NormalizedText {
  const out = new Columns(original.length + 16);
  const same = foldInto(original, folder, out);
  return views(original, same, out, new Uint16Array(out.length), new Uint32Array(out.length), true);
}

/**
 * The views of folded columns; `compactUnits` and `compactToFolded` hold at least `out.length`
 * units. `same`: the folded units are the original's. `exact`: columns cut to the text's length
 * (else the buffers themselves, which saves six typed-array views per field).
 */
function views(
  original: string,
  same: boolean,
  out: Columns,
  compactUnits: Uint16Array,
  compactToFolded: Uint32Array,
  exact: boolean,
): NormalizedText {
  const length = out.length;
  const separator = out.separator;
  const units = out.units;
  let compactLength = 0;
  for (let i = 0; i < length; i++) {
    if (separator[i]) continue;
    compactUnits[compactLength] = units[i] ?? 0;
    compactToFolded[compactLength++] = i;
  }
  // Decoding is skipped where a string with these units exists already: most names fold to
  // themselves, and have no separator either.
  const folded = same ? original : decode(units, length);
  const compact = compactLength === length ? folded : decode(compactUnits, compactLength);
  if (!exact) {
    return {
      original,
      folded,
      originStart: out.starts,
      originEnd: out.ends,
      flags: out.flags,
      gapFlags: out.gaps,
      separator,
      compact,
      compactToFolded,
    };
  }
  return {
    original,
    folded,
    originStart: out.starts.subarray(0, length),
    originEnd: out.ends.subarray(0, length),
    flags: out.flags.subarray(0, length),
    gapFlags: out.gaps.subarray(0, length),
    separator: separator.subarray(0, length),
    compact,
    compactToFolded: compactToFolded.subarray(0, compactLength),
  };
}

/**
 * Columns shared by every call of `normalizeTransient`: check() normalizes its fields one after
 * the other, and allocating six typed arrays per field cost more than folding a short name.
 */
const WORKSPACE_CAPACITY = 1024;
/** Texts longer than this get buffers of their own, so the shared ones stay small. */
const WORKSPACE_LIMIT = 16_384;
let workspace = new Columns(WORKSPACE_CAPACITY);
let workspaceCompactUnits = new Uint16Array(WORKSPACE_CAPACITY);
let workspaceCompactToFolded = new Uint32Array(WORKSPACE_CAPACITY);

/**
 * `normalizeForMatching(original, folder)` in buffers that the next call reuses: the result is
 * valid until then, and its columns may run past the text (see NormalizedText). For the engine's
 * own use within one synchronous field check.
 */
export function normalizeTransient(original: string, folder: CharacterFolder): NormalizedText {
  if (original.length > WORKSPACE_LIMIT) return normalizeForMatching(original, folder);
  if (workspace.units.length > 4 * WORKSPACE_LIMIT || workspaceCompactUnits.length > 4 * WORKSPACE_LIMIT) {
    // An expansion (one character into many) grew them once; give the memory back.
    workspace = new Columns(WORKSPACE_CAPACITY);
    workspaceCompactUnits = new Uint16Array(WORKSPACE_CAPACITY);
    workspaceCompactToFolded = new Uint32Array(WORKSPACE_CAPACITY);
  }
  const out = workspace;
  out.length = 0;
  out.reserve(original.length + 16);
  const same = foldInto(original, folder, out);
  if (workspaceCompactUnits.length < out.length) {
    const capacity = Math.max(out.length, 2 * workspaceCompactUnits.length);
    workspaceCompactUnits = new Uint16Array(capacity);
    workspaceCompactToFolded = new Uint32Array(capacity);
  }
  return views(original, same, out, workspaceCompactUnits, workspaceCompactToFolded, false);
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

/**
 * Maps folded units `[from, to)` (to > from) back to the original text: the smallest original
 * range holding them (in a displayed view, the units of a match need not come in original order).
 */
export function mapFolded(text: NormalizedText, from: number, to: number, extraFlags = 0): MappedRange {
  let flags = extraFlags;
  let start = text.originStart[from] ?? 0;
  let end = text.originEnd[to - 1] ?? text.original.length;
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
export function mapCompact(text: NormalizedText, from: number, to: number, extraFlags = 0): MappedRange {
  const foldedFrom = text.compactToFolded[from] ?? 0;
  const foldedTo = (text.compactToFolded[to - 1] ?? 0) + 1;
  return mapFolded(text, foldedFrom, foldedTo, extraFlags);
}

/**
 * `original` in its displayed order (`shown`, from bidi.ts), folded like `normalizeForMatching`
 * and mapped back to the ORIGINAL text: each unit's origin is the original range of the
 * characters it came from, and every unit carries the BIDI channel.
 */
export function normalizeDisplayed(original: string, shown: DisplayedText, folder: CharacterFolder): NormalizedText {
  const text = normalizeForMatching(shown.text, folder);
  const { origin } = shown;
  const length = text.folded.length;
  const originStart = new Uint32Array(length);
  const originEnd = new Uint32Array(length);
  const flags = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    // The displayed units [a, b) came from these original units; a surrogate pair stays in order.
    const a = text.originStart[i] ?? 0;
    const b = text.originEnd[i] ?? a + 1;
    let low = origin[a] ?? 0;
    let high = low;
    for (let j = a + 1; j < b; j++) {
      const unit = origin[j] ?? low;
      if (unit < low) low = unit;
      if (unit > high) high = unit;
    }
    originStart[i] = low;
    originEnd[i] = high + 1;
    flags[i] = (text.flags[i] ?? 0) | BIDI;
  }
  return { ...text, original, originStart, originEnd, flags };
}

/** The readings of `original` as displayed, normalized (see `displayedReadings`); usually none. */
export function normalizeReadings(original: string, folder: CharacterFolder): NormalizedText[] {
  return displayedReadings(original).map((shown) => normalizeDisplayed(original, shown, folder));
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
  // At the end of the text there is no next unit (and the column may run on: see NormalizedText).
  const next = p < text.compact.length ? (text.compactToFolded[p] ?? 0) : 0;
  return next - (text.compactToFolded[p - 1] ?? 0) > 1;
}

/** Whether a Latin word may end right before compact unit `end`. */
export function isWordEnd(text: NormalizedText, end: number): boolean {
  return end >= text.compact.length || isWordStart(text, end) || !isLatinLetter(text.compact.charCodeAt(end));
}

/** A text as the engine matches it (see `foldForMatching`). */
export interface FoldedText {
  /** Folded, without separators: what lexicon terms are matched against. */
  compact: string;
  /** The channels folding went through (width, traditional, separator …), in alphabetical order. */
  via: Via[];
  /**
   * The text as displayed, folded the same way, when bidi controls or right-to-left characters
   * show it in another order (`\u202E浪麦吹风` is displayed 风吹麦浪): on an LTR line first, then, if
   * different, as a paragraph that takes its direction from its first strong character shows it.
   * Each `via` includes `bidi`. Absent when the text is displayed as it is written.
   */
  shown?: ShownText[];
}

/** The folded text as displayed (see `FoldedText.shown`). */
export interface ShownText {
  /** How the paragraphs were laid out: on an LTR line, or each in the direction of its first strong character. */
  base: 'ltr' | 'auto';
  compact: string;
  via: Via[];
}

/** The channels of every unit of a normalized text. */
function channelsOf(normalized: NormalizedText): number {
  let flags = 0;
  for (let i = 0; i < normalized.folded.length; i++) {
    flags |= normalized.flags[i] ?? 0;
    flags |= normalized.gapFlags[i] ?? 0;
    if (normalized.separator[i]) flags |= SEPARATOR;
  }
  return flags;
}

/**
 * `text` folded exactly as the engine folds user text before matching — full width, compatibility
 * forms, case, traditional → simplified, confusables, invisible characters removed, separators
 * dropped — with the channels it went through, and the same for the text as displayed when that
 * differs. For keys that must agree with the engine's reading, such as a server's registry of
 * closed account names.
 */
export function foldForMatching(text: string, folder: CharacterFolder): FoldedText {
  const normalized = normalizeForMatching(text, folder);
  const folded: FoldedText = { compact: normalized.compact, via: viaOf(channelsOf(normalized)) };
  const readings = displayedReadings(text);
  if (readings.length === 0) return folded;
  const shown: ShownText[] = [];
  for (const reading of readings) {
    const view = normalizeDisplayed(text, reading, folder);
    if (view.compact === folded.compact || shown.some((other) => other.compact === view.compact)) continue;
    shown.push({ base: reading.base, compact: view.compact, via: viaOf(channelsOf(view)) });
  }
  if (shown.length > 0) folded.shown = shown;
  return folded;
}
