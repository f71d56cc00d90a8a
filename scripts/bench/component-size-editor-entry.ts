// A page that uses mz-profile-editor: what `components.ts` measures as the editor's lazy total.
import '@mingzheng/elements/define/profile-editor.js';
