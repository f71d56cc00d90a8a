/** The component classes, without registering any tag: for subclassing or custom tag names. */
export { MzNameField } from './name-field/name-field.js';
