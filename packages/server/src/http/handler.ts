/**
 * The HTTP API of the authoritative check, as one fetch-API handler
 * `(request, { ip }) => Promise<Response>` that any Node framework can mount:
 *
 *   POST {base}/precheck          AccountInfo JSON → the Verdict JSON, with the registry consulted,
 *                                 and its findings in words (`locale`, `messages`: the sentences the
 *                                 components show, in the language of `?locale=` or Accept-Language);
 *                                 or multipart/form-data: part `account` (the AccountInfo JSON) and
 *                                 the image files as parts `avatar` and `cover` (PNG or JPEG), whose
 *                                 text and symbols are read and checked (image/index.ts)
 *   GET  {base}/ruleset           the rule-set document the server checks with (ETag, no-cache)
 *   GET  {base}/ruleset/{version} the same, immutable, while it is the server's version
 *   GET  {base}/attribution       the caller's IP attribution label (Art. 12)
 *
 * The browser checks as the user types; this handler decides. It trusts nothing from the client:
 * every body goes through the zod schema with its size caps, a verdict sent along is refused as an
 * unknown field, and the client's address is taken from X-Forwarded-For only through trusted proxies.
 * It never throws: every failure is a JSON error response (see responses.ts).
 */
import {
  type AttributionOptions,
  compareFindings,
  createEngine,
  decideVerdict,
  type Engine,
  type Finding,
  formatAttribution,
  type Verdict,
} from '@mingzheng/precheck';
import type { ImageField } from '@mingzheng/precheck/image';
import { validateAccountInfo } from '../account-info.js';
import { clientIp, trustedProxies } from '../attribution/client-ip.js';
import { canonicalIp, ipKind, maskIp } from '../attribution/ip.js';
import { type AttributionResolver, createIp2RegionResolver } from '../attribution/ip2region.js';
import { MAX_RECORD_BYTES } from '../audit/records.js';
import { findingMessages, type Locale, parseLocale, prepareLocale } from '../messages.js';
import { checkAccount } from '../registry/findings.js';
import type { ClosedAccountLookup } from '../registry/types.js';
import { composeRuleSet, type ServedRuleSet, servedRuleSet } from '../ruleset.js';
import { isJsonUtf8, readBody } from './body.js';
import { localeFromAcceptLanguage } from './locale.js';
import { bytesResponse, errorResponse, JSON_TYPE, jsonResponse } from './responses.js';

/** Request header by which a client names the rule-set version it checked with; responses carry the server's. */
export const RULESET_HEADER = 'x-mingzheng-ruleset';
/** Response header: `1` when the client's rule-set version is not the server's, `0` when it is. */
export const RULESET_STALE_HEADER = 'x-mingzheng-ruleset-stale';

/**
 * Largest accepted body: the command line's record cap, so that an account means the same in a
 * request and in a file. Every field at its cap fits, even written entirely as `\uXXXX` escapes.
 */
export const DEFAULT_MAX_BODY_BYTES = MAX_RECORD_BYTES;

export interface RequestContext {
  /**
   * The address of the peer of the connection (Node's `socket.remoteAddress`). The handler looks
   * behind it with X-Forwarded-For only when it is one of `trustedProxies`.
   */
  ip?: string;
}

export type FetchHandler = (request: Request, context?: RequestContext) => Promise<Response>;

export interface PrecheckHandler extends FetchHandler {
  /** Resolves once the rule set is compiled (rejects with a RuleSetError if it is invalid). */
  ready(): Promise<{ rulesetVersion: string }>;
}

export interface PrecheckHandlerOptions {
  /** The rule-set document to check with and serve; `defaultRuleSet` of @mingzheng/rules-cn by default. */
  ruleSet?: unknown;
  /** The platform's own rule-set documents, appended to `ruleSet` (see composeRuleSet). */
  extensions?: readonly unknown[];
  /** An engine already compiled (instead of `ruleSet` and `extensions`): its rule set is the one served. */
  engine?: Engine | Promise<Engine>;
  /** The closed-account registry consulted for every name (Art. 10.3). */
  registry?: ClosedAccountLookup;
  /** IP → region; ip2region's data by default. */
  attribution?: AttributionResolver;
  /** Hong Kong, Macau and Taiwan labels, as `formatAttribution` takes them. */
  attributionLabels?: AttributionOptions['hkMoTw'];
  /** Proxies whose X-Forwarded-For is believed: addresses, CIDR ranges, `loopback`, `linklocal`, `private`. None by default. */
  trustedProxies?: readonly string[];
  /** Where the routes are mounted, e.g. `/api/mingzheng`; '' (the root) by default. */
  basePath?: string;
  /** Largest accepted POST body in bytes; DEFAULT_MAX_BODY_BYTES by default. */
  maxBodyBytes?: number;
  /** Lets `GET /attribution?ip=…` look up any address (demos, support tools); off by default. */
  allowIpQuery?: boolean;
  /** Largest accepted avatar or cover file in a multipart POST, in bytes; 10 MB by default. */
  maxImageBytes?: number;
}

