/**
 * The components under a strict Content-Security-Policy: no inline scripts or styles, no eval.
 * A production build (Vite) of a page with every element is served on loopback with the policy as
 * a header; Chromium reports any violation as a console error and a securitypolicyviolation event.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { type Browser, chromium } from 'playwright-core';
import { build, defaultClientConditions } from 'vite';
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

describe('components under a strict Content-Security-Policy', function () {
  this.timeout(120_000);
  let dir: string;
  let server: Server;
  let url: string;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mingzheng-csp-'));
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      resolve: { conditions: ['source', ...defaultClientConditions] },
      build: {
        outDir: dir,
        emptyOutDir: true,
        modulePreload: false,
        rolldownOptions: { input: join(root, 'test/csp/entry.ts'), output: { entryFileNames: 'page.js' } },
      },
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>CSP</title>' +
        '<form><mz-name-field name="nickname" label="账号名称"></mz-name-field><button>注册</button></form>' +
        '<mz-profile-editor></mz-profile-editor><script type="module" src="/page.js"></script></html>',
    );
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = normalize(join(dir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(dir + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
        response.writeHead(404).end();
        return;
      }
      response
        .writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': POLICY,
        })
        .end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders, checks a name and shows the finding without a single violation', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const input = page.locator('form > mz-name-field input');
    await input.click();
    await input.pressSequentially('新华社');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => {
      const field = document.querySelector('form > mz-name-field');
      return field?.shadowRoot?.textContent?.includes('第八条') ?? false;
    });
    const feedback = await page.evaluate(
      () => document.querySelector('form > mz-name-field')?.shadowRoot?.textContent ?? '',
    );
    expect(feedback).to.contain('新华社');
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    await page.close();
  });
});
