/**
 * Browser/Node parity: the same vectors and rule sets give byte-identical verdict JSON in Node and
 * in Chromium. The browser side is served by Vite from the same TypeScript sources.
 */
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';
import { computeVerdicts } from './compute.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('verdict parity between Node and Chromium', function () {
  // The first page load has Vite pre-bundle the dictionaries.
  this.timeout(120_000);
  let server: ViteDevServer;
  before(async () => {
    server = await createServer({
      root,
      logLevel: 'error',
      server: { port: 0, host: '127.0.0.1', hmr: false },
      optimizeDeps: { entries: ['test/parity/index.html'] },
    });
    await server.listen();
  });
  after(async () => {
    await server?.close();
  });

  it('gives byte-identical verdict JSON for every shared vector', async () => {
    const inNode = await computeVerdicts();
    const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    try {
      const page = await browser.newPage();
      const address = server.resolvedUrls?.local[0] ?? '';
      await page.goto(new URL('test/parity/index.html', address).href);
      await page.waitForFunction(() => 'verdicts' in window || 'verdictError' in window, undefined, {
        timeout: 60_000,
      });
      const { verdicts, verdictError } = await page.evaluate(() => ({
        verdicts: (window as unknown as { verdicts?: string }).verdicts,
        verdictError: (window as unknown as { verdictError?: string }).verdictError,
      }));
      expect(verdictError).to.equal(undefined);
      const inBrowser = verdicts ?? '';
      if (inBrowser !== inNode) {
        const node = JSON.parse(inNode) as unknown[];
        const chromiumResults = JSON.parse(inBrowser) as unknown[];
        const first = node.findIndex((result, i) => JSON.stringify(result) !== JSON.stringify(chromiumResults[i]));
        expect(chromiumResults[first], `first difference at result ${first}`).to.deep.equal(node[first]);
      }
      expect(inBrowser).to.equal(inNode);
      expect(JSON.parse(inNode)).to.have.length.greaterThan(100);
    } finally {
      await browser.close();
    }
  });
});