interface State {
  engine: Engine;
  served: ServedRuleSet;
}

/** Fields of a Verdict: a client sending them is trying to hand the server its own decision. */
const VERDICT_FIELDS = ['verdict', 'findings', 'requires', 'rulesetVersion'];

export function createPrecheckHandler(options: PrecheckHandlerOptions = {}): PrecheckHandler {
  if (options.engine !== undefined && (options.ruleSet !== undefined || options.extensions !== undefined)) {
    throw new TypeError('give either an engine or a rule set (with extensions), not both');
  }
  const basePath = normalizeBasePath(options.basePath ?? '');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const proxies = trustedProxies(options.trustedProxies);
  const resolver = options.attribution ?? createIp2RegionResolver();
  const state = loadState(options);
  // A broken rule set is reported by ready() and answered with 503, never an unhandled rejection.
  state.catch(() => {});

  const routes = {
    precheck: `${basePath}/precheck`,
    ruleset: `${basePath}/ruleset`,
    attribution: `${basePath}/attribution`,
  };

  async function precheck(request: Request, url: URL): Promise<Response> {
    if (request.method !== 'POST') return methodNotAllowed(request, 'POST');
    const locale = messageLocale(request, url);
    if (locale === undefined) {
      await request.body?.cancel().catch(() => {});
      return errorResponse(
        400,
        'invalid-locale',
        `?locale=${JSON.stringify(url.searchParams.get('locale')?.slice(0, 64))} is not a language the messages come in: use zh-CN, zh-TW or en (or another Chinese or English tag)`,
      );
    }
    const contentType = request.headers.get('content-type');
    if (contentType?.toLowerCase().startsWith('multipart/form-data'))
      return precheckWithImages(request, contentType, locale);
    if (!isJsonUtf8(contentType)) {
      await request.body?.cancel().catch(() => {});
      return errorResponse(
        415,
        'unsupported-media-type',
        `POST ${routes.precheck} takes application/json (UTF-8); the request has ${contentType === null ? 'no Content-Type' : `Content-Type ${contentType}`}`,
      );
    }
    const body = await readBody(request, maxBodyBytes);
    if (!body.ok) {
      return errorResponse(
        413,
        'payload-too-large',
        `the body is larger than ${maxBodyBytes.toLocaleString('en-US')} bytes`,
        {
          headers: { connection: 'close' },
        },
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes));
    } catch (error) {
      const message =
        body.bytes.byteLength === 0
          ? 'the body is empty; send one AccountInfo JSON object'
          : error instanceof SyntaxError
            ? `the body is not valid JSON: ${error.message}`
            : 'the body is not valid UTF-8';
      return errorResponse(400, 'invalid-json', message);
    }
    const account = validateAccountInfo(value);
    if (!account.success) {
      const sentVerdict =
        value !== null && typeof value === 'object' && VERDICT_FIELDS.some((field) => Object.hasOwn(value, field));
      const hint = sentVerdict ? ' (the server decides the verdict itself: send only the account information)' : '';
      return errorResponse(400, 'invalid-account', `${account.message}${hint}`, { issues: account.issues });
    }
    const loaded = await state.catch(() => undefined);
    if (!loaded) return rulesetUnavailable();
    let verdict: Awaited<ReturnType<typeof checkAccount>>['verdict'];
    try {
      verdict = (await checkAccount(loaded.engine, account.data, options.registry)).verdict;
    } catch {
      // Without the registry the check is not complete: refuse rather than pass a closed name.
      return errorResponse(503, 'registry-unavailable', 'the closed-account registry cannot be read; try again later');
    }
    const headers: Record<string, string> = {
      'content-type': JSON_TYPE,
      'cache-control': 'no-store',
      vary: 'Accept-Language',
      [RULESET_HEADER]: loaded.served.version,
    };
    const clientVersion = request.headers.get(RULESET_HEADER);
    if (clientVersion !== null)
      headers[RULESET_STALE_HEADER] = clientVersion.trim() === loaded.served.version ? '0' : '1';
    return jsonResponse(200, await worded(verdict, locale), headers);
  }

  /** The language of the verdict's messages: `?locale=`, else Accept-Language; undefined if `?locale=` names none. */
  function messageLocale(request: Request, url: URL): Locale | undefined {
    const asked = url.searchParams.get('locale');
    if (asked !== null) return parseLocale(asked.trim());
    return localeFromAcceptLanguage(request.headers.get('accept-language'));
  }

  /** The verdict, then its findings in words: the Verdict's fields come first and are unchanged. */
  async function worded(verdict: Verdict, locale: Locale) {
    await prepareLocale(locale);
    return { ...verdict, locale, messages: findingMessages(verdict.findings, locale) };
  }

  /** The multipart form: the account as JSON in part `account`, the image files in `avatar` and `cover`. */
  async function precheckWithImages(request: Request, contentType: string, locale: Locale): Promise<Response> {
    const maxImageBytes = options.maxImageBytes ?? 10 * 1024 * 1024;
    const cap = maxBodyBytes + 2 * maxImageBytes + 64 * 1024;
    const body = await readBody(request, cap);
    if (!body.ok) {
      return errorResponse(413, 'payload-too-large', `the body is larger than ${cap.toLocaleString('en-US')} bytes`, {
        headers: { connection: 'close' },
      });
    }
    let form: FormData;
    try {
      form = await new Response(body.bytes as Uint8Array<ArrayBuffer>, {
        headers: { 'content-type': contentType },
      }).formData();
    } catch {
      return errorResponse(400, 'invalid-form', 'the body is not a valid multipart/form-data form');
    }
    const accountPart = form.get('account');
    let value: unknown;
    try {
      value = JSON.parse(typeof accountPart === 'string' ? accountPart : await (accountPart?.text() ?? ''));
    } catch {
      return errorResponse(400, 'invalid-json', 'part `account` must hold one AccountInfo JSON object');
    }
    const account = validateAccountInfo(value);
    if (!account.success) return errorResponse(400, 'invalid-account', account.message, { issues: account.issues });
    const images: { field: ImageField; bytes: Uint8Array }[] = [];
    for (const field of ['avatar', 'cover'] as const) {
      const part = form.get(field);
      if (part === null) continue;
      if (typeof part === 'string') return errorResponse(400, 'invalid-image', `part \`${field}\` must be a file`);
      if (part.size > maxImageBytes) {
        return errorResponse(413, 'payload-too-large', `the ${field} is larger than ${maxImageBytes} bytes`);
      }
      images.push({ field, bytes: new Uint8Array(await part.arrayBuffer()) });
    }
    const loaded = await state.catch(() => undefined);
    if (!loaded) return rulesetUnavailable();
    let verdict: Verdict;
    try {
      verdict = (await checkAccount(loaded.engine, account.data, options.registry)).verdict;
    } catch {
      return errorResponse(503, 'registry-unavailable', 'the closed-account registry cannot be read; try again later');
    }
    const findings: Finding[] = [...verdict.findings];
    // onnxruntime-node and the models load with the first image, not with the server.
    const { checkImage, ImageCheckError } = images.length > 0 ? await import('../image/index.js') : ({} as never);
    for (const { field, bytes } of images) {
      try {
        const checked = await checkImage(loaded.engine.check, field, bytes, account.data.kind);
        findings.push(...checked.findings);
      } catch (error) {
        if (error instanceof ImageCheckError) {
          return errorResponse(422, 'invalid-image', `the ${field} cannot be read: ${error.reason}`);
        }
        return errorResponse(503, 'image-check-unavailable', 'the image check cannot run; try again later');
      }
    }
    findings.sort(compareFindings);
    const combined: Verdict = { ...verdict, verdict: decideVerdict(findings), findings };
    return jsonResponse(200, await worded(combined, locale), {
      'content-type': JSON_TYPE,
      'cache-control': 'no-store',
      vary: 'Accept-Language',
      [RULESET_HEADER]: loaded.served.version,
    });
  }

  async function ruleset(request: Request, version: string | undefined): Promise<Response> {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return methodNotAllowed(request, 'GET, HEAD');
    const loaded = await state.catch(() => undefined);
    if (!loaded) return rulesetUnavailable(head);
    const { served } = loaded;
    if (version !== undefined && version !== served.version) {
      return errorResponse(
        404,
        'unknown-ruleset-version',
        `this server has rule set ${served.version}, not ${version}; GET ${routes.ruleset} for the current one`,
        { headers: { 'cache-control': 'no-cache', [RULESET_HEADER]: served.version }, head },
      );
    }
    const headers: Record<string, string> = {
      etag: served.etag,
      'cache-control': version === undefined ? 'no-cache' : 'public, max-age=31536000, immutable',
      [RULESET_HEADER]: served.version,
    };
    if (version === undefined) headers['content-location'] = `${routes.ruleset}/${encodeURIComponent(served.version)}`;
    if (matchesEtag(request.headers.get('if-none-match'), served.etag)) {
      return new Response(null, { status: 304, headers });
    }
    return bytesResponse(200, served.body, { 'content-type': JSON_TYPE, ...headers }, head);
  }

  function attribution(request: Request, url: URL, context: RequestContext | undefined): Response {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return methodNotAllowed(request, 'GET, HEAD');
    const headers = { 'cache-control': 'private, no-store', vary: 'Accept-Language' };
    const queried = url.searchParams.get('ip');
    if (queried !== null && !options.allowIpQuery) {
      return errorResponse(400, 'ip-query-not-allowed', `GET ${routes.attribution}?ip= is not enabled on this server`, {
        head,
      });
    }
    if (queried !== null && canonicalIp(queried) === undefined) {
      return errorResponse(400, 'invalid-ip', `${JSON.stringify(queried.slice(0, 64))} is not an IP address`, { head });
    }
    const ip = queried === null ? clientIp(request, context?.ip, proxies) : canonicalIp(queried);
    const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
    const kind = ipKind(ip);
    let region: { country: string | null; province: string | null } | null = null;
    if (kind === 'public' && ip !== undefined) {
      let found: ReturnType<AttributionResolver['resolve']>;
      try {
        found = resolver.resolve(ip);
      } catch {
        found = undefined;
      }
      if (found)
        region = { country: found.country ?? (found.province ? 'CN' : null), province: found.province ?? null };
    }
    const label = region
      ? formatAttribution(
          { ...(region.country && { country: region.country }), ...(region.province && { province: region.province }) },
          { locale, ...(options.attributionLabels && { hkMoTw: options.attributionLabels }) },
        )
      : undefined;
    const masked = maskIp(ip);
    const reason = label ? undefined : kind === 'invalid' ? 'no-address' : kind === 'private' ? 'private' : 'unknown';
    return jsonResponse(
      200,
      {
        ...(masked && { ip: masked }),
        region,
        label: label?.label ?? null,
        text: label?.text ?? null,
        locale,
        ...(reason && { reason }),
      },
      headers,
      head,
    );
  }

  const handler = async (request: Request, context?: RequestContext): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const path = url.pathname;
      if (path === routes.precheck) return await precheck(request, url);
      if (path === routes.ruleset) return await ruleset(request, undefined);
      if (path.startsWith(`${routes.ruleset}/`)) {
        const version = decodeSegment(path.slice(routes.ruleset.length + 1));
        if (version !== undefined) return await ruleset(request, version);
      }
      if (path === routes.attribution) return attribution(request, url, context);
      return errorResponse(
        404,
        'not-found',
        `no route ${request.method} ${path}; the routes are POST ${routes.precheck}, GET ${routes.ruleset}, GET ${routes.ruleset}/{version} and GET ${routes.attribution}`,
        { head: request.method === 'HEAD' },
      );
    } catch {
      return errorResponse(500, 'internal-error', 'the request could not be handled');
    }
  };
  return Object.assign(handler, {
    ready: async () => ({ rulesetVersion: (await state).served.version }),
  });
}

