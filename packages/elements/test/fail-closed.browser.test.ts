/**
 * Failing closed: whenever the engine or the rule set cannot load, a checking element refuses the
 * text with its own message, the form does not submit, `console.error` names the cause once, and
 * the element recovers by itself once a later attempt succeeds. Every failure here is real: a
 * dynamic import failed by Chromium as a network failure, a rule-set URL on the test runner's server
 * answering 404 or an invalid document, a rule-set promise that rejects.
 *
 * This file imports neither `@mingzheng/precheck` nor `@mingzheng/rules-cn` itself, so the first
 * tests meet them unloaded (the elements import both lazily). It does load the modules behind
 * those two entry modules, as every other test file loads them, before any test runs: a test's
 * time limit must not race a cold load of the whole engine through the dev server (seconds on
 * a busy machine), while the entry modules that the tests fail stay unloaded.
 */
import '../../precheck/src/check.js';
import '../../precheck/src/dictionaries.js';
import '../../precheck/src/engine.js';
import '../../precheck/src/identity/index.js';
import '../../precheck/src/match/pinyin.js';
import '../../precheck/src/messages/catalog.js';
import '../../precheck/src/normalize/displayed.js';
import '../../precheck/src/rules/compile.js';
import '../../precheck/src/rules/schema.js';
import '../../rules-cn/src/compact.js';
import '../../rules-cn/src/ruleset.compact.json' with { type: 'json' };
import '../../rules-cn/src/ruleset.name.compact.json' with { type: 'json' };
import type { RuleSet } from '@mingzheng/precheck';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import { failRequests, recordConsoleErrors, rulesetEndpoint } from './helpers/failures.js';
import { countSubmits, leave, typeInto } from './helpers/interaction.js';
import '../src/define/name-field.js';
import '../src/define/profile-editor.js';
import { EngineController } from '../src/internal/engine-controller.js';
import type { MzNameField } from '../src/name-field/name-field.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';

/** A fresh copy each time: engines are shared per document, and each test needs its own load. */
const testRuleSet = () => structuredClone(testRuleSetJson) as unknown as RuleSet;

const UNAVAILABLE = '名称暂时无法校验，请稍后再试';
const ARTICLE_8_4 = '第八条第（四）项';

