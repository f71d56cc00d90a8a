import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/name-field.js';
import type { MzNameField } from '../src/name-field/name-field.js';

async function mount(template: unknown): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  await Promise.all([...host.querySelectorAll('mz-name-field')].map((field) => (field as MzNameField).updateComplete));
  return host;
}

describe('mz-name-field', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('renders an input labelled by its label', async () => {
    const host = await mount(html`<mz-name-field label="昵称"></mz-name-field>`);
    const field = host.querySelector('mz-name-field') as MzNameField;
    const input = field.shadowRoot?.querySelector('input') as HTMLInputElement;
    expect(input.labels?.[0]?.textContent).to.equal('昵称');
  });

  it('takes what the user types as its value and folds full width for the pre-check', async () => {
    const host = await mount(html`<mz-name-field></mz-name-field>`);
    const field = host.querySelector('mz-name-field') as MzNameField;
    const inputs: string[] = [];
    field.addEventListener('input', () => inputs.push(field.value));
    field.focus();
    await sendKeys({ type: 'ＣＣＴＶ fan' });
    expect(field.value).to.equal('ＣＣＴＶ fan');
    expect(field.normalizedValue).to.equal('CCTV fan');
    expect(inputs.length).to.equal('ＣＣＴＶ fan'.length);
  });

  it('submits its value with the form', async () => {
    const host = await mount(html`<form><mz-name-field name="nickname"></mz-name-field></form>`);
    const field = host.querySelector('mz-name-field') as MzNameField;
    field.focus();
    await sendKeys({ type: '风吹麦浪' });
    await field.updateComplete;
    const data = new FormData(host.querySelector('form') as HTMLFormElement);
    expect(data.get('nickname')).to.equal('风吹麦浪');
  });
});
