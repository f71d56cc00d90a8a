/**
 * Memory held by one compiled matcher, in a fresh process of its own (run.ts starts one per
 * contender):
 *
 *   node --expose-gc heap.mjs ID DATA.json   (heap.ts bundled by bundle.ts)
 *
 * Every library's code is imported and the data read before the baseline; then a full GC, the
 * baseline, the build (for our engine: `loadDictionaries()` + `compileRuleSet`, so the pinyin and
 * traditional→simplified tables count), one pass over every input (lazy caches fill up as they
 * would in a long-running server), a full GC, and the figure again while the matcher is still held.
 * `heapUsed` is the V8 heap; typed-array backing stores live outside it, in `arrayBuffers`, which
 * is reported too. ID `none` builds nothing: the floor of the method.
 */
import { readFileSync } from 'node:fs';
import { type Dictionaries, loadDictionaries, NO_DICTIONARIES } from '../../packages/precheck/src/index.ts';
import type { BenchData } from './corpus.ts';
import { CONTENDERS, type Subject } from './libraries.ts';

export interface HeapResult {
  id: string;
  heapUsedBytes: number;
  arrayBuffersBytes: number;
  /** Of heapUsedBytes + arrayBuffersBytes: the dictionaries alone (our engine), measured after loading them. */
  dictionariesBytes: number;
  /** loadDictionaries() + build in this fresh process, in ms: the cold start. */
  coldBuildMs: number;
  /** Set by run.ts: heapUsed + arrayBuffers of each fresh process it ran (this result is the largest). */
  runTotalsBytes?: number[];
}

const [id, dataPath] = process.argv.slice(2);
if (!id || !dataPath) throw new Error('usage: heap.ts ID DATA.json');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('heap.ts needs node --expose-gc');
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as BenchData;
const contender = CONTENDERS.find((c) => c.id === id);
if (!contender && id !== 'none') throw new Error(`unknown contender ${id}`);

const settle = () => {
  for (let i = 0; i < 4; i++) gc();
};

settle();
const before = process.memoryUsage();
let coldBuildMs = 0;
let dictionaries: Dictionaries = NO_DICTIONARIES;
let dictionariesBytes = 0;
if (id.startsWith('mingzheng')) {
  const loadStart = performance.now();
  dictionaries = await loadDictionaries();
  coldBuildMs += performance.now() - loadStart;
  // Fill the readings memo as checking these inputs will, then weigh the loaded tables.
  for (const text of [...data.names, ...data.longNames, ...data.bios])
    for (const char of text) dictionaries.reading(char);
  settle();
  const loaded = process.memoryUsage();
  dictionariesBytes = loaded.heapUsed - before.heapUsed + loaded.arrayBuffers - before.arrayBuffers;
}
const buildStart = performance.now();
const subject: Subject | undefined = contender?.build(data, dictionaries);
coldBuildMs += performance.now() - buildStart;

if (subject) {
  // Every input once, within a few seconds (obscenity takes milliseconds per call).
  const deadline = performance.now() + 3000;
  const accounts = [...data.accounts, ...data.longNames.map((name) => ({ name }))];
  for (const account of accounts) {
    subject.account(account);
    if (performance.now() > deadline) break;
  }
}
settle();
const after = process.memoryUsage();
(globalThis as { held?: unknown }).held = subject;

const result: HeapResult = {
  id,
  heapUsedBytes: after.heapUsed - before.heapUsed,
  arrayBuffersBytes: after.arrayBuffers - before.arrayBuffers,
  dictionariesBytes,
  coldBuildMs,
};
console.log(JSON.stringify(result));
