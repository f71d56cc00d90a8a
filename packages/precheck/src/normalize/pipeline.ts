/**
 * normalizeForMatching: one field's text → the two views the matchers read, each with a map back
 * to the original text (text.ts). The folding itself is one fused loop (fold.ts) into growable
 * typed columns (columns.ts); this module turns the columns into the views.
 *
 * Allocating the columns for every field cost more than folding a short name, so the engine
 * folds into buffers it reuses, lent out only inside `withNormalized(text, folder, read)`: the
 * normalized text is valid while `read` runs and must not outlive it.
 */
import { type CharacterFolder, isIdeograph } from './characters.js';
import { Columns, decode } from './columns.js';
import { foldInto, RUN_CHANNELS } from './fold.js';
import { CHINESE_DIGIT_VALUE } from './numerals.js';
import type { FoldedIndex, IndexColumn, NormalizedText, OriginalIndex } from './text.js';

export type { CompactIndex, FoldedIndex, MappedRange, NormalizedText, OriginalIndex } from './text.js';
export { isEvasion, isNumberEnd, isNumberStart, isWordEnd, isWordStart, mapCompact, mapFolded } from './text.js';

/** A typed array as the index column it is (the brand is the type's alone). */
const column = <T extends number>(array: Uint32Array) => array as unknown as IndexColumn<T>;

/**
 * The views of folded columns. `same`: the folded units are the original's. `exact`: columns cut
 * to the text's length (else the buffers themselves, which saves six typed-array views per field).
 */
function views(original: string, same: boolean, out: Columns, exact: boolean): NormalizedText {
  const length = out.length;
  const separator = out.separator;
  const compactLength = out.compactLength;
  // Decoding is skipped where a string with these units exists already: most names fold to
  // themselves, and have no separator either.
  const folded = same ? original : decode(out.units, length);
  const compact = compactLength === length ? folded : decode(out.compactUnits, compactLength);
  const compactToFolded = out.compactToFolded;
  if (!exact) {
    return {
      original,
      folded,
      originStart: column<OriginalIndex>(out.starts),
      originEnd: column<OriginalIndex>(out.ends),
      flags: out.flags,
      gapFlags: out.gaps,
      separator,
      compact,
      compactToFolded: column<FoldedIndex>(compactToFolded),
    };
  }
  return {
    original,
    folded,
    originStart: column<OriginalIndex>(out.starts.subarray(0, length)),
    originEnd: column<OriginalIndex>(out.ends.subarray(0, length)),
    flags: out.flags.subarray(0, length),
    gapFlags: out.gaps.subarray(0, length),
    separator: separator.subarray(0, length),
    compact,
    compactToFolded: column<FoldedIndex>(compactToFolded.subarray(0, compactLength)),
  };
}

/** `original` folded into columns of its own: the result may be kept. */
export function normalizeForMatching(original: string, folder: CharacterFolder): NormalizedText {
  const out = new Columns(original.length + 16);
  const same = foldInto(original, folder, out);
  return views(original, same, out, true);
}

/**
 * The columns `withNormalized` lends: check() normalizes its fields one after the other, and
 * allocating six typed arrays per field cost more than folding a short name.
 */
const WORKSPACE_CAPACITY = 1024;
/** Texts longer than this get buffers of their own, so the shared ones stay small. */
const WORKSPACE_LIMIT = 16_384;
let workspace = new Columns(WORKSPACE_CAPACITY);
/** Whether a `read` holds the workspace (a nested call gets buffers of its own). */
let lent = false;

/**
 * Calls `read` with `original` normalized into buffers that the next call reuses: the text is
 * valid while `read` runs and must not escape it (keep what it maps to, original ranges and
 * strings, not the text). Its columns may run past the text (see NormalizedText). What `read`
 * returns is returned.
 */
export function withNormalized<R>(original: string, folder: CharacterFolder, read: (text: NormalizedText) => R): R {
  if (lent || original.length > WORKSPACE_LIMIT) return read(normalizeForMatching(original, folder));
  if (workspace.units.length > 4 * WORKSPACE_LIMIT) {
    // An expansion (one character into many) grew them once; give the memory back.
    workspace = new Columns(WORKSPACE_CAPACITY);
  }
  const out = workspace;
  out.clear();
  out.reserve(original.length + 16);
  const same = foldInto(original, folder, out);
  lent = true;
  try {
    return read(views(original, same, out, false));
  } finally {
    lent = false;
  }
}

const scratch = new Columns(64);

/**
 * Only the compact view of a short text, e.g. a lexicon term: exactly
 * `normalizeForMatching(text, folder).compact`, without allocating the other views.
 */
export function compactForm(text: string, folder: CharacterFolder): string {
  // Most terms are simplified Han characters only, which fold to themselves, into no separator: the
  // text itself, unless a run channel of foldInto would rewrite it (enough numerals for a digit run).
  let numerals = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isIdeograph(code)) break;
    const folded = folder.foldIdeograph(code);
    if (folded < 0 || (folded & 0xffff) !== code) break;
    if ((CHINESE_DIGIT_VALUE[code] ?? -1) >= 0) numerals++;
  }
  // (Every numeral counted as one run: a text that might hold one is folded in full.)
  const counts = { digitLike: numerals, numerals, longestRun: numerals };
  if (i === text.length && !RUN_CHANNELS.some((channel) => channel.applies(counts))) return text;
  // The shared buffer stays small; a long text gets buffers of its own.
  if (text.length > 4096) return normalizeForMatching(text, folder).compact;
  scratch.clear();
  foldInto(text, folder, scratch);
  let compact = '';
  for (let i = 0; i < scratch.compactLength; i++) compact += String.fromCharCode(scratch.compactUnits[i] ?? 0);
  return compact;
}
