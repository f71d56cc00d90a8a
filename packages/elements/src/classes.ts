/** The component classes, without registering any tag: for subclassing or custom tag names. */

export { MzAccountCard } from './account-card/account-card.js';
export type { PublicAccountInfo, Qualification } from './account-card/public-account-info.js';
export { MzPrecheckEvent } from './events/precheck-event.js';
export {
  type ImageFinding,
  MzProfileChangeEvent,
  type ProfileFinding,
  type ProfileVerdict,
} from './events/profile-change-event.js';
export { MzReportEvent } from './events/report-event.js';
export type { IdentityType } from './identity-field/format.js';
export { MzIdentityField } from './identity-field/identity-field.js';
export { MzIpBadge } from './ip-badge/ip-badge.js';
export { MzNameField } from './name-field/name-field.js';
export { type AccountKind, MzProfileEditor } from './profile-editor/profile-editor.js';
