/**
 * Image fixtures for the QR tests: the `qrcode` package's encoder (CommonJS only, so loaded with a
 * tiny CommonJS loader: synchronous requests to the test server, test-only), an avatar-like picture
 * and a way to paste a QR code into it. Shared by qr.browser.test.ts and profile-editor.browser.test.ts.
 */
import type * as QRCodeLib from 'qrcode';

// --- loading `qrcode` -------------------------------------------------------------------------

/** Loads a CommonJS module graph from the test server: relative requires, and bare ones via node_modules. */
export function requireCommonJs(entry: string): unknown {
  const texts = new Map<string, string | undefined>();
  const modules = new Map<string, { exports: unknown }>();
  const get = (url: string): string | undefined => {
    if (!texts.has(url)) {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', url, false);
      xhr.send();
      texts.set(url, xhr.status === 200 ? xhr.responseText : undefined);
    }
    return texts.get(url);
  };
  // Extension first: every miss is a 404 in the runner's report.
  const asFile = (url: string): string | undefined =>
    (url.endsWith('.js') ? [url] : [`${url}.js`, `${url}/index.js`, url]).find(
      (candidate) => get(candidate) !== undefined,
    );
  // Bare names: pnpm's hidden hoisting directory, then the root's node_modules.
  const asPackage = (name: string, from: string): string | undefined => {
    const roots = [new URL('/node_modules/.pnpm/node_modules/', from).href, new URL('/node_modules/', from).href];
    for (const root of roots) {
      const manifest = get(`${root}${name}/package.json`);
      if (manifest === undefined) continue;
      const main = (JSON.parse(manifest) as { main?: string }).main ?? 'index.js';
      return asFile(new URL(main, `${root}${name}/`).href);
    }
    return undefined;
  };
  const load = (url: string): unknown => {
    const cached = modules.get(url);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    modules.set(url, module);
    const require = (specifier: string) => {
      const resolved = specifier.startsWith('.') ? asFile(new URL(specifier, url).href) : asPackage(specifier, url);
      if (!resolved) throw new Error(`cannot resolve ${specifier} from ${url}`);
      return load(resolved);
    };
    const factory = new Function('module', 'exports', 'require', `${get(url)}\n//# sourceURL=${url}`);
    factory(module, module.exports, require);
    return module.exports;
  };
  const url = asFile(new URL(entry, location.href).href);
  if (!url) throw new Error(`cannot load ${entry}`);
  return load(url);
}

export const QRCode = requireCommonJs('/node_modules/qrcode/lib/browser.js') as typeof QRCodeLib;

// --- fixtures ---------------------------------------------------------------------------------

export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  return context;
}

/** An avatar-like picture: a gradient, a face, a few shapes. No QR code. */
export function avatar(size: number): OffscreenCanvas {
  const canvas = new OffscreenCanvas(size, size);
  const context = context2d(canvas);
  const u = size / 512;
  const gradient = context.createLinearGradient(0, 0, size, size);
  gradient.addColorStop(0, '#f7c59f');
  gradient.addColorStop(0.5, '#e76f51');
  gradient.addColorStop(1, '#2a9d8f');
  context.fillStyle = gradient;
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#264653';
  context.beginPath();
  context.arc(256 * u, 200 * u, 90 * u, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = '#e9c46a';
  context.fillRect(120 * u, 310 * u, 270 * u, 180 * u);
  context.fillStyle = '#fff';
  context.beginPath();
  context.arc(225 * u, 185 * u, 14 * u, 0, Math.PI * 2);
  context.arc(290 * u, 185 * u, 14 * u, 0, Math.PI * 2);
  context.fill();
  context.strokeStyle = '#000';
  context.lineWidth = 6 * u;
  for (let i = 0; i < 6; i++) {
    context.beginPath();
    context.moveTo(20 * u + i * 30 * u, 20 * u);
    context.lineTo(60 * u + i * 30 * u, 90 * u);
    context.stroke();
  }
  return canvas;
}

/** Draws `text` as a QR code (with a 4-module quiet zone) at (x, y); returns the area it covers. */
export function pasteQr(
  canvas: OffscreenCanvas,
  text: string,
  x: number,
  y: number,
  moduleSize: number,
  colours = { dark: '#000', light: '#fff' },
): Region {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const context = context2d(canvas);
  const side = (modules.size + 8) * moduleSize;
  context.fillStyle = colours.light;
  context.fillRect(x, y, side, side);
  context.fillStyle = colours.dark;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        context.fillRect(x + (col + 4) * moduleSize, y + (row + 4) * moduleSize, moduleSize, moduleSize);
      }
    }
  }
  return { x0: x, y0: y, x1: x + side, y1: y + side };
}
