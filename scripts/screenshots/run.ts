/**
 * Screenshots of the components for docs/components.md: opens stories of the built Storybook in
 * headless Chromium, light and dark, and writes PNGs at twice the pixel density to docs/images/;
 * then the demo page's journey (served by its own Vite config), light and dark.
 *
 *   node --conditions=source --import tsx scripts/screenshots/run.ts [--build]
 *
 * Reuses storybook-static/ when it holds every story below; builds it first when it does not, or
 * with --build (after editing stories or components).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { serveDirectory } from '../../test/storybook/static-server.ts';
import { chromeArgs, chromePath } from '../test/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const storybookDir = join(root, 'storybook-static');
const imagesDir = join(root, 'docs/images');

/** A common Chinese web font stack; on Debian it resolves to DejaVu Sans and WenQuanYi Zen Hei. */
const PAGE_FONT = 'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** The background of the dark stories' wrapper, also given to the page around it. */
const DARK_BACKGROUND = '#141414';

interface Shot {
  /** The PNG's name in docs/images/. */
  file: string;
  /** The story's id in storybook-static/index.json. */
  story: string;
  /** Width of the viewport, CSS pixels: the story's content fills it less the 1rem padding. */
  width: number;
  dark?: boolean;
  /** A selector (pierced into shadow roots with Playwright's CSS engine) to wait for. */
  waitFor?: string;
  /** Storybook globals for the story, e.g. `theme:dark`. */
  globals?: string;
}

const shots: Shot[] = [
  { file: 'account-card-light.png', story: 'components-account-card--full', width: 608 },
  { file: 'account-card-dark.png', story: 'components-account-card--dark', width: 608, dark: true },
  { file: 'account-card-narrow.png', story: 'components-account-card--narrow', width: 352 },
  { file: 'ip-badge-light.png', story: 'components-ip-badge--regions', width: 640 },
  { file: 'ip-badge-dark.png', story: 'components-ip-badge--dark', width: 640, dark: true },
  {
    file: 'ip-badge-tooltip.png',
    story: 'components-ip-badge--tooltip-open',
    width: 400,
    waitFor: '[part="tooltip"]:not([hidden])',
  },
  { file: 'identity-field-light.png', story: 'components-identity-field--all-types', width: 448 },
  { file: 'identity-field-dark.png', story: 'components-identity-field--dark', width: 448, dark: true },
  {
    file: 'profile-editor-light.png',
    story: 'components-profile-editor--with-images',
    width: 576,
    waitFor: '[part="qr-outline"]',
  },
  {
    file: 'profile-editor-dark.png',
    story: 'components-profile-editor--with-images',
    width: 576,
    dark: true,
    globals: 'theme:dark',
    waitFor: '[part="qr-outline"]',
  },
];

function storyIds(): Set<string> {
  const indexFile = join(storybookDir, 'index.json');
  if (!existsSync(indexFile)) return new Set();
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, { id: string }> };
  return new Set(Object.values(index.entries).map((entry) => entry.id));
}

