/**
 * Component budgets (DESIGN.md): the initial JS of a page that uses only mz-name-field (≤ 25 KB
 * gzip, with the engine, rule set and dictionaries loaded lazily, ≤ 150 KB gzip together) and the
 * keystroke-to-feedback time in Chromium (p95 ≤ 16 ms). Production builds with Vite, lit included;
 * the page is served on loopback and driven in headless Chromium.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, defaultClientConditions, type Rolldown } from 'vite';
import { chromeArgs, chromePath } from '../test/browser.mjs';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChunkSize {
  name: string;
  /** What the chunk holds, from the module that gives it its name. */
  label: string;
  gzipBytes: number;
}

function labelOf(chunk: Rolldown.OutputChunk): string {
  const id = chunk.facadeModuleId ?? chunk.moduleIds[0] ?? '';
  if (chunk.isEntry) return 'the page: mz-name-field, its form and feedback code, lit';
  if (id.includes('pinyin.data')) return 'pinyin readings (dictionary)';
  if (id.includes('simplified.data')) return 'traditional → simplified (dictionary)';
  const locale = chunk.moduleIds.map(localeOf).find(Boolean);
  if (locale) return `the ${locale} messages (loaded by a page or field in ${locale})`;
  if (chunk.moduleIds.some(isTraditional))
    return 'simplified → traditional, Taiwan forms (exceptions to the table above)';
  if (chunk.moduleIds.some(isSchema))
    return 'zod and the rule-set schema (loaded only for a rule set the hand-written check is not sure of: to decide, and to word what is wrong)';
  // The elements import the engine through their own narrow module (what a field calls).
  if (id.includes('packages/precheck') || id.includes('elements/src/internal/precheck'))
    return 'the engine (@mingzheng/precheck)';
  if (chunk.moduleIds.some(isNameRuleSet)) return 'the default rule set, name projection (@mingzheng/rules-cn/name)';
  if (chunk.moduleIds.some(isWholeRuleSet)) return 'the default rule set, whole (@mingzheng/rules-cn)';
  if (id.includes('packages/rules-cn')) return 'the default rule set’s decoder (@mingzheng/rules-cn)';
  return id.replace(REPO_ROOT, '') || chunk.fileName;
}

/** The default rule set's name projection, which a page with name fields only loads. */
const isNameRuleSet = (id: string) => /rules-cn\/src\/(name\.ts|ruleset\.name\.compact\.json)/.test(id);
/** The whole default rule set, which a page with a profile editor loads (its name fields too). */
const isWholeRuleSet = (id: string) => /rules-cn\/src\/(index\.ts|ruleset\.compact\.json)/.test(id);

/** zod's schema: createEngine loads it only where the hand-written check of a document is not sure. */
const isSchema = (id: string) => /precheck\/src\/rules\/schema\.ts$/.test(id);

/** The converter that only a zh-TW message naming a rule-set term loads. */
const isTraditional = (id: string) => id.includes('precheck/src/dictionaries/traditional');

/** The message catalogs other than zh-CN, loaded by a page (or field) in their locale only. */
const localeOf = (id: string) => /precheck\/src\/messages\/(en|zh-TW)\.ts$/.exec(id)?.[1];

export interface ComponentSizes {
  /** The page itself, loaded at once. */
  initial: ChunkSize[];
  /**
   * Loaded lazily by every page (zh-CN, en; zh-TW too): engine, rule set, dictionaries. The page
   * with mz-name-field alone loads the rule set's name projection, not the whole (DESIGN.md's budget).
   */
  lazy: ChunkSize[];
  /** Loaded lazily only on a zh-TW page, once a message names a term unlike the user's characters. */
  zhTW: ChunkSize[];
  /** Loaded lazily only by a page (or field) in en or zh-TW: that locale's messages. */
  locales: ChunkSize[];
  /** Loaded only for a rule set the hand-written check is not sure of (never for the default one): zod. */
  onDemand: ChunkSize[];
}

export interface ComponentResult extends ComponentSizes {
  keystroke: { samples: number; medianMs: number; p95Ms: number; maxMs: number; crossOriginIsolated: boolean };
}

type Output = Rolldown.OutputChunk | Rolldown.OutputAsset;

async function buildPage(entry: string, outDir: string): Promise<Output[]> {
  const result = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'silent',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: join(REPO_ROOT, entry), output: { entryFileNames: 'page.js' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: Output[] }[];
  return outputs.flatMap((o) => o.output);
}

const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/**
 * The entry and what it imports statically; every other chunk is loaded lazily, by every page or,
 * for the simplified → traditional converter, only by a zh-TW page whose message names a term.
 */
