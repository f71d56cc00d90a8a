/**
 * Text committed through an input method is checked, in every element that takes text. The
 * Chromium tests drive Chromium's own IME path over the DevTools protocol (the last `input` comes
 * with isComposing true BEFORE `compositionend`, so the value has not changed when the composition
 * ends); Firefox's and Safari's orders are replayed as their event sequences. The engine has loaded
 * before each commit (the commit, not the engine's arrival, must cause the check).
 */
import type { RuleSet } from '@mingzheng/precheck';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import { commitThroughIme, firefoxOrder, safariOrder } from './helpers/ime.js';
import { countSubmits, leave, typeInto } from './helpers/interaction.js';
import '../src/define/name-field.js';
import '../src/define/identity-field.js';
import '../src/define/profile-editor.js';
import type { MzPrecheckEvent } from '../src/events/precheck-event.js';
import type { MzProfileChangeEvent } from '../src/events/profile-change-event.js';
import type { MzIdentityField } from '../src/identity-field/identity-field.js';
import type { MzNameField } from '../src/name-field/name-field.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';

const testRuleSet = testRuleSetJson as unknown as RuleSet;
const ARTICLE_8_4 = '第八条第（四）项';

function mount<T extends HTMLElement>(template: unknown, selector: string) {
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<form>${template}<button>提交</button></form>`, host);
  const form = host.querySelector('form') as HTMLFormElement;
  return { form, element: host.querySelector(selector) as T, submits: countSubmits(form) };
}

const text = (root: ShadowRoot | null | undefined, id: string) =>
  (root?.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const submit = (form: HTMLFormElement) => (form.querySelector('button') as HTMLButtonElement).click();

/** The three ways a commit reaches a control: Chromium for real, Firefox's and Safari's orders replayed. */
const ORDERS = {
  'Chromium (CDP Input.imeSetComposition + Input.insertText)': async (
    control: HTMLInputElement | HTMLTextAreaElement,
    committed: string,
    stages: string[],
  ) => {
    control.focus();
    await commitThroughIme(committed, stages);
  },
  'Firefox (compositionend, then input)': async (
    control: HTMLInputElement | HTMLTextAreaElement,
    committed: string,
    stages: string[],
  ) => {
    const start = control.selectionStart ?? 0;
    const kept = control.value.slice(0, start) + control.value.slice(control.selectionEnd ?? start);
    await firefoxOrder(control, committed, stages, kept);
  },
  'Safari (input while composing, then compositionend)': async (
    control: HTMLInputElement | HTMLTextAreaElement,
    committed: string,
    stages: string[],
  ) => {
    const start = control.selectionStart ?? 0;
    const kept = control.value.slice(0, start) + control.value.slice(control.selectionEnd ?? start);
    await safariOrder(control, committed, stages, kept);
  },
};

describe('text committed through an IME', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  for (const [order, commit] of Object.entries(ORDERS)) {
    describe(order, () => {
      describe('mz-name-field', () => {
        async function mountField() {
          const mounted = mount<MzNameField>(
            html`<mz-name-field name="nickname" .ruleSet=${testRuleSet}></mz-name-field>`,
            'mz-name-field',
          );
          await mounted.element.ready;
          const verdicts: string[] = [];
          mounted.element.addEventListener('mz-precheck', (event) =>
            verdicts.push((event as MzPrecheckEvent).verdict.verdict),
          );
          return { ...mounted, verdicts };
        }
        const input = (field: MzNameField) => field.shadowRoot?.querySelector('input') as HTMLInputElement;

        it('refuses 人民日报 committed over a name that passed, on blur', async () => {
          const { form, element: field, submits, verdicts } = await mountField();
          await typeInto(field, '风吹麦浪');
          await leave(field);
          expect(text(field.shadowRoot, 'feedback')).to.contain('这个名称可以使用');
          // Back to the field, everything selected, 人民日报 composed and committed.
          input(field).focus();
          input(field).select();
          await commit(input(field), '人民日报', ['renmin', '人民日报']);
          await field.updateComplete;
          expect(field.value).to.equal('人民日报');
          await leave(field);
          expect(verdicts.at(-1), 'the last mz-precheck').to.equal('block');
          expect(field.validity.valid).to.equal(false);
          expect(text(field.shadowRoot, 'feedback')).to.contain(ARTICLE_8_4);
          expect(text(field.shadowRoot, 'feedback')).not.to.contain('这个名称可以使用');
          submit(form);
          expect(submits()).to.equal(0);
        });

        it('refuses 风 followed by 新华社 committed through the IME after the field was left once', async () => {
          const { element: field, verdicts } = await mountField();
          await typeInto(field, '风');
          await leave(field);
          // Back after the caret, 新华社 composed and committed after 风.
          input(field).focus();
          input(field).setSelectionRange(1, 1);
          await commit(input(field), '新华社', ['xinhuashe', '新华社']);
          await field.updateComplete;
          await leave(field);
          expect(field.value).to.equal('风新华社');
          expect(verdicts.at(-1)).to.equal('block');
          expect(field.validity.valid).to.equal(false);
          expect(text(field.shadowRoot, 'feedback')).to.contain(ARTICLE_8_4);
        });
      });

      describe('mz-profile-editor', () => {
        async function mountEditor() {
          const mounted = mount<MzProfileEditor>(
            html`<mz-profile-editor .ruleSet=${testRuleSet}></mz-profile-editor>`,
            'mz-profile-editor',
          );
          await mounted.element.ready;
          const changes: MzProfileChangeEvent[] = [];
          mounted.element.addEventListener('mz-profile-change', (event) => changes.push(event as MzProfileChangeEvent));
          return { ...mounted, changes };
        }

        for (const key of ['bio', 'signature']) {
          it(`refuses 新华社 committed into the ${key} over text that passed, on blur`, async () => {
            const { form, element: editor, submits, changes } = await mountEditor();
            const control = editor.shadowRoot?.getElementById(key) as HTMLTextAreaElement;
            control.focus();
            await sendKeys({ type: '喜欢摄影' });
            await leave(editor);
            expect(text(editor.shadowRoot, `${key}-feedback`)).to.contain('没有发现问题');
            control.focus();
            control.select();
            await commit(control, '新华社', ['xinhuashe', '新华社']);
            await editor.updateComplete;
            await leave(editor);
            expect(changes.at(-1)?.info[key as 'bio' | 'signature']).to.equal('新华社');
            expect(changes.at(-1)?.verdict.verdict).to.equal('block');
            expect(editor.validity.valid).to.equal(false);
            expect(text(editor.shadowRoot, `${key}-feedback`)).to.contain(ARTICLE_8_4);
            submit(form);
            expect(submits()).to.equal(0);
          });
        }

        it('refuses 人民日报 committed into its name field over a name that passed', async () => {
          const { form, element: editor, submits, changes } = await mountEditor();
          const field = editor.shadowRoot?.querySelector('mz-name-field') as MzNameField;
          const inner = field.shadowRoot?.querySelector('input') as HTMLInputElement;
          inner.focus();
          await sendKeys({ type: '风吹麦浪' });
          await leave(editor);
          inner.focus();
          inner.select();
          await commit(inner, '人民日报', ['renmin', '人民日报']);
          await field.updateComplete;
          await leave(editor);
          await editor.ready;
          expect(changes.at(-1)?.info.name).to.equal('人民日报');
          expect(changes.at(-1)?.verdict.verdict).to.equal('block');
          expect(editor.validity.valid).to.equal(false);
          expect(field.validity.valid).to.equal(false);
          expect(text(field.shadowRoot, 'feedback')).to.contain(ARTICLE_8_4);
          submit(form);
          expect(submits()).to.equal(0);
        });
      });

      describe('mz-identity-field', () => {
        it('refuses an invalid number committed over a valid one, and shows the number it checked', async () => {
          const {
            form,
            element: field,
            submits,
          } = mount<MzIdentityField>(
            html`<mz-identity-field name="phone" no-mask></mz-identity-field>`,
            'mz-identity-field',
          );
          await field.updateComplete;
          const input = field.shadowRoot?.querySelector('input') as HTMLInputElement;
          await typeInto(field, '13800138000');
          await leave(field);
          // The same number again, in the full-width digits a Chinese IME commits: shown regrouped.
          input.focus();
          input.select();
          await commit(input, '１３８００１３８０００', ['１３８００１３８０００']);
          await field.updateComplete;
          expect(input.value).to.equal('138 0013 8000');
          // Then a number too short: refused on blur.
          input.select();
          await commit(input, '１３８００', ['１３８００']);
          await field.updateComplete;
          await leave(field);
          expect(field.validity.valid).to.equal(false);
          expect(text(field.shadowRoot, 'feedback')).not.to.equal('');
          submit(form);
          expect(submits()).to.equal(0);
        });
      });
    });
  }
});
