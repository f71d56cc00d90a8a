/**
 * mz-name-field driven as a user: real key presses (sendKeys), Tab to leave the field, native form
 * submission and reset. IME composition cannot be driven for real, so it is replayed as the
 * CompositionEvent / InputEvent sequence Chromium fires. The small test rule set keeps the findings
 * independent of the default lexicons; one test loads the default rule set.
 */
import type { RuleSet } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import { countSubmits, leave, typeInto } from './helpers/interaction.js';
import '../src/define/name-field.js';
import type { MzPrecheckEvent } from '../src/events/precheck-event.js';
import { engineFor } from '../src/internal/engine-cache.js';
import { graphemeLength } from '../src/internal/grapheme-length.js';
import type { MzNameField } from '../src/name-field/name-field.js';

const testRuleSet = testRuleSetJson as unknown as RuleSet;

async function mount(template: unknown): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  await Promise.all([...host.querySelectorAll('mz-name-field')].map((field) => (field as MzNameField).ready));
  return host;
}

/** One field with the test rule set, inside a form with a submit button. */
async function mountField(
  attributes: Partial<MzNameField> = {},
): Promise<{ form: HTMLFormElement; field: MzNameField }> {
  const host = await mount(
    html`<form><mz-name-field name="nickname" .ruleSet=${testRuleSet}></mz-name-field><button>提交</button></form>`,
  );
  const field = host.querySelector('mz-name-field') as MzNameField;
  Object.assign(field, attributes);
  await field.ready;
  return { form: host.querySelector('form') as HTMLFormElement, field };
}

const inner = (field: MzNameField) => field.shadowRoot?.querySelector('input') as HTMLInputElement;
const feedback = (field: MzNameField) => field.shadowRoot?.querySelector('[part="feedback"]') as HTMLElement;
const mark = (field: MzNameField) => field.shadowRoot?.querySelector('mark[part~="match"]');
const errorText = (field: MzNameField) =>
  [...(field.shadowRoot?.querySelectorAll('.error') ?? [])].map((node) => node.textContent?.trim()).join(' ');

