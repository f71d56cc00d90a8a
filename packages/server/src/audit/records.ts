/**
 * Splitting an input into records, byte by byte, so that every record knows where it ends in the
 * file: the audit's checkpoint is a byte offset, and a resumed run starts reading there. This is
 * the one line reader of the command line: `mingzheng audit` feeds it a file, `mingzheng check` a
 * file or standard input, chunk by chunk, so neither ever holds more than one record in memory.
 *
 * - JSON Lines: a record is a line; `\n` ends it (a `\r` before it is dropped).
 * - CSV (RFC 4180): a record is a row; a line end inside a quoted field belongs to the field, so a
 *   row may span several lines. Fields are separated by commas; a quoted field may hold commas,
 *   line ends and doubled quotes (`""`). A quote inside an unquoted field is taken literally.
 *
 * Both splitters work on raw bytes: every byte that matters (`\n`, `\r`, `,`, `"`) is ASCII, and no
 * byte of a multi-byte UTF-8 sequence is ASCII, so a record can be cut before it is decoded. A
 * record longer than MAX_RECORD_BYTES is not kept in memory: it is skipped to its end and reported.
 * A record that is not valid UTF-8 is reported and skipped too, never decoded with replacement
 * characters: the HTTP handler refuses such a body, and the command line must not check text that
 * is not what the file holds.
 */
import { isUtf8 } from 'node:buffer';

/**
 * A record longer than this (in bytes) is skipped unread; it is also the HTTP handler's default
 * body cap, so a record means the same everywhere. No valid account comes near it: every text
 * field at its cap (ACCOUNT_LIMITS, 42,840 UTF-16 code units with the id) written entirely as
 * `\uXXXX` escapes is 257,040 bytes, plus the keys.
 */
export const MAX_RECORD_BYTES = 262_144;

/** Why a record was not handed out as text (or, for CSV, why its text is suspect). */
export type RecordProblem = 'too-long' | 'invalid-utf8' | 'text-after-quote' | 'unclosed-quote';

/** The problem as the end of a sentence about the record: "the line …", "line 7 …". */
export function describeRecordProblem(problem: RecordProblem): string {
  switch (problem) {
    case 'too-long':
      return `is longer than ${MAX_RECORD_BYTES.toLocaleString('en-US')} bytes; skipped unread`;
    case 'invalid-utf8':
      return 'is not valid UTF-8';
    case 'text-after-quote':
      return 'has a character after the closing quote of a field';
    default:
      return 'has a quoted field that is never closed';
  }
}

/**
 * Receives each record: its text (without the line end; `undefined` when it was too long to keep
 * or is not valid UTF-8), the line it starts on (1-based, every line counted), and what is wrong
 * with it, if the splitter can tell. Returns false to stop splitting (the run then ends).
 */
export type RecordSink = (text: string | undefined, line: number, problem?: RecordProblem) => boolean;

export interface Splitter {
  /**
   * Byte offset after the last complete record of the chunks fed so far: where a resumed run
   * starts reading (a record cut by the chunk's end is read again).
   */
  readonly consumed: number;
  /** Lines (every `\n`) up to `consumed`. */
  readonly consumedLines: number;
  /** Feeds the next bytes of the file; returns false when the sink stopped it. */
  feed(chunk: Buffer, sink: RecordSink): boolean;
  /** The file ended: hands out the last record if it had no line end. */
  end(sink: RecordSink): void;
}

/** Bytes of lines decoded into one string (see JsonLinesSplitter.feed). */
const BLOCK_BYTES = 32_768;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;

/** A record's bytes as text, or the problem that keeps them from being text. */
type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: RecordProblem };

/** `bytes` decoded, unless they are not valid UTF-8 (never replaced with U+FFFD). */
function decode(bytes: Buffer, dropCr: boolean): Decoded {
  const end = dropCr && bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  if (!isUtf8(bytes.subarray(0, end))) return { problem: 'invalid-utf8' };
  return { text: bytes.toString('utf8', 0, end) };
}

/** Collects the bytes of one record across chunks, up to MAX_RECORD_BYTES. */
class Pending {
  private parts: Buffer[] = [];
  bytes = 0;
  /** The record grew past the limit: its bytes are dropped, only its end is looked for. */
  tooLong = false;

  add(bytes: Buffer): void {
    if (this.tooLong || bytes.length === 0) return;
    this.bytes += bytes.length;
    if (this.bytes > MAX_RECORD_BYTES) {
      this.tooLong = true;
      this.parts = [];
      return;
    }
    // A copy: the reader reuses its buffer for the next chunk.
    this.parts.push(Buffer.from(bytes));
  }

