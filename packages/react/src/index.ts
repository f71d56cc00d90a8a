/**
 * @mingzheng/react — React components of the `mz-*` elements, generated from the elements'
 * custom-elements manifest (src/generated.ts). Each sets the element's properties from its props,
 * listens to its events through `on…` props, and registers its tag in the browser when created.
 */

/**
 * The element types, for refs and event handlers without importing @mingzheng/elements:
 * `useRef<MzNameFieldElement>(null)` on `<MzNameField ref={ref} />`. Types only: importing them
 * registers nothing.
 */
export type {
  MzAccountCard as MzAccountCardElement,
  MzIdentityField as MzIdentityFieldElement,
  MzIpBadge as MzIpBadgeElement,
  MzNameField as MzNameFieldElement,
  MzPrecheckEvent,
  MzProfileChangeEvent,
  MzProfileEditor as MzProfileEditorElement,
  MzReportEvent,
} from '@mingzheng/elements/classes';
export * from './generated.js';
export type { TargetedEvent } from './wrap.js';
