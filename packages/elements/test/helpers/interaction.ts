/** What a user does to a field in the browser tests: real key presses through the test runner. */
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/** Focuses `field` and types `text` with real key presses. */
export async function typeInto(field: LitElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

/** Leaves the focused field with Tab. */
export async function leave(field: LitElement): Promise<void> {
  await sendKeys({ press: 'Tab' });
  await field.updateComplete;
}

/** Counts submit events, keeping the page where it is. */
export function countSubmits(form: HTMLFormElement): () => number {
  let submits = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits++;
  });
  return () => submits;
}
