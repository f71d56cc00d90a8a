/**
 * What each character is to the matcher, and what it folds to.
 *
 * `CharacterFolder.fold` takes one code point apart with NFKC (which also folds full width and
 * circled/parenthesized forms; invisible characters are removed first), then runs each piece through
 * the character channels of `CHARACTER_CHANNELS` in order — invisible removal, case, traditional →
 * simplified (Han only), confusables → Latin (non-Han only). A new per-character channel is a
 * function and an entry in that table (docs/architecture.md). Folding is memoized, because a text
 * has few distinct characters and `check()` runs on every keystroke; ASCII and the CJK Unified
 * Ideographs, nearly all of real Chinese text, are read from tables filled the same way
 * (`asciiUnit`, `foldIdeograph`).
 */
import { type Dictionaries, decodePairs } from '../dictionaries.js';
import type { Via } from '../types.js';
import { COMPATIBILITY, channelBit, INVISIBLE, WIDTH } from './channels.js';
import { CONFUSABLE_PAIRS } from './confusables.data.js';

/** The folded form of one code point: `text` is '' when the character is removed. */
export interface Folded {
  text: string;
  flags: number;
  /** Per code unit of `text`: 1 for a separator (both units of an astral separator such as 😀). */
  separator: Uint8Array;
}

const confusables: ReadonlyMap<string, string> = decodePairs(CONFUSABLE_PAIRS);

// Zero-width and format characters, variation selectors, combining marks, other default-ignorable
// characters (the Hangul fillers ㅤ that look like nothing), controls other than whitespace, and
// unpaired surrogates: invisible, so removed (their removal is reported).
// Unassigned code points are left alone: Node and the browser may know different Unicode versions
// (the reserved default-ignorable ones are default-ignorable in every version).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this matches.
const INVISIBLE_CHAR = /^[\p{Cf}\p{M}\p{Co}\p{Default_Ignorable_Code_Point}\0-\x08\x0e-\x1f\x7f-\x9f]$/u;
const SEPARATOR_CHAR = /^[\p{P}\p{S}\p{Z}\s\p{Cc}]$/u;
const HAN = /^\p{Script=Han}$/u;

export function isSeparator(char: string): boolean {
  return char.length > 0 && SEPARATOR_CHAR.test(char);
}

export function isHan(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return code >= 0x2e80 && HAN.test(char);
}

const REMOVED: Folded = { text: '', flags: INVISIBLE, separator: new Uint8Array(0) };

function separatorsOf(text: string): Uint8Array {
  const separator = new Uint8Array(text.length);
  let i = 0;
  for (const piece of text) {
    const value = isSeparator(piece) ? 1 : 0;
    for (let k = 0; k < piece.length; k++) separator[i + k] = value;
    i += piece.length;
  }
  return separator;
}

/**
 * A channel that rewrites single characters. `fold` gets a piece of a character (what NFKC made of
 * it) as the channels before it left it, and the piece as it was; it returns the replacement ('' to
 * remove it), or undefined to leave it alone. A replacement is reported under `via` (a removal ends
 * the piece's channels).
 */
export interface CharacterChannel {
  readonly via: Via;
  readonly fold: (current: string, piece: string, dictionaries: Dictionaries) => string | undefined;
}

/** The per-character channels, in the order they apply. */
export const CHARACTER_CHANNELS: readonly CharacterChannel[] = [
  // A piece NFKC split off that is invisible (a combining mark): removed.
  { via: 'invisible', fold: (current) => (INVISIBLE_CHAR.test(current) ? '' : undefined) },
  { via: 'case', fold: (current) => current.toLowerCase() },
  {
    via: 'traditional',
    fold: (_current, piece, dictionaries) => {
      if (!isHan(piece)) return undefined;
      const simplified = dictionaries.simplify(piece);
      return simplified !== piece ? simplified : undefined;
    },
  },
  {
    via: 'confusable',
    fold: (current, piece) => (isHan(piece) ? undefined : (confusables.get(piece) ?? confusables.get(current))),
  },
];

const CHANNEL_BITS = CHARACTER_CHANNELS.map((channel) => channelBit(channel.via));

