/**
 * mz-identity-field for each kind of number (Art. 9: mobile number, identity document number,
 * unified social credit code) in every state a designer needs to see. States with feedback set
 * `show-feedback`, so each story shows its state without anyone typing; a prefilled valid number
 * is masked because the field is not focused.
 *
 * Sample numbers are test vectors, not anyone's: 11010519491231002X (the regulation's example),
 * 13800138000 and 91350100M000100Y43; the invalid ones are these with a character changed.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@mingzheng/elements';
import type { IdentityType, MzIdentityField } from '@mingzheng/elements';

interface IdentityFieldArgs {
  type: IdentityType;
  label: string;
  value: string;
  placeholder: string;
  hint: string;
  lang: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  showFeedback: boolean;
  noMask: boolean;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<IdentityFieldArgs> = {
  title: 'Components/Identity field',
  component: 'mz-identity-field',
  args: {
    type: 'phone',
    label: '',
    value: '',
    placeholder: '',
    hint: '',
    lang: '',
    required: false,
    disabled: false,
    readonly: false,
    showFeedback: false,
    noMask: false,
    theme: '',
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['phone', 'id', 'uscc'] },
    lang: {
      control: 'select',
      options: ['', 'zh-CN', 'zh-TW', 'en'],
      description: 'The `lang` around the component; empty follows the Locale switch in the toolbar.',
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => html`
    <div lang=${args.lang || nothing} style="max-inline-size: 24rem">
      <mz-identity-field
        type=${args.type}
        label=${args.label || nothing}
        value=${args.value}
        placeholder=${args.placeholder || nothing}
        hint=${args.hint || nothing}
        theme=${args.theme || nothing}
        ?required=${args.required}
        ?disabled=${args.disabled}
        ?readonly=${args.readonly}
        ?show-feedback=${args.showFeedback}
        ?no-mask=${args.noMask}
      ></mz-identity-field>
    </div>
  `,
};

export default meta;

type Story = StoryObj<IdentityFieldArgs>;

/** A mobile number, empty: the label defaults to the type's name in the field's language. */
export const PhoneEmpty: Story = {
  name: 'Phone: empty',
  args: { placeholder: '11 位数字' },
};

/** A valid mobile number, masked while the field is not focused. */
export const PhoneValid: Story = {
  name: 'Phone: valid (masked)',
  args: { value: '13800138000', showFeedback: true },
};

/** Grouped 3-4-4 as typed; focus shows the whole number. */
export const PhoneFocused: Story = {
  name: 'Phone: valid, focused (unmasked)',
  args: { value: '13800138000', showFeedback: true },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('mz-identity-field') as MzIdentityField;
    await field.updateComplete;
    field.shadowRoot?.querySelector('input')?.focus();
  },
};

export const IdEmpty: Story = {
  name: 'ID: empty',
  args: { type: 'id', placeholder: '18 位，最后一位可以是 X' },
};

/** The regulation's example number: valid, masked to its first and last characters. */
export const IdValid: Story = {
  name: 'ID: valid (masked)',
  args: { type: 'id', value: '11010519491231002X', showFeedback: true },
};

export const UsccEmpty: Story = {
  name: 'USCC: empty',
  args: { type: 'uscc', placeholder: '18 位数字和大写字母' },
};

/** A credit code is public (Art. 13), so it is never masked. */
export const UsccValid: Story = {
  name: 'USCC: valid (not masked)',
  args: { type: 'uscc', value: '91350100M000100Y43', showFeedback: true },
};

export const InvalidLength: Story = {
  name: 'Invalid: length',
  args: { value: '1380013800', showFeedback: true },
};

/** 194 is not an allocated mobile block. */
export const InvalidPhoneBlock: Story = {
  name: 'Invalid: unallocated phone block',
  args: { value: '19400138000', showFeedback: true },
};

/** A 13-digit IoT number: well formed, but it cannot receive the verification text message. */
export const InvalidIot: Story = {
  name: 'Invalid: IoT number',
  args: { value: '1440013800000', showFeedback: true },
};

/** An invalid number stays readable after blur, so it can be fixed. */
export const InvalidCheckCharacter: Story = {
  name: 'Invalid: ID check character',
  args: { type: 'id', value: '110105194912310021', showFeedback: true },
};

/** Month 13 in digits 7 to 14. */
export const InvalidBirthDate: Story = {
  name: 'Invalid: ID birth date',
  args: { type: 'id', value: '110105194913310020', showFeedback: true },
};

/** The 15-digit form of the example number: a first-generation ID, no longer accepted. */
export const InvalidLegacy: Story = {
  name: 'Invalid: legacy 15-digit ID',
  args: { type: 'id', value: '110105491231002', showFeedback: true },
};

export const InvalidUsccCheckCharacter: Story = {
  name: 'Invalid: USCC check character',
  args: { type: 'uscc', value: '91350100M000100Y44', showFeedback: true },
};

/** Required and empty: the message names the field. */
export const Required: Story = {
  args: { required: true, showFeedback: true, hint: '用于接收验证码' },
};

export const Disabled: Story = {
  args: { value: '13800138000', disabled: true },
};

export const Readonly: Story = {
  args: { type: 'id', value: '11010519491231002X', readonly: true },
};

export const TraditionalChinese: Story = {
  name: 'Locale: zh-TW',
  args: { lang: 'zh-TW', type: 'id', value: '110105194912310021', showFeedback: true },
};

export const English: Story = {
  name: 'Locale: en',
  args: { lang: 'en', value: '19400138000', showFeedback: true },
};

/** One field of each type: a valid phone and credit code, an ID with a wrong check character. */
const allTypes = (theme: string) => html`
  <div style="display: grid; gap: 1rem; max-inline-size: 24rem">
    <mz-identity-field type="phone" value="13800138000" theme=${theme || nothing} show-feedback></mz-identity-field>
    <mz-identity-field type="id" value="110105194912310021" theme=${theme || nothing} show-feedback></mz-identity-field>
    <mz-identity-field
      type="uscc"
      value="91350100M000100Y43"
      theme=${theme || nothing}
      show-feedback
    ></mz-identity-field>
  </div>
`;

export const AllTypes: Story = {
  name: 'All types',
  render: () => allTypes(''),
};

export const Dark: Story = {
  render: () => allTypes('dark'),
  decorators: [
    (story) =>
      html`<div style="background: #141414; color-scheme: dark; padding: 1rem; border-radius: 0.5rem">
        ${story()}
      </div>`,
  ],
};

/** Type or paste any number: it is grouped as you type and masked when you leave the field. */
export const Playground: Story = {
  args: { hint: '输入或粘贴号码，离开输入框后查看校验结果', showFeedback: false },
};
