/**
 * Bidi_Class of every code point and the paired brackets (UAX #9), decoded once from the generated
 * table in bidi.data.ts; the classes' numbers and groups the algorithm (bidi.ts, bidi-weak.ts)
 * reads; and a text's analysis: its classes, isolates matched (BD9), first strong character (P2).
 */
import { BIDI_BRACKETS, BIDI_RUN_CLASSES, BIDI_RUN_GAPS, BIDI_RUN_LENGTHS } from './bidi.data.js';

// Bidi_Class values, as numbered in bidi.data.ts.
export const L = 0;
export const R = 1;
export const AL = 2;
export const EN = 3;
export const ES = 4;
export const ET = 5;
export const AN = 6;
export const CS = 7;
export const NSM = 8;
export const BN = 9;
export const B = 10;
export const S = 11;
export const WS = 12;
export const ON = 13;
export const LRE = 14;
export const LRO = 15;
export const RLE = 16;
export const RLO = 17;
export const PDF = 18;
export const LRI = 19;
export const RLI = 20;
export const FSI = 21;
export const PDI = 22;

export const MAX_DEPTH = 125;
/** BD16: at most this many opening brackets are remembered. */
export const BRACKET_STACK = 63;

/** Per class: 1 for the neutral and isolate formatting types (NI) of N1–N2. */
export const IS_NI = new Uint8Array(23);
for (const cls of [B, S, WS, ON, LRI, RLI, FSI, PDI]) IS_NI[cls] = 1;
export const isIsolateControl = (cls: number) => cls >= LRI && cls <= PDI;
/** Classes that can make a text's display order differ from its logical order in an LTR paragraph. */
const REORDERS = new Uint8Array(23);
for (const cls of [R, AL, AN, RLE, RLO, RLI, FSI]) REORDERS[cls] = 1;

let bmpClasses: Uint8Array | undefined;
/**
 * The BMP code units from `quietFirst` to `quietLast` (surrogates aside) hold no class that
 * reorders: the span between the right-to-left scripts and their controls (up to U+2068) and their
 * presentation forms (from U+FB1D), where Han, kana and Hangul text lies. Found from the table.
 */
let quietFirst = 0;
let quietLast = -1;
let astralStarts: Uint32Array = new Uint32Array(0);
let astralEnds: Uint32Array = new Uint32Array(0);
let astralClasses: Uint8Array = new Uint8Array(0);
/** Paired brackets (BD16): opening → closing, and closing → opening. */
export const opening = new Map<number, number>();
export const closing = new Map<number, number>();

/** A code unit inside the quiet span: the CJK Unified Ideographs. */
const QUIET_AROUND = 0x4e00;

/**
 * Decodes the generated tables, once: runs as three columns (class letters; start − previous end;
 * length − 1; numbers in base 36, an empty one 0), brackets as `<opening − previous opening>` and
 * `.<closing − opening>` unless 1.
 */
function load(): Uint8Array {
  const bmp = new Uint8Array(0x10000);
  const starts: number[] = [];
  const ends: number[] = [];
  const classes: number[] = [];
  const gaps = BIDI_RUN_GAPS.split(',');
  const lengths = BIDI_RUN_LENGTHS.split(',');
  let previousEnd = 0;
  for (let k = 0; k < BIDI_RUN_CLASSES.length; k++) {
    const cls = BIDI_RUN_CLASSES.charCodeAt(k) - 0x61;
    const start = previousEnd + (Number.parseInt(gaps[k] ?? '', 36) || 0);
    const end = start + (Number.parseInt(lengths[k] ?? '', 36) || 0) + 1;
    previousEnd = end;
    if (start < 0x10000) bmp.fill(cls, start, Math.min(end, 0x10000));
    if (end > 0x10000) {
      starts.push(Math.max(start, 0x10000));
      ends.push(end);
      classes.push(cls);
    }
  }
  astralStarts = Uint32Array.from(starts);
  astralEnds = Uint32Array.from(ends);
  astralClasses = Uint8Array.from(classes);
  let open = 0;
  for (const pair of BIDI_BRACKETS.split(',')) {
    const [step = '', distance = '1'] = pair.split('.');
    open += Number.parseInt(step, 36);
    const close = open + Number.parseInt(distance, 36);
    opening.set(open, close);
    closing.set(close, open);
  }
  const reorders = (code: number) => REORDERS[bmp[code] ?? L] === 1 && !(code >= 0xd800 && code <= 0xdfff);
  quietFirst = QUIET_AROUND;
  while (quietFirst > 0 && !reorders(quietFirst - 1)) quietFirst--;
  quietLast = QUIET_AROUND;
  while (quietLast < 0xffff && !reorders(quietLast + 1)) quietLast++;
  if (reorders(QUIET_AROUND)) quietLast = -1;
  return bmp;
}

