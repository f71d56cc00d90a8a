/**
 * Progress on standard error. On a terminal: one line redrawn in place (a bar, the share of the
 * file read, accounts, accounts per second and the time left). Elsewhere (a log, a pipe): a plain
 * line every 10 % of the file or every 5 seconds, whichever comes first.
 */
import type { Writable } from 'node:stream';

export interface ProgressStream extends Writable {
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressState {
  /** Bytes of the input read so far, and its size. */
  bytes: number;
  total: number;
  /** Accounts checked so far (earlier sessions included) and in this session. */
  accounts: number;
  sessionAccounts: number;
  /** Seconds since this session started reading. */
  seconds: number;
}

const REDRAW_MS = 100;
const PLAIN_EVERY_MS = 5_000;
const PLAIN_STEP = 0.1;

const int = (n: number) => Math.round(n).toLocaleString('en-US');

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export class Progress {
  private readonly tty: boolean;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private lastPlain = 0;
  private nextStep: number;
  /** The terminal line holds a bar that must be cleared before other text is written. */
  private drawn = false;

  /**
   * `startBytes` is where this session starts reading (a resumed run starts at its checkpoint), of
   * `total` bytes.
   */
  constructor(
    private readonly stream: ProgressStream,
    private readonly startBytes: number,
    total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tty = stream.isTTY === true;
    this.lastPlain = now();
    const startShare = total > 0 ? startBytes / total : 0;
    this.nextStep = (Math.floor(startShare / PLAIN_STEP + 1e-9) + 1) * PLAIN_STEP;
  }

  /** Called often (every chunk of the input); draws or prints only when it is time. */
  update(state: ProgressState): void {
    const now = this.now();
    const share = state.total > 0 ? Math.min(1, state.bytes / state.total) : 1;
    if (this.tty) {
      if (now - this.lastDraw < REDRAW_MS) return;
      this.lastDraw = now;
      this.stream.write(`\r${this.bar(state, share)}\x1b[K`);
      this.drawn = true;
      return;
    }
    // A little under the step too: floating-point shares must not skip a line at 100 %.
    if (share + 1e-9 >= this.nextStep || now - this.lastPlain >= PLAIN_EVERY_MS) {
      this.lastPlain = now;
      while (this.nextStep <= share + 1e-9) this.nextStep += PLAIN_STEP;
      this.stream.write(`mingzheng audit: ${this.describe(state, share)}\n`);
    }
  }

  /** Writes a whole line of text (a malformed record, a message) without breaking the bar. */
  note(text: string): void {
    this.clear();
    this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
    this.lastDraw = Number.NEGATIVE_INFINITY;
  }

  /** Removes the bar, before the summary. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private describe(state: ProgressState, share: number): string {
    const rate = state.seconds > 0 ? state.sessionAccounts / state.seconds : 0;
    return `${(100 * share).toFixed(0).padStart(3)} % read, ${int(state.accounts)} accounts, ${int(rate)} accounts/s`;
  }

  private bar(state: ProgressState, share: number): string {
    const rate = state.seconds > 0 ? state.sessionAccounts / state.seconds : 0;
    const read = state.bytes - this.startBytes;
    const left =
      share < 1 && read > 0 && state.seconds > 0
        ? `  ETA ${duration(((state.total - state.bytes) * state.seconds) / read)}`
        : '';
    const text = ` ${(100 * share).toFixed(0).padStart(3)} %  ${int(state.accounts)} accounts  ${int(rate)}/s${left}`;
    // 0 or absent when the terminal does not say (a pseudo-terminal without a size).
    const columns = this.stream.columns || 80;
    // A bar of fixed width, so that it does not jump as the figures beside it grow.
    const width = columns >= 110 ? 30 : columns >= 90 ? 20 : 10;
    const full = Math.round(share * width);
    // ASCII: block characters are of ambiguous width, two columns wide in many CJK terminals.
    const line = `mingzheng audit [${'#'.repeat(full)}${'-'.repeat(width - full)}]${text}`;
    return line.slice(0, Math.max(20, columns - 1));
  }
}
