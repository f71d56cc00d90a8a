/**
 * @mingzheng/elements as a user installs it: packed, installed with plain npm into an app outside
 * the workspace that depends on nothing else of ours, built with Vite for production, served from
 * loopback and driven in Chromium. What the elements need at run time (the engine and the default
 * rule set, each a lazy chunk) must come from their own published dependencies: in the workspace
 * every package is linked, so only an app like this one can tell when a tarball leaves one out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';
import { type StaticServer, serveDirectory } from '../storybook/static-server.ts';
import {
  ARTICLE_8_4,
  browserAppTsconfig,
  CHECKED,
  installPacked,
  type PackedApp,
  pageErrors,
  rootVersion,
} from './install.ts';

/** The success message is the field's own. */
const NAME_ACCEPTED = '这个名称可以使用';

const INDEX_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>注册</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <form id="signup">
      <mz-name-field name="nickname" required></mz-name-field>
      <button type="submit">注册</button>
    </form>
    <pre id="submitted"></pre>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

/** Counts what the form did with a submit attempt: submitted (shown in #submitted) or refused (invalid). */
const MAIN_JS = `import '@mingzheng/elements';

const form = document.querySelector('#signup');
window.submitAttempts = { submitted: 0, invalid: 0 };
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.submitAttempts.submitted += 1;
  document.querySelector('#submitted').textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
});
// 'invalid' does not bubble: listen in the capture phase.
form.addEventListener('invalid', () => {
  window.submitAttempts.invalid += 1;
}, true);
`;

/**
 * A TypeScript user of the elements, whose tsconfig sets `source`, a custom condition other
 * projects use too: the published exports must not lead it into our decorated TypeScript sources.
 */
const TSCONFIG = browserAppTsconfig(['types.ts']);

const TYPES_TS = `import '@mingzheng/elements';
import { type MzNameField, MzPrecheckEvent } from '@mingzheng/elements/classes';

const field = document.querySelector<MzNameField>('mz-name-field');
field?.addEventListener('mz-precheck', (event) => {
  if (event instanceof MzPrecheckEvent) console.log(event.verdict.verdict);
});
export const valid: boolean | undefined = field?.reportValidity();
`;

declare global {
  interface Window {
    submitAttempts: { submitted: number; invalid: number };
  }
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Keys of the chunks it imports statically. */
  imports?: string[];
}

