/**
 * mz-name-field in every state a designer needs to see. States with feedback set `show-feedback`
 * (or submit the form in `play`), so each story shows its state without anyone typing. All
 * stories use the default rule set, loaded lazily as on a real page.
 */
import type { RuleSet } from '@mingzheng/precheck';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@mingzheng/elements';
import type { MzNameField } from '@mingzheng/elements';

interface NameFieldArgs {
  label: string;
  value: string;
  placeholder: string;
  hint: string;
  lang: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  showFeedback: boolean;
  blockReview: boolean;
  maxlength: number | undefined;
  cjkWidth: '1' | '2';
  theme: '' | 'light' | 'dark';
  ruleSet: Promise<RuleSet> | undefined;
}

const meta: Meta<NameFieldArgs> = {
  title: 'Components/Name field',
  component: 'mz-name-field',
  args: {
    // Empty: the field's own label in the toolbar's language.
    label: '',
    value: '',
    placeholder: '',
    hint: '',
    lang: '',
    required: false,
    disabled: false,
    readonly: false,
    showFeedback: false,
    blockReview: false,
    maxlength: undefined,
    cjkWidth: '1',
    theme: '',
    ruleSet: undefined,
  },
  argTypes: {
    lang: {
      control: 'select',
      options: ['', 'zh-CN', 'zh-TW', 'en'],
      description: 'The `lang` around the component; empty follows the Locale switch in the toolbar.',
    },
    cjkWidth: { control: 'inline-radio', options: ['1', '2'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    ruleSet: { table: { disable: true } },
  },
  render: (args) => html`
    <mz-name-field
      lang=${args.lang || nothing}
      label=${args.label}
      value=${args.value}
      placeholder=${args.placeholder || nothing}
      hint=${args.hint || nothing}
      maxlength=${ifDefined(args.maxlength)}
      cjk-width=${args.cjkWidth}
      theme=${args.theme || nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      ?show-feedback=${args.showFeedback}
      ?block-review=${args.blockReview}
      .ruleSet=${args.ruleSet}
    ></mz-name-field>
  `,
};

export default meta;

type Story = StoryObj<NameFieldArgs>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { value: '风吹麦浪', showFeedback: true },
};

/** Art. 8(4): a news medium's name. */
export const BlockNewsMedia: Story = {
  name: 'Block: news medium (8.4)',
  args: { value: '新华社小编', showFeedback: true },
};

/** Art. 8(6): contact information in the name. */
export const BlockContact: Story = {
  name: 'Block: contact information (8.6)',
  args: { value: '加微信abc12345', showFeedback: true },
};

/** A protected name disguised with separators or a homophone: cited under 8.6 as well. */
export const BlockEvasion: Story = {
  name: 'Block: evasion (separators, homophones)',
  args: { value: '新 华 社', showFeedback: true },
};

/** Art. 10(2): strict review — a notice, the form still submits. */
export const ReviewStrict: Story = {
  name: 'Review: strict review (10.2)',
  args: { value: '中华小当家', showFeedback: true },
};

/** Art. 11: a professional role — asks for a qualification, the form still submits. */
export const ReviewQualification: Story = {
  name: 'Review: qualification (11)',
  args: { value: '张医生说健康', showFeedback: true },
};

/** With `block-review`, review findings make the field invalid. */
export const ReviewBlocked: Story = {
  name: 'Review blocked (block-review)',
  args: { value: '中华小当家', showFeedback: true, blockReview: true },
};

/** Length in grapheme clusters, a Chinese character counting 2. */
export const TooLong: Story = {
  name: 'Too long',
  args: {
    value: '风吹麦浪的少年',
    maxlength: 12,
    cjkWidth: '2',
    hint: '最多 12 个字符，一个汉字算 2 个',
    showFeedback: true,
  },
};

/** The rule set never arrives: the quiet checking state, and typing still works. */
export const LoadingDictionaries: Story = {
  name: 'Loading dictionaries',
  args: { value: '风吹麦浪', ruleSet: new Promise<RuleSet>(() => {}) },
  // The screenshot test waits for no engine here.
  parameters: { visual: { ready: false } },
};

export const Disabled: Story = {
  args: { value: '风吹麦浪', disabled: true },
};

export const Readonly: Story = {
  args: { value: '风吹麦浪', readonly: true },
};

export const TraditionalChinese: Story = {
  name: 'Locale: zh-TW',
  args: { lang: 'zh-TW', label: '帳號名稱', placeholder: '2–20 個字元', value: '新華社小編', showFeedback: true },
};

export const English: Story = {
  name: 'Locale: en',
  args: { lang: 'en', label: 'Account name', placeholder: '2–20 characters', value: '新华社小编', showFeedback: true },
};

export const Dark: Story = {
  args: { theme: 'dark', value: '新华社小编', showFeedback: true, hint: '2–20 个字符' },
  decorators: [
    (story) =>
      html`<div style="background: #141414; color-scheme: dark; padding: 1rem; border-radius: 0.5rem">
        ${story()}
      </div>`,
  ],
};

/** A submit attempt reveals the problem: the form's native validation stops it. */
export const SubmitAttempt: Story = {
  name: 'Submit attempt',
  args: { value: '人民日报官方', required: true },
  decorators: [(story) => html`<form>${story()}<button>注册</button></form>`],
  // The browser's own validation bubble fades on a timer: the screenshot test moves focus away first.
  parameters: { visual: { blur: true } },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('mz-name-field') as MzNameField;
    await field.ready;
    const form = canvasElement.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.requestSubmit();
  },
};

/** Type any name and see what the pre-check finds, in any language. */
export const Playground: Story = {
  args: { hint: '输入任何名称，离开输入框后查看预检结果', showFeedback: true, value: '' },
};
