// A page that uses only mz-name-field: what `components.ts` measures as initial JS.
import '@mingzheng/elements/define/name-field.js';
