/**
 * Channel flags: which transformations touched a derived code unit (or, as a "gap" flag, what was
 * removed just before it). Bit flags keep the per-unit bookkeeping of the hot path in one
 * Uint16Array; `viaOf` turns them back into the names findings report.
 */
import type { Via } from '../types.js';

export const WIDTH = 1;
export const TRADITIONAL = 2;
export const COMPATIBILITY = 4;
export const INVISIBLE = 8;
export const CONFUSABLE = 16;
export const NUMERAL = 32;
export const SEPARATOR = 64;
export const HOMOPHONE = 128;
export const PINYIN = 256;
/** Found only in the text's displayed order, which bidi controls or right-to-left characters changed. */
export const BIDI = 512;

const NAMES: readonly [number, Via][] = [
  [BIDI, 'bidi'],
  [COMPATIBILITY, 'compatibility'],
  [CONFUSABLE, 'confusable'],
  [HOMOPHONE, 'homophone'],
  [INVISIBLE, 'invisible'],
  [NUMERAL, 'numeral'],
  [PINYIN, 'pinyin'],
  [SEPARATOR, 'separator'],
  [TRADITIONAL, 'traditional'],
  [WIDTH, 'width'],
];

/** The channel names of `flags`, in alphabetical order. */
export function viaOf(flags: number): Via[] {
  const via: Via[] = [];
  for (const [bit, name] of NAMES) if (flags & bit) via.push(name);
  return via;
}

/** Channels whose use makes a hit an evasion under Art. 8.6. */
export const EVASION_FLAGS = COMPATIBILITY | INVISIBLE | CONFUSABLE | NUMERAL | SEPARATOR | HOMOPHONE | PINYIN | BIDI;
