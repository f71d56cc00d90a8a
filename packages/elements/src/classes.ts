/** The component classes, without registering any tag: for subclassing or custom tag names. */
export { MzPrecheckEvent } from './events/precheck-event.js';
export {
  type ImageFinding,
  MzProfileChangeEvent,
  type ProfileFinding,
  type ProfileVerdict,
} from './events/profile-change-event.js';
export { MzNameField } from './name-field/name-field.js';
export { type AccountKind, MzProfileEditor } from './profile-editor/profile-editor.js';
