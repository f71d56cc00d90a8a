/**
 * The form-control tests every `mz-*` field passes, run against any field tag (as Web Awesome's
 * form-control-base-tests): FormData, `invalid` on submit, required, reset, restore
 * (formStateRestoreCallback), disabled (attribute and `<fieldset disabled>`), keyboard only, and an
 * IME commit. Driven as a user: real key presses, Tab to leave, native submission and reset.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { countSubmits } from './interaction.js';

type FieldElement = HTMLElement & {
  value: string;
  disabled: boolean;
  required: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  formStateRestoreCallback(state: string | File | FormData | null): void;
  readonly updateComplete: Promise<boolean>;
};
type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface FormControlFixture<E extends FieldElement> {
  tag: string;
  /** A new field, not yet in the page; `value` is its initial (default) value where it has one. */
  create(options: { value?: string }): E;
  /** Resolves once the field has checked what it holds. */
  ready(field: E): Promise<unknown>;
  /** The native control the user types into. */
  control(field: E): TextControl;
  /** What the feedback of that control says. */
  feedback(field: E): string;
  /** Typed by the user and accepted: the FormData entry it gives. */
  valid: { typed: string; entry: [string, string] };
  /** Typed by the user and refused: part of the message shown. */
  invalid: { typed: string; message: string };
  /** The initial value, as the form data holds it after a reset (fields with a `value` attribute). */
  initial?: { value: string; entry: [string, string] };
  /** A restored form state and the FormData entry it gives. */
  restore: { state: string | FormData; entry: [string, string] };
  /** With `required` and nothing typed: the message (fields that take `required`). */
  required?: { message: string; feedback: string };
  /** Enter in the control submits the form (a one-line input). */
  enterSubmits: boolean;
  /** More to check after a reset (e.g. a masked number). */
  afterReset?: (field: E) => void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

function mountInForm<E extends FieldElement>(field: E, wrap?: 'fieldset') {
  const form = document.createElement('form');
  const container = wrap ? document.createElement('fieldset') : form;
  if (container instanceof HTMLFieldSetElement) container.disabled = true;
  if (wrap) form.append(container);
  container.append(field);
  const button = document.createElement('button');
  button.textContent = '提交';
  form.append(button);
  document.body.append(form);
  return { form, container };
}

async function typeIn<E extends FieldElement>(fixture: FormControlFixture<E>, field: E, text: string) {
  fixture.control(field).focus();
  await sendKeys({ type: text });
  await fixture.ready(field);
}

async function leave<E extends FieldElement>(fixture: FormControlFixture<E>, field: E) {
  await sendKeys({ press: 'Tab' });
  await fixture.ready(field);
}

