/** Registers `<mz-identity-field>` (once, so two copies of this module cannot clash). */
import { MzIdentityField } from '../identity-field/identity-field.js';

if (!customElements.get('mz-identity-field')) customElements.define('mz-identity-field', MzIdentityField);

export { MzIdentityField };

declare global {
  interface HTMLElementTagNameMap {
    'mz-identity-field': MzIdentityField;
  }
}
