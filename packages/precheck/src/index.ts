/**
 * @mingzheng/precheck — the pre-check engine. Pure and isomorphic: no DOM, no Node APIs, no I/O.
 */
export type { MappedText, Span } from './normalize/mapped-text.js';
export { MappedTextBuilder, mappedFromString, originalSpan } from './normalize/mapped-text.js';
export { toHalfWidth } from './normalize/width.js';