function buildStorybook(): void {
  console.log('Building Storybook…');
  const build = spawnSync(
    join(root, 'node_modules/.bin/storybook'),
    ['build', '--disable-telemetry', '--quiet', '--output-dir', storybookDir],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('storybook build failed');
}

/** Waits until the story is shown, fonts are loaded and every element (also nested ones) has rendered. */
async function settle(page: Page, shot: Shot): Promise<void> {
  await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), undefined, { timeout: 20_000 });
  // No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.
  await page.evaluate(async () => {
    const pending: Promise<unknown>[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        const host = element as Element & { updateComplete?: Promise<unknown>; ready?: Promise<unknown> };
        if (host.updateComplete) pending.push(host.updateComplete);
        if (host.ready instanceof Promise) pending.push(host.ready);
        if (element instanceof HTMLImageElement && !element.complete) {
          pending.push(new Promise((resolve) => element.addEventListener('load', resolve, { once: true })));
        }
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    await Promise.all(pending);
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  if (shot.waitFor) await page.locator(shot.waitFor).first().waitFor({ state: 'visible', timeout: 10_000 });
}

async function take(browser: Browser, baseUrl: string, shot: Shot): Promise<void> {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: 900 },
    deviceScaleFactor: 2,
    colorScheme: shot.dark ? 'dark' : 'light',
    locale: 'zh-CN',
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    // As in the smoke test: a failed load is reported with its URL by the response handler (the
    // browser's own favicon request, which has none, is not a problem of the story).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  try {
    const globals = shot.globals ? `&globals=${shot.globals}` : '';
    await page.goto(`${baseUrl}/iframe.html?id=${shot.story}&viewMode=story${globals}`, { waitUntil: 'load' });
    // The elements inherit the page's font; Storybook's preview sets none, so give it a sans-serif
    // stack as a Chinese site would.
    await page.addStyleTag({ content: `body { font-family: ${PAGE_FONT}; }` });
    await settle(page, shot);
    if (shot.dark) await page.evaluate((color) => (document.body.style.background = color), DARK_BACKGROUND);
    // The story's content, with the page's 1rem padding around it, down to the lowest thing shown
    // (a tooltip hangs below its badge).
    const box = await page.evaluate(() => {
      const story = document.querySelector('#storybook-root') as HTMLElement;
      const padding = Number.parseFloat(getComputedStyle(document.body).paddingInlineStart) || 16;
      let bottom = story.getBoundingClientRect().bottom;
      const roots: (Element | ShadowRoot)[] = [story];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const element of root.querySelectorAll('*')) {
          const rect = element.getBoundingClientRect();
          if (rect.height > 0) bottom = Math.max(bottom, rect.bottom);
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
      }
      const rect = story.getBoundingClientRect();
      return {
        x: Math.max(0, rect.left - padding),
        y: Math.max(0, rect.top - padding),
        width: rect.width + 2 * padding,
        height: bottom - rect.top + 2 * padding,
      };
    });
    if (problems.length > 0) throw new Error(`${shot.story}: ${problems.join('; ')}`);
    await page.screenshot({ path: join(imagesDir, shot.file), clip: box, animations: 'disabled', caret: 'hide' });
    console.log(`docs/images/${shot.file}  (${shot.story}, ${Math.round(box.width)}×${Math.round(box.height)} CSS px)`);
  } finally {
    await page.close();
  }
}

/**
 * The demo page's journey (`npm start`), light and dark: signed up, the profile step with the sample
 * avatar that carries a QR code (outlined and refused), and the public card with a sample IP badge.
 */
async function demoJourney(browser: Browser): Promise<void> {
  const { createServer } = await import('vite');
  const { default: config } = await import('../../demo/vite.config.ts');
  const server = await createServer({
    ...config,
    configFile: false,
    logLevel: 'error',
    server: { ...config.server, port: 0 },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the demo server printed no URL');
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport: { width: 1120, height: 900 },
        deviceScaleFactor: 2,
        colorScheme: scheme,
        locale: 'zh-CN',
      });
      try {
        await page.goto(url);
        await page.locator('#signup mz-name-field input').fill('风吹麦浪');
        await page.locator('#signup mz-identity-field input').fill('13912345678');
        await page.locator('#submit').click();
        await page.locator('#result.pass').waitFor({ timeout: 30_000 });
        await page.locator('#sample-ip').selectOption('14.215.177.38');
        await page.locator('#account-card mz-ip-badge [part="base"]').waitFor();
        await page.locator('#use-sample-qr').click();
        await page.locator('#step-profile [part="qr-outline"]').waitFor({ timeout: 30_000 });
        await page.evaluate(() => document.fonts.ready);
        // The preview column is sticky: from the top of the page it sits beside the first step.
        await page.evaluate(() => window.scrollTo(0, 0));
        const file = `demo-journey-${scheme}.png`;
        await page.screenshot({ path: join(imagesDir, file), fullPage: true, animations: 'disabled', caret: 'hide' });
        console.log(`docs/images/${file}  (demo page, after sign-up, with the QR-code avatar)`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await server.close();
  }
}

const ids = storyIds();
if (process.argv.includes('--build') || shots.some((shot) => !ids.has(shot.story))) buildStorybook();
const missing = shots.filter((shot) => !storyIds().has(shot.story));
if (missing.length > 0) throw new Error(`No such stories: ${missing.map((shot) => shot.story).join(', ')}`);

const executablePath = chromePath();
if (!executablePath) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROME_PATH.');

mkdirSync(imagesDir, { recursive: true });
const server = await serveDirectory(storybookDir);
const browser = await chromium.launch({ executablePath, args: chromeArgs });
try {
  for (const shot of shots) await take(browser, server.url, shot);
  await demoJourney(browser);
} finally {
  await browser.close();
  await server.close();
}