  get empty(): boolean {
    return this.bytes === 0 && !this.tooLong;
  }

  /**
   * The record with `tail` (the rest of it, in the current chunk) appended, decoded; a `\r` at its
   * end is dropped when `dropCr` (it may have been the last byte of the previous chunk).
   */
  take(tail: Buffer, dropCr: boolean): Decoded {
    this.add(tail);
    const decoded: Decoded = this.tooLong
      ? { problem: 'too-long' }
      : decode(this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts), dropCr);
    this.parts = [];
    this.bytes = 0;
    this.tooLong = false;
    return decoded;
  }
}

/** Whether `bytes` start with the UTF-8 byte-order mark. */
const hasBom = (bytes: Buffer) => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * What both splitters share: where they are in the file (from a checkpoint's offset and line when
 * resumed), the record carried over from the previous chunk, and the byte-order mark at the start.
 */
abstract class ChunkSplitter implements Splitter {
  consumed: number;
  consumedLines: number;
  /** File offset of the next chunk's first byte. */
  protected offset: number;
  protected readonly pending = new Pending();
  private atFileStart: boolean;

  constructor(offset = 0, lines = 0) {
    this.offset = offset;
    this.consumed = offset;
    this.consumedLines = lines;
    this.atFileStart = offset === 0;
  }

  abstract feed(chunk: Buffer, sink: RecordSink): boolean;
  abstract end(sink: RecordSink): void;

  /** Takes in the next chunk: where its records start (past a byte-order mark opening the file). */
  protected begin(chunk: Buffer): number {
    this.offset += chunk.length;
    if (!this.atFileStart) return 0;
    this.atFileStart = false;
    return hasBom(chunk) ? 3 : 0;
  }
}

/** JSON Lines: one record per line. */
export class JsonLinesSplitter extends ChunkSplitter {
  feed(chunk: Buffer, sink: RecordSink): boolean {
    const chunkStart = this.offset;
    let pos = this.begin(chunk);
    if (!this.pending.empty) {
      // The end of a line begun in an earlier chunk.
      const newline = chunk.indexOf(LF, pos);
      if (newline < 0) {
        this.pending.add(chunk.subarray(pos));
        return true;
      }
      const { text, problem } = this.pending.take(chunk.subarray(pos, newline), true);
      pos = newline + 1;
      this.consumed = chunkStart + pos;
      this.consumedLines += 1;
      if (!sink(text, this.consumedLines, problem)) return false;
    }
    // The complete lines left in the chunk, decoded a block of lines at a time rather than line by
    // line. A block stays under BLOCK_BYTES (unless one line is longer), so its string is an
    // ordinary young object that the next scavenge frees, not a large object that waits for a full
    // collection.
    const last = chunk.lastIndexOf(LF);
    if (last < pos) {
      this.pending.add(chunk.subarray(pos));
      return true;
    }
    while (pos <= last) {
      let stop = pos + BLOCK_BYTES >= last ? last : chunk.lastIndexOf(LF, pos + BLOCK_BYTES);
      if (stop < pos) stop = chunk.indexOf(LF, pos);
      // A line end is never inside a multi-byte sequence, so a valid block is valid line by line;
      // one that is not is taken apart line by line to find the lines at fault.
      const ok = stop - pos > MAX_RECORD_BYTES ? false : isUtf8(chunk.subarray(pos, stop));
      if (!ok ? !this.linesOf(chunk, pos, stop, sink) : !this.blockOf(chunk.toString('utf8', pos, stop), sink)) {
        return false;
      }
      pos = stop + 1;
    }
    this.consumed = chunkStart + last + 1;
    this.pending.add(chunk.subarray(last + 1));
    return true;
  }

  /** The lines of a block of valid UTF-8, already decoded. */
  private blockOf(block: string, sink: RecordSink): boolean {
    for (let from = 0; ; ) {
      const newline = block.indexOf('\n', from);
      const end = newline < 0 ? block.length : newline;
      const text =
        end > from && block.charCodeAt(end - 1) === 0x0d ? block.slice(from, end - 1) : block.slice(from, end);
      this.consumedLines += 1;
      if (!sink(text, this.consumedLines)) return false;
      if (newline < 0) return true;
      from = newline + 1;
    }
  }