function split(outputs: Output[], unused: (id: string) => boolean = isWholeRuleSet): ComponentSizes {
  const chunks = new Map(
    outputs.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const size = (chunk: Rolldown.OutputChunk): ChunkSize => ({
    name: chunk.fileName,
    label: labelOf(chunk),
    gzipBytes: gzip(chunk.code),
  });
  // The rule set this page does not load (the field's page: the whole; the editor's: the projection).
  const lazy = [...chunks.values()].filter((chunk) => !initial.has(chunk.fileName) && !chunk.moduleIds.some(unused));
  const zhTW = (chunk: Rolldown.OutputChunk) => chunk.moduleIds.some(isTraditional);
  const locale = (chunk: Rolldown.OutputChunk) => chunk.moduleIds.some(localeOf);
  const schema = (chunk: Rolldown.OutputChunk) => chunk.moduleIds.some(isSchema);
  return {
    initial: [...initial].map((fileName) => size(chunks.get(fileName) as Rolldown.OutputChunk)),
    lazy: lazy.filter((chunk) => !zhTW(chunk) && !locale(chunk) && !schema(chunk)).map(size),
    zhTW: lazy.filter(zhTW).map(size),
    locales: lazy.filter(locale).map(size),
    onDemand: lazy.filter(schema).map(size),
  };
}

async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    try {
      if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw new Error('not found');
      const type = extname(file) === '.html' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
      // Cross-origin isolated, so performance.now() has 5 µs steps instead of 100 µs.
      response
        .writeHead(200, {
          'content-type': type,
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        })
        .end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** The gzip sizes of the page's chunks, initial and lazy (a production build; nothing is run). */
export async function measureComponentSizes(): Promise<ComponentSizes> {
  const work = mkdtempSync(join(tmpdir(), 'mingzheng-components-'));
  try {
    return split(await buildPage('scripts/bench/component-size-entry.ts', join(work, 'size')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The same for a page with mz-profile-editor, which checks every field: engine, the whole default
 * rule set and dictionaries (not budgeted; reported beside the name field's page).
 */
export async function measureEditorSizes(): Promise<ComponentSizes> {
  const work = mkdtempSync(join(tmpdir(), 'mingzheng-components-'));
  try {
    // Not counted either: the image reader, loaded only once an avatar or cover is chosen.
    return split(
      await buildPage('scripts/bench/component-size-editor-entry.ts', join(work, 'size')),
      (id) => isNameRuleSet(id) || id.includes('elements/src/image-text/') || id.includes('precheck/src/image'),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function runComponentBench(
  names: readonly string[],
  log: (message: string) => void,
): Promise<ComponentResult> {
  const work = mkdtempSync(join(tmpdir(), 'mingzheng-components-'));
  try {
    const sizes = split(await buildPage('scripts/bench/component-size-entry.ts', join(work, 'size')));
    const pageDir = join(work, 'page');
    await buildPage('scripts/bench/component-entry.ts', pageDir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(pageDir, 'index.html'),
      '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>keystrokes</title>' +
        '<mz-name-field label="账号名称"></mz-name-field><script type="module" src="/page.js"></script></html>',
    );
    const server = await serve(pageDir);
    const executablePath = chromePath();
    if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROME_PATH.');
    const browser = await chromium.launch({ executablePath, args: chromeArgs });
    try {
      const page = await browser.newPage();
      page.on('pageerror', (error) => log(`components: page error: ${error.message}`));
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.runKeystrokes === 'function');
      const { samples, checks } = await page.evaluate(([texts, rounds]) => window.runKeystrokes(texts, rounds), [
        names,
        3,
      ] as const);
      // Every timed keystroke must have been checked, or the figures would time nothing.
      if (checks < samples.length) throw new Error(`only ${checks} checks for ${samples.length} keystrokes`);
      const sorted = [...samples].sort((a, b) => a - b);
      const keystroke = {
        crossOriginIsolated: await page.evaluate(() => window.crossOriginIsolated),
        samples: sorted.length,
        medianMs: percentile(sorted, 0.5),
        p95Ms: percentile(sorted, 0.95),
        maxMs: sorted[sorted.length - 1] ?? 0,
      };
      log(
        `components: initial ${sizes.initial.reduce((s, c) => s + c.gzipBytes, 0)} B gzip, keystroke median ${keystroke.medianMs.toFixed(2)} ms p95 ${keystroke.p95Ms.toFixed(2)} ms over ${keystroke.samples}`,
      );
      return { ...sizes, keystroke };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
