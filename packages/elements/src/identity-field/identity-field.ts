/**
 * `mz-identity-field`: a mobile number, identity-document number or unified social credit code
 * (Provisions, Art. 9: real identity "based on a mobile number, an identity document number or a
 * unified social credit code"). The number is grouped as the user types, validated with reasons by
 * the engine's validators (no rule set, no engine: they are small and load with the field), and
 * masked once the field loses focus. The number goes nowhere but the form value: no request, no
 * event carrying it beyond the native `input`/`change`, nothing logged.
 */

import { maskId, maskPhone, validateMobile, validateResidentId, validateUscc } from '@mingzheng/precheck/identity';
import type { Locale } from '@mingzheng/precheck/locale';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FormAssociatedElement, VALID, type ValidityReport } from '../internal/form-associated.js';
import { localeOf } from '../internal/host.js';
import { InteractionController } from '../internal/interaction-controller.js';
import { applyEdit, compact, group, type IdentityType } from './format.js';
import { type IdentityProblem, identityMessages } from './identity-field.messages.js';
import { identityFieldStyles } from './identity-field.styles.js';

/** The outcome of validating the compact value. */
interface Outcome {
  problem?: IdentityProblem;
  /** What the form submits: the validator's normalized number, or the compact text when it has none. */
  normalized: string;
}

/**
 * @summary A form-associated field for a mobile number, ID number or unified social credit code:
 * grouped as you type, validated with reasons, masked on blur.
 *
 * @event input - The value changed as the user typed (the native event, composed).
 * @event change - The value was committed (re-dispatched from the host).
 *
 * @csspart label - The label above the input.
 * @csspart input - The native input.
 * @csspart hint - The hint under the input.
 * @csspart feedback - The live region with the problem or the success message.
 *
 * @cssproperty --mz-font - Font of the field.
 * @cssproperty --mz-font-numeric - Font family of the number (the field's font, with tabular figures, by default).
 * @cssproperty --mz-color-text - Text colour.
 * @cssproperty --mz-color-border - Border colour of the input.
 * @cssproperty --mz-color-surface - Background of the input.
 * @cssproperty --mz-color-hint - Colour of the hint.
 * @cssproperty --mz-color-error - Colour of errors and of the invalid border.
 * @cssproperty --mz-color-success - Colour of the success message.
 * @cssproperty --mz-radius - Corner radius of the input.
 * @cssproperty --mz-focus-ring - Outline of the focused input.
 * @cssproperty --mz-color-input-text - Colour of the number in the input.
 * @cssproperty --mz-input-padding - Padding of the input.
 * @cssproperty --mz-input-border-width - Border width of the input.
 * @cssproperty --mz-label-font-weight - Font weight of the label.
 * @cssproperty --mz-font-size-small - Font size of the hint and feedback.
 * @cssproperty --mz-feedback-min-height - Space kept for the feedback line while it is empty (so feedback appearing on blur moves nothing).
 * @cssproperty --mz-space-xs - Gap between the label, input, hint and feedback.
 *
 * @cssstate user-invalid - An error is showing.
 * @cssstate user-valid - The feedback is showing and the number is valid.
 * @cssstate masked - The number is shown masked.
 */
export class MzIdentityField extends FormAssociatedElement {
  static override styles = identityFieldStyles;

  /**
   * Touched and dirty (feedback shows after blur or submit), Enter to submit, and IME: reactive, so
   * a composition's end re-renders even when the number did not change.
   */
  protected readonly interaction = new InteractionController(this, { forced: () => this.showFeedback });

  @query('input') private readonly input?: HTMLInputElement;

  /** What the field holds: `phone` (mainland mobile), `id` (identity document) or `uscc` (credit code). */
  @property({ reflect: true }) type: IdentityType = 'phone';

  /** The visible label; defaults to the type's name in the field's language. */
  @property() label = '';

  /** Help text under the input. */
  @property() hint = '';

  /** Text shown while the field is empty. */
  @property() placeholder = '';

  /** Makes the input read-only. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Shows the number in full even without focus (masking is for phone and ID numbers only). */
  @property({ type: Boolean, attribute: 'no-mask' }) noMask = false;

  /** The date births may not follow, for ID numbers; today when unset. */
  @property({ attribute: false }) today?: Date;

  @state() private focused = false;

  private outcome: Outcome = { normalized: '' };

  /** The language of the nearest `lang` attribute, zh-CN by default. */
  get locale(): Locale {
    return localeOf(this);
  }

  /** The number as the form submits it: without separators, +86 or spaces; upper-case X. */
  protected override get formValue(): string {
    return this.outcome.normalized;
  }

  protected override get validityAnchor(): HTMLInputElement | undefined {
    return this.input;
  }

  private get effectiveType(): IdentityType {
    return this.type === 'id' || this.type === 'uscc' ? this.type : 'phone';
  }

  private get labelText(): string {
    return this.label || identityMessages(this.locale).label[this.effectiveType];
  }

  /** Masked while unfocused, when valid (an invalid number stays readable so it can be fixed). */
  private get masked(): boolean {
    return (
      !this.focused &&
      !this.noMask &&
      this.effectiveType !== 'uscc' &&
      this.outcome.problem === undefined &&
      this.outcome.normalized !== ''
    );
  }

