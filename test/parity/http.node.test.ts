/**
 * Component/server parity: every shared vector typed into `mz-name-field` in Chromium and posted
 * to the server's `POST /precheck` on loopback gives the same verdict, byte for byte — the
 * browser's advice and the server's decision agree whenever the registry has nothing to add. (The
 * server's answer adds the findings in words after the Verdict's fields.)
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createPrecheckHandler, toNodeListener } from '@mingzheng/server';
import { expect } from 'chai';
import { chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import names from '../../packages/precheck/test/vectors/names.json' with { type: 'json' };
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('verdict parity between the name field in Chromium and the HTTP endpoint', function () {
  this.timeout(120_000);
  let vite: ViteDevServer;
  let api: Server;
  let apiUrl: string;

  before(async () => {
    const handler = createPrecheckHandler();
    await handler.ready();
    api = createHttpServer(toNodeListener(handler));
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    vite = await createServer({
      root,
      logLevel: 'error',
      server: { port: 0, host: '127.0.0.1', hmr: false },
      optimizeDeps: { entries: ['test/parity/components.html'] },
    });
    await vite.listen();
  });

  after(async () => {
    await vite?.close();
    api?.closeAllConnections();
    await new Promise((resolve) => api?.close(resolve));
  });

  it('gives the same verdict JSON for every shared vector', async () => {
    const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    let inBrowser: string[];
    try {
      const page = await browser.newPage();
      await page.goto(new URL('test/parity/components.html', vite.resolvedUrls?.local[0] ?? '').href);
      await page.waitForFunction(() => 'verdicts' in window || 'verdictError' in window, undefined, {
        timeout: 60_000,
      });
      const result = await page.evaluate(() => ({
        verdicts: (window as unknown as { verdicts?: string[] }).verdicts,
        error: (window as unknown as { verdictError?: string }).verdictError,
      }));
      expect(result.error).to.equal(undefined);
      inBrowser = result.verdicts ?? [];
    } finally {
      await browser.close();
    }

    const fromServer: string[] = [];
    for (const vector of names.vectors) {
      const response = await fetch(`${apiUrl}/precheck`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: vector.text }),
      });
      expect(response.status, vector.text).to.equal(200);
      // The answer is the Verdict, byte for byte, then its findings in words (`locale`, `messages`).
      const body = await response.text();
      const words = body.lastIndexOf(',"locale":');
      expect(words, vector.text).to.be.greaterThan(0);
      fromServer.push(`${body.slice(0, words)}}`);
    }

    expect(inBrowser).to.have.length(names.vectors.length);
    names.vectors.forEach((vector, i) => {
      expect(inBrowser[i], `「${vector.text}」`).to.equal(fromServer[i]);
    });
    // Not a vacuous agreement: the vectors include blocks, reviews and passes.
    const verdicts = new Set(fromServer.map((body) => (JSON.parse(body) as { verdict: string }).verdict));
    expect([...verdicts].sort()).to.deep.equal(['block', 'pass', 'review']);
  });
});
