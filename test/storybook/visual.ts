/**
 * Visual regression of the stories: every story in light and dark × zh-CN, zh-TW and en, captured
 * in Chromium from the built Storybook and compared with the baselines committed under
 * test/storybook/screenshots/. `pnpm update-screenshots` writes new baselines.
 *
 * Stable on a busy machine: a fixed viewport and device scale, reduced motion, the caret hidden and
 * animations stopped; a capture waits for Storybook to finish the story (its play function too),
 * for every element to finish updating, for the `ready` promise of the fields that check with the
 * engine (name field, profile editor: engine and rule set loaded, image checks done), for images
 * and for fonts — no sleeps. A story whose engine never loads on purpose sets
 * `parameters: { visual: { ready: false } }`; one that opens the browser's validation bubble sets
 * `parameters: { visual: { blur: true } }`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const baselineDir = join(root, 'test/storybook/screenshots');
/** Where a failing comparison leaves the new capture and the difference image (git-ignored). */
export const diffDir = join(root, '.cache/screenshots-diff');

export const THEMES = ['light', 'dark'] as const;
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Theme = (typeof THEMES)[number];
export type Locale = (typeof LOCALES)[number];

export const VIEWPORT = { width: 800, height: 600 };
/** Colour distance (0–1) under which two pixels count as the same (pixelmatch's `threshold`). */
export const PIXEL_THRESHOLD = 0.1;
/** Share of differing pixels a capture may have before it counts as changed. */
export const MAX_DIFF_RATIO = 0.001;

/** Set by `pnpm update-screenshots`: write the captures as the new baselines instead of comparing. */
export const updating = process.env.MZ_UPDATE_SCREENSHOTS === '1';

export function baselinePath(storyId: string, theme: Theme, locale: Locale): string {
  return join(baselineDir, storyId, `${theme}-${locale}.png`);
}

/** The browser context of the captures. */
export async function newVisualContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string; story?: { parameters?: Parameters } } };
  __STORYBOOK_ADDONS_CHANNEL__?: {
    emit(event: string, payload: unknown): void;
    on(event: string, listener: (payload: { storyId?: string }) => void): void;
  };
  __mzFinished?: string[];
}

interface Parameters {
  /** `ready: false`: the engine never loads on purpose; `blur: true`: take focus away (a native bubble). */
  visual?: { ready?: boolean; blur?: boolean };
}

/**
 * Opens Storybook's preview with the theme and locale globals. Stories are then shown one after the
 * other in this page (as the Storybook UI does), so the bundles and the engine load once.
 */
export async function openPreview(page: Page, baseUrl: string, firstStory: string, theme: Theme, locale: Locale) {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(`${baseUrl}/iframe.html?id=${firstStory}&viewMode=story&globals=theme:${theme};locale:${locale}`, {
    waitUntil: 'load',
  });
  await page.waitForFunction(() => (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__ !== undefined);
  await page.evaluate(() => {
    const preview = window as PreviewWindow;
    preview.__mzFinished = [];
    preview.__STORYBOOK_ADDONS_CHANNEL__?.on('storyFinished', ({ storyId }) =>
      preview.__mzFinished?.push(storyId ?? ''),
    );
  });
  await settle(page, firstStory, false);
}

/** Shows the story in the preview and returns a screenshot once it has settled. */
export async function capture(page: Page, storyId: string): Promise<Buffer> {
  const switched = await page.evaluate((id) => {
    const preview = window as PreviewWindow;
    // The story on show already (the first one) is not rendered again.
    if (preview.__STORYBOOK_PREVIEW__?.currentRender?.id === id) return false;
    preview.__mzFinished = [];
    preview.__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    return true;
  }, storyId);
  await settle(page, storyId, switched);
  return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
}

async function settle(page: Page, storyId: string, switched: boolean): Promise<void> {
  // Storybook has rendered the story and run its play function.
  await page.waitForFunction(
    ({ id, switched }) => {
      const preview = window as PreviewWindow;
      const render = preview.__STORYBOOK_PREVIEW__?.currentRender;
      if (render?.id !== id) return false;
      if (render.phase === 'errored' || render.phase === 'aborted') throw new Error(`${id}: the story ${render.phase}`);
      return render.phase === 'finished' && (!switched || preview.__mzFinished?.includes(id));
    },
    { id: storyId, switched },
    { timeout: 30_000 },
  );
  // No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.
  await page.evaluate(async () => {
    // A story whose engine never loads on purpose says so: `parameters.visual.ready === false`.
    const story = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.story;
    const waitForEngine = story?.parameters?.visual?.ready !== false;
    // The browser's validation bubble is no part of the page and fades on its own timer; taking the
    // focus away closes it.
    if (story?.parameters?.visual?.blur) {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      (active as HTMLElement | null)?.blur();
    }
    for (let round = 0; round < 3; round++) {
      const pending: Promise<unknown>[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let node = roots.pop(); node; node = roots.pop()) {
        for (const element of node.querySelectorAll('*')) {
          const host = element as Element & { updateComplete?: Promise<unknown>; ready?: Promise<unknown> };
          if (host.updateComplete instanceof Promise) pending.push(host.updateComplete);
          if (waitForEngine && host.ready instanceof Promise) pending.push(host.ready);
          if (element instanceof HTMLImageElement && !element.complete) {
            pending.push(
              new Promise((resolve) => {
                element.addEventListener('load', resolve, { once: true });
                element.addEventListener('error', resolve, { once: true });
              }),
            );
          }
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
      }
      await Promise.all(pending);
      await document.fonts.ready;
      // Two frames: what the last updates changed is laid out and painted.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
}

export interface Comparison {
  /** Why the capture does not match, or undefined when it does. */
  problem?: string;
}

/** Compares a capture with its baseline (or writes it as the baseline when updating). */
export function compareWithBaseline(actual: Buffer, storyId: string, theme: Theme, locale: Locale): Comparison {
  const file = baselinePath(storyId, theme, locale);
  if (updating) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || !sameImage(readFileSync(file), actual)) writeFileSync(file, actual);
    return {};
  }
  const name = `${storyId}/${theme}-${locale}`;
  if (!existsSync(file)) return { problem: `${name}: no baseline (run pnpm update-screenshots)` };
  const expected = PNG.sync.read(readFileSync(file));
  const image = PNG.sync.read(actual);
  const keep = (diff?: PNG) => {
    const dir = join(diffDir, storyId);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${theme}-${locale}.actual.png`), actual);
    if (diff) writeFileSync(join(dir, `${theme}-${locale}.diff.png`), PNG.sync.write(diff));
  };
  if (expected.width !== image.width || expected.height !== image.height) {
    keep();
    return {
      problem: `${name}: size ${image.width}×${image.height}, baseline ${expected.width}×${expected.height}`,
    };
  }
  const diff = new PNG({ width: image.width, height: image.height });
  const differing = pixelmatch(expected.data, image.data, diff.data, image.width, image.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const ratio = differing / (image.width * image.height);
  if (ratio <= MAX_DIFF_RATIO) return {};
  keep(diff);
  return {
    problem: `${name}: ${differing} pixels differ (${(ratio * 100).toFixed(2)}%, at most ${MAX_DIFF_RATIO * 100}%); see ${join(diffDir, storyId)}`,
  };
}

/** Whether two PNGs show exactly the same pixels (so an update leaves unchanged baselines alone). */
function sameImage(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true;
  const one = PNG.sync.read(a);
  const other = PNG.sync.read(b);
  return one.width === other.width && one.height === other.height && one.data.equals(other.data);
}
