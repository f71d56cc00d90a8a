/**
 * The folded text while it is written: growable typed columns, one entry per folded code unit
 * (see NormalizedText in text.ts), and the decoding of code units into a string.
 */

/**
 * Growable typed columns of the folded text, and of its compact view (the units that are no
 * separator, with their folded index), written together as each unit is pushed.
 */
export class Columns {
  length = 0;
  units: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  flags: Uint16Array;
  gaps: Uint16Array;
  separator: Uint8Array;
  compactLength = 0;
  compactUnits: Uint16Array;
  compactToFolded: Uint32Array;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
    this.flags = new Uint16Array(capacity);
    this.gaps = new Uint16Array(capacity);
    this.separator = new Uint8Array(capacity);
    this.compactUnits = new Uint16Array(capacity);
    this.compactToFolded = new Uint32Array(capacity);
  }

  /** Empties the columns (their buffers are kept). */
  clear(): void {
    this.length = 0;
    this.compactLength = 0;
  }

  /** Writes the compact view again from the folded columns (after a run channel changed them). */
  recompact(): void {
    const { units, separator, compactUnits, compactToFolded } = this;
    let c = 0;
    for (let i = 0; i < this.length; i++) {
      if (separator[i]) continue;
      compactUnits[c] = units[i] ?? 0;
      compactToFolded[c++] = i;
    }
    this.compactLength = c;
  }

  reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const capacity = Math.max(this.units.length * 2, this.length + extra);
    const grow = <T extends Uint16Array | Uint32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.units = grow(this.units, new Uint16Array(capacity));
    this.starts = grow(this.starts, new Uint32Array(capacity));
    this.ends = grow(this.ends, new Uint32Array(capacity));
    this.flags = grow(this.flags, new Uint16Array(capacity));
    this.gaps = grow(this.gaps, new Uint16Array(capacity));
    this.separator = grow(this.separator, new Uint8Array(capacity));
    this.compactUnits = grow(this.compactUnits, new Uint16Array(capacity));
    this.compactToFolded = grow(this.compactToFolded, new Uint32Array(capacity));
  }

  push(unit: number, start: number, end: number, flags: number, gap: number, separator: number): void {
    const i = this.length++;
    this.units[i] = unit;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
    this.gaps[i] = gap;
    this.separator[i] = separator;
    if (separator === 0) {
      const c = this.compactLength++;
      this.compactUnits[c] = unit;
      this.compactToFolded[c] = i;
    }
  }
}

/**
 * A UTF-16 decoder for longer texts where the platform stores code units little-endian (all that
 * run browsers do). Fatal: a lone surrogate makes it throw, and `decode` falls back; BOMs are kept.
 */
const utf16 = (() => {
  // Declared here: the engine's own build knows neither DOM nor Node types.
  type Decoder = new (
    label: string,
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(units: Uint16Array): string };
  const Decoder = (globalThis as { TextDecoder?: Decoder }).TextDecoder;
  if (typeof Decoder !== 'function' || new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) return undefined;
  try {
    return new Decoder('utf-16le', { fatal: true, ignoreBOM: true });
  } catch {
    return undefined;
  }
})();

/** Decodes code units; in chunks, as a megabyte of text must not exceed the engine's argument limit. */
export function decode(units: Uint16Array, length: number): string {
  // The fastest way differs with the length: one unit at a time for a name, a decoder for a bio.
  if (length <= 12) {
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(units[i] ?? 0);
    return text;
  }
  if (utf16 !== undefined && length > 32) {
    try {
      return utf16.decode(units.subarray(0, length));
    } catch {
      // A lone surrogate: decoded below, unit for unit.
    }
  }
  let text = '';
  for (let i = 0; i < length; i += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return text;
}