describe('mz-name-field', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('renders an input labelled by its label', async () => {
    const host = await mount(html`<mz-name-field label="昵称" .ruleSet=${testRuleSet}></mz-name-field>`);
    const field = host.querySelector('mz-name-field') as MzNameField;
    expect(inner(field).labels?.[0]?.textContent).to.equal('昵称');
  });

  it('takes what the user types, full width included, as its value', async () => {
    const host = await mount(html`<mz-name-field .ruleSet=${testRuleSet}></mz-name-field>`);
    const field = host.querySelector('mz-name-field') as MzNameField;
    const inputs: string[] = [];
    field.addEventListener('input', () => inputs.push(field.value));
    await typeInto(field, 'ＣＣＴＶ fan');
    expect(field.value).to.equal('ＣＣＴＶ fan');
    expect(inputs.length).to.equal('ＣＣＴＶ fan'.length);
  });

  describe('feedback timing: reward early, punish late', () => {
    it('shows no error while the user is still typing', async () => {
      const { field } = await mountField();
      await typeInto(field, '新华社');
      expect(field.validity.valid).to.equal(false);
      expect(errorText(field)).to.equal('');
      expect(inner(field).hasAttribute('aria-invalid')).to.equal(false);
      expect(field.matches(':state(user-invalid)')).to.equal(false);
    });

    it('shows the 8.4 error after blur, with the offending span marked in the user’s text', async () => {
      const { field } = await mountField();
      await typeInto(field, '我是新华社记者');
      await leave(field);
      expect(errorText(field)).to.contain('「新华社」是新闻媒体的名称').and.to.contain('第八条第（四）项');
      // The browser's bubble is brief; the full words are under the field.
      expect(field.validationMessage).to.equal('名称不符合规定，见下方说明');
      expect(mark(field)?.textContent).to.equal('新华社');
      expect(field.shadowRoot?.querySelector('[part="mirror"]')?.textContent).to.equal('我是新华社记者');
      expect(field.matches(':state(user-invalid)')).to.equal(true);
    });

    it('re-checks on every input once shown, and shows success as soon as it is fixed', async () => {
      const { field } = await mountField();
      await typeInto(field, '新华社');
      await leave(field);
      expect(errorText(field)).to.contain('新华社');
      field.focus();
      await sendKeys({ press: 'End' });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '风吹麦浪' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
      expect(feedback(field).textContent).to.contain('可以使用');
      expect(field.matches(':state(user-valid)')).to.equal(true);
      expect(field.validity.valid).to.equal(true);
    });

    it('shows the feedback at once with show-feedback', async () => {
      const { field } = await mountField({ value: '新华社', showFeedback: true });
      expect(errorText(field)).to.contain('新华社');
    });
  });

  describe('when submitting a form', () => {
    it('lets a review notice (Art. 10.2) through, as a notice', async () => {
      const { form, field } = await mountField();
      const submits = countSubmits(form);
      await typeInto(field, '中华小当家');
      await leave(field);
      expect(field.validity.valid).to.equal(true);
      expect(feedback(field).textContent).to.contain('从严核验').and.to.contain('第十条第二款');
      expect(mark(field)?.textContent).to.equal('中华');
      expect(field.matches(':state(review)')).to.equal(true);
      expect(inner(field).hasAttribute('aria-invalid')).to.equal(false);
      form.requestSubmit();
      expect(submits()).to.equal(1);
    });

    it('submits on the first click of the submit button, straight from the field', async () => {
      // The review notice (a mirror and two lines) must not appear between the press and the
      // release and push the button away from under the pointer.
      const { form, field } = await mountField();
      const submits = countSubmits(form);
      await typeInto(field, '中华小当家');
      const button = form.querySelector('button') as HTMLButtonElement;
      const box = button.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await field.updateComplete;
      expect(submits()).to.equal(1);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('blocks a review finding with block-review', async () => {
      const { form, field } = await mountField({ blockReview: true });
      const submits = countSubmits(form);
      await typeInto(field, '张医生');
      form.requestSubmit();
      expect(submits()).to.equal(0);
      expect(field.validationMessage).to.equal('名称不符合规定，见下方说明');
      await field.updateComplete;
      expect(errorText(field)).to.contain('医疗卫生').and.to.contain('第十一条');
    });
  });

  describe('IME composition', () => {
    it('checks nothing between compositionstart and compositionend, then checks', async () => {
      const { form, field } = await mountField({ showFeedback: true });
      const submits = countSubmits(form);
      const verdicts: string[] = [];
      field.addEventListener('mz-precheck', (event: MzPrecheckEvent) => verdicts.push(event.verdict.verdict));
      const input = inner(field);
      input.focus();
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
      for (const preview of ['x', 'xinhua', '新华']) {
        input.value = preview;
        input.dispatchEvent(
          new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: preview }),
        );
        await field.updateComplete;
        expect(errorText(field), preview).to.equal('');
      }
      // Enter confirms the candidate: it must not submit the form.
      input.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, composed: true }),
      );
      expect(submits()).to.equal(0);
      expect(verdicts).to.deep.equal([]);
      expect(field.value).to.equal('新华');

      input.value = '新华社';
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '新华社' }));
      await field.updateComplete;
      expect(verdicts).to.deep.equal(['block']);
      expect(errorText(field)).to.contain('新华社');
    });
  });

  describe('accessibility', () => {
    it('links hint and feedback in DOM order, and marks invalid only while an error shows', async () => {
      const { field } = await mountField({ hint: '2–20 个字符' });
      await field.updateComplete;
      const input = inner(field);
      expect(input.getAttribute('aria-describedby')).to.equal('hint feedback');
      const [hint, live] = ['hint', 'feedback'].map((id) => field.shadowRoot?.getElementById(id));
      expect(hint?.textContent).to.equal('2–20 个字符');
      expect(live?.getAttribute('aria-live')).to.equal('polite');
      expect(hint && live && hint.compareDocumentPosition(live) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      await typeInto(field, '新华社');
      expect(input.hasAttribute('aria-invalid')).to.equal(false);
      await leave(field);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(live?.querySelector('.error .visually-hidden')?.textContent).to.equal('错误：');
      expect(field.shadowRoot?.querySelector('[part="mirror"]')?.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('language', () => {
    it('follows an ancestor’s lang (zh-TW)', async () => {
      const host = await mount(
        html`<div lang="zh-TW"><mz-name-field show-feedback value="新华社" .ruleSet=${testRuleSet}></mz-name-field></div>`,
      );
      const field = host.querySelector('mz-name-field') as MzNameField;
      expect(errorText(field)).to.contain('是新聞媒體的名稱').and.to.contain('錯誤：');
      expect(field.shadowRoot?.querySelector('label')?.textContent).to.equal('帳號名稱');
    });

    it('follows its own lang (en)', async () => {
      const host = await mount(
        html`<div lang="zh-CN"><mz-name-field lang="en" show-feedback value="新华社" .ruleSet=${testRuleSet}></mz-name-field></div>`,
      );
      const field = host.querySelector('mz-name-field') as MzNameField;
      expect(errorText(field)).to.contain('“新华社” is the name of a news outlet').and.to.contain('Art. 8(4)');
      expect(field.validationMessage).to.equal('The name does not meet the rules; see the explanation below.');
    });
  });

  describe('length', () => {
    it('counts grapheme clusters, a CJK character as 2 with cjk-width="2"', async () => {
      expect(graphemeLength('👨‍👩‍👧é', 1)).to.equal(2);
      expect(graphemeLength('风吹a', 2)).to.equal(5);
      const { field } = await mountField({ maxlength: 6, cjkWidth: '2' });
      await typeInto(field, '风吹麦浪');
      expect(field.validity.tooLong).to.equal(true);
      await leave(field);
      expect(errorText(field)).to.contain('最多 6 个字符，现在 8 个').and.to.contain('一个汉字算 2 个字符');
      field.cjkWidth = '1';
      await field.updateComplete;
      expect(field.validity.valid).to.equal(true);
    });

    it('does not count an emoji family as several characters', async () => {
      const { field } = await mountField({ maxlength: 3, value: '👨‍👩‍👧ab' });
      await field.updateComplete;
      expect(field.validity.valid).to.equal(true);
    });
  });

  describe('engine', () => {
    it('fires a typed mz-precheck event after each check', async () => {
      const { field } = await mountField();
      const events: MzPrecheckEvent[] = [];
      document.addEventListener('mz-precheck', (event) => events.push(event), { once: true });
      await typeInto(field, '新');
      expect(events[0]?.verdict.rulesetVersion).to.equal('test-1');
      expect(events[0]?.source).to.equal('local');
    });

    it('shares one engine per rule-set document', async () => {
      expect(engineFor(testRuleSet)).to.equal(engineFor(testRuleSet));
    });

    it('shows a quiet checking state while the rule set loads, and typing goes on', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      render(html`<mz-name-field .ruleSet=${new Promise<RuleSet>(() => {})}></mz-name-field>`, host);
      const field = host.querySelector('mz-name-field') as MzNameField;
      await field.updateComplete;
      await typeInto(field, '新华社');
      expect(field.value).to.equal('新华社');
      expect(field.matches(':state(checking)')).to.equal(true);
      expect(feedback(field).textContent).to.contain('正在检查…');
      expect(field.validity.valid).to.equal(true);
    });

    it('loads the default rule set when none is given', async () => {
      const host = await mount(html`<mz-name-field value="新华社" show-feedback></mz-name-field>`);
      const field = host.querySelector('mz-name-field') as MzNameField;
      expect(field.currentVerdict?.rulesetVersion).to.equal(defaultRuleSet.version);
      expect(field.currentVerdict?.verdict).to.equal('block');
      expect(errorText(field)).to.contain('新华社');
    });

    it('re-dispatches change from the host', async () => {
      const { field } = await mountField();
      let changes = 0;
      document.addEventListener('change', () => changes++, { once: true });
      await typeInto(field, '风吹麦浪');
      await leave(field);
      expect(changes).to.equal(1);
    });
  });
});
