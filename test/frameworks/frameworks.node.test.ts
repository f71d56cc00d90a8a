/**
 * Every element in a real React 19 app (@mingzheng/react) and a real Vue 3 app (@mingzheng/vue),
 * built with Vite for production and driven in Chromium: the fixtures test/frameworks/react and
 * test/frameworks/vue render the same page, so one set of tests runs against both.
 *
 *   form     name (state ← input)  phone (state ← input, shown grouped)  profile editor (state ← mz-profile-change)
 *            submit ─▶ FormData: nickname, phone, and the editor's kind, name, bio, signature
 *   badge    region from framework state: 广东 ─▶ 美国 ─▶ undefined (hidden)
 *   card     account object ─▶ its fields; 举报 ─▶ mz-report in state; account ─▶ undefined (empty card) ─▶ back
 */
import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import { serveApps } from '../examples/vite-apps.ts';
import { ACCOUNT } from './fixture-data.ts';

/** The first check of a page waits for the engine and the default rule set to load. */
const CHECKED = { timeout: 30_000 };

/** A bio with a phone number in it: contact information, Art. 8(6). */
const BIO_WITH_PHONE = '合作请联系13800138000';
const ARTICLE_8_6 = '第八条第（六）项';
const BIO_OK = '热爱摄影和旅行';

/** The Art. 13 rows the card shows for ACCOUNT: the field's name and its value. */
const ROWS = [
  ['运营主体', ACCOUNT.entity],
  ['注册运营地址', ACCOUNT.address],
  ['内容生产类别', ACCOUNT.category],
  ['统一社会信用代码', ACCOUNT.uscc],
  ['联系方式', ACCOUNT.contact],
] as const;

const FRAMEWORKS = [
  ['react', 'React 19'],
  ['vue', 'Vue 3'],
] as const;

describe('every element in framework apps, in Chromium', function () {
  this.timeout(120_000);
  const { open } = serveApps({
    react: 'test/frameworks/react/vite.config.ts',
    vue: 'test/frameworks/vue/vite.config.ts',
  });

  const nicknameInput = (page: Page) => page.locator('#nickname input');
  const phoneInput = (page: Page) => page.locator('#phone input');
  const profileName = (page: Page) => page.locator('#profile mz-name-field input');
  const bio = (page: Page) => page.locator('#profile textarea#bio');
  /** Resolves once the field's input (in its shadow root) shows `text`. */
  async function inputShows(field: Locator, text: string): Promise<void> {
    const host = await field.elementHandle();
    await field
      .page()
      .waitForFunction(
        ([element, expected]) => element?.shadowRoot?.querySelector('input')?.value === expected,
        [host, text] as const,
        CHECKED,
      );
  }
  /** Resolves once an element matching `selector` (the app's state, or a part of an element) shows `text`. */
  const shows = (page: Page, selector: string, text: string) =>
    page.locator(selector, { hasText: text }).waitFor(CHECKED);

  for (const [app, framework] of FRAMEWORKS) {
    describe(framework, () => {
      it('follows a user through the form: name, phone (grouped) and profile in state; a blocked bio stops the submit, the fixed form carries every field', async () => {
        const { page, errors } = await open(app);
        await nicknameInput(page).fill('风吹麦浪');
        await shows(page, '#name-state', '风吹麦浪');
        await phoneInput(page).pressSequentially('13800138000');
        await shows(page, '#phone-state', '13800138000');
        await inputShows(page.locator('#phone'), '138 0013 8000');

        // Leaving the phone field masks the number; the state keeps it whole.
        await profileName(page).fill('麦田守望');
        await inputShows(page.locator('#phone'), '138****8000');
        await bio(page).fill(BIO_WITH_PHONE);
        await shows(page, '#profile-state', `麦田守望|${BIO_WITH_PHONE}|block`);
        expect(await page.locator('#phone-state').textContent()).to.equal('13800138000');

        // Once the user leaves the bio the editor says why; the form does not submit, the browser focuses the bio.
        await nicknameInput(page).focus();
        await shows(page, '#profile #bio-feedback', ARTICLE_8_6);
        await shows(page, '#name-state', '风吹麦浪 pass');
        await page.getByRole('button', { name: '注册' }).click();
        await page.waitForFunction(
          () =>
            document.activeElement?.id === 'profile' && document.activeElement.shadowRoot?.activeElement?.id === 'bio',
          undefined,
          CHECKED,
        );
        expect(await page.locator('#submitted').textContent()).to.equal('');

        await bio(page).fill(BIO_OK);
        await shows(page, '#profile-state', `麦田守望|${BIO_OK}|pass`);
        await page.getByRole('button', { name: '注册' }).click();
        await shows(page, '#submitted', 'nickname');
        expect(JSON.parse((await page.locator('#submitted').textContent()) ?? '')).to.deep.equal({
          nickname: '风吹麦浪',
          phone: '13800138000',
          kind: 'personal',
          name: '麦田守望',
          bio: BIO_OK,
          signature: '',
        });
        expect(errors).to.deep.equal([]);
      });

      it('renders the IP badge and the account card from framework state: region changes, 举报 reports, an unset account falls back', async () => {
        const { page, errors } = await open(app);
        await shows(page, '#badge [part="base"]', 'IP属地：广东');
        await page.getByRole('button', { name: '改为美国' }).click();
        await shows(page, '#badge [part="base"]', 'IP属地：美国');
        // An unset region (the prop or binding now undefined) is an unknown attribution: nothing shows.
        await page.getByRole('button', { name: '清除属地' }).click();
        await page.locator('#badge [part="base"]').waitFor({ state: 'detached', ...CHECKED });
        expect(await page.locator('#badge').isVisible()).to.equal(false);

        const card = page.locator('#card');
        await shows(page, '#card [part="name"]', ACCOUNT.name);
        await shows(page, '#card [part="verified"]', '企业认证');
        await shows(page, '#card [part="ip-badge"] [part="base"]', 'IP属地：广东');
        const details = await card.locator('[part="details"]').textContent();
        for (const [term, value] of ROWS) expect(details).to.include(term).and.to.include(value);
        expect(details).not.to.include('代码校验未通过');

        await card.getByRole('button', { name: `举报账号“${ACCOUNT.name}”` }).click();
        await shows(page, '#reported', ACCOUNT.name);

        // Without the account (the prop or binding undefined) the card is an empty one, still working.
        await page.getByRole('button', { name: '隐藏账号资料' }).click();
        await card
          .locator('[part="details"] [part="term"]')
          .first()
          .waitFor({ state: 'detached', ...CHECKED });
        expect((await card.locator('[part="name"]').textContent())?.trim()).to.equal('');
        expect(await card.locator('[part="ip-badge"]').count()).to.equal(0);
        expect(await card.locator('[part="report"]').isVisible()).to.equal(true);
        await page.getByRole('button', { name: '显示账号资料' }).click();
        await shows(page, '#card [part="name"]', ACCOUNT.name);
        await shows(page, '#card [part="details"]', ACCOUNT.entity);
        expect(errors).to.deep.equal([]);
      });
    });
  }
});
