import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mingzheng/elements';

interface NameFieldArgs {
  label: string;
  value: string;
  placeholder: string;
}

const meta: Meta<NameFieldArgs> = {
  title: 'Components/Name field',
  component: 'mz-name-field',
  args: { label: '账号名称', value: '', placeholder: '2–20 个字符' },
  render: ({ label, value, placeholder }) =>
    html`<mz-name-field label=${label} .value=${value} placeholder=${placeholder}></mz-name-field>`,
};

export default meta;

type Story = StoryObj<NameFieldArgs>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { value: '风吹麦浪' },
};

export const English: Story = {
  args: { label: 'Account name', placeholder: '2–20 characters', value: 'Tom_1998' },
};
