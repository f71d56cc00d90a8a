/**
 * The shared form-control tests (helpers/form-control-suite.ts) for every field: mz-name-field,
 * mz-identity-field and mz-profile-editor.
 */
import type { RuleSet } from '@mingzheng/precheck';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { expect } from 'chai';
import '../src/define/identity-field.js';
import '../src/define/name-field.js';
import '../src/define/profile-editor.js';
import type { MzIdentityField } from '../src/identity-field/identity-field.js';
import type { MzNameField } from '../src/name-field/name-field.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';
import { formControlTests } from './helpers/form-control-suite.js';

const testRuleSet = testRuleSetJson as unknown as RuleSet;
const input = (field: HTMLElement) => field.shadowRoot?.querySelector('input') as HTMLInputElement;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

formControlTests<MzNameField>({
  tag: 'mz-name-field',
  create({ value }) {
    const field = document.createElement('mz-name-field');
    field.name = 'nickname';
    field.ruleSet = testRuleSet;
    if (value !== undefined) field.defaultValue = value;
    return field;
  },
  ready: (field) => field.ready,
  control: input,
  feedback: (field) => text(field.shadowRoot?.querySelector('[part="feedback"]')),
  valid: { typed: '风吹麦浪', entry: ['nickname', '风吹麦浪'] },
  invalid: { typed: '新华社', message: '「新华社」是新闻媒体的名称' },
  initial: { value: '风吹麦浪', entry: ['nickname', '风吹麦浪'] },
  restore: { state: '风吹麦浪', entry: ['nickname', '风吹麦浪'] },
  required: { message: '请填写账号名称。', feedback: '请填写账号名称。' },
  enterSubmits: true,
  afterReset(field) {
    expect(input(field).value).to.equal('风吹麦浪');
  },
});

formControlTests<MzIdentityField>({
  tag: 'mz-identity-field',
  create({ value }) {
    const field = document.createElement('mz-identity-field');
    field.name = 'phone';
    if (value !== undefined) field.defaultValue = value;
    return field;
  },
  ready: (field) => field.updateComplete,
  control: input,
  feedback: (field) => text(field.shadowRoot?.querySelector('[part="feedback"]')),
  valid: { typed: '13800138000', entry: ['phone', '13800138000'] },
  invalid: { typed: '1380013800', message: '手机号码应为 11 位数字，现在 10 位' },
  initial: { value: '13800138000', entry: ['phone', '13800138000'] },
  restore: { state: '13800138000', entry: ['phone', '13800138000'] },
  required: { message: '请填写手机号码。', feedback: '请填写手机号码' },
  enterSubmits: true,
  afterReset(field) {
    // Valid again, and not focused: masked.
    expect(input(field).value).to.equal('138****8000');
  },
});

formControlTests<MzProfileEditor>({
  tag: 'mz-profile-editor',
  create() {
    const editor = document.createElement('mz-profile-editor');
    editor.ruleSet = testRuleSet;
    return editor;
  },
  ready: (editor) => editor.ready,
  control: (editor) => editor.shadowRoot?.getElementById('bio') as HTMLTextAreaElement,
  feedback: (editor) => text(editor.shadowRoot?.getElementById('bio-feedback')),
  valid: { typed: '喜欢读书', entry: ['bio', '喜欢读书'] },
  invalid: { typed: '新华社记者', message: '第八条第（四）项' },
  restore: { state: restoredState(), entry: ['bio', '喜欢读书'] },
  enterSubmits: false,
});

function restoredState(): FormData {
  const state = new FormData();
  state.set('name', '小明');
  state.set('bio', '喜欢读书');
  return state;
}
