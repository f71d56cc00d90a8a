/**
 * Where the audit's JSON lines go: a file (resumable: it knows how many bytes it holds) or a stream
 * (standard output). Lines are gathered into chunks of about 64 KB; each chunk is written before
 * the next is read, which is the backpressure that keeps memory constant.
 *
 * Each line is encoded into a reused buffer as soon as it is pushed, not kept as a string until the
 * chunk is written. A chunk gathers the findings of thousands of accounts (most pass and write
 * nothing), so its lines would live through several young-generation collections and be promoted
 * to the old generation as garbage — about 30 MB over 2 million accounts, which V8 collects only
 * when the old generation reaches its growth limit: the process's peak then grew with the length
 * of the run. Encoded at once, a line string dies young, and the chunk itself lives outside the
 * JS heap.
 */
import type { FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';

const CHUNK = 65_536;
/** Room for a chunk and the line that completes it (a longer line gets a buffer of its own). */
const BUFFER_BYTES = 2 * CHUNK;

export abstract class Output {
  /** Bytes written (to a file: its length, including what a resumed run found in it). */
  bytes: number;
  error: Error | undefined;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** Bytes queued before those in `buffer`: a line too long for it, or what it held before one. */
  private spilled: Buffer[] = [];

  constructor(bytes: number) {
    this.bytes = bytes;
  }

  /** Queues one line (with its `\n`). */
  push(line: string): void {
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    const most = 3 * line.length;
    if (this.used + most > BUFFER_BYTES) this.spill();
    if (most > BUFFER_BYTES) this.spilled.push(Buffer.from(line, 'utf8'));
    else this.used += this.buffer.write(line, this.used, 'utf8');
  }

  /** Whether the queued lines make a chunk worth writing now. */
  get full(): boolean {
    return this.used >= CHUNK || this.spilled.length > 0;
  }

  /** Writes what is queued and waits until it is written. */
  async flush(): Promise<void> {
    const spilled = this.spilled;
    this.spilled = [];
    const used = this.used;
    this.used = 0;
    if (this.error) return;
    try {
      for (const bytes of spilled) {
        await this.write(bytes, false);
        this.bytes += bytes.length;
      }
      if (used > 0) {
        await this.write(this.buffer.subarray(0, used), true);
        this.bytes += used;
      }
    } catch (error) {
      this.error ??= error as Error;
    }
  }

  private spill(): void {
    if (this.used === 0) return;
    this.spilled.push(Buffer.from(this.buffer.subarray(0, this.used)));
    this.used = 0;
  }

  /** Makes what was written durable (a file: on disk) before a checkpoint refers to it. */
  abstract sync(): Promise<void>;
  abstract close(): Promise<void>;
  /**
   * Writes `bytes`, resolving once they are written or handed over. `reused`: the bytes are the
   * output's own buffer, overwritten after the promise resolves.
   */
  protected abstract write(bytes: Buffer, reused: boolean): Promise<void>;
}

/** A file opened for appending (a fresh run truncated it, a resumed run cut it to the checkpoint). */
export class FileOutput extends Output {
  constructor(
    private readonly handle: FileHandle,
    bytes: number,
  ) {
    super(bytes);
  }

  protected async write(bytes: Buffer, _reused: boolean): Promise<void> {
    // Written (not queued) when this resolves: the buffer may then be reused.
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done);
      done += bytesWritten;
    }
  }

  async sync(): Promise<void> {
    if (this.error) return;
    try {
      await this.handle.datasync();
    } catch (error) {
      this.error ??= error as Error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** A stream that is not ours (standard output): written with backpressure, never closed. */
export class StreamOutput extends Output {
  constructor(private readonly stream: Writable) {
    super(0);
    stream.on('error', (error) => {
      this.error ??= error;
    });
  }

  protected write(reusedOrOwn: Buffer, reused: boolean): Promise<void> {
    // A stream may hold on to the bytes after `write()` returns: it gets a copy of the buffer.
    const bytes = reused ? Buffer.from(reusedOrOwn) : reusedOrOwn;
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      if (this.stream.write(bytes)) {
        resolve();
        return;
      }
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  async sync(): Promise<void> {}

  async close(): Promise<void> {}
}