export function formControlTests<E extends FieldElement>(fixture: FormControlFixture<E>): void {
  describe(`${fixture.tag} as a form control`, () => {
    afterEach(() => {
      document.body.replaceChildren();
    });

    async function mounted(
      options: { value?: string; wrap?: 'fieldset'; required?: boolean; disabled?: boolean } = {},
    ) {
      const field = fixture.create({ value: options.value });
      if (options.required) field.required = true;
      if (options.disabled) field.disabled = true;
      const { form, container } = mountInForm(field, options.wrap);
      await fixture.ready(field);
      return { form, container, field, submits: countSubmits(form) };
    }

    it('puts what the user types into the form data', async () => {
      const { form, field } = await mounted();
      await typeIn(fixture, field, fixture.valid.typed);
      const [key, value] = fixture.valid.entry;
      expect(new FormData(form).get(key)).to.equal(value);
      expect(field.validity.valid).to.equal(true);
    });

    it('shows no error while the user types, then the error once the form asks (invalid on submit)', async () => {
      const { form, field, submits } = await mounted();
      await typeIn(fixture, field, fixture.invalid.typed);
      expect(fixture.feedback(field)).to.not.contain(fixture.invalid.message);
      expect(field.matches(':state(user-invalid)')).to.equal(false);
      form.requestSubmit();
      expect(submits()).to.equal(0);
      expect(form.checkValidity()).to.equal(false);
      expect(field.checkValidity()).to.equal(false);
      await fixture.ready(field);
      expect(fixture.feedback(field)).to.contain(fixture.invalid.message);
      expect(field.matches(':invalid')).to.equal(true);
      expect(field.matches(':state(user-invalid)')).to.equal(true);
      expect(fixture.control(field).getAttribute('aria-invalid')).to.equal('true');
    });

    if (fixture.required) {
      const required = fixture.required;
      it('requires a value with required, and says so on submit', async () => {
        const { form, field, submits } = await mounted({ required: true });
        expect(form.checkValidity()).to.equal(false);
        expect(field.validity.valueMissing).to.equal(true);
        expect(field.validationMessage).to.equal(required.message);
        form.requestSubmit();
        await fixture.ready(field);
        expect(submits()).to.equal(0);
        expect(fixture.feedback(field)).to.contain(required.feedback);
      });
    }

    it('returns to its initial value on form reset, without feedback', async () => {
      const initial = fixture.initial;
      const { form, field } = await mounted({ value: initial?.value });
      const control = fixture.control(field);
      control.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: fixture.invalid.typed });
      await leave(fixture, field);
      expect(field.matches(':state(user-invalid)')).to.equal(true);
      expect(fixture.feedback(field)).to.not.equal('');
      form.reset();
      await fixture.ready(field);
      expect(field.validity.valid).to.equal(true);
      expect(field.matches(':state(user-invalid)')).to.equal(false);
      expect(field.matches(':state(user-valid)')).to.equal(false);
      expect(fixture.feedback(field)).to.equal('');
      if (initial) {
        expect(field.value).to.equal(initial.value);
        expect(new FormData(form).get(initial.entry[0])).to.equal(initial.entry[1]);
      } else {
        expect(control.value).to.equal('');
      }
      fixture.afterReset?.(field);
    });

    it('takes a restored form state (formStateRestoreCallback)', async () => {
      const { form, field } = await mounted();
      field.formStateRestoreCallback(fixture.restore.state);
      await fixture.ready(field);
      const [key, value] = fixture.restore.entry;
      expect(new FormData(form).get(key)).to.equal(value);
    });

    it('is disabled by a disabled fieldset, and submits nothing then', async () => {
      // The fieldset is disabled before the field first renders.
      const { form, container, field } = await mounted({ value: fixture.initial?.value, wrap: 'fieldset' });
      expect(field.matches(':disabled')).to.equal(true);
      expect(fixture.control(field).disabled).to.equal(true);
      expect(new FormData(form).has(fixture.valid.entry[0])).to.equal(false);
      (container as HTMLFieldSetElement).disabled = false;
      await field.updateComplete;
      expect(fixture.control(field).disabled).to.equal(false);
    });

    it('submits nothing while disabled', async () => {
      const { form, field } = await mounted({ value: fixture.initial?.value, disabled: true });
      expect(new FormData(form).has(fixture.valid.entry[0])).to.equal(false);
      expect(fixture.control(field).disabled).to.equal(true);
    });

    if (fixture.enterSubmits) {
      it('is usable from the keyboard alone: typing, then Enter submits', async () => {
        const { form, field, submits } = await mounted();
        await typeIn(fixture, field, fixture.valid.typed);
        await sendKeys({ press: 'Enter' });
        expect(submits()).to.equal(1);
        expect(new FormData(form).get(fixture.valid.entry[0])).to.equal(fixture.valid.entry[1]);
      });
    }

    it('checks text committed through an IME, and Enter confirming a candidate does not submit', async () => {
      const { form, field, submits } = await mounted();
      const control = fixture.control(field);
      control.focus();
      control.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
      control.value = fixture.invalid.typed;
      control.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: fixture.invalid.typed }),
      );
      await nextTask();
      control.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, composed: true }),
      );
      expect(submits()).to.equal(0);
      control.dispatchEvent(
        new CompositionEvent('compositionend', { bubbles: true, composed: true, data: fixture.invalid.typed }),
      );
      await fixture.ready(field);
      await leave(fixture, field);
      expect(form.checkValidity()).to.equal(false);
      expect(fixture.feedback(field)).to.contain(fixture.invalid.message);
    });
  });
}
