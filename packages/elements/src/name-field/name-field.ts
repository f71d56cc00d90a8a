/**
 * `mz-name-field`: the account-name input. The user's text flows from the inner `<input>` into
 * `value`, into the form through ElementInternals, and into the engine's normalization, whose
 * result is exposed as `normalizedValue` (what the pre-check matches against).
 */
import { toHalfWidth } from '@mingzheng/precheck';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { nameFieldStyles } from './name-field.styles.js';

let nextId = 0;

/**
 * @summary A form-associated text field for an internet account name.
 *
 * @csspart label - The label above the input.
 * @csspart input - The native input.
 *
 * @cssproperty --mz-color-border - Border colour of the input.
 * @cssproperty --mz-color-surface - Background of the input.
 * @cssproperty --mz-radius - Corner radius of the input.
 *
 * @event input - The value changed as the user typed.
 * @event change - The value was committed.
 */
export class MzNameField extends LitElement {
  static formAssociated = true;
  static override styles = nameFieldStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  private readonly internals = this.attachInternals();
  private readonly inputId = `mz-name-field-${nextId++}`;

  /** The visible label. */
  @property() label = '账号名称';

  /** The field's name in form data. */
  @property({ reflect: true }) name = '';

  /** The current value. */
  @property() value = '';

  /** Text shown while the field is empty. */
  @property() placeholder = '';

  /** The value as the pre-check sees it: full-width forms folded to half width. */
  get normalizedValue(): string {
    return toHalfWidth(this.value).text;
  }

  override willUpdate(): void {
    this.internals.setFormValue(this.value);
  }

  private handleInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  /** `change` does not cross the shadow boundary by itself; re-dispatch it from the host. */
  private handleChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override render() {
    return html`
      <label part="label" for=${this.inputId}>${this.label}</label>
      <input
        part="input"
        id=${this.inputId}
        .value=${this.value}
        placeholder=${this.placeholder}
        autocomplete="nickname"
        @input=${this.handleInput}
        @change=${this.handleChange}
      />
    `;
  }
}
