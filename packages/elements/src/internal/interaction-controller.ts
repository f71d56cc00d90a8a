/**
 * `InteractionController`: when a field's feedback shows — "reward early, punish late". Every
 * `mz-*` field keeps the same interaction state through it, per part (a field has one part, `''`;
 * the profile editor has one per text control):
 *
 *   input ─▶ dirty(part)
 *   blur  ─▶ touched(part) if dirty or not empty — unless a pointer is pressing a submit button
 *   the form's `invalid` (submit, reportValidity) ─▶ every part touched
 *   Enter ─▶ the form submits, never while an IME composes (CompositionController)
 *
 * The host decides what "visible" means from this state in one override point,
 * `FormAssociatedElement.feedbackVisible(part?)`; the base class sets `:state(user-invalid)` and
 * `:state(user-valid)` from it. It has no lifecycle of its own (the CompositionController it owns
 * does): the `invalid` listener stays for the element's life, as a native field's would.
 */
import type { ReactiveControllerHost } from 'lit';
import { CompositionController } from './composition.js';

/** The element the controller serves: a form-associated field. */
export type InteractionHost = ReactiveControllerHost & HTMLElement & { readonly form: HTMLFormElement | null };

export interface InteractionOptions {
  /** The parts a submit touches; a field with one value has the one part `''`. */
  parts?: readonly string[];
  /** Feedback shows whatever the interaction (the host's `show-feedback`). */
  forced?: () => boolean;
  /** Called when the form asks for validity, after every part is touched. */
  onInvalid?: () => void;
}

export class InteractionController {
  private readonly host: InteractionHost;
  private readonly options: InteractionOptions;
  private readonly ime: CompositionController;
  private readonly touchedParts = new Set<string>();
  private readonly dirtyParts = new Set<string>();

  constructor(host: InteractionHost, options: InteractionOptions = {}) {
    this.host = host;
    this.options = options;
    this.ime = new CompositionController(host);
    // The form (submit, reportValidity) asked: from now on the feedback shows.
    host.addEventListener('invalid', () => {
      for (const part of options.parts ?? ['']) this.touch(part);
      options.onInvalid?.();
    });
  }

  /** An IME composition is under way (reactive: its end updates the host). */
  get composing(): boolean {
    return this.ime.composing;
  }

  /** The user has left the part after typing in it, or a submit asked for validity. */
  touched(part = ''): boolean {
    return this.touchedParts.has(part);
  }

  /** The part's feedback shows: touched, or forced by the host. */
  visible(part = ''): boolean {
    return (this.options.forced?.() ?? false) || this.touched(part);
  }

  touch(part = ''): void {
    if (this.touchedParts.has(part)) return;
    this.touchedParts.add(part);
    this.host.requestUpdate();
  }

  /** The user changed the part (typed, or an IME committed). */
  markDirty(part = ''): void {
    this.dirtyParts.add(part);
  }

  /** Back to untouched and clean (form reset). */
  reset(): void {
    const changed = this.touchedParts.size > 0;
    this.touchedParts.clear();
    this.dirtyParts.clear();
    if (changed) this.host.requestUpdate();
  }

  /** Focus left the part's control: the feedback shows from now on if the user typed or it holds text. */
  blur(event: FocusEvent, hasValue: boolean, part = ''): void {
    if (this.isLeavingForSubmit(event)) return;
    if (this.dirtyParts.has(part) || hasValue) this.touch(part);
  }

  /**
   * The inner input has no form of its own: Enter submits the host's form, as in a native field,
   * through its first submit button (so a disabled one blocks it) — never while an IME composes.
   */
  keydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    if (this.composing || event.isComposing || event.keyCode === 229) return;
    const form = this.host.form;
    if (!form) return;
    event.preventDefault();
    const submitter = [...form.elements].find(
      (element): element is HTMLButtonElement | HTMLInputElement =>
        (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) && element.type === 'submit',
    );
    if (submitter?.disabled) return;
    form.requestSubmit(submitter);
  }

  /**
   * Whether focus is leaving because a pointer is pressing a submit button of this field's form.
   * Feedback then waits for the submit itself (an invalid field gets the form's `invalid` event):
   * feedback appearing on this blur would move the button between the press and the release, and
   * the click would be lost. Tabbing onto the button is not a press: feedback shows as usual.
   */
  private isLeavingForSubmit(event: FocusEvent): boolean {
    const next = event.relatedTarget;
    return (
      (next instanceof HTMLButtonElement || next instanceof HTMLInputElement) &&
      next.type === 'submit' &&
      this.host.form !== null &&
      next.form === this.host.form &&
      next.matches(':active')
    );
  }
}
