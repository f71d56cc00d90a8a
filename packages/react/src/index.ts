/**
 * @mingzheng/react — React components of the `mz-*` elements, generated from the elements'
 * custom-elements manifest (src/generated.ts). Each sets the element's properties from its props,
 * listens to its events through `on…` props, and registers its tag in the browser when created.
 */
export * from './generated.js';
export type { TargetedEvent } from './wrap.js';
