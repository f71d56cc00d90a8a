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
 *
 * Here: explicit levels (X1–X10), implicit levels (I1–I2), reordering (L1–L2) and the readings;
 * the class table and a text's analysis in bidi-classes.ts; weak and neutral types in bidi-weak.ts.
 */
import {
  AN,
  type Analysis,
  analyse,
  B,
  BN,
  EN,
  FSI,
  firstStrongLevel,
  isIsolateControl,
  L,
  LRE,
  LRI,
  LRO,
  MAX_DEPTH,
  mayReorder,
  PDF,
  PDI,
  R,
  RLE,
  RLI,
  RLO,
  S,
  WS,
} from './bidi-classes.js';
import { resolveSequence } from './bidi-weak.js';

export { bidiClass, mayReorder } from './bidi-classes.js';

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
    resolveSequence({ text, positions, classes, sequence, types: seqTypes, length }, level, sos, eos);
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
