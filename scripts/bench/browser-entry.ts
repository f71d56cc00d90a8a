/** The Chromium side of `pnpm bench`: bundled by Vite, run by browser.ts through page.evaluate. */
import type { BenchData } from './corpus.ts';
import { type ReadyResult, runReady, runSuite, type SuiteResult } from './suite.ts';

declare global {
  interface Window {
    runBench(data: BenchData): Promise<SuiteResult>;
    runReady(data: BenchData): Promise<ReadyResult[]>;
  }
}

// Chromium is started with --js-flags=--expose-gc, as Node is with --expose-gc.
const gc = (globalThis as { gc?: () => void }).gc;

window.runBench = (data) =>
  runSuite(data, { env: 'chromium', log: (message) => console.log(message), ...(gc && { collect: () => gc() }) });

window.runReady = (data) =>
  runReady(data, { env: 'chromium', log: (message) => console.log(message), ...(gc && { collect: () => gc() }) });
