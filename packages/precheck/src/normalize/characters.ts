/**
 * What each character is to the matcher, and what it folds to.
 *
 * `foldCodePoint` applies the per-character channels in order — invisible removal, NFKC (which
 * also folds full width and circled/parenthesized forms), case, traditional → simplified (Han
 * only), confusables → Latin (non-Han only) — and is memoized, because a name has few distinct
 * characters and `check()` runs on every keystroke.
 */
import type { Dictionaries } from '../dictionaries.js';
import { COMPATIBILITY, CONFUSABLE, INVISIBLE, TRADITIONAL, WIDTH } from './channels.js';
import { CONFUSABLE_PAIRS } from './confusables.data.js';

/** The folded form of one code point: `text` is '' when the character is removed. */
export interface Folded {
  text: string;
  flags: number;
}

const confusables: ReadonlyMap<string, string> = new Map(
  CONFUSABLE_PAIRS.split('|').map((pair) => {
    const chars = [...pair];
    return [chars[0] ?? '', chars[1] ?? ''] as const;
  }),
);

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

const REMOVED: Folded = { text: '', flags: INVISIBLE };

function foldSlow(char: string, dictionaries: Dictionaries): Folded {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return REMOVED; // unpaired surrogate
  if (INVISIBLE_CHAR.test(char)) return REMOVED;
  let flags = 0;
  let text = char.normalize('NFKC');
  if (text !== char) flags |= (code >= 0xff01 && code <= 0xff5e) || code === 0x3000 ? WIDTH : COMPATIBILITY;
  let out = '';
  for (const piece of text) {
    if (INVISIBLE_CHAR.test(piece)) {
      flags |= INVISIBLE;
      continue;
    }
    let folded = piece.toLowerCase();
    if (isHan(piece)) {
      const simplified = dictionaries.simplify(piece);
      if (simplified !== undefined && simplified !== piece) {
        folded = simplified;
        flags |= TRADITIONAL;
      }
    } else {
      const latin = confusables.get(piece) ?? confusables.get(folded);
      if (latin !== undefined) {
        folded = latin;
        flags |= CONFUSABLE;
      }
    }
    out += folded;
  }
  text = out;
  return { text, flags };
}

const MEMO_LIMIT = 65_536;

/** Folds characters with one set of dictionaries, remembering what it has folded. */
export class CharacterFolder {
  private readonly memo = new Map<string, Folded>();

  constructor(private readonly dictionaries: Dictionaries) {}

  fold(char: string): Folded {
    const code = char.charCodeAt(0);
    // ASCII letters, digits and the like: only case folding, no flags.
    if (char.length === 1 && code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return { text: String.fromCharCode(code + 32), flags: 0 };
      if (code >= 0x20 && code !== 0x7f) return { text: char, flags: 0 };
    }
    let folded = this.memo.get(char);
    if (folded === undefined) {
      folded = foldSlow(char, this.dictionaries);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(char, folded);
    }
    return folded;
  }
}
