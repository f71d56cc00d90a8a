/** @mingzheng/elements — importing this entry registers every `mz-*` element. */
export { MzNameField } from './define/name-field.js';
export { MzProfileEditor } from './define/profile-editor.js';
export { MzPrecheckEvent } from './events/precheck-event.js';
export {
  type ImageFinding,
  MzProfileChangeEvent,
  type ProfileFinding,
  type ProfileVerdict,
} from './events/profile-change-event.js';
export type { AccountKind } from './profile-editor/profile-editor.js';
