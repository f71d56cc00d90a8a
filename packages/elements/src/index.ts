/** @mingzheng/elements — importing this entry registers every `mz-*` element. */
export { MzNameField } from './define/name-field.js';
export { MzPrecheckEvent } from './events/precheck-event.js';
