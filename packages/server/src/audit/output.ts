/**
 * Where the audit's JSON lines go: a file (resumable: it knows how many bytes it holds) or a stream
 * (standard output). Lines are gathered into chunks of about 64 KB; each chunk is written before
 * the next is read, which is the backpressure that keeps memory constant.
 */
import type { FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';

const CHUNK = 65_536;

export abstract class Output {
  /** Bytes written (to a file: its length, including what a resumed run found in it). */
  bytes: number;
  error: Error | undefined;
  protected chunk = '';

  constructor(bytes: number) {
    this.bytes = bytes;
  }

  /** Queues one line (with its `\n`). */
  push(line: string): void {
    this.chunk += line;
  }

  /** Whether the queued lines make a chunk worth writing now. */
  get full(): boolean {
    return this.chunk.length >= CHUNK;
  }

  /** Writes what is queued and waits until it is written. */
  async flush(): Promise<void> {
    const text = this.chunk;
    this.chunk = '';
    if (text.length === 0 || this.error) return;
    const bytes = Buffer.from(text, 'utf8');
    try {
      await this.write(bytes);
      this.bytes += bytes.length;
    } catch (error) {
      this.error ??= error as Error;
    }
  }

  /** Makes what was written durable (a file: on disk) before a checkpoint refers to it. */
  abstract sync(): Promise<void>;
  abstract close(): Promise<void>;
  protected abstract write(bytes: Buffer): Promise<void>;
}

/** A file opened for appending (a fresh run truncated it, a resumed run cut it to the checkpoint). */
export class FileOutput extends Output {
  constructor(
    private readonly handle: FileHandle,
    bytes: number,
  ) {
    super(bytes);
  }

  protected async write(bytes: Buffer): Promise<void> {
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

  protected write(bytes: Buffer): Promise<void> {
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
