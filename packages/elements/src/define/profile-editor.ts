/** Registers `<mz-profile-editor>` (and the `<mz-name-field>` it embeds), once. */
import '../define/name-field.js';
import { MzProfileEditor } from '../profile-editor/profile-editor.js';

if (!customElements.get('mz-profile-editor')) customElements.define('mz-profile-editor', MzProfileEditor);

export { MzProfileEditor };

declare global {
  interface HTMLElementTagNameMap {
    'mz-profile-editor': MzProfileEditor;
  }
}
