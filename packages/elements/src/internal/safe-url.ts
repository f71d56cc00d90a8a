/**
 * The one gate for every URL an element puts into its shadow DOM (`href`, `src`). Values come from
 * the page's data — a stored avatar URL, a report link from a CMS — so a `javascript:` URL in them
 * must never reach an attribute where a click or a load would run it.
 *
 * The value is parsed with the WHATWG URL parser against the document's base URL, exactly as the
 * browser will parse the attribute: leading and trailing spaces and C0 controls, tabs and newlines
 * inside the scheme, and mixed case are then what the browser makes of them, not what a regular
 * expression guessed. The decision is an allow-list of schemes on the parsed result; anything else is
 * dropped. What is rendered is the serialized URL that was checked, never the raw string.
 *
 * Images additionally accept `blob:` (object URLs this page made, e.g. the profile editor's
 * previews) and `data:` URLs of image types: the raster formats and `image/svg+xml`. SVG is accepted
 * because an image URL only ever reaches an `<img>`, and an SVG document loaded as an image runs no
 * script and loads nothing (the browser's "secure animated" mode), while inline SVG is how generated
 * default avatars (identicons) and this project's own stories are written. The price: the attribute
 * holds a string that WOULD run script in an `<object>`, an `<iframe>` or a new tab (there in an opaque
 * origin, away from the page). Nothing here puts an image URL anywhere but an `<img>`; keep it so —
 * a new use of this URL outside `<img>` needs `safeLinkUrl`'s rules, not these. The browser test
 * (test/xss.browser.test.ts) renders SVG data URLs carrying script in every element and checks that
 * none runs.
 *
 * No DOM is needed: the base is `document.baseURI` when there is a document, or the `base` option.
 * Without either (server-side rendering) relative URLs cannot be resolved and are dropped.
 */
import { DEV_MODE } from './dev-mode.js';

/** Schemes a link may have: the ones that navigate somewhere or hand over to a mail or phone app. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Schemes an image may have. `data:` is further limited to IMAGE_TYPES. */
const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);
/** The `data:` image types accepted: what browsers decode in an `<img>` (see the header on SVG). */
const IMAGE_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/apng',
  'image/jpeg',
  'image/pjpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/x-icon',
  'image/vnd.microsoft.icon',
  'image/svg+xml',
]);

export interface SafeUrlOptions {
  /** The base relative URLs resolve against; `document.baseURI` by default. */
  base?: string;
  /** Schemes accepted, with their colon (`'mailto:'`); a subset of the kind's own set. */
  schemes?: readonly string[];
  /** Who asks, for the development warning: `'<mz-account-card> report-href'`. */
  source?: string;
}

/** A URL safe to put in an `href`, or `undefined` when `value` is empty or not allowed. */
export function safeLinkUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  return check(value, LINK_SCHEMES, options, 'link');
}

/** A URL safe to put in an image's `src`, or `undefined` when `value` is empty or not allowed. */
export function safeImageUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  return check(value, IMAGE_SCHEMES, options, 'image');
}

function check(
  value: unknown,
  schemes: ReadonlySet<string>,
  options: SafeUrlOptions,
  kind: 'link' | 'image',
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const url = parse(value, options.base ?? documentBase());
  const allowed = options.schemes ? new Set(options.schemes.filter((scheme) => schemes.has(scheme))) : schemes;
  if (url && allowed.has(url.protocol) && (url.protocol !== 'data:' || isImageData(url))) return url.href;
  if (DEV_MODE) warn(value, kind, options.source);
  return undefined;
}

function parse(value: string, base: string | undefined): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

function documentBase(): string | undefined {
  const document = (globalThis as { document?: { baseURI?: string } }).document;
  return document?.baseURI || undefined;
}

/**
 * The media type of a `data:` URL as the fetch standard's data: URL processor reads it: everything
 * before the first comma, parameters after `;` ignored, ASCII whitespace trimmed, case-insensitive.
 * An encoded slash (`image%2Fpng`) is not decoded there, so it is not accepted here either.
 */
function isImageData(url: URL): boolean {
  const body = url.href.slice('data:'.length);
  const comma = body.indexOf(',');
  if (comma < 0) return false;
  const essence = body.slice(0, comma).split(';')[0]?.trim().toLowerCase() ?? '';
  return IMAGE_TYPES.has(essence);
}

const warned = new Set<string>();

function warn(value: string, kind: 'link' | 'image', source = 'An element'): void {
  const key = `${source}\u0000${value}`;
  if (warned.has(key)) return;
  if (warned.size > 200) warned.clear();
  warned.add(key);
  const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
  const accepted =
    kind === 'link'
      ? 'http(s), mailto: and tel: URLs and relative URLs'
      : 'http(s), blob: and data:image/* URLs of image types and relative URLs';
  console.warn(
    `${source}: the URL ${shown} was dropped: only ${accepted} are rendered. ` +
      '(This warning is left out of production builds.)',
  );
}