function foldSlow(char: string, dictionaries: Dictionaries): Folded {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return REMOVED; // unpaired surrogate
  if (INVISIBLE_CHAR.test(char)) return REMOVED;
  let flags = 0;
  const text = char.normalize('NFKC');
  if (text !== char) flags |= (code >= 0xff01 && code <= 0xff5e) || code === 0x3000 ? WIDTH : COMPATIBILITY;
  let out = '';
  for (const piece of text) {
    let current = piece;
    for (let c = 0; c < CHARACTER_CHANNELS.length && current.length > 0; c++) {
      const folded = CHARACTER_CHANNELS[c]?.fold(current, piece, dictionaries);
      if (folded === undefined) continue;
      current = folded;
      flags |= CHANNEL_BITS[c] ?? 0;
    }
    out += current;
  }
  return { text: out, flags, separator: separatorsOf(out) };
}

const MEMO_LIMIT = 65_536;
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** `cjk` cache value meaning "fold this one the slow way" (it does not fold to one code unit). */
const SLOW = -1;
/** `asciiUnit` values: the character is removed; it does not fold to one code unit. */
export const ASCII_REMOVED = -1;
export const ASCII_SLOW = -2;

/** Folds characters with one set of dictionaries, remembering what it has folded. */
export class CharacterFolder {
  private readonly memo = new Map<string, Folded>();
  /** `foldUnit`'s memo: at most one entry per BMP code unit. */
  private readonly bmp = new Array<Folded | undefined>(0x10000).fill(undefined);
  /**
   * For CJK Unified Ideographs, the hot path of Chinese text: 0 until looked up, then the folded
   * code unit with its channel flags in the upper 16 bits, or SLOW.
   */
  private readonly cjk = new Int32Array(CJK_LAST - CJK_FIRST + 1);
  /**
   * Per ASCII code, what `fold` makes of it: the folded unit, ASCII_REMOVED or ASCII_SLOW; its
   * channel flags (of the removal, for a removed one); 1 for a separator.
   */
  readonly asciiUnit = new Int32Array(0x80);
  readonly asciiFlags = new Uint16Array(0x80);
  readonly asciiSeparator = new Uint8Array(0x80);

  constructor(private readonly dictionaries: Dictionaries) {
    for (let code = 0; code < 0x80; code++) {
      const folded = foldSlow(String.fromCharCode(code), dictionaries);
      this.asciiUnit[code] =
        folded.text.length === 0 ? ASCII_REMOVED : folded.text.length === 1 ? folded.text.charCodeAt(0) : ASCII_SLOW;
      this.asciiFlags[code] = folded.flags;
      this.asciiSeparator[code] = folded.separator[0] ?? 0;
    }
  }

  /**
   * A CJK Unified Ideograph (U+4E00–U+9FFF): `fold`'s result as its folded code unit with the
   * channel flags << 16, when that is one unit and no separator (simplified, or left alone), else SLOW.
   */
  foldIdeograph(code: number): number {
    const index = code - CJK_FIRST;
    let value = this.cjk[index] ?? SLOW;
    if (value === 0) {
      const folded = foldSlow(String.fromCharCode(code), this.dictionaries);
      const unit = folded.text.charCodeAt(0);
      value = folded.text.length === 1 && !folded.separator[0] && unit !== 0 ? unit | (folded.flags << 16) : SLOW;
      this.cjk[index] = value;
    }
    return value;
  }

  /**
   * Folds one BMP code unit: `fold(String.fromCharCode(code))` (an unpaired surrogate is removed),
   * remembered by code so the hot path allocates no string.
   */
  foldUnit(code: number): Folded {
    let folded = this.bmp[code];
    if (folded === undefined) {
      folded = foldSlow(String.fromCharCode(code), this.dictionaries);
      this.bmp[code] = folded;
    }
    return folded;
  }

  /** Folds one code point (given as a string of one or two code units). */
  fold(char: string): Folded {
    let folded = this.memo.get(char);
    if (folded === undefined) {
      folded = foldSlow(char, this.dictionaries);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(char, folded);
    }
    return folded;
  }
}

export const isIdeograph = (code: number) => code >= CJK_FIRST && code <= CJK_LAST;
