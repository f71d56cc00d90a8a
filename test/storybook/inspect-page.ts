/**
 * Opens one page in Chromium and reports what a visitor would be hurt by: console errors,
 * uncaught exceptions, Storybook's error display, and axe-core violations.
 */
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  pageErrors: string[];
  renderError?: string;
  axeViolations: string[];
}

export function hasProblems(problems: PageProblems): boolean {
  return (
    problems.consoleErrors.length > 0 ||
    problems.failedRequests.length > 0 ||
    problems.pageErrors.length > 0 ||
    problems.renderError !== undefined ||
    problems.axeViolations.length > 0
  );
}

/** Opens `url`, waits until Storybook rendered it (or showed an error), then audits it. */
export async function inspectPage(
  browser: Pick<BrowserContext, 'newPage'>,
  url: string,
  rootSelector = '#storybook-root',
): Promise<PageProblems> {
  const page = await browser.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], pageErrors: [], axeViolations: [] };
  page.on('console', (message) => {
    // A failed load is reported with its URL below; Chromium's console line for it has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.consoleErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((c) => document.body.classList.contains(c)),
      undefined,
      { timeout: 15_000 },
    );
    const shown = await page.evaluate(() => ({
      error:
        document.body.classList.contains('sb-show-errordisplay') ||
        document.body.classList.contains('sb-show-nopreview'),
      message: document.querySelector('#error-message')?.textContent ?? '',
    }));
    if (shown.error) problems.renderError = shown.message.trim() || 'Storybook showed its error display';
    // Let custom elements finish their first update before auditing.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (selector) => {
      type AxeResult = { violations: { id: string; help: string; nodes: unknown[] }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResult> } }).axe;
      // Storybook's a11y addon may be running axe on the story already; wait for it to finish.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await axe.run(document.querySelector(selector) ?? document);
          return result.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})`,
          );
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }, rootSelector);
    problems.axeViolations.push(...violations);
  } finally {
    await page.close();
  }
  return problems;
}
