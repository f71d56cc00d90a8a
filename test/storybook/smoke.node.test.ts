/**
 * Storybook smoke test: builds Storybook, then opens every story and docs page in Chromium and
 * fails on any console error, uncaught exception, render error or axe violation; then compares
 * every story, light and dark × zh-CN, zh-TW and en, with its committed screenshots (visual.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';
import { hasProblems, inspectPage } from './inspect-page.js';
import { type StaticServer, serveDirectory } from './static-server.js';
import {
  baselineDir,
  capture,
  compareWithBaseline,
  LOCALES,
  newVisualContext,
  openPreview,
  THEMES,
  updating,
} from './visual.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outputDir = join(root, 'storybook-static');

const build = spawnSync(
  join(root, 'node_modules/.bin/storybook'),
  ['build', '--disable-telemetry', '--quiet', '--output-dir', outputDir],
  { cwd: root, encoding: 'utf8' },
);
if (build.status !== 0) throw new Error(`storybook build failed:\n${build.stdout}\n${build.stderr}`);

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const entries = Object.values(index.entries);

let browser: Browser;
/** One context for every page, so the HTTP cache keeps Storybook's bundles between stories. */
let context: BrowserContext;

before(async () => {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROME_PATH.');
  browser = await chromium.launch({ executablePath, args: chromeArgs });
  context = await browser.newContext();
});

after(async () => {
  await browser?.close();
});

describe('Storybook: every story and docs page', () => {
  let server: StaticServer;
  before(async () => {
    server = await serveDirectory(outputDir);
  });
  after(async () => {
    await server?.close();
  });

  it('has stories to open', () => {
    expect(entries.filter((entry) => entry.type === 'story')).to.not.be.empty;
  });

  for (const entry of entries) {
    it(`${entry.title} › ${entry.name} (${entry.type}) opens cleanly`, async () => {
      const problems = await inspectPage(context, `${server.url}/iframe.html?id=${entry.id}&viewMode=${entry.type}`);
      expect(problems).to.deep.equal({ consoleErrors: [], failedRequests: [], pageErrors: [], axeViolations: [] });
    });
  }
});

describe('Storybook: every story looks as its committed screenshots', () => {
  let server: StaticServer;
  let page: Page;
  const stories = entries.filter((entry) => entry.type === 'story');
  before(async () => {
    server = await serveDirectory(outputDir);
    page = await (await newVisualContext(browser)).newPage();
  });
  after(async () => {
    await page?.context().close();
    await server?.close();
    // An update also drops the baselines of stories that no longer exist.
    if (updating) {
      const ids = new Set(stories.map((entry) => entry.id));
      for (const dir of readdirSync(baselineDir)) {
        if (!ids.has(dir)) rmSync(join(baselineDir, dir), { recursive: true, force: true });
      }
    }
  });

  for (const theme of THEMES) {
    for (const locale of LOCALES) {
      it(`every story, ${theme}, ${locale}`, async function () {
        this.timeout(stories.length * 15_000);
        const problems: string[] = [];
        await openPreview(page, server.url, stories[0]?.id ?? '', theme, locale);
        for (const entry of stories) {
          const { problem } = compareWithBaseline(await capture(page, entry.id), entry.id, theme, locale);
          if (problem) problems.push(problem);
        }
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

describe('the smoke check itself', () => {
  let server: StaticServer;
  const fixture = (name: string) => `${server.url}/${name}.html`;
  before(async () => {
    server = await serveDirectory(fileURLToPath(new URL('./fixtures', import.meta.url)));
  });
  after(async () => {
    await server?.close();
  });

  it('passes a clean page', async () => {
    expect(hasProblems(await inspectPage(context, fixture('clean')))).to.equal(false);
  });

  it('catches a story that throws', async () => {
    const problems = await inspectPage(context, fixture('throws'));
    expect(problems.pageErrors.join()).to.contain('story failed on purpose');
  });

  it('catches a console error', async () => {
    const problems = await inspectPage(context, fixture('console-error'));
    expect(problems.consoleErrors).to.deep.equal(['something went wrong']);
  });

  it('catches an axe violation', async () => {
    const problems = await inspectPage(context, fixture('unlabelled'));
    expect(problems.axeViolations.join()).to.contain('label');
  });
});
