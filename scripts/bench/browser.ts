/**
 * The Chromium run: bundle browser-entry.ts with Vite (bundle.ts), serve it on loopback
 * cross-origin isolated (COOP/COEP, which gives `performance.now()` 5 µs steps instead of 100 µs),
 * open it in headless Chromium with the test flags and run the suite through page.evaluate.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../test/browser.mjs';
import { bundleForBrowser } from './bundle.ts';
import type { BenchData } from './corpus.ts';
import type { ReadyResult, SuiteResult } from './suite.ts';

export interface ChromiumRun {
  result: SuiteResult;
  version: string;
  crossOriginIsolated: boolean;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

async function bundle(outDir: string): Promise<void> {
  await bundleForBrowser(outDir);
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>mingzheng bench</title><script type="module" src="/bench.js"></script></html>',
  );
}

/** Serves `root` with the headers that make the page cross-origin isolated. */
async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    let body: Buffer;
    try {
      if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw new Error('not found');
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function runInChromium(data: BenchData, log: (message: string) => void): Promise<ChromiumRun> {
  return inChromium(log, async (page) => page.evaluate((input) => window.runBench(input), data));
}

/** `run.ts --ready`: the build and first check of each contender in Chromium alone. */
export async function runReadyInChromium(data: BenchData, log: (message: string) => void): Promise<ReadyResult[]> {
  const run = await inChromium(log, async (page) => page.evaluate((input) => window.runReady(input), data));
  return run.result;
}

async function inChromium<T>(
  log: (message: string) => void,
  evaluate: (page: Page) => Promise<T>,
): Promise<{ result: T; version: string; crossOriginIsolated: boolean }> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROME_PATH.');
  const outDir = mkdtempSync(join(tmpdir(), 'mingzheng-bench-'));
  const started = performance.now();
  try {
    await bundle(outDir);
    const size = gzipSync(readFileSync(join(outDir, 'bench.js'))).length;
    log(`chromium: bundled in ${((performance.now() - started) / 1000).toFixed(1)} s (entry ${size} B gzip)`);
    const server = await serve(outDir);
    // The test flags, plus a GC the suite can call between contenders (as in Node).
    const browser = await chromium.launch({ executablePath, args: [...chromeArgs, '--js-flags=--expose-gc'] });
    try {
      const page = await browser.newPage();
      page.on('console', (message) => log(message.text()));
      page.on('pageerror', (error) => log(`chromium page error: ${error.message}`));
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.runBench === 'function');
      const crossOriginIsolated = await page.evaluate(() => window.crossOriginIsolated);
      const result = await evaluate(page);
      return { result, version: browser.version(), crossOriginIsolated };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
