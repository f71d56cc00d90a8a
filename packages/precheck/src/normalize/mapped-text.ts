/**
 * Text that was derived from a user's original text, with a map back to it.
 *
 * Every normalization channel takes a MappedText and returns a new one. The map keeps, for each
 * UTF-16 code unit of the derived text, the range of ORIGINAL code units it came from, so a channel
 * may delete characters (nothing maps to them) or expand one into several (all map to it), and a
 * match found in the derived text is reported as a span of what the user actually typed.
 */
export interface MappedText {
  /** The derived text. */
  readonly text: string;
  /** `originStart[i]` is the first original code unit behind `text[i]`. */
  readonly originStart: Uint32Array;
  /** `originEnd[i]` is one past the last original code unit behind `text[i]`. */
  readonly originEnd: Uint32Array;
  /** Length of the original text, so an empty span at the end still maps. */
  readonly originLength: number;
}

/** The identity map: each code unit stands for itself. */
export function mappedFromString(text: string): MappedText {
  const originStart = new Uint32Array(text.length);
  const originEnd = new Uint32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    originStart[i] = i;
    originEnd[i] = i + 1;
  }
  return { text, originStart, originEnd, originLength: text.length };
}

/** A span of the original text. `start` is inclusive, `end` exclusive, both UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The original span behind derived code units `[start, end)`.
 * An empty or out-of-range span maps to the nearest empty original span.
 */
export function originalSpan(mapped: MappedText, start: number, end: number): Span {
  const length = mapped.text.length;
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  if (from === to) {
    const at = from < length ? (mapped.originStart[from] ?? 0) : mapped.originLength;
    return { start: at, end: at };
  }
  return { start: mapped.originStart[from] ?? 0, end: mapped.originEnd[to - 1] ?? mapped.originLength };
}

/**
 * Builds a MappedText one derived piece at a time. Each piece names the code units of the
 * PREVIOUS text it replaces; the builder composes that with the previous map.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly source: MappedText) {}

  /** Appends `piece` as the replacement of source code units `[from, to)`; `piece` may be ''. */
  push(piece: string, from: number, to: number): void {
    if (piece.length === 0) return;
    const start = this.source.originStart[from] ?? this.source.originLength;
    const end = this.source.originEnd[to - 1] ?? this.source.originLength;
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      originStart: Uint32Array.from(this.starts),
      originEnd: Uint32Array.from(this.ends),
      originLength: this.source.originLength,
    };
  }
}