  /** The lines of `chunk` from `start` to `stop` (a line end), each checked and decoded alone. */
  private linesOf(chunk: Buffer, start: number, stop: number, sink: RecordSink): boolean {
    for (let from = start; ; ) {
      const newline = chunk.indexOf(LF, from);
      const end = newline < 0 || newline > stop ? stop : newline;
      this.consumedLines += 1;
      const { text, problem } =
        end - from > MAX_RECORD_BYTES ? { problem: 'too-long' as const } : decode(chunk.subarray(from, end), true);
      if (!sink(text, this.consumedLines, problem)) return false;
      if (end === stop) return true;
      from = end + 1;
    }
  }

  end(sink: RecordSink): void {
    if (this.pending.empty) return;
    const { text, problem } = this.pending.take(Buffer.alloc(0), true);
    this.consumed = this.offset;
    this.consumedLines += 1;
    sink(text, this.consumedLines, problem);
  }
}

// States of the CSV scanner.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Right after a quote inside a quoted field: an escaped quote, or the field's end. */
const AFTER_QUOTE = 3;

/**
 * CSV (RFC 4180): finds where each row ends, counting every line it spans; `parseCsvRow` then cuts
 * the row's text into fields.
 */
export class CsvSplitter extends ChunkSplitter {
  private state = FIELD_START;
  /** Lines the current row has started so far (1 + the line ends inside it). */
  private rowLines = 0;
  /** The row broke the grammar (a character after a closing quote); it is still read to its end. */
  private broken = false;

  feed(chunk: Buffer, sink: RecordSink): boolean {
    const chunkStart = this.offset;
    const pos = this.begin(chunk);
    let rowStart = pos;
    let state = this.state;
    for (let i = pos; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === LF) {
        if (state === QUOTED) {
          this.rowLines++;
          continue;
        }
        // The row ends here.
        const bytes = chunk.subarray(rowStart, i);
        const decoded =
          this.pending.empty && bytes.length <= MAX_RECORD_BYTES ? decode(bytes, true) : this.pending.take(bytes, true);
        const line = this.consumedLines + 1;
        this.consumedLines += this.rowLines + 1;
        this.consumed = chunkStart + i + 1;
        const text = decoded.text;
        const problem = decoded.problem ?? (this.broken ? 'text-after-quote' : undefined);
        this.rowLines = 0;
        this.broken = false;
        state = FIELD_START;
        rowStart = i + 1;
        if (!sink(text, line, problem)) {
          this.state = state;
          return false;
        }
        continue;
      }
      switch (state) {
        case FIELD_START:
          state = byte === QUOTE ? QUOTED : byte === COMMA ? FIELD_START : UNQUOTED;
          break;
        case UNQUOTED:
          if (byte === COMMA) state = FIELD_START;
          break;
        case QUOTED:
          if (byte === QUOTE) state = AFTER_QUOTE;
          break;
        default: // AFTER_QUOTE
          if (byte === QUOTE) state = QUOTED;
          else if (byte === COMMA) state = FIELD_START;
          else if (byte !== CR) {
            this.broken = true;
            state = UNQUOTED;
          }
      }
    }
    this.state = state;
    this.pending.add(chunk.subarray(rowStart));
    return true;
  }

  end(sink: RecordSink): void {
    if (this.pending.empty) return;
    const decoded = this.pending.take(Buffer.alloc(0), true);
    const line = this.consumedLines + 1;
    this.consumedLines += this.rowLines + 1;
    this.consumed = this.offset;
    const text = decoded.text;
    const problem =
      decoded.problem ?? (this.state === QUOTED ? 'unclosed-quote' : this.broken ? 'text-after-quote' : undefined);
    this.state = FIELD_START;
    this.rowLines = 0;
    this.broken = false;
    sink(text, line, problem);
  }
}

/**
 * The fields of one CSV row (its text without the line end), unquoted. The row's end was found by
 * CsvSplitter, so quotes are balanced here except in a row it reported as broken.
 */
export function parseCsvRow(text: string): string[] {
  if (text.indexOf('"') < 0) return text.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted field: up to the quote that is not doubled.
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          value += text.slice(from);
          i = text.length;
          break;
        }
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // Anything between the closing quote and the comma (only in a broken row) is kept.
      const comma = text.indexOf(',', i);
      const rest = comma < 0 ? text.slice(i) : text.slice(i, comma);
      fields.push(value + rest);
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      if (comma < 0) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, comma));
      i = comma + 1;
    }
  }
}
