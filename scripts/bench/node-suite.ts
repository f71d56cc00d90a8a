/**
 * The Node run, started by run.ts as its own process (pinned to one core when `taskset` exists):
 *   node --expose-gc node-suite.mjs DATA.json OUT.json   (node-suite.ts bundled by bundle.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchData } from './corpus.ts';
import { runSuite } from './suite.ts';

const [dataPath, outPath] = process.argv.slice(2);
if (!dataPath || !outPath) throw new Error('usage: node-suite.ts DATA.json OUT.json');
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as BenchData;
const gc = (globalThis as { gc?: () => void }).gc;
const result = await runSuite(data, {
  env: 'node',
  log: (message) => console.log(message),
  countHits: true,
  ...(gc && { collect: () => gc() }),
});
writeFileSync(outPath, JSON.stringify(result));
