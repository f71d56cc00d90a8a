/**
 * Every element with each of its properties set to `undefined`, as the React wrappers (@lit/react)
 * do when a prop is no longer passed: it still renders, falls back to its defaults, a field keeps a
 * string value, and its form still builds its FormData.
 */
import { expect } from 'chai';
import type { LitElement } from 'lit';
import '../src/index.js';

const TAGS = ['mz-name-field', 'mz-identity-field', 'mz-profile-editor', 'mz-ip-badge', 'mz-account-card'] as const;

type Unsettable = LitElement & Record<string, unknown>;

/** The declared public properties (not internal state). */
function declaredProperties(element: Unsettable): string[] {
  const declared = (element.constructor as typeof LitElement).elementProperties;
  return [...declared].filter(([, options]) => !options.state).map(([name]) => String(name));
}

async function mountInForm(tag: string): Promise<{ form: HTMLFormElement; element: Unsettable }> {
  const form = document.createElement('form');
  const element = document.createElement(tag) as Unsettable;
  form.append(element);
  document.body.append(form);
  await element.updateComplete;
  return { form, element };
}

const entries = (form: HTMLFormElement) => [...new FormData(form)].map(([key, value]) => [key, String(value)]);

describe('elements with every property unset (undefined)', () => {
  afterEach(() => document.body.replaceChildren());

  for (const tag of TAGS) {
    it(`${tag} renders and submits as with its defaults`, async () => {
      const { form, element } = await mountInForm(tag);
      const rendered = element.shadowRoot?.innerHTML;
      const submitted = entries(form);
      const properties = declaredProperties(element);
      expect(properties.length).to.be.greaterThan(2);
      for (const name of properties) element[name] = undefined;
      await element.updateComplete;
      expect(element.shadowRoot?.innerHTML).to.equal(rendered);
      expect(entries(form)).to.deep.equal(submitted);
      if ('value' in element) {
        expect(element.value).to.equal('');
        element.value = undefined;
        await element.updateComplete;
        expect(element.value).to.equal('');
        expect(element.shadowRoot?.innerHTML).to.equal(rendered);
      }
    });
  }

  it('mz-name-field checks a value set after its properties were unset', async () => {
    const { form, element } = await mountInForm('mz-name-field');
    for (const name of declaredProperties(element)) element[name] = undefined;
    element.name = 'nickname';
    element.value = '风吹麦浪';
    await (element as unknown as { ready: Promise<boolean> }).ready;
    expect(new FormData(form).get('nickname')).to.equal('风吹麦浪');
    expect((element as unknown as { currentVerdict?: { verdict: string } }).currentVerdict?.verdict).to.equal('pass');
  });
});
