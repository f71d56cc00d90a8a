/**
 * The form-association layer every `mz-*` field shares. A subclass renders a native control and
 * names it as `validityAnchor`; this class carries the value into the form through
 * ElementInternals, publishes validity (flags and message) with that control as the anchor, and
 * answers the form's lifecycle callbacks: reset, disabled (a disabled `<fieldset>`), and state
 * restore. Custom states (`:state(user-invalid)` …) are toggled through `setState()`.
 *
 *   value (typed) ─▶ setFormValue ─▶ FormData
 *   validate() ─▶ { flags, message } ─▶ internals.setValidity(flags, message, anchor) ─▶ :invalid
 *   hasProblem && feedbackVisible() ─▶ :state(user-invalid); no problem && feedbackVisible() ─▶ :state(user-valid)
 *
 * When feedback shows is the subclass's InteractionController (touched, dirty, IME, submit).
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { toggleState } from './host.js';
import type { InteractionController } from './interaction-controller.js';
import { LocaleController } from './locale-controller.js';

/** What a field reports to the form: the ValidityState flags that are true, and a message. */
export interface ValidityReport {
  flags: ValidityStateFlags;
  message: string;
  /** Which of several controls holds the problem (the profile editor's field path); the anchor by default. */
  anchor?: string;
}

export const VALID: ValidityReport = { flags: {}, message: '' };

export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Re-renders when the language that applies to the field changes (its own `lang`, an ancestor's, the page's). */
  protected readonly localization = new LocaleController(this);

  /** The field's name in form data. */
  @property({ reflect: true }) name = '';

  /** The initial value: what the field shows first and returns to when its form is reset. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Disables the field; it is also disabled while a surrounding `<fieldset>` is. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A value is required to submit the form. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows the feedback at once, without waiting for blur or submit (prefilled forms, demos). */
  @property({ type: Boolean, attribute: 'show-feedback' }) showFeedback = false;

  /** True while an ancestor `<fieldset disabled>` disables the field. */
  protected formDisabled = false;

  /** Undefined until the user (or a script) sets a value: until then `value` is `defaultValue`. */
  private currentValue: string | undefined;

  /** The current value. */
  get value(): string {
    return this.currentValue ?? this.defaultValue ?? '';
  }
  set value(next: string) {
    const old = this.value;
    this.currentValue = String(next ?? '');
    this.requestUpdate('value', old);
  }

  /** The form this field belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The labels of the host element. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when the field or a surrounding fieldset is disabled. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Touched, dirty, IME and Enter-to-submit: when the feedback shows. */
  protected abstract readonly interaction: InteractionController;

  /** The native control that receives focus when the form reports a problem. */
  protected abstract get validityAnchor(): HTMLElement | null | undefined;

  /** The current constraint problem, if any; called after every update. */
  protected abstract validate(): ValidityReport;

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** What the form submits for `value`; a field that normalizes what it shows overrides this. */
  protected get formValue(): string {
    return this.value;
  }

  /** Called by `formResetCallback` after the value is back to `defaultValue`. */
  protected resetState(): void {}

  formResetCallback(): void {
    this.currentValue = undefined;
    this.resetState();
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** Toggles a custom state, e.g. `:state(user-invalid)`. */
  protected setState(state: string, on: boolean): void {
    toggleState(this.internals, state, on);
  }

  protected hasState(state: string): boolean {
    return this.internals.states?.has(state) ?? false;
  }

  /** The result of `validate()` for this update: computed before render, so render can show it. */
  protected validityReport: ValidityReport = VALID;

  /** True when `validityReport` names a problem. */
  protected get hasProblem(): boolean {
    return Object.values(this.validityReport.flags).some(Boolean);
  }

  /**
   * Whether the feedback shows ("reward early, punish late"): for `part`, or with no part, for the
   * field as a whole. The one place a field changes when its feedback shows.
   */
  protected feedbackVisible(part?: string): boolean {
    return this.interaction.visible(part);
  }

  /** Whether a field without a problem shows success (`:state(user-valid)`) once its feedback shows. */
  protected get showsSuccess(): boolean {
    return this.value !== '';
  }

  /**
   * A property set to `undefined` is unset: it takes its default again. The React wrappers
   * (@lit/react) do this with a prop that is no longer passed.
   */
  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.name ??= '';
    this.defaultValue ??= '';
  }

  override update(changed: PropertyValues): void {
    this.validityReport = this.isDisabled ? VALID : this.validate();
    super.update(changed);
  }

  /** Publishes value and validity, anchored on the inner control so the browser can focus it. */
  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.setFormValue(this.isDisabled ? null : this.formValue, this.value);
    const anchor = this.validityAnchor ?? undefined;
    if (this.hasProblem) this.internals.setValidity(this.validityReport.flags, this.validityReport.message, anchor);
    else this.internals.setValidity({});
    const visible = this.feedbackVisible();
    this.setState('user-invalid', visible && this.hasProblem);
    this.setState('user-valid', visible && !this.hasProblem && this.showsSuccess);
  }
}
