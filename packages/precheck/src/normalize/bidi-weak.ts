/**
 * UAX #9 on one isolating run sequence: the weak types (W1–W7), paired brackets (N0) and the
 * neutral types (N1–N2). Forward passes only, as in bidi.ts: linear in the sequence.
 */
import {
  AL,
  AN,
  BRACKET_STACK,
  CS,
  canonicalBracket,
  closing,
  EN,
  ES,
  ET,
  IS_NI,
  isIsolateControl,
  L,
  NSM,
  ON,
  opening,
  R,
} from './bidi-classes.js';

/** One isolating run sequence (BD13) of a text's code points, as the rules here read it. */
export interface RunSequence {
  readonly text: string;
  /** Per code point of the text: its UTF-16 index, its Bidi_Class. */
  readonly positions: Uint32Array;
  readonly classes: Uint8Array;
  /** The sequence's code points, `length` of them, and their types (rewritten in place). */
  readonly sequence: Int32Array;
  readonly types: Uint8Array;
  readonly length: number;
}

/** W1–W7 and N0–N2 on one isolating run sequence; its `types` are rewritten in place. */
export function resolveSequence(run: RunSequence, level: number, sos: number, eos: number): void {
  const { types, length } = run;
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
  resolveBrackets(run, embedding, sos);
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
function resolveBrackets(run: RunSequence, embedding: number, sos: number): void {
  const { text, positions, classes, sequence, types, length } = run;
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
