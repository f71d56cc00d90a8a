/**
 * What framework bindings rely on in mz-name-field: the `input` a user's typing fires reaches the
 * page before the `mz-precheck` it causes (Vue's v-model re-renders on the verdict and would write
 * the old value back otherwise), and `composing`, the property Vue's v-model sets on its element
 * during an IME composition, is not the field's own flag.
 */
import type { RuleSet } from '@mingzheng/precheck';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/name-field.js';
import type { MzNameField } from '../src/name-field/name-field.js';

const testRuleSet = testRuleSetJson as unknown as RuleSet;

async function mountField(): Promise<MzNameField> {
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<form><mz-name-field name="nickname" .ruleSet=${testRuleSet}></mz-name-field></form>`, host);
  const field = host.querySelector('mz-name-field') as MzNameField;
  await field.ready;
  return field;
}

/** Resolves once `condition` holds, checking every frame (fails after 5 s). */
async function until(condition: () => boolean): Promise<void> {
  const deadline = performance.now() + 5000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise(requestAnimationFrame);
  }
}

describe('mz-name-field under framework bindings', () => {
  afterEach(() => document.body.replaceChildren());

  it('fires the input a user types before the mz-precheck it causes', async () => {
    const field = await mountField();
    const order: string[] = [];
    field.addEventListener('input', () => order.push(`input ${field.value}`));
    field.addEventListener('mz-precheck', (event) => order.push(`mz-precheck ${event.verdict.verdict}`));
    field.focus();
    await sendKeys({ type: '新' });
    await until(() => order.length >= 2);
    expect(order).to.deep.equal(['input 新', 'mz-precheck pass']);
  });

  it('checks what the user types while a framework has set `composing` on the element', async () => {
    const field = await mountField();
    // Vue's v-model sets it on compositionstart and clears it on compositionend.
    Object.assign(field, { composing: true });
    field.focus();
    await sendKeys({ type: '新华社' });
    await until(() => field.currentVerdict?.verdict === 'block');
    expect(field.value).to.equal('新华社');
  });
});