describe('@mingzheng/elements installed from its tarball with npm, outside the workspace', function () {
  this.timeout(60_000);
  let app: PackedApp | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let manifest: Record<string, ManifestChunk> = {};
  const pages: Page[] = [];

  before(async function () {
    // The first install fetches Vite and the elements' dependencies from the registry; later runs
    // take the install from .cache/packed-apps.
    this.timeout(300_000);
    const launch = chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    try {
      app = await installPacked({
        name: 'vanilla',
        packages: ['@mingzheng/elements'],
        registry: { vite: rootVersion('vite'), typescript: rootVersion('typescript') },
        files: { 'index.html': INDEX_HTML, 'main.js': MAIN_JS, 'tsconfig.json': TSCONFIG, 'types.ts': TYPES_TS },
      });
      await app.exec('vite', ['build', '--manifest', '--logLevel', 'warn']);
      manifest = JSON.parse(readFileSync(join(app.dir, 'dist', '.vite', 'manifest.json'), 'utf8'));
      server = await serveDirectory(join(app.dir, 'dist'));
    } finally {
      // Closed in `after` even when the install failed.
      browser = await launch;
    }
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    app?.remove();
  });

  /** A new page at the app, with every request it makes (paths, in order) and its errors. */
  async function open(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    if (!browser || !server) throw new Error('the app is not being served');
    const page = await browser.newPage();
    pages.push(page);
    const requests: string[] = [];
    const errors = pageErrors(page);
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/`);
    return { page, requests, errors };
  }

  const nameInput = (page: Page) => page.locator('mz-name-field input');
  const feedback = (page: Page) => page.locator('mz-name-field [part="feedback"]');

  /**
   * Waits until the field's feedback says `text`. If it never does, the failure says what the
   * field showed instead and what went wrong in the page (a chunk that did not load, say).
   */
  async function expectFeedback(page: Page, errors: readonly string[], text: string): Promise<void> {
    try {
      await feedback(page).filter({ hasText: text }).waitFor(CHECKED);
    } catch (error) {
      const shown = (await feedback(page).allTextContents()).join(' ').trim();
      const valid = await page.evaluate(() => document.querySelector('mz-name-field')?.validity.valid);
      throw new Error(
        `The field never showed "${text}". It showed ${shown ? `"${shown}"` : 'no feedback'} and ` +
          `validity.valid is ${valid}. Errors in the page: ${errors.length ? errors.join(' | ') : 'none'}.`,
        { cause: error },
      );
    }
  }
  const submitButton = (page: Page) => page.getByRole('button', { name: '注册' });

  /** Presses the submit button and waits until the form has either submitted or refused. */
  async function attemptSubmit(page: Page): Promise<{ submitted: number; invalid: number }> {
    const before = await page.evaluate(() => ({ ...window.submitAttempts }));
    await submitButton(page).click();
    await page.waitForFunction(
      ({ submitted, invalid }) => window.submitAttempts.submitted + window.submitAttempts.invalid > submitted + invalid,
      before,
    );
    return page.evaluate(
      ({ submitted, invalid }) => ({
        submitted: window.submitAttempts.submitted - submitted,
        invalid: window.submitAttempts.invalid - invalid,
      }),
      before,
    );
  }

  it('type-checks in a TypeScript project whose tsconfig sets customConditions ["source"]', async () => {
    if (!app) throw new Error('the app did not install');
    const { exec } = app;
    await app.once('tsc', () => exec('tsc', ['-p', 'tsconfig.json']));
  });

  it('shows the Art. 8(4) error for 新华社 once the user leaves the field, and the form does not submit', async () => {
    const { page, errors } = await open();
    await nameInput(page).pressSequentially('新华社');
    await page.keyboard.press('Tab');
    await expectFeedback(page, errors, ARTICLE_8_4);
    expect(await page.evaluate(() => document.querySelector('mz-name-field')?.validity.valid)).to.equal(false);

    expect(await attemptSubmit(page)).to.deep.equal({ submitted: 0, invalid: 1 });
    expect(await page.locator('#submitted').textContent()).to.equal('');
    expect(errors).to.deep.equal([]);
  });

  it('submits a clean name (风吹麦浪) once 新华社 is replaced', async () => {
    const { page, errors } = await open();
    await nameInput(page).pressSequentially('新华社');
    await page.keyboard.press('Tab');
    await expectFeedback(page, errors, ARTICLE_8_4);

    await nameInput(page).clear();
    await nameInput(page).pressSequentially('风吹麦浪');
    await expectFeedback(page, errors, NAME_ACCEPTED);
    expect(await page.evaluate(() => document.querySelector('mz-name-field')?.validity.valid)).to.equal(true);

    expect(await attemptSubmit(page)).to.deep.equal({ submitted: 1, invalid: 0 });
    expect(JSON.parse((await page.locator('#submitted').textContent()) ?? '')).to.deep.equal({ nickname: '风吹麦浪' });
    expect(errors).to.deep.equal([]);
  });

  it('loads the engine and the default rule set as chunks of their own, requested after the page', async () => {
    const chunkOf = (pkg: string, file = 'index.js') =>
      Object.values(manifest).find((chunk) => chunk.src === `node_modules/${pkg}/dist/${file}`);
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    // The elements import the engine through a module of their own (only what a field calls:
    // dist/chunks/precheck-*.js), whose static imports pull in @mingzheng/precheck itself.
    const engine = Object.values(manifest).find(
      (chunk) =>
        chunk.isDynamicEntry && /^node_modules\/@mingzheng\/elements\/dist\/chunks\/precheck-/.test(chunk.src ?? ''),
    );
    // A page with name fields only loads the default rule set's projection on the name field.
    const ruleSet = chunkOf('@mingzheng/rules-cn', 'name.js');
    const whole = chunkOf('@mingzheng/rules-cn');
    expect(entry, 'the entry chunk').to.not.equal(undefined);
    expect(engine, 'the engine is a lazy chunk').to.not.equal(undefined);
    const closure = (chunk: ManifestChunk | undefined, seen = new Set<string>()): Set<string> => {
      for (const key of chunk?.imports ?? []) {
        if (!seen.has(key)) {
          seen.add(key);
          closure(manifest[key], seen);
        }
      }
      return seen;
    };
    const atOnce = new Set([...closure(entry)].map((key) => manifest[key]?.file));
    expect(atOnce.has(engine?.file), 'the engine is not loaded with the page').to.equal(false);
    expect(ruleSet?.isDynamicEntry, 'the default rule set is a lazy chunk').to.equal(true);
    if (!entry || !engine || !ruleSet) return;
    expect(new Set([entry.file, engine.file, ruleSet.file]).size).to.equal(3);
    // Not preloaded by the page either: the HTML names only the entry.
    const html = readFileSync(join(app?.dir ?? '', 'dist', 'index.html'), 'utf8');
    expect(html).to.include(entry.file);
    expect(html).not.to.include(engine.file).and.not.to.include(ruleSet.file);

    const { page, requests, errors } = await open();
    await nameInput(page).pressSequentially('风吹麦浪');
    await page.waitForFunction(
      () => document.querySelector('mz-name-field')?.currentVerdict?.verdict === 'pass',
      undefined,
      CHECKED,
    );
    const position = (file: string) => requests.indexOf(`/${file}`);
    expect(requests[0], 'the page comes first').to.equal('/');
    expect(position(entry.file)).to.be.greaterThan(0);
    expect(position(engine.file), 'the engine, after the entry').to.be.greaterThan(position(entry.file));
    expect(position(ruleSet.file), 'the rule set, after the entry').to.be.greaterThan(position(entry.file));
    for (const file of [engine.file, ruleSet.file]) {
      expect(
        requests.filter((path) => path === `/${file}`),
        file,
      ).to.have.length(1);
    }
    if (whole) expect(requests, 'the whole rule set is not fetched').not.to.include(`/${whole.file}`);
    expect(errors).to.deep.equal([]);
  });
});
