/**
 * Vite apps in Chromium, as a user meets them: each app is built with Vite for production into a
 * temporary folder, served from loopback and opened with playwright-core. Used by the example apps'
 * tests and by the framework fixtures' (test/frameworks).
 *
 *   serveApps({ react: 'examples/react/vite.config.ts', … })   in a describe block
 *     before     ─▶ one Chromium; every app built (in parallel) and served
 *     open(app)  ─▶ a new page at the app, collecting uncaught and console errors
 *     afterEach  ─▶ the test's pages closed
 *     after      ─▶ Chromium closed, servers stopped, builds removed
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';
import { type StaticServer, serveDirectory } from '../storybook/static-server.ts';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface OpenPage {
  page: Page;
  /** Uncaught errors and console errors of the page. */
  errors: string[];
}

export interface OpenOptions {
  /** Runs on the new page before it navigates to the app (e.g. `page.route()` to hold a request). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

export interface ServedApps<App extends string> {
  /** A new page showing `app`, closed after the test. */
  open(app: App, options?: OpenOptions): Promise<OpenPage>;
}

/**
 * Builds and serves the apps (by name: their `vite.config.ts`, relative to the repository root)
 * for the tests of the calling `describe` block, and registers the hooks that clean up after them.
 */
export function serveApps<App extends string>(configFiles: Readonly<Record<App, string>>): ServedApps<App> {
  let outDir: string | undefined;
  let browser: Browser | undefined;
  const servers = new Map<App, StaticServer>();
  const pages: Page[] = [];

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzheng-apps-'));
    outDir = dir;
    const launch = chromium.launch({ executablePath: chromePath(), args: chromeArgs }).then((launched) => {
      browser = launched;
    });
    const builds = (Object.entries(configFiles) as [App, string][]).map(async ([app, configFile]) => {
      await build({
        configFile: isAbsolute(configFile) ? configFile : join(root, configFile),
        logLevel: 'silent',
        // Chromium has module preloading: the polyfill (which Vite cannot resolve under tsx) is not needed.
        build: { outDir: join(dir, app), emptyOutDir: true, modulePreload: { polyfill: false } },
      });
      servers.set(app, await serveDirectory(join(dir, app)));
    });
    // Everything settles before a failure is reported, so `after` finds all there is to close.
    for (const result of await Promise.allSettled([launch, ...builds])) {
      if (result.status === 'rejected') throw result.reason;
    }
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  after(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
    servers.clear();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  return {
    async open(app, options = {}) {
      const server = servers.get(app);
      if (!browser || !server) throw new Error(`${app} is not being served`);
      const page = await browser.newPage();
      pages.push(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await options.beforeLoad?.(page);
      await page.goto(`${server.url}/`);
      return { page, errors };
    },
  };
}
