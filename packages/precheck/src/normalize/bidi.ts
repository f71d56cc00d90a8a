/**
 * The order in which a text is displayed: the Unicode Bidirectional Algorithm (UAX #9) — explicit
 * embeddings, overrides and isolates (X1–X10), weak and neutral types (W1–W7, N0–N2), implicit
 * levels (I1–I2) and reordering (L1–L2) — for one line per paragraph.
 *
 * Why the engine needs it: `\u202E社华新\u202C` is displayed as 新华社, and an Arabic letter can swap
 * the digit groups of a phone number on screen. What the user sees must be what is checked, so the
 * engine reads a text in its displayed order as well as in its logical one (see rules/evaluate.ts).
 *
 * Our own implementation rather than a library's: it must be linear in the input (no rule scans
 * back over a run more than once; the reference algorithm's backward searches become forward
 * passes), never throw, and give the same order in every JavaScript engine, so it reads its
 * classes from a table generated once (bidi.data.ts) instead of the platform's Unicode data.
 * Not needed for matching and left out: mirrored glyphs (L4: brackets are separators anyway) and
 * line wrapping (each paragraph is one line).
 */
import { BIDI_BRACKETS, BIDI_CLASS_RUNS } from './bidi.data.js';

// Bidi_Class values, as numbered in bidi.data.ts.
const L = 0;
const R = 1;
const AL = 2;
const EN = 3;
const ES = 4;
const ET = 5;
const AN = 6;
const CS = 7;
const NSM = 8;
const BN = 9;
const B = 10;
const S = 11;
const WS = 12;
const ON = 13;
const LRE = 14;
const LRO = 15;
const RLE = 16;
const RLO = 17;
const PDF = 18;
const LRI = 19;
const RLI = 20;
const FSI = 21;
const PDI = 22;

const MAX_DEPTH = 125;
/** BD16: at most this many opening brackets are remembered. */
const BRACKET_STACK = 63;

/** Per class: 1 for the neutral and isolate formatting types (NI) of N1–N2. */
const IS_NI = new Uint8Array(23);
for (const cls of [B, S, WS, ON, LRI, RLI, FSI, PDI]) IS_NI[cls] = 1;
/** Classes removed by X9. */
const IS_REMOVED = new Uint8Array(23);
for (const cls of [LRE, LRO, RLE, RLO, PDF, BN]) IS_REMOVED[cls] = 1;
const isIsolateControl = (cls: number) => cls >= LRI && cls <= PDI;
/** Classes that can make a text's display order differ from its logical order in an LTR paragraph. */
const REORDERS = new Uint8Array(23);
for (const cls of [R, AL, AN, RLE, RLO, RLI, FSI]) REORDERS[cls] = 1;

let bmpClasses: Uint8Array | undefined;
let astralStarts: Uint32Array = new Uint32Array(0);
let astralEnds: Uint32Array = new Uint32Array(0);
let astralClasses: Uint8Array = new Uint8Array(0);
const opening = new Map<number, number>();
const closing = new Map<number, number>();

