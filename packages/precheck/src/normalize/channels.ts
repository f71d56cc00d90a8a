/**
 * Channel flags: which transformations touched a derived code unit (or, as a "gap" flag, what was
 * removed just before it). Bit flags keep the per-unit bookkeeping of the hot path in one
 * Uint16Array; `viaOf` turns them back into the names findings report.
 */
import { EVASION_CHANNELS, type Via } from '../types.js';

/**
 * Every channel (types.ts's `Via`) with its bit; the type-check asks for a new channel's. `case`
 * has none: `Ab` and `ab` are one name, and folding case is never reported.
 */
const BITS = {
  width: 1,
  traditional: 2,
  compatibility: 4,
  invisible: 8,
  confusable: 16,
  numeral: 32,
  separator: 64,
  homophone: 128,
  pinyin: 256,
  /** Found only in the text's displayed order, which bidi controls or right-to-left characters changed. */
  bidi: 512,
  case: 0,
} as const satisfies { readonly [V in Via]: number };

/** The bit of a channel, for the tables that say which channel a step reports. */
export const channelBit = (via: Via): number => BITS[via];

export const WIDTH = BITS.width;
export const TRADITIONAL = BITS.traditional;
export const COMPATIBILITY = BITS.compatibility;
export const INVISIBLE = BITS.invisible;
export const CONFUSABLE = BITS.confusable;
export const NUMERAL = BITS.numeral;
export const SEPARATOR = BITS.separator;
export const HOMOPHONE = BITS.homophone;
export const PINYIN = BITS.pinyin;
export const BIDI = BITS.bidi;

/** Bit and name of every reported channel, in alphabetical order of the names. */
const NAMES: readonly [number, Via][] = (Object.keys(BITS) as Via[])
  .filter((via) => BITS[via] !== 0)
  .sort()
  .map((via) => [BITS[via], via]);

/** The channel names of `flags`, in alphabetical order. */
export function viaOf(flags: number): Via[] {
  const via: Via[] = [];
  for (const [bit, name] of NAMES) if (flags & bit) via.push(name);
  return via;
}

/** Channels whose use makes a hit an evasion under Art. 8.6 (types.ts's EVASION_CHANNELS). */
export const EVASION_FLAGS = [...EVASION_CHANNELS].reduce((flags, via) => flags | BITS[via], 0);
