/**
 * The `mingzheng` command line run inside the test's own process (worker threads included), its
 * standard output and error collected: for runs that need no separate process to show what they do.
 */
import { Writable } from 'node:stream';
import { main } from '../src/cli.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export async function inProcess(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        append(chunk.toString());
        callback();
      },
    });
  const status = await main(args, {
    stdin: process.stdin,
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
  });
  return { status, stdout, stderr };
}