/** Decodes the generated tables, once: runs are `<class letter><delta>.<length − 1>` in base 36. */
function load(): Uint8Array {
  const bmp = new Uint8Array(0x10000);
  const starts: number[] = [];
  const ends: number[] = [];
  const classes: number[] = [];
  let previousEnd = 0;
  for (const run of BIDI_CLASS_RUNS.split(',')) {
    const cls = run.charCodeAt(0) - 0x61;
    const dot = run.indexOf('.');
    const start = previousEnd + Number.parseInt(run.slice(1, dot), 36);
    const end = start + Number.parseInt(run.slice(dot + 1), 36) + 1;
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
  for (const pair of BIDI_BRACKETS.split(',')) {
    const [open, close] = pair.split('.').map((part) => Number.parseInt(part, 36));
    if (open === undefined || close === undefined) continue;
    opening.set(open, close);
    closing.set(close, open);
  }
  return bmp;
}

/** The Bidi_Class of a code point. */
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
const canonicalBracket = (code: number) => (code === 0x2329 ? 0x3008 : code === 0x232a ? 0x3009 : code);

/** A text in its displayed order, with the original position of each unit. */
export interface DisplayedText {
  /** How its paragraphs were laid out. */
  base: BaseDirection;
  /** The visible characters, left to right as displayed; formatting controls are left out. */
  text: string;
  /** Per unit of `text`: its UTF-16 index in the original text. */
  origin: Uint32Array;
}

/** Base direction of the paragraphs: left-to-right, or from their first strong character (P2–P3). */
export type BaseDirection = 'ltr' | 'auto';

// The directional status stack of X1–X8, shared by every call (the engine is synchronous).
const stackLevel = new Uint8Array(MAX_DEPTH + 2);
const stackOverride = new Uint8Array(MAX_DEPTH + 2); // 0 none, else L + 1 or R + 1
const stackIsolate = new Uint8Array(MAX_DEPTH + 2);

/** Whether some character of `text` can reorder it on an LTR line: R, AL, AN or RLE, RLO, RLI, FSI. */
export function mayReorder(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Everything below the Hebrew block is L, a number or a neutral: the common case ends here.
    if (code < 0x0590) continue;
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

interface Analysis {
  /** Per code point: its UTF-16 index, its Bidi_Class. */
  positions: Uint32Array;
  classes: Uint8Array;
  length: number;
  /** Per code point: for an isolate initiator its matching PDI, for a PDI its initiator (BD9), or -1. */
  matching: Int32Array;
}

function analyse(text: string): Analysis {
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
function firstStrongLevel(classes: Uint8Array, matching: Int32Array, from: number, to: number): number {
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

/**
 * `text` as displayed, or undefined when it is displayed in its logical order (nothing to add).
 * Never throws; linear in the length of the text (times the depth of embeddings, at most 125).
 */
export function displayed(text: string, base: BaseDirection = 'ltr'): DisplayedText | undefined {
  if (!mayReorder(text)) return undefined;
  return layOut(text, analyse(text), base);
}

/**
 * The distinct readings of `text` as displayed, other than its logical order: on an LTR line, then
 * as `dir=auto` shows it when some paragraph starts right-to-left and that differs. Empty for
 * nearly every text (one pass over it tells). One analysis serves both.
 */
export function displayedReadings(text: string): DisplayedText[] {
  const readings: DisplayedText[] = [];
  if (!mayReorder(text)) return readings;
  const analysis = analyse(text);
  const ltr = layOut(text, analysis, 'ltr');
  if (ltr) readings.push(ltr);
  let rtl = false;
  let start = 0;
  for (let k = 0; k <= analysis.length && !rtl; k++) {
    if (k < analysis.length && analysis.classes[k] !== B) continue;
    rtl = firstStrongLevel(analysis.classes, analysis.matching, start, k) === 1;
    start = k + 1;
  }
  if (rtl) {
    const auto = layOut(text, analysis, 'auto');
    if (auto && auto.text !== ltr?.text) readings.push(auto);
  }
  return readings;
}

function layOut(text: string, analysis: Analysis, base: BaseDirection): DisplayedText | undefined {
  const { positions, classes, length: n, matching } = analysis;
  const types = classes.slice(0, n);
  const levels = new Uint8Array(n);
  const removed = new Uint8Array(n);
  const order = new Uint32Array(n);
  let count = 0;
  let start = 0;
  for (let k = 0; k <= n; k++) {
    if (k < n && classes[k] !== B) continue;
    const end = Math.min(n, k + 1);
    const level = base === 'auto' ? firstStrongLevel(classes, matching, start, end) : 0;
    count = resolveParagraph(
      text,
      positions,
      classes,
      matching,
      types,
      levels,
      removed,
      start,
      end,
      level,
      order,
      count,
    );
    start = end;
  }
  // Visible in logical order: nothing to add.
  let previous = -1;
  let inOrder = true;
  for (let j = 0; j < count && inOrder; j++) {
    inOrder = (order[j] ?? 0) > previous;
    previous = order[j] ?? 0;
  }
  if (inOrder) return undefined;
  let out = '';
  const origin = new Uint32Array(text.length);
  let units = 0;
  for (let j = 0; j < count; j++) {
    const k = order[j] ?? 0;
    const position = positions[k] ?? 0;
    const width = k + 1 < n ? (positions[k + 1] ?? 0) - position : text.length - position;
    out += text.slice(position, position + width);
    for (let w = 0; w < width; w++) origin[units++] = position + w;
  }
  return { base, text: out, origin: origin.subarray(0, units) };
}

/**
 * Resolves one paragraph [start, end) of code points and appends its visible code points, in
 * display order, to `order` from `count`; returns the new count.
 */
function resolveParagraph(
  text: string,
  positions: Uint32Array,
  classes: Uint8Array,
  matching: Int32Array,
  types: Uint8Array,
  levels: Uint8Array,
  removed: Uint8Array,
  start: number,
  end: number,
  paragraphLevel: number,
  order: Uint32Array,
  count: number,
): number {
  // X1–X8: the directional status stack.
  let depth = 1;
  stackLevel[0] = paragraphLevel;
  let overflowIsolates = 0;
  let overflowEmbeddings = 0;
  let validIsolates = 0;
  for (let k = start; k < end; k++) {
    const cls = classes[k] ?? L;
    const top = depth - 1;
    const level = stackLevel[top] ?? 0;
    const override = stackOverride[top] ?? 0;
    switch (cls) {
      case RLE:
      case LRE:
      case RLO:
      case LRO: {
        removed[k] = 1;
        levels[k] = level;
        const next = cls === RLE || cls === RLO ? (level + 1) | 1 : (level + 2) & ~1;
        if (next <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
          stackLevel[depth] = next;
          stackOverride[depth] = cls === RLO ? R + 1 : cls === LRO ? L + 1 : 0;
          stackIsolate[depth] = 0;
          depth++;
        } else if (overflowIsolates === 0) {
          overflowEmbeddings++;
        }
        break;
      }
      case RLI:
      case LRI:
      case FSI: {
        levels[k] = level;
        if (override) types[k] = override - 1;
        const rtl =
          cls === RLI ||
          (cls === FSI &&
            firstStrongLevel(classes, matching, k + 1, (matching[k] ?? -1) < 0 ? end : (matching[k] ?? 0)) === 1);
        const next = rtl ? (level + 1) | 1 : (level + 2) & ~1;
        if (next <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
          validIsolates++;
          stackLevel[depth] = next;
          stackOverride[depth] = 0;
          stackIsolate[depth] = 1;
          depth++;
        } else {
          overflowIsolates++;
        }
        break;
      }
      case PDI: {
        if (overflowIsolates > 0) overflowIsolates--;
        else if (validIsolates > 0) {
          overflowEmbeddings = 0;
          while (depth > 1 && !stackIsolate[depth - 1]) depth--;
          depth--;
          validIsolates--;
        }
        levels[k] = stackLevel[depth - 1] ?? 0;
        const after = stackOverride[depth - 1] ?? 0;
        if (after) types[k] = after - 1;
        break;
      }
      case PDF: {
        removed[k] = 1;
        levels[k] = level;
        if (overflowIsolates > 0) {
          // nothing
        } else if (overflowEmbeddings > 0) overflowEmbeddings--;
        else if (!stackIsolate[top] && depth >= 2) depth--;
        break;
      }
      case B:
        levels[k] = paragraphLevel;
        break;
      case BN:
        removed[k] = 1;
        levels[k] = level;
        break;
      default:
        levels[k] = level;
        if (override) types[k] = override - 1;
    }
  }

  // X9–X10: the visible characters, their level runs and isolating run sequences (BD13).
  let m = 0;
  for (let k = start; k < end; k++) if (!removed[k]) m++;
  const visible = new Uint32Array(m);
  for (let k = start, v = 0; k < end; k++) if (!removed[k]) visible[v++] = k;
  if (m === 0) return count;
  // Level runs as [from, to) over `visible`; per code point, the run that starts there (or -1) and
  // its index in `visible`.
  const runFrom: number[] = [];
  const runTo: number[] = [];
  const runStartingAt = new Int32Array(end - start).fill(-1);
  const indexInVisible = new Int32Array(end - start);
  for (let v = 0; v < m; v++) {
    const k = visible[v] ?? 0;
    indexInVisible[k - start] = v;
    if (v === 0 || levels[k] !== levels[visible[v - 1] ?? 0]) {
      if (v > 0) runTo.push(v);
      runStartingAt[k - start] = runFrom.length;
      runFrom.push(v);
    }
  }
  runTo.push(m);
  const consumed = new Uint8Array(runFrom.length);
  // Implicit levels go to their own column: sos and eos of later sequences read the explicit ones.
  const resolved = levels.slice(start, end);
  const sequence = new Int32Array(m);
  const seqTypes = new Uint8Array(m);
  for (let r = 0; r < runFrom.length; r++) {
    // A run that starts with the PDI of an isolate whose initiator ends an earlier run was taken
    // into that run's sequence already.
    if (consumed[r]) continue;
    let length = 0;
    let run = r;
    for (;;) {
      consumed[run] = 1;
      for (let v = runFrom[run] ?? 0; v < (runTo[run] ?? 0); v++) sequence[length++] = visible[v] ?? 0;
      const last = sequence[length - 1] ?? 0;
      const lastClass = classes[last];
      if (lastClass !== LRI && lastClass !== RLI && lastClass !== FSI) break;
      const pdi = matching[last] ?? -1;
      const next = pdi >= 0 ? (runStartingAt[pdi - start] ?? -1) : -1;
      if (next < 0 || consumed[next]) break;
      run = next;
    }
    const firstIndex = sequence[0] ?? 0;
    const lastIndex = sequence[length - 1] ?? 0;
    const level = levels[firstIndex] ?? 0;
    const before = indexInVisible[firstIndex - start] ?? 0;
    const after = indexInVisible[lastIndex - start] ?? 0;
    const lastClass = classes[lastIndex];
    const lastIsInitiator = lastClass === LRI || lastClass === RLI || lastClass === FSI;
    const previousLevel = before > 0 ? (levels[visible[before - 1] ?? 0] ?? 0) : paragraphLevel;
    const nextLevel = !lastIsInitiator && after < m - 1 ? (levels[visible[after + 1] ?? 0] ?? 0) : paragraphLevel;
    const sos = Math.max(previousLevel, level) & 1 ? R : L;
    const eos = Math.max(nextLevel, levels[lastIndex] ?? 0) & 1 ? R : L;
    for (let i = 0; i < length; i++) seqTypes[i] = types[sequence[i] ?? 0] ?? L;
    resolveSequence(text, positions, classes, sequence, seqTypes, length, level, sos, eos);
    // I1–I2.
    for (let i = 0; i < length; i++) {
      const k = sequence[i] ?? 0;
      const t = seqTypes[i];
      const current = levels[k] ?? 0;
      if ((current & 1) === 0) {
        if (t === R) resolved[k - start] = current + 1;
        else if (t === AN || t === EN) resolved[k - start] = current + 2;
      } else if (t === L || t === EN || t === AN) {
        resolved[k - start] = current + 1;
      }
    }
  }

  // L1: separators, and whitespace and isolate controls before them or at the end, to the paragraph level.
  let trailing = true;
  for (let v = m - 1; v >= 0; v--) {
    const k = visible[v] ?? 0;
    const cls = classes[k] ?? L;
    if (cls === S || cls === B) {
      resolved[k - start] = paragraphLevel;
      trailing = true;
    } else if (trailing && (cls === WS || isIsolateControl(cls))) {
      resolved[k - start] = paragraphLevel;
    } else {
      trailing = false;
    }
  }

  // L2: from the highest level to the lowest odd one, reverse every run at that level or higher.
  const line = visible;
  const lineLevels = new Uint8Array(m);
  let highest = 0;
  let lowestOdd = MAX_DEPTH + 2;
  for (let v = 0; v < m; v++) {
    const level = resolved[(line[v] ?? 0) - start] ?? 0;
    lineLevels[v] = level;
    if (level > highest) highest = level;
    if (level & 1 && level < lowestOdd) lowestOdd = level;
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let v = 0; v < m; v++) {
      if ((lineLevels[v] ?? 0) < level) continue;
      let w = v;
      while (w + 1 < m && (lineLevels[w + 1] ?? 0) >= level) w++;
      for (let a = v, b = w; a < b; a++, b--) {
        const k = line[a] ?? 0;
        line[a] = line[b] ?? 0;
        line[b] = k;
        const l = lineLevels[a] ?? 0;
        lineLevels[a] = lineLevels[b] ?? 0;
        lineLevels[b] = l;
      }
      v = w;
    }
  }
  // The paragraph separator ends the paragraph on screen, whatever its level: it is a line break.
  let separator = -1;
  for (let v = 0; v < m; v++) {
    const k = line[v] ?? 0;
    const cls = classes[k] ?? L;
    if (cls === B) separator = k;
    else if (!isIsolateControl(cls)) order[count++] = k;
  }
  if (separator >= 0) order[count++] = separator;
  return count;
}

/** W1–W7 and N0–N2 on one isolating run sequence; `types` are rewritten in place. */
function resolveSequence(
  text: string,
  positions: Uint32Array,
  classes: Uint8Array,
  sequence: Int32Array,
  types: Uint8Array,
  length: number,
  level: number,
  sos: number,
  eos: number,
): void {
  const embedding = level & 1 ? R : L;
  // W1: NSM takes the type of what precedes it (ON after an isolate control).
  let previous = sos;
  for (let i = 0; i < length; i++) {
    if (types[i] === NSM) types[i] = isIsolateControl(previous) ? ON : previous;
    previous = types[i] ?? L;
  }
  // W2–W3: EN after AL is AN; AL is R.
  let strong = sos;
  for (let i = 0; i < length; i++) {
    const t = types[i];
    if (t === L || t === R || t === AL) strong = t;
    else if (t === EN && strong === AL) types[i] = AN;
    if (t === AL) types[i] = R;
  }
  // W4: a single separator between two numbers of the same kind joins them.
  for (let i = 1; i + 1 < length; i++) {
    const t = types[i];
    const before = types[i - 1];
    if (t === ES && before === EN && types[i + 1] === EN) types[i] = EN;
    else if (t === CS && (before === EN || before === AN) && types[i + 1] === before) types[i] = before;
  }
  // W5: terminators next to a European number become numbers.
  for (let i = 0; i < length; i++) {
    if (types[i] !== ET) continue;
    let j = i;
    while (j < length && types[j] === ET) j++;
    if ((i > 0 && types[i - 1] === EN) || (j < length && types[j] === EN)) types.fill(EN, i, j);
    i = j - 1;
  }
  // W6: remaining separators and terminators are neutral.
  for (let i = 0; i < length; i++) {
    const t = types[i];
    if (t === ES || t === ET || t === CS) types[i] = ON;
  }
  // W7: European numbers after L are L.
  strong = sos;
  for (let i = 0; i < length; i++) {
    const t = types[i];
    if (t === L || t === R) strong = t;
    else if (t === EN && strong === L) types[i] = L;
  }
  resolveBrackets(text, positions, classes, sequence, types, length, embedding, sos);
  // N1–N2: a run of neutrals between two strong types of one direction takes it, else the embedding's.
  for (let i = 0; i < length; i++) {
    if (!IS_NI[types[i] ?? L]) continue;
    let j = i;
    while (j < length && IS_NI[types[j] ?? L]) j++;
    const before = i > 0 ? strongOf(types[i - 1] ?? L) : sos;
    const after = j < length ? strongOf(types[j] ?? L) : eos;
    types.fill(before === after ? before : embedding, i, j);
    i = j - 1;
  }
}

/** The direction a resolved type counts as in N0–N2: L, or R for R, EN and AN. */
const strongOf = (type: number) => (type === L ? L : R);

function codePointAt(text: string, positions: Uint32Array, k: number): number {
  return text.codePointAt(positions[k] ?? 0) ?? 0;
}

/** N0: paired brackets take the direction of what they enclose or of their context. */
function resolveBrackets(
  text: string,
  positions: Uint32Array,
  classes: Uint8Array,
  sequence: Int32Array,
  types: Uint8Array,
  length: number,
  embedding: number,
  sos: number,
): void {
  // BD16: pairs of an opening and a closing bracket, both still ON.
  const pairs: [number, number][] = [];
  const stackClosing: number[] = [];
  const stackIndex: number[] = [];
  for (let i = 0; i < length; i++) {
    if (types[i] !== ON) continue;
    const code = codePointAt(text, positions, sequence[i] ?? 0);
    const close = opening.get(code);
    if (close !== undefined) {
      if (stackClosing.length === BRACKET_STACK) break;
      stackClosing.push(canonicalBracket(close));
      stackIndex.push(i);
      continue;
    }
    if (!closing.has(code)) continue;
    const canonical = canonicalBracket(code);
    for (let s = stackClosing.length - 1; s >= 0; s--) {
      if (stackClosing[s] !== canonical) continue;
      pairs.push([stackIndex[s] ?? 0, i]);
      stackClosing.length = s;
      stackIndex.length = s;
      break;
    }
  }
  if (pairs.length === 0) return;
  pairs.sort((a, b) => a[0] - b[0]);
  for (const [open, close] of pairs) {
    let found = -1;
    let opposite = false;
    for (let i = open + 1; i < close; i++) {
      const t = types[i] ?? L;
      if (t !== L && t !== R && t !== EN && t !== AN) continue;
      if (strongOf(t) === embedding) {
        found = embedding;
        break;
      }
      opposite = true;
    }
    if (found < 0 && opposite) {
      let context = sos;
      for (let i = open - 1; i >= 0; i--) {
        const t = types[i] ?? L;
        if (t === L || t === R || t === EN || t === AN) {
          context = strongOf(t);
          break;
        }
      }
      found = context !== embedding ? context : embedding;
    }
    if (found < 0) continue;
    types[open] = found;
    types[close] = found;
    // Marks that followed a bracket (NSM before W1) follow its new direction.
    for (const bracket of [open, close]) {
      for (let i = bracket + 1; i < length && classes[sequence[i] ?? 0] === NSM; i++) types[i] = found;
    }
  }
}
