/**
 * JSON responses and the one error format of the HTTP API:
 *
 *   { "error": { "code": "invalid-account", "message": "name must be a string, not a number",
 *                "issues": [{ "path": "name", "message": "name must be a string, not a number" }] } }
 *
 * `code` is stable and meant for programs; `message` is English and meant for the developer reading
 * it. End users never see these: what they see comes from the findings, whose messages (the
 * verdict's `messages`, the components' feedback) are in zh-CN, zh-TW or en.
 */
import type { AccountIssue } from '../account-info.js';

export const JSON_TYPE = 'application/json; charset=utf-8';

export type ErrorCode =
  | 'invalid-json'
  | 'invalid-account'
  | 'invalid-form'
  | 'invalid-image'
  | 'image-check-unavailable'
  | 'invalid-ip'
  | 'invalid-locale'
  | 'ip-query-not-allowed'
  | 'not-found'
  | 'unknown-ruleset-version'
  | 'method-not-allowed'
  | 'request-timeout'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'ruleset-unavailable'
  | 'registry-unavailable'
  | 'body-already-read'
  | 'internal-error';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: AccountIssue[] };
}

const encoder = new TextEncoder();

/** A response whose body is `body` as UTF-8 bytes (none for HEAD, with the length it would have). */
export function bytesResponse(
  status: number,
  body: Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
  head = false,
): Response {
  const all = new Headers(headers);
  all.set('content-length', String(body.byteLength));
  all.set('x-content-type-options', 'nosniff');
  return new Response(head ? null : body, { status, headers: all });
}

/** A JSON response. `text` is the serialized body when the caller has it already. */
export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
  head = false,
): Response {
  return bytesResponse(status, encoder.encode(JSON.stringify(value)), { 'content-type': JSON_TYPE, ...headers }, head);
}

export function errorResponse(
  status: number,
  code: ErrorCode,
  message: string,
  options: { issues?: AccountIssue[]; headers?: Record<string, string>; head?: boolean } = {},
): Response {
  const body: ErrorBody = { error: { code, message, ...(options.issues && { issues: options.issues }) } };
  return jsonResponse(status, body, { 'cache-control': 'no-store', ...options.headers }, options.head);
}
