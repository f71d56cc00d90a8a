/**
 * The engine's load and throughput alone, for profiling: built as the bench builds it (Vite,
 * bundled, not through tsx, whose keepNames wrappers would show in every profile), timed in CPU
 * time, which a machine shared with other work disturbs less than the clock.
 *
 *   node --conditions=source --import tsx scripts/bench/profile.ts [--cpu-prof] MODE RULESET [N]
 *
 * MODE: `compile` (N compiles of a fresh copy of the document, each figure), `ready` (N compiles,
 * each followed by the first check of an account, both figures), `automaton` (N builds
 * of the automaton alone), `accounts` or `bios` (N seconds of back-to-back check()), `scan` (N
 * seconds of each matcher alone over the bios). RULESET:
 * `default`, `large` (50,000 terms) or `bench` (10,000 terms), as in corpus.ts. `--cpu-prof`
 * writes a V8 profile to $TMPDIR/mingzheng-profile/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, defaultServerConditions } from 'vite';
import { loadBenchData } from './corpus.ts';

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const rest = args.filter((arg) => !arg.startsWith('--'));
const dir = join(tmpdir(), 'mingzheng-profile');
mkdirSync(dir, { recursive: true });
const dataPath = join(dir, 'data.json');
writeFileSync(dataPath, JSON.stringify(loadBenchData()));
const conditions = ['source', ...defaultServerConditions];
await build({
  configFile: false,
  root: import.meta.dirname,
  logLevel: 'warn',
  publicDir: false,
  resolve: { conditions },
  ssr: { noExternal: true, resolve: { conditions, externalConditions: conditions } },
  build: {
    ssr: true,
    outDir: join(dir, 'out'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { 'profile-run': join(import.meta.dirname, 'profile-run.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
const nodeFlags = flags.flatMap((flag) => (flag === '--cpu-prof' ? [flag, `--cpu-prof-dir=${dir}`] : [flag]));
const result = spawnSync(process.execPath, [...nodeFlags, join(dir, 'out/profile-run.mjs'), dataPath, ...rest], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
