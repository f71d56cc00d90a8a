/** The HTTP API: the fetch-API handler and its Node adapter. */
export {
  createPrecheckHandler,
  DEFAULT_MAX_BODY_BYTES,
  type FetchHandler,
  type PrecheckHandler,
  type PrecheckHandlerOptions,
  type RequestContext,
  RULESET_HEADER,
  RULESET_STALE_HEADER,
} from './handler.js';
export { localeFromAcceptLanguage } from './locale.js';
export { DEFAULT_BODY_TIMEOUT, type NodeListener, type NodeListenerOptions, toNodeListener } from './node.js';
export { type ErrorBody, type ErrorCode, JSON_TYPE } from './responses.js';
