/**
 * Text committed through an input method, three ways:
 *
 * - `commitThroughIme`: Chromium's own IME path over the DevTools protocol (see browser-commands.mjs):
 *   `Input.imeSetComposition` for each stage of the composition, then `Input.insertText` commits.
 *   Chromium then fires the last `input` (isComposing: true) BEFORE `compositionend`.
 * - `firefoxOrder`, `safariOrder`: the orders of the other engines, which a Chromium test can only
 *   replay: Firefox ends the composition and then sends an `input` with isComposing false; Safari
 *   sends the committing `input` (isComposing: true, `insertFromComposition`) and then `compositionend`.
 *   The control's text is set as the browser would before each event, and each event comes in a
 *   task of its own, as from the browser (a script's dispatchEvent runs them all before any update
 *   of the element, which hides the bug of an element that only checks when its value changes).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Composes `stages` one after the other (e.g. 'renmin', '人民日报') and commits `text` in the focused control. */
export async function commitThroughIme(text: string, stages: string[] = [text]): Promise<void> {
  const steps = [...stages.map((stage) => ({ compose: stage })), { insert: text }];
  const done = await executeServerCommand('mz-ime', { steps });
  if (done !== true) throw new Error('the mz-ime command is not available');
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The rest of this task, its microtasks (an element's update) included, runs first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

function dispatch(control: TextControl, event: Event): Promise<void> {
  control.dispatchEvent(event);
  return nextTask();
}

async function compose(control: TextControl, before: string, stages: string[]): Promise<void> {
  await dispatch(control, new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
  for (const stage of stages) {
    await dispatch(control, new CompositionEvent('compositionupdate', { bubbles: true, composed: true, data: stage }));
    control.value = before + stage;
    await dispatch(
      control,
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        isComposing: true,
        inputType: 'insertCompositionText',
        data: stage,
      }),
    );
  }
}

/** Firefox: compositionend, then `input` with isComposing false. `before` is the text kept before the caret. */
export async function firefoxOrder(control: TextControl, text: string, stages: string[], before = ''): Promise<void> {
  await compose(control, before, stages);
  control.value = before + text;
  await dispatch(control, new CompositionEvent('compositionend', { bubbles: true, composed: true, data: text }));
  await dispatch(
    control,
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      isComposing: false,
      inputType: 'insertCompositionText',
      data: text,
    }),
  );
}

/** Safari: the composition text removed and the commit inserted while composing, then compositionend. */
export async function safariOrder(control: TextControl, text: string, stages: string[], before = ''): Promise<void> {
  await compose(control, before, stages);
  control.value = before;
  await dispatch(
    control,
    new InputEvent('input', { bubbles: true, composed: true, isComposing: true, inputType: 'deleteCompositionText' }),
  );
  control.value = before + text;
  await dispatch(
    control,
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      isComposing: true,
      inputType: 'insertFromComposition',
      data: text,
    }),
  );
  await dispatch(control, new CompositionEvent('compositionend', { bubbles: true, composed: true, data: text }));
}