async function loadState(options: PrecheckHandlerOptions): Promise<State> {
  if (options.engine !== undefined) {
    const engine = await options.engine;
    return { engine, served: servedRuleSet(engine.compiled.ruleSet) };
  }
  const base = options.ruleSet ?? (await import('@mingzheng/rules-cn')).defaultRuleSet;
  const document = composeRuleSet(base, options.extensions);
  return { engine: await createEngine(document), served: servedRuleSet(document) };
}

function normalizeBasePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed !== '' && !trimmed.startsWith('/')) {
    throw new TypeError(`basePath must start with "/" (got ${JSON.stringify(path)})`);
  }
  return trimmed;
}

/** A path segment decoded, or undefined when it is empty, malformed or not one segment. */
function decodeSegment(segment: string): string | undefined {
  if (segment === '' || segment.includes('/')) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** If-None-Match against a strong tag, with the weak comparison RFC 9110 prescribes for it. */
function matchesEtag(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

function methodNotAllowed(request: Request, allow: string): Response {
  return errorResponse(405, 'method-not-allowed', `${request.method} is not allowed here; use ${allow}`, {
    headers: { allow },
    head: request.method === 'HEAD',
  });
}

function rulesetUnavailable(head = false): Response {
  return errorResponse(
    503,
    'ruleset-unavailable',
    "the server's rule set could not be loaded (the handler's ready() says why)",
    { head },
  );
}
