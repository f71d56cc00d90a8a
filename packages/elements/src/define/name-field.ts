/** Registers `<mz-name-field>` (once, so two copies of this module cannot clash). */
import { MzNameField } from '../name-field/name-field.js';

if (!customElements.get('mz-name-field')) customElements.define('mz-name-field', MzNameField);

export { MzNameField };

declare global {
  interface HTMLElementTagNameMap {
    'mz-name-field': MzNameField;
  }
}