  private evaluate(value: string): Outcome {
    const type = this.effectiveType;
    if (value === '') return { normalized: '', problem: this.required ? 'required' : undefined };
    if (type === 'phone') {
      const result = validateMobile(value);
      const normalized = result.normalized ?? value;
      if (!result.valid) return { normalized, problem: result.reason };
      return result.kind === 'iot' ? { normalized, problem: 'iot' } : { normalized };
    }
    if (type === 'id') {
      const result = validateResidentId(value, this.today ? { today: this.today } : {});
      const normalized = result.normalized ?? value;
      if (result.legacy) return { normalized, problem: 'legacy' };
      return result.valid ? { normalized } : { normalized, problem: result.reason };
    }
    const result = validateUscc(value);
    const normalized = result.normalized ?? value;
    return result.valid ? { normalized } : { normalized, problem: result.reason };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.outcome = this.evaluate(compact(this.effectiveType, this.value));
  }

  protected override validate(): ValidityReport {
    const value = compact(this.effectiveType, this.value);
    const { problem } = this.outcome;
    if (problem === undefined) return VALID;
    const digits = this.effectiveType === 'phone' ? value.replace(/^(?:\+86|0086|\((?:\+86|0086|86)\))/, '') : value;
    const message = identityMessages(this.locale).problem(
      this.effectiveType,
      problem,
      { count: digits.length, block: digits.slice(0, 3) },
      this.labelText,
    );
    return { flags: problem === 'required' ? { valueMissing: true } : { customError: true }, message };
  }

  protected override resetState(): void {
    this.interaction.reset();
  }

  private handleInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    this.interaction.markDirty();
    if (this.interaction.composing || event.isComposing) return;
    this.reformat(input, event.inputType);
  }

  /** Takes the input's text into `value`, regrouped, keeping the caret beside the same character. */
  private reformat(input: HTMLInputElement, inputType = ''): void {
    const previous = compact(this.effectiveType, this.value);
    const edit = applyEdit(
      this.effectiveType,
      input.value,
      input.selectionStart ?? input.value.length,
      previous,
      inputType,
    );
    this.value = edit.value;
    if (input.value !== edit.text) {
      input.value = edit.text;
      input.setSelectionRange(edit.caret, edit.caret);
    }
  }

  /** Takes the committed text, whichever order the browser sends `input` and `compositionend` in. */
  private handleCompositionEnd(event: CompositionEvent): void {
    this.reformat(event.target as HTMLInputElement);
  }

  private handleFocus(): void {
    this.focused = true;
  }

  private handleBlur(event: FocusEvent): void {
    this.focused = false;
    this.interaction.blur(event, this.value !== '');
  }

  private handleKeyDown(event: KeyboardEvent): void {
    this.interaction.keydown(event);
  }

  private handleChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState('masked', this.masked);
  }

  private renderFeedback() {
    if (this.isDisabled || !this.feedbackVisible()) return nothing;
    const messages = identityMessages(this.locale);
    if (this.hasProblem) {
      return html`<p class="message error">
        <span class="visually-hidden">${messages.errorPrefix}</span>${this.validityReport.message}
      </p>`;
    }
    if (this.value === '') return nothing;
    return html`<p class="message success">${messages.success[this.effectiveType]}</p>`;
  }

  override render() {
    const type = this.effectiveType;
    const value = compact(type, this.value);
    const masked = this.masked;
    // While an IME composes, the input's own text stays: the field takes it on compositionend.
    const shown =
      this.interaction.composing && this.input
        ? this.input.value
        : masked
          ? type === 'phone'
            ? maskPhone(value)
            : maskId(value)
          : group(type, value);
    const errorShowing = this.feedbackVisible() && this.hasProblem;
    const describedBy = [this.hint ? 'hint' : '', masked ? 'masked' : '', 'feedback'].filter(Boolean).join(' ');
    const messages = identityMessages(this.locale);
    return html`
      <label part="label" for="input">${this.labelText}${
        this.required ? html`<span class="required-mark" aria-hidden="true">*</span>` : nothing
      }</label>
      <input
        part="input"
        id="input"
        type=${type === 'phone' ? 'tel' : 'text'}
        inputmode=${type === 'phone' ? 'tel' : 'text'}
        autocomplete=${type === 'phone' ? 'tel' : 'off'}
        autocapitalize=${type === 'phone' ? nothing : 'characters'}
        spellcheck="false"
        .value=${live(shown)}
        placeholder=${this.placeholder || nothing}
        aria-describedby=${describedBy}
        aria-invalid=${errorShowing ? 'true' : nothing}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        @input=${this.handleInput}
        @change=${this.handleChange}
        @focus=${this.handleFocus}
        @blur=${this.handleBlur}
        @keydown=${this.handleKeyDown}
        @compositionend=${this.handleCompositionEnd}
      />
      ${masked ? html`<span id="masked" class="visually-hidden">${messages.masked}</span>` : nothing}
      ${this.hint ? html`<div part="hint" id="hint">${this.hint}</div>` : nothing}
      <div part="feedback" id="feedback" aria-live="polite">${this.renderFeedback()}</div>
    `;
  }
}
