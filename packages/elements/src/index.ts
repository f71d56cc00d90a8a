/** @mingzheng/elements — importing this entry registers every `mz-*` element. */

export type { PublicAccountInfo, Qualification } from './account-card/public-account-info.js';
export { MzAccountCard } from './define/account-card.js';
export { MzIdentityField } from './define/identity-field.js';
export { MzIpBadge } from './define/ip-badge.js';
export { MzNameField } from './define/name-field.js';
export { MzProfileEditor } from './define/profile-editor.js';
export { MzPrecheckEvent } from './events/precheck-event.js';
export {
  type ImageFinding,
  MzProfileChangeEvent,
  type ProfileFinding,
  type ProfileVerdict,
} from './events/profile-change-event.js';
export { MzReportEvent } from './events/report-event.js';
export type { IdentityType } from './identity-field/format.js';
export type { AccountKind } from './profile-editor/profile-editor.js';