async function mountField(
  configure: (field: MzNameField) => void = () => {},
): Promise<{ form: HTMLFormElement; field: MzNameField; submits: () => number }> {
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<form><mz-name-field name="nickname"></mz-name-field><button>提交</button></form>`, host);
  const field = host.querySelector('mz-name-field') as MzNameField;
  configure(field);
  await field.ready;
  const form = host.querySelector('form') as HTMLFormElement;
  return { form, field, submits: countSubmits(form) };
}

const feedbackText = (element: HTMLElement, id = 'feedback') =>
  (element.shadowRoot?.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const submit = (form: HTMLFormElement) => (form.querySelector('button') as HTMLButtonElement).click();

/** Types `text` with real key presses into whatever has focus. */
async function typeHere(element: MzProfileEditor, text: string): Promise<void> {
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Replaces the field's text with `text`, typed for real. */
async function retype(field: MzNameField, text: string): Promise<void> {
  field.focus();
  (field.shadowRoot as ShadowRoot).querySelector('input')?.select();
  await typeInto(field, text);
}

/** Refused, visibly, and the form does not submit. */
async function expectRefused(form: HTMLFormElement, field: MzNameField, submits: () => number, message = UNAVAILABLE) {
  expect(feedbackText(field)).to.contain(message);
  expect(field.validity.valid, 'validity.valid').to.equal(false);
  expect(field.validity.customError).to.equal(true);
  expect(field.matches(':invalid')).to.equal(true);
  submit(form);
  await field.updateComplete;
  expect(submits(), 'submits').to.equal(0);
}

/** Recovered: a clean name passes, 新华社 is blocked. */
async function expectChecking(field: MzNameField): Promise<void> {
  await retype(field, '风吹麦浪');
  await field.ready;
  expect(field.validity.valid, 'a clean name is valid again').to.equal(true);
  expect(feedbackText(field)).to.contain('这个名称可以使用');
  await retype(field, '新华社');
  await field.ready;
  expect(field.validity.valid, '新华社 is blocked').to.equal(false);
  expect(feedbackText(field)).to.contain(ARTICLE_8_4);
}

describe('failing closed when the engine or rule set cannot load', () => {
  const retryDelays = EngineController.retryDelays;
  let errors: ReturnType<typeof recordConsoleErrors>;

  beforeEach(() => {
    errors = recordConsoleErrors();
  });

  afterEach(async () => {
    errors.restore();
    EngineController.retryDelays = retryDelays;
    await failRequests(null);
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('refuses the name when the engine module cannot load, words it itself, logs once, recovers when back online', async () => {
    // The engine module's request fails as offline would; the field's words are its own.
    await failRequests('*/packages/precheck/src/index.ts*');
    EngineController.retryDelays = [];
    const { form, field, submits } = await mountField((field) => {
      field.ruleSet = testRuleSet();
    });
    await typeInto(field, '风吹麦浪');
    await leave(field);
    await expectRefused(form, field, submits);
    expect(errors.calls.length, 'console.error calls').to.equal(1);
    expect(String(errors.calls[0]?.[0])).to.contain('<mz-name-field>').and.to.contain('Failed to fetch');

    // The last keystroke's retry has failed too (the page is still offline), so that the online
    // event's load is a fresh request rather than one already on its way to failing.
    await field.ready;
    await failRequests(null);
    window.dispatchEvent(new Event('online'));
    await field.ready;
    expect(field.validity.valid).to.equal(true);
    await expectChecking(field);
    expect(errors.calls.length, 'no more logs').to.equal(1);
  });

  it('refuses the name when the name projection of the default rule set (@mingzheng/rules-cn/name) cannot load, and retries on the next input', async () => {
    await failRequests('*/packages/rules-cn/src/name.ts*');
    EngineController.retryDelays = [];
    const { form, field, submits } = await mountField();
    await typeInto(field, '风吹麦浪');
    await leave(field);
    await expectRefused(form, field, submits);
    expect(errors.calls.length).to.equal(1);
    expect(String(errors.calls[0]?.[0])).to.contain('@mingzheng/rules-cn');

    // Typing again after the backoff tries again; now the import succeeds. (The last keystroke's
    // retry settles first: a request still on its way would fail the import that joins it.)
    await field.ready;
    await failRequests(null);
    await expectChecking(field);
    expect(errors.calls.length).to.equal(1);
  });

  it('refuses the name while its rule-set promise rejects, logs once however much is typed, and takes a new promise', async () => {
    EngineController.retryDelays = [];
    const { form, field, submits } = await mountField((field) => {
      field.ruleSet = Promise.reject(new Error('the platform could not fetch its rule set'));
    });
    await typeInto(field, '风吹麦浪');
    await leave(field);
    await expectRefused(form, field, submits);
    // Every keystroke retried (no backoff here), and every retry failed: one log all the same.
    expect(errors.calls.length).to.equal(1);
    expect(String(errors.calls[0]?.[0])).to.contain('the platform could not fetch its rule set');

    field.ruleSet = Promise.resolve(testRuleSet());
    await field.ready;
    await expectChecking(field);
  });

  it('refuses the name while its ruleset-url answers 404, and recovers on the online event', async () => {
    EngineController.retryDelays = [];
    const endpoint = await rulesetEndpoint('missing');
    const { form, field, submits } = await mountField((field) => {
      field.rulesetUrl = endpoint.url;
    });
    await typeInto(field, '风吹麦浪');
    await leave(field);
    await expectRefused(form, field, submits);
    expect(errors.calls.length).to.equal(1);
    expect(String(errors.calls[0]?.[0])).to.contain(endpoint.url).and.to.contain('404');

    await endpoint.answer('ok');
    window.dispatchEvent(new Event('online'));
    await field.ready;
    await expectChecking(field);
    expect(await endpoint.requests()).to.equal(1);
  });

  it('keeps refusing while a retry is in flight: typing after a failure opens no window for unchecked text', async () => {
    EngineController.retryDelays = [];
    const endpoint = await rulesetEndpoint('missing', 'held');
    const { form, field, submits } = await mountField((field) => {
      field.rulesetUrl = endpoint.url;
    });
    // The user types: the failed load is tried again, and that request stays unanswered.
    await typeInto(field, '风吹麦浪');
    await leave(field);
    expect(await endpoint.requests(), 'the retry is in flight').to.equal(2);
    await expectRefused(form, field, submits);

    await endpoint.release();
    await field.ready;
    await expectRefused(form, field, submits);
    expect(errors.calls.length, 'the same cause is reported once').to.equal(1);
  });

  it('recovers on the online event even while an older retry is still in flight (and then fails)', async () => {
    EngineController.retryDelays = [];
    const endpoint = await rulesetEndpoint('missing', 'held');
    const { field } = await mountField((field) => {
      field.rulesetUrl = endpoint.url;
    });
    // Typing after the failure retries; that request hangs, and will fail when it answers.
    await typeInto(field, '风吹麦浪');
    await leave(field);
    expect(await endpoint.requests(), 'the retry is in flight').to.equal(2);
    await endpoint.answer('ok');
    window.dispatchEvent(new Event('online'));
    // The old request answers 404 now: it must not stand for the retry the online event asked for.
    await endpoint.release();
    await field.ready;
    expect(field.validity.valid, 'a clean name is valid once the rule set loads').to.equal(true);
    expect(await endpoint.requests(), 'the online event sent a request of its own').to.equal(1);
    await expectChecking(field);
  });

  it('refuses the name while its ruleset-url answers an invalid document, and recovers on the next input', async () => {
    EngineController.retryDelays = [];
    const endpoint = await rulesetEndpoint('invalid');
    const { form, field, submits } = await mountField((field) => {
      field.setAttribute('ruleset-url', endpoint.url);
    });
    await typeInto(field, '风吹麦浪');
    await leave(field);
    await expectRefused(form, field, submits);
    expect(errors.calls.length).to.equal(1);
    expect(String(errors.calls[0]?.[0])).to.contain('Invalid rule set');

    await endpoint.answer('ok');
    await expectChecking(field);
  });

  it('retries by itself after a backoff: a prefilled name is refused, then checked once the rule set loads', async () => {
    EngineController.retryDelays = [1];
    const endpoint = await rulesetEndpoint('missing', 'ok');
    let checked: Promise<unknown> = Promise.resolve();
    const { form, field, submits } = await mountField((field) => {
      checked = new Promise((resolve) => field.addEventListener('mz-precheck', resolve, { once: true }));
      field.defaultValue = '新华社';
      field.showFeedback = true;
      field.rulesetUrl = endpoint.url;
    });
    // The first load has failed and the field has updated; the retry is a later task.
    await expectRefused(form, field, submits);
    // No input, no online event: the retry timer alone brings the check.
    await checked;
    await field.updateComplete;
    expect(field.validity.valid).to.equal(false);
    expect(feedbackText(field)).to.contain(ARTICLE_8_4);
    expect(await endpoint.requests()).to.equal(2);
    expect(errors.calls.length).to.equal(1);
  });

  it('with precheck-optional, accepts the name with a neutral notice and the form submits', async () => {
    const { form, field, submits } = await mountField((field) => {
      field.precheckOptional = true;
      field.ruleSet = Promise.reject(new Error('offline'));
    });
    await typeInto(field, '新华社');
    await leave(field);
    expect(field.validity.valid).to.equal(true);
    expect(feedbackText(field)).to.contain('名称暂时无法在本机预检，提交后由平台审核');
    expect(field.shadowRoot?.querySelector('.error')).to.equal(null);
    submit(form);
    expect(submits()).to.equal(1);
    expect(errors.calls.length).to.equal(1);
    expect(String(errors.calls[0]?.[0])).to.contain('precheck-optional');
  });

  it('says so in the page’s language', async () => {
    document.documentElement.lang = 'en';
    const { field } = await mountField((field) => {
      field.ruleSet = Promise.reject(new Error('offline'));
    });
    await typeInto(field, 'abc');
    expect(feedbackText(field)).to.contain('The name cannot be checked right now. Please try again later.');
    expect(field.validationMessage).to.equal('The name cannot be checked right now. Please try again later.');
    document.documentElement.lang = 'zh-TW';
    field.requestUpdate();
    await field.updateComplete;
    expect(feedbackText(field)).to.contain('名稱暫時無法校驗，請稍後再試');
  });

  describe('mz-profile-editor', () => {
    async function mountEditor(configure: (editor: MzProfileEditor) => void) {
      const host = document.createElement('div');
      document.body.append(host);
      render(html`<form><mz-profile-editor></mz-profile-editor><button>提交</button></form>`, host);
      const editor = host.querySelector('mz-profile-editor') as MzProfileEditor;
      configure(editor);
      await editor.ready;
      const form = host.querySelector('form') as HTMLFormElement;
      return { form, editor, submits: countSubmits(form) };
    }

    it('refuses its name and bio while the rule set cannot load, and recovers when back online', async () => {
      EngineController.retryDelays = [];
      const endpoint = await rulesetEndpoint('missing');
      const { form, editor, submits } = await mountEditor((editor) => {
        editor.setAttribute('ruleset-url', endpoint.url);
      });
      const bio = editor.shadowRoot?.getElementById('bio') as HTMLTextAreaElement;
      bio.focus();
      await typeHere(editor, '喜欢摄影');
      await leave(editor);
      expect(feedbackText(editor, 'bio-feedback')).to.contain('简介暂时无法校验，请稍后再试');
      expect(editor.validity.valid).to.equal(false);
      expect(editor.validationMessage).to.contain('简介暂时无法校验');
      submit(form);
      expect(submits()).to.equal(0);

      const name = editor.shadowRoot?.querySelector('mz-name-field') as MzNameField;
      await retype(name, '风吹麦浪');
      await leave(name);
      expect(feedbackText(name)).to.contain(UNAVAILABLE);
      expect(editor.validationMessage).to.contain(UNAVAILABLE);
      // The editor and its name field share the failing source: one log.
      expect(errors.calls.length).to.equal(1);

      await endpoint.answer('ok');
      window.dispatchEvent(new Event('online'));
      await editor.ready;
      expect(editor.validity.valid).to.equal(true);
      expect(feedbackText(editor, 'bio-feedback')).to.contain('没有发现问题');
      bio.focus();
      bio.select();
      await typeHere(editor, '新华社记者');
      await editor.ready;
      expect(editor.validity.valid).to.equal(false);
      expect(feedbackText(editor, 'bio-feedback')).to.contain(ARTICLE_8_4);
    });

    it('with precheck-optional, accepts the text with a neutral notice', async () => {
      const { form, editor, submits } = await mountEditor((editor) => {
        editor.precheckOptional = true;
        editor.ruleSet = Promise.reject(new Error('offline'));
      });
      const signature = editor.shadowRoot?.getElementById('signature') as HTMLTextAreaElement;
      signature.focus();
      await typeHere(editor, '新华社');
      await leave(editor);
      expect(editor.validity.valid).to.equal(true);
      expect(feedbackText(editor, 'signature-feedback')).to.contain('签名暂时无法在本机预检');
      submit(form);
      expect(submits()).to.equal(1);
    });
  });
});
