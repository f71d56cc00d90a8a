/**
 * mz-identity-field with what the validators accept and refuse: a mobile number typed with the
 * country code in its common forms, and credit codes refused for their division or their
 * organization code. Driven as a user: real key presses, Tab to leave, native form data.
 */
import { expect } from 'chai';
import { html, render } from 'lit';
import { leave, typeInto } from './helpers/interaction.js';
import '../src/define/identity-field.js';
import type { MzIdentityField } from '../src/identity-field/identity-field.js';

async function mountField(template: unknown): Promise<{ form: HTMLFormElement; field: MzIdentityField }> {
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<form>${template}<button>提交</button></form>`, host);
  const field = host.querySelector('mz-identity-field') as MzIdentityField;
  await field.updateComplete;
  return { form: host.querySelector('form') as HTMLFormElement, field };
}

const inner = (field: MzIdentityField) => field.shadowRoot?.querySelector('input') as HTMLInputElement;
const feedbackText = (field: MzIdentityField) =>
  field.shadowRoot?.querySelector('[part="feedback"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('mz-identity-field and the validators', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  const typed: [string, string][] = [
    ['8613800138000', '86 138 0013 8000'],
    ['+86 138 0013 8000', '+86 138 0013 8000'],
    ['+86-138-0013-8000', '+86 138 0013 8000'],
    ['0086 13800138000', '0086 138 0013 8000'],
    ['(+86)13800138000', '(+86) 138 0013 8000'],
  ];
  for (const [keys, grouped] of typed) {
    it(`${keys}: grouped after the country code, valid, masked on leaving, submitted as the bare number`, async () => {
      const { form, field } = await mountField(html`<mz-identity-field name="phone"></mz-identity-field>`);
      await typeInto(field, keys);
      expect(inner(field).value).to.equal(grouped);
      await leave(field);
      expect(field.validity.valid, feedbackText(field)).to.equal(true);
      expect(feedbackText(field)).to.contain('手机号码格式正确');
      expect(inner(field).value).to.equal('138****8000');
      expect(new FormData(form).get('phone')).to.equal('13800138000');
    });
  }

  it('does not take the 86 of a 12-digit number for a country code', async () => {
    const { form, field } = await mountField(html`<mz-identity-field name="phone"></mz-identity-field>`);
    await typeInto(field, '861380013800');
    await leave(field);
    expect(field.validity.valid).to.equal(false);
    expect(feedbackText(field)).to.contain('现在 12 位');
    expect(new FormData(form).get('phone')).to.equal('861380013800');
  });

  it('counts the digits after a country code in parentheses', async () => {
    const { field } = await mountField(html`<mz-identity-field name="phone"></mz-identity-field>`);
    await typeInto(field, '(+86)1380013800');
    await leave(field);
    expect(feedbackText(field)).to.contain('现在 10 位');
  });

  const refused: [string, string, string, string][] = [
    ['zh-CN', '91000000MA2XXXXXXC', '第 3 至 8 位的登记管理机关行政区划码不存在', '地区代码'],
    ['zh-CN', '91ABCDEFMA2XXXXXX6', '第 3 至 8 位的登记管理机关行政区划码不存在', '地区代码'],
    ['zh-CN', '91330100123456780P', '第 9 至 17 位的组织机构代码校验不通过', ''],
    ['zh-TW', '91330100123456780P', '第 9 至 17 位的組織機構代碼檢查不通過', ''],
    ['en', '91330100123456780P', 'Characters 9 to 17 (the organization code) fail their own check', ''],
    ['en', '91000000MA2XXXXXXC', 'Characters 3 to 8 are not the region code of a registration authority', ''],
  ];
  for (const [lang, code, message, notShown] of refused) {
    it(`${lang} ${code}: refused with “${message}”`, async () => {
      document.documentElement.lang = lang;
      const { form, field } = await mountField(html`<mz-identity-field name="uscc" type="uscc"></mz-identity-field>`);
      await typeInto(field, code);
      await leave(field);
      expect(field.validity.customError).to.equal(true);
      expect(feedbackText(field)).to.contain(message);
      if (notShown) expect(feedbackText(field)).to.not.contain(notShown);
      expect(form.checkValidity()).to.equal(false);
    });
  }

  it('accepts the documented example credit code', async () => {
    const { form, field } = await mountField(html`<mz-identity-field name="uscc" type="uscc"></mz-identity-field>`);
    await typeInto(field, '91330100MA2XXXXX08');
    await leave(field);
    expect(field.validity.valid, feedbackText(field)).to.equal(true);
    expect(new FormData(form).get('uscc')).to.equal('91330100MA2XXXXX08');
  });
});
