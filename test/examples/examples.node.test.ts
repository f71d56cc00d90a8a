/**
 * The example apps (examples/html, examples/react, examples/vue) in Chromium, as a user meets them:
 * each is built with Vite for production into a temporary folder, served from loopback and driven
 * with playwright-core. The name field reaches a verdict with the default rule set (loaded lazily),
 * React state and Vue's v-model follow the typing, and a submitted form carries name and phone.
 */
import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import { serveApps } from './vite-apps.ts';

/** The first check of a page waits for the engine and the default rule set to load. */
const CHECKED = { timeout: 30_000 };

/** The 8.4 message (news media) names its article; the success message is the field's own. */
const ARTICLE_8_4 = '第八条第（四）项';
const NAME_ACCEPTED = '这个名称可以使用';

describe('the example apps in Chromium', function () {
  this.timeout(120_000);
  const { open } = serveApps({
    html: 'examples/html/vite.config.ts',
    react: 'examples/react/vite.config.ts',
    vue: 'examples/vue/vite.config.ts',
  });

  const nameInput = (page: Page) => page.locator('mz-name-field input');
  const phoneInput = (page: Page) => page.locator('mz-identity-field input');
  const nameFeedback = (page: Page, text: string) => page.locator('mz-name-field [part="feedback"]', { hasText: text });

  /** The verdict the name field shows, once it has one. */
  async function shownVerdict(page: Page, expected: 'pass' | 'review' | 'block'): Promise<string[]> {
    await page.waitForFunction(
      (verdict) => document.querySelector('mz-name-field')?.currentVerdict?.verdict === verdict,
      expected,
      CHECKED,
    );
    return page.evaluate(
      () => document.querySelector('mz-name-field')?.currentVerdict?.findings.map((finding) => finding.article) ?? [],
    );
  }

  /**
   * 新华社 is the news agency's name (8.4); 风吹麦浪 is an ordinary nickname. With `state`, the page's
   * own rendering of the name and its verdict (framework state) follows as well.
   */
  async function expectNameChecks(page: Page, state?: Locator): Promise<void> {
    await nameInput(page).fill('新华社');
    await state?.filter({ hasText: '新华社' }).filter({ hasText: 'block' }).waitFor(CHECKED);
    // The feedback shows once the user leaves the field (then on every input).
    await phoneInput(page).focus();
    await nameFeedback(page, ARTICLE_8_4).waitFor(CHECKED);
    expect(await shownVerdict(page, 'block')).to.include('8.4');
    await nameInput(page).fill('风吹麦浪');
    await state?.filter({ hasText: '风吹麦浪' }).filter({ hasText: 'pass' }).waitFor(CHECKED);
    await nameFeedback(page, NAME_ACCEPTED).waitFor(CHECKED);
    expect(await shownVerdict(page, 'pass')).to.deep.equal([]);
  }

  /** Fills both fields with valid values, submits, and reads what the page says was submitted. */
  async function submitValidForm(page: Page): Promise<unknown> {
    await nameInput(page).fill('风吹麦浪');
    await phoneInput(page).pressSequentially('13800138000');
    await shownVerdict(page, 'pass');
    await page.getByRole('button', { name: '注册' }).click();
    const submitted = page.locator('#submitted', { hasText: 'nickname' });
    await submitted.waitFor(CHECKED);
    return JSON.parse((await submitted.textContent()) ?? '');
  }

  describe('plain HTML', () => {
    it('checks the name: 新华社 shows the 8.4 error, 风吹麦浪 is accepted', async () => {
      const { page, errors } = await open('html');
      await expectNameChecks(page);
      expect(errors).to.deep.equal([]);
    });

    it('submits name and phone in the form data', async () => {
      const { page, errors } = await open('html');
      expect(await submitValidForm(page)).to.deep.equal({ nickname: '风吹麦浪', phone: '13800138000' });
      expect(errors).to.deep.equal([]);
    });

    it('does not submit a blocked name, and says why', async () => {
      const { page } = await open('html');
      await nameInput(page).fill('新华社');
      await phoneInput(page).pressSequentially('13800138000');
      await shownVerdict(page, 'block');
      await page.getByRole('button', { name: '注册' }).click();
      await nameFeedback(page, ARTICLE_8_4).waitFor(CHECKED);
      expect(await page.locator('#submitted').textContent()).to.equal('');
    });
  });

  describe('React 19', () => {
    it('keeps the name and its verdict in React state through onInput and onMzPrecheck', async () => {
      const { page, errors } = await open('react');
      await expectNameChecks(page, page.locator('#name-state'));
      expect(errors).to.deep.equal([]);
    });

    it('submits name and phone in the form data', async () => {
      const { page, errors } = await open('react');
      expect(await submitValidForm(page)).to.deep.equal({ nickname: '风吹麦浪', phone: '13800138000' });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('Vue 3', () => {
    const modelState = (page: Page) => page.locator('#model-state');

    it('updates v-model as the user types, and the verdict through @mz-precheck', async () => {
      const { page, errors } = await open('vue');
      await expectNameChecks(page, modelState(page));
      await phoneInput(page).pressSequentially('13800138000');
      await modelState(page).filter({ hasText: '风吹麦浪 13800138000 pass' }).waitFor(CHECKED);
      expect(errors).to.deep.equal([]);
    });

    /**
     * Composes 风吹 and commits 风吹麦浪 through Chromium's own IME path (Input.imeSetComposition,
     * then Input.insertText: the last `input` comes with isComposing true BEFORE compositionend).
     * Nothing composed reaches v-model. `between` runs while the composition is under way.
     */
    async function commitThroughIme(page: Page, between: () => Promise<unknown> = async () => {}): Promise<void> {
      await nameInput(page).focus();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'fengchui', selectionStart: 8, selectionEnd: 8 });
      await cdp.send('Input.imeSetComposition', { text: '风吹', selectionStart: 2, selectionEnd: 2 });
      // Vue renders a model change in a microtask: by the time this evaluation returns it would show.
      const composing = await page.evaluate(() => document.querySelector('#model-state')?.textContent ?? '');
      expect(composing).not.to.match(/feng|风吹/);
      await between();
      await cdp.send('Input.insertText', { text: '风吹麦浪' });
    }

    /** Records the name each `mz-precheck` was for (the verdict alone cannot tell 风吹麦浪's pass from the empty name's). */
    async function recordChecks(page: Page): Promise<void> {
      await page.evaluate(() => {
        const field = document.querySelector('mz-name-field');
        const checked: string[] = [];
        Object.assign(window, { checked });
        field?.addEventListener('mz-precheck', () => checked.push(field.value));
      });
    }

    /** v-model has the committed text, and the verdict shown was computed for it. */
    async function expectCommitChecked(page: Page): Promise<void> {
      await modelState(page).filter({ hasText: '风吹麦浪' }).filter({ hasText: 'pass' }).waitFor(CHECKED);
      await page.waitForFunction(
        () => (window as unknown as { checked: string[] }).checked.includes('风吹麦浪'),
        undefined,
        CHECKED,
      );
    }

    /** Opens the Vue app with the engine's dictionaries held back until `release()`. */
    async function openWithEngineHeld() {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let held = () => {};
      const holding = new Promise<void>((resolve) => {
        held = resolve;
      });
      const { page } = await open('vue', {
        beforeLoad: (page) =>
          page.route('**/assets/pinyin.data-*.js', async (route) => {
            held();
            await released;
            await route.continue();
          }),
      });
      await holding;
      return { page, release };
    }

    const engineReady = (page: Page) => page.evaluate(() => document.querySelector('mz-name-field')?.ready);

    // Whenever the engine arrives (before, during or after the composition), the commit is checked.
    it('takes into v-model the text an IME commits, and checks it: engine loaded before the composition', async () => {
      const { page } = await open('vue');
      await engineReady(page);
      await recordChecks(page);
      await commitThroughIme(page);
      await expectCommitChecked(page);
    });

    it('takes into v-model the text an IME commits, and checks it: engine arriving during the composition', async () => {
      const { page, release } = await openWithEngineHeld();
      await recordChecks(page);
      await commitThroughIme(page, async () => {
        release();
        await engineReady(page);
      });
      await expectCommitChecked(page);
    });

    it('takes into v-model the text an IME commits, and checks it: engine arriving after the commit', async () => {
      const { page, release } = await openWithEngineHeld();
      await recordChecks(page);
      await commitThroughIme(page);
      expect(await page.evaluate(() => document.querySelector('mz-name-field')?.currentVerdict)).to.equal(undefined);
      release();
      await expectCommitChecked(page);
    });

    it('submits name and phone in the form data', async () => {
      const { page, errors } = await open('vue');
      expect(await submitValidForm(page)).to.deep.equal({ nickname: '风吹麦浪', phone: '13800138000' });
      expect(errors).to.deep.equal([]);
    });
  });
});