/** The Bidi_Class of a code point (the bracket maps are filled on the first call). */
export function bidiClass(code: number): number {
  bmpClasses ??= load();
  if (code < 0x10000) return bmpClasses[code] ?? L;
  let low = 0;
  let high = astralStarts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((astralEnds[mid] ?? 0) <= code) low = mid + 1;
    else high = mid;
  }
  return low < astralStarts.length && (astralStarts[low] ?? 0) <= code ? (astralClasses[low] ?? L) : L;
}

/** U+2329/U+232A are canonically equivalent to U+3008/U+3009 (BD16 compares canonical forms). */
export const canonicalBracket = (code: number) => (code === 0x2329 ? 0x3008 : code === 0x232a ? 0x3009 : code);

/**
 * Code units `mayReorder` must look at, as one character class the platform searches for: the
 * right-to-left scripts and their presentation forms, the right-to-left marks, embeddings,
 * overrides and isolates, and high surrogates (whose code point decides). A superset of the units
 * whose class reorders (a test checks it against the table, unit by unit); the loop decides.
 */
export const LOUD_UNITS = /[\u0590-\u08ff\u200f\u202b\u202e\u2067\u2068\ud800-\udbff\ufb1d-\ufdff\ufe70-\ufeff]/g;
/** Texts longer than this are searched with LOUD_UNITS (below it the loop alone is faster). */
const SEARCHED = 32;

/** Whether some character of `text` can reorder it on an LTR line: R, AL, AN or RLE, RLO, RLI, FSI. */
export function mayReorder(text: string): boolean {
  bmpClasses ??= load();
  // In a longer text, the platform's search goes from one unit to look up to the next (most texts
  // hold none, or an emoji or two); a name is read faster than a search is started.
  if (text.length > SEARCHED) {
    const loud = LOUD_UNITS;
    loud.lastIndex = 0;
    while (loud.test(text)) {
      const i = loud.lastIndex - 1;
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          if (REORDERS[bidiClass(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000)]) return true;
          loud.lastIndex = i + 2;
        }
        continue;
      }
      if (REORDERS[bidiClass(code)]) return true;
    }
    return false;
  }
  const first = quietFirst;
  const last = quietLast;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Everything below the Hebrew block is L, a number or a neutral: the common case ends here,
    // and Chinese text ends in the quiet span, without a look-up in the 64 KB table.
    if (code < 0x0590 || (code >= first && code <= last && (code < 0xd800 || code > 0xdbff))) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (REORDERS[bidiClass(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000)]) return true;
        i++;
      }
      continue;
    }
    if (REORDERS[bidiClass(code)]) return true;
  }
  return false;
}

/** A text's code points with their classes, and its isolates matched (BD9). */
export interface Analysis {
  /** Per code point: its UTF-16 index, its Bidi_Class. */
  positions: Uint32Array;
  classes: Uint8Array;
  length: number;
  /** Per code point: for an isolate initiator its matching PDI, for a PDI its initiator (BD9), or -1. */
  matching: Int32Array;
}

export function analyse(text: string): Analysis {
  const positions = new Uint32Array(text.length);
  const classes = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    positions[n] = i;
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        classes[n++] = bidiClass(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        i++;
      } else {
        classes[n++] = ON; // a lone surrogate is displayed as U+FFFD, a neutral
      }
      continue;
    }
    classes[n++] = bidiClass(code);
  }
  // BD9, per paragraph: a PDI matches the nearest open isolate initiator.
  const matching = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let k = 0; k < n; k++) {
    const cls = classes[k] ?? L;
    if (cls === B) open.length = 0;
    else if (cls === LRI || cls === RLI || cls === FSI) open.push(k);
    else if (cls === PDI && open.length > 0) {
      const initiator = open.pop() ?? 0;
      matching[initiator] = k;
      matching[k] = initiator;
    }
  }
  return { positions, classes, length: n, matching };
}

/**
 * P2–P3: 1 if the first strong character in [from, to), skipping isolates, is R or AL, else 0.
 * Linear: an isolate is skipped by jumping to its matching PDI.
 */
export function firstStrongLevel(classes: Uint8Array, matching: Int32Array, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const cls = classes[k];
    if (cls === L) return 0;
    if (cls === R || cls === AL) return 1;
    if (cls === LRI || cls === RLI || cls === FSI) {
      const pdi = matching[k] ?? -1;
      if (pdi < 0) return 0;
      k = pdi;
    }
  }
  return 0;
}
