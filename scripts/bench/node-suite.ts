/**
 * The Node run, started by run.ts as its own process (pinned to one core when `taskset` exists):
 *   node --expose-gc node-suite.mjs DATA.json OUT.json   (node-suite.ts bundled by bundle.ts)
 *   node --expose-gc node-suite.mjs DATA.json OUT.json --ready   (build and first check alone)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchData } from './corpus.ts';
import { runReady, runSuite } from './suite.ts';

const [dataPath, outPath] = process.argv.slice(2);
if (!dataPath || !outPath) throw new Error('usage: node-suite.ts DATA.json OUT.json');
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as BenchData;
const gc = (globalThis as { gc?: () => void }).gc;
const ready = process.argv.includes('--ready');
const options = {
  env: 'node' as const,
  log: (message: string) => console.log(message),
  countHits: true,
  ...(gc && { collect: () => gc() }),
};
const result = ready ? await runReady(data, options) : await runSuite(data, options);
writeFileSync(outPath, JSON.stringify(result));
