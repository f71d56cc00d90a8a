/** The component classes, without registering any tag: for subclassing or custom tag names. */
export { MzPrecheckEvent } from './events/precheck-event.js';
export { MzNameField } from './name-field/name-field.js';
