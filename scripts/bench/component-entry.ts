/**
 * The keystroke benchmark page: one mz-name-field with the default rule set. `runKeystrokes` types
 * each text one character at a time (value + input event, as a keystroke does) with the field's
 * feedback showing, and times each keystroke until the field has checked the text and rendered its
 * feedback (`updateComplete`).
 */
import '@mingzheng/elements/define/name-field.js';
import type { MzNameField } from '@mingzheng/elements';

declare global {
  interface Window {
    runKeystrokes(texts: readonly string[], rounds: number): Promise<{ samples: number[]; checks: number }>;
  }
}

window.runKeystrokes = async (texts, rounds) => {
  const field = document.querySelector('mz-name-field') as MzNameField;
  await field.ready;
  field.showFeedback = true;
  await field.updateComplete;
  const input = field.shadowRoot?.querySelector('input');
  if (!input) throw new Error('mz-name-field has no input');
  const samples: number[] = [];
  let checks = 0;
  let counting = false;
  field.addEventListener('mz-precheck', () => {
    if (counting) checks++;
  });
  for (let round = 0; round < rounds; round++) {
    counting = round > 0;
    for (const text of texts) {
      for (let i = 1; i <= text.length; i++) {
        const start = performance.now();
        input.value = text.slice(0, i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
        await field.updateComplete;
        if (round > 0) samples.push(performance.now() - start);
      }
    }
  }
  return { samples, checks };
};
