/**
 * A text as it is displayed: bidi controls and right-to-left characters can show a text in another
 * order than it is stored (bidi.ts), and what the user sees is what is checked. Each displayed
 * reading is normalized like the text itself and mapped back to the ORIGINAL text.
 * `foldForMatching` is the same folding for keys outside the engine (a server's registry).
 */
import type { Via } from '../types.js';
import { type DisplayedText, displayedReadings } from './bidi.js';
import { BIDI, SEPARATOR, viaOf } from './channels.js';
import type { CharacterFolder } from './characters.js';
import { normalizeForMatching } from './pipeline.js';
import type { IndexColumn, NormalizedText, OriginalIndex } from './text.js';

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
  const column = (array: Uint32Array) => array as unknown as IndexColumn<OriginalIndex>;
  return { ...text, original, originStart: column(originStart), originEnd: column(originEnd), flags };
}

/** The readings of `original` as displayed, normalized (see `displayedReadings`); usually none. */
export function normalizeReadings(original: string, folder: CharacterFolder): NormalizedText[] {
  return displayedReadings(original).map((shown) => normalizeDisplayed(original, shown, folder));
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
