/**
 * CPU time per look-up of the SQLite registry on a database the bench loaded (registry.ts `--db`),
 * for comparing two versions of the look-up on a shared machine, where wall-clock tails are the
 * scheduler's: `process.cpuUsage` around each call, and a SHA-256 of every answer, so that two
 * versions can be shown to give the same answers.
 *
 *   node --conditions=source --import tsx scripts/bench/registry-cpu.ts FILE ACCOUNTS [--module PATH] [--rounds R]
 *
 * ACCOUNTS is the count the file was loaded with (the look-ups are registry-names.ts `queries`);
 * `--module` opens the file with another module's `createSqliteRegistry` (an older version kept
 * aside). Prints one JSON line per round: p50 and p99 of CPU time (ms) over all look-ups and over
 * three-character names, the matches, the answers' hash and the 1-minute load average.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFolding } from '../../packages/server/src/registry/index.ts';
import { queries } from './registry-names.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [file, accounts] = args;
if (file === undefined || accounts === undefined) throw new Error('usage: registry-cpu.ts FILE ACCOUNTS');
const modulePath = option('--module') ?? 'packages/server/src/registry/sqlite.ts';
const rounds = Number(option('--rounds') ?? 1);

interface Registry {
  lookup(name: string): unknown[];
  close(): void;
}
const { createSqliteRegistry } = (await import(pathToFileURL(resolve(modulePath)).href)) as {
  createSqliteRegistry(path: string, options: object): Promise<Registry>;
};
const folding = await loadFolding();
const names = queries(Number(accounts));
const opened = performance.now();
const registry = await createSqliteRegistry(file, { engine: { compiled: folding } });
const openMs = performance.now() - opened;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
const ms = (value: number) => Number(value.toFixed(3));
for (let round = 0; round < rounds; round++) {
  const all: number[] = [];
  const three: number[] = [];
  const hash = createHash('sha256');
  let matches = 0;
  for (const name of names) {
    const before = process.cpuUsage();
    const answer = registry.lookup(name);
    const used = process.cpuUsage(before);
    const cpu = (used.user + used.system) / 1000;
    all.push(cpu);
    if ([...name].length === 3) three.push(cpu);
    matches += answer.length;
    hash.update(JSON.stringify(answer));
  }
  all.sort((a, b) => a - b);
  three.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      module: modulePath,
      round,
      openMs: round === 0 ? ms(openMs) : undefined,
      p50: ms(percentile(all, 0.5)),
      p99: ms(percentile(all, 0.99)),
      threeP50: ms(percentile(three, 0.5)),
      threeP99: ms(percentile(three, 0.99)),
      matches,
      sha256: hash.digest('hex').slice(0, 16),
      load: Number(loadavg()[0]?.toFixed(2)),
    }),
  );
}
registry.close();
