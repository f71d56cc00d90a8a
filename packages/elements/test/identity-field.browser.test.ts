/**
 * mz-identity-field driven as a user: real key presses (sendKeys), Tab to leave, native form
 * submission and reset. IME composition is replayed as the event sequence Chromium fires.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import { leave, typeInto } from './helpers/interaction.js';
import '../src/define/identity-field.js';
import type { MzIdentityField } from '../src/identity-field/identity-field.js';

async function mountField(
  template = html`<mz-identity-field name="phone"></mz-identity-field>`,
): Promise<{ form: HTMLFormElement; field: MzIdentityField }> {
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

describe('mz-identity-field', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('is labelled by the type’s name in the page’s language', async () => {
    const { field } = await mountField(html`<mz-identity-field type="id"></mz-identity-field>`);
    expect(inner(field).labels?.[0]?.textContent?.trim()).to.equal('身份证件号码');
    document.documentElement.lang = 'en';
    field.requestUpdate();
    await field.updateComplete;
    expect(inner(field).labels?.[0]?.textContent?.trim()).to.equal('ID number');
  });

  describe('grouping as you type', () => {
    it('groups a phone number 3-4-4 while the caret follows the typing', async () => {
      const { field } = await mountField();
      await typeInto(field, '13800138000');
      expect(inner(field).value).to.equal('138 0013 8000');
      expect(inner(field).selectionStart).to.equal(13);
      expect(field.value).to.equal('13800138000');
    });

    it('keeps the caret beside the digit typed in the middle', async () => {
      const { field } = await mountField();
      await typeInto(field, '13800138000');
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' }); // "138 0|013 8000"
      await sendKeys({ type: '9' });
      await field.updateComplete;
      expect(inner(field).value).to.equal('138 0901 38000');
      expect(inner(field).selectionStart).to.equal(6);
    });

    it('Backspace just after a space deletes the digit before it', async () => {
      const { field } = await mountField();
      await typeInto(field, '13800138000');
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' }); // "138 |0013 8000"
      await sendKeys({ press: 'Backspace' });
      await field.updateComplete;
      expect(field.value).to.equal('1300138000');
      expect(inner(field).value).to.equal('130 0138 000');
      expect(inner(field).selectionStart).to.equal(2);
    });

    it('groups an ID number 6-8-4 and upper-cases x', async () => {
      const { field } = await mountField(html`<mz-identity-field type="id" name="id"></mz-identity-field>`);
      await typeInto(field, '11010519491231002x');
      expect(inner(field).value).to.equal('110105 19491231 002X');
      expect(field.value).to.equal('11010519491231002X');
    });

    it('does not regroup while an IME composes, and takes the text on compositionend', async () => {
      const { field } = await mountField();
      const input = inner(field);
      input.focus();
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
      input.value = '１３８００';
      input.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: '１３８００' }),
      );
      await field.updateComplete;
      expect(input.value).to.equal('１３８００');
      expect(field.value).to.equal('');
      input.dispatchEvent(
        new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '１３８００' }),
      );
      await field.updateComplete;
      expect(input.value).to.equal('138 00');
      expect(field.value).to.equal('13800');
    });
  });

  describe('validation with reasons, reward early and punish late', () => {
    it('shows nothing while typing, the reason after blur, and success as soon as it is fixed', async () => {
      const { field } = await mountField();
      await typeInto(field, '1380013800');
      expect(feedbackText(field)).to.equal('');
      expect(field.validity.valid).to.equal(false);
      await leave(field);
      expect(feedbackText(field)).to.contain('手机号码应为 11 位数字，现在 10 位');
      expect(field.matches(':state(user-invalid)')).to.equal(true);
      expect(inner(field).getAttribute('aria-invalid')).to.equal('true');
      field.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '0' });
      await field.updateComplete;
      expect(feedbackText(field)).to.contain('手机号码格式正确');
      expect(field.validity.valid).to.equal(true);
      expect(field.matches(':state(user-valid)')).to.equal(true);
    });

    const cases: [string, string, string][] = [
      ['phone', '12345678901', '123 不是已分配的手机号段'],
      ['phone', '1401234567890', '物联网卡号码'],
      ['phone', '1380013800a', '只能包含数字'],
      ['phone', '23800138000', '以 1 开头'],
      ['id', '110105194912310021', '最后一位校验码不对'],
      ['id', '110105194913310029', '出生日期不是有效日期'],
      ['id', '990105194912310021', '地区代码不存在'],
      ['id', '110105491231002', '15 位的旧身份证号码'],
      ['id', '1101051949', '应为 18 位，现在 10 位'],
      ['uscc', '91350100M000100Y44', '最后一位校验码不对'],
      ['uscc', 'Z1350100M000100Y43', '只能包含数字和大写字母'],
      ['uscc', '94350100M000100Y43', '第 2 位的机构类别代码'],
    ];
    for (const [type, number, reason] of cases) {
      it(`${type} ${number}: ${reason}`, async () => {
        const { field } = await mountField(
          html`<mz-identity-field type=${type} value=${number} show-feedback></mz-identity-field>`,
        );
        expect(feedbackText(field)).to.contain(reason);
        expect(field.validity.customError).to.equal(true);
      });
    }

    it('speaks zh-TW and en', async () => {
      document.documentElement.lang = 'zh-TW';
      const { field } = await mountField(
        html`<mz-identity-field type="id" value="110105194912310021" show-feedback></mz-identity-field>`,
      );
      expect(feedbackText(field)).to.contain('最後一位檢查碼不對');
      document.documentElement.lang = 'en';
      field.requestUpdate();
      await field.updateComplete;
      expect(feedbackText(field)).to.contain('The last character (the check character) does not match');
    });
  });

  describe('masking', () => {
    it('masks a valid phone number on blur and shows it again on focus', async () => {
      const { field } = await mountField();
      await typeInto(field, '13800138000');
      await leave(field);
      expect(inner(field).value).to.equal('138****8000');
      expect(field.matches(':state(masked)')).to.equal(true);
      expect(field.value).to.equal('13800138000');
      field.focus();
      await field.updateComplete;
      expect(inner(field).value).to.equal('138 0013 8000');
    });

    it('masks a valid ID number as 1101**********002X', async () => {
      const { field } = await mountField(
        html`<mz-identity-field type="id" value="11010519491231002X"></mz-identity-field>`,
      );
      expect(inner(field).value).to.equal('1101**********002X');
      expect(inner(field).getAttribute('aria-describedby')).to.contain('masked');
    });

    it('shows a credit code in full (it is public) and an invalid number unmasked, so it can be fixed', async () => {
      const { field } = await mountField(
        html`<mz-identity-field type="uscc" value="91350100M000100Y43"></mz-identity-field>`,
      );
      expect(inner(field).value).to.equal('91 350100 M000100Y4 3');
      const other = await mountField(
        html`<mz-identity-field type="id" value="110105194912310021"></mz-identity-field>`,
      );
      expect(inner(other.field).value).to.equal('110105 19491231 0021');
    });

    it('shows the full number with no-mask', async () => {
      const { field } = await mountField(html`<mz-identity-field value="13800138000" no-mask></mz-identity-field>`);
      expect(inner(field).value).to.equal('138 0013 8000');
    });
  });

  describe('in a form', () => {
    it('submits the bare number: no spaces, no +86, upper-case X', async () => {
      const { form, field } = await mountField(html`
        <mz-identity-field name="phone"></mz-identity-field>
        <mz-identity-field name="id" type="id"></mz-identity-field>
      `);
      await typeInto(field, '+86 138 0013 8000');
      const id = form.querySelectorAll('mz-identity-field')[1] as MzIdentityField;
      await typeInto(id, '11010519491231002x');
      const data = new FormData(form);
      expect(data.get('phone')).to.equal('13800138000');
      expect(data.get('id')).to.equal('11010519491231002X');
    });
  });

  it('sends nothing anywhere: no request while typing and validating', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) requests.push(entry.name);
    });
    observer.observe({ type: 'resource', buffered: false });
    const { field } = await mountField(html`<mz-identity-field type="id"></mz-identity-field>`);
    await typeInto(field, '11010519491231002X');
    await leave(field);
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(requests).to.deep.equal([]);
  });
});
