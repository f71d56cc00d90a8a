/**
 * detectQrCodes() in real Chromium, with the real jsQR worker and real PNG/JPEG images drawn here.
 *
 * Fixture QR codes come from the `qrcode` package (its encoder, `QRCode.create`). That package is
 * CommonJS only and @web/test-runner serves modules as they are, so it is loaded with the tiny
 * CommonJS loader below (synchronous requests to the test server, test-only).
 */
import { expect } from 'chai';
import type * as QRCodeLib from 'qrcode';
import { detectQrCodes, disposeQrWorker, QrDetectionError, type QrHit } from '../src/qr/detect-qr.ts';

// --- loading `qrcode` -------------------------------------------------------------------------

/** Loads a CommonJS module graph from the test server: relative requires, and bare ones via node_modules. */
function requireCommonJs(entry: string): unknown {
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

const QRCode = requireCommonJs('/node_modules/qrcode/lib/browser.js') as typeof QRCodeLib;

// --- fixtures ---------------------------------------------------------------------------------

interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  return context;
}

/** An avatar-like picture: a gradient, a face, a few shapes. No QR code. */
function avatar(size: number): OffscreenCanvas {
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
function pasteQr(
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

function expectCornersInside(hit: QrHit | undefined, region: Region): void {
  expect(hit, 'a hit').to.not.equal(undefined);
  expect(hit?.corners).to.have.length(4);
  for (const { x, y } of hit?.corners ?? []) {
    expect(x, 'x').to.be.within(region.x0 - 1, region.x1 + 1);
    expect(y, 'y').to.be.within(region.y0 - 1, region.y1 + 1);
  }
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function expectFailure(promise: Promise<unknown>, reason: QrDetectionError['reason']): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(QrDetectionError);
  expect((error as QrDetectionError).reason).to.equal(reason);
}

async function expectAbortError(promise: Promise<unknown>): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

// --- tests ------------------------------------------------------------------------------------

const URL_TEXT = 'https://example.com/add-me-on-wechat?id=mz-0042';

describe('detectQrCodes', () => {
  let avatarWithQr: Blob;
  let qrRegion: Region;
  let plainAvatar: Blob;

  before(async () => {
    const canvas = avatar(512);
    plainAvatar = await canvas.convertToBlob({ type: 'image/png' });
    qrRegion = pasteQr(canvas, URL_TEXT, 320, 320, 4);
    avatarWithQr = await canvas.convertToBlob({ type: 'image/png' });
  });

  after(() => disposeQrWorker());

  it('finds a QR code pasted in a corner of an avatar, with its text and corners (worker, jsQR)', async () => {
    const hits = await detectQrCodes(avatarWithQr, { engine: 'worker' });
    expect(hits).to.have.length(1);
    expect(hits[0]?.data).to.equal(URL_TEXT);
    expectCornersInside(hits[0], qrRegion);
  });

  it('finds it with the default engine too', async () => {
    const hits = await detectQrCodes(avatarWithQr);
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
    expectCornersInside(hits[0], qrRegion);
  });

  it('finds nothing in a plain avatar', async () => {
    expect(await detectQrCodes(plainAvatar, { engine: 'worker' })).to.deep.equal([]);
  });

  it('reads a JPEG', async () => {
    const canvas = avatar(512);
    const region = pasteQr(canvas, URL_TEXT, 24, 300, 4);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    expect(jpeg.type).to.equal('image/jpeg');
    const hits = await detectQrCodes(jpeg, { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
    expectCornersInside(hits[0], region);
  });

  it('reads a light-on-dark (inverted) code', async () => {
    const canvas = avatar(512);
    const region = pasteQr(canvas, 'weixin://contacts/profile/mz', 300, 24, 5, { dark: '#fff', light: '#111' });
    const hits = await detectQrCodes(await canvas.convertToBlob({ type: 'image/png' }), { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal(['weixin://contacts/profile/mz']);
    expectCornersInside(hits[0], region);
  });

  it('finds two codes side by side', async () => {
    const canvas = avatar(512);
    const first = pasteQr(canvas, 'https://example.com/one', 8, 8, 4);
    const second = pasteQr(canvas, 'https://example.com/two', 330, 330, 4);
    const hits = await detectQrCodes(await canvas.convertToBlob({ type: 'image/png' }), { engine: 'worker' });
    const byData = new Map(hits.map((hit) => [hit.data, hit]));
    expect([...byData.keys()].sort()).to.deep.equal(['https://example.com/one', 'https://example.com/two']);
    expectCornersInside(byData.get('https://example.com/one'), first);
    expectCornersInside(byData.get('https://example.com/two'), second);
  });

  it('downscales a large image and reports corners in its original coordinates', async () => {
    const canvas = avatar(3000);
    const region = pasteQr(canvas, URL_TEXT, 2300, 2350, 16);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const hits = await detectQrCodes(blob, { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
    expectCornersInside(hits[0], region);
    // Beyond the 1024-pixel scan copy: the corners were mapped back.
    for (const { x, y } of hits[0]?.corners ?? []) expect(Math.min(x, y)).to.be.above(2000);
  });

  it('accepts an ImageBitmap and leaves it usable', async () => {
    const bitmap = await createImageBitmap(avatarWithQr);
    const hits = await detectQrCodes(bitmap, { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
    expect(bitmap.width).to.equal(512);
    bitmap.close();
  });

  it('recognizes an image Blob without a MIME type by its first bytes', async () => {
    const untyped = new Blob([await avatarWithQr.arrayBuffer()]);
    expect(untyped.type).to.equal('');
    const hits = await detectQrCodes(untyped, { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
  });

  it('refuses unsupported types with unsupported-type', async () => {
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'], {
      type: 'image/svg+xml',
    });
    await expectFailure(detectQrCodes(svg), 'unsupported-type');
    await expectFailure(detectQrCodes(new Blob([URL_TEXT], { type: 'text/plain' })), 'unsupported-type');
    await expectFailure(detectQrCodes(new Blob(['no image bytes'])), 'unsupported-type');
  });

  it('refuses a Blob over the size limit with too-large, the default 10 MB or a configured one', async () => {
    const huge = new Blob([new Uint8Array(10 * 1024 * 1024 + 1)], { type: 'image/png' });
    await expectFailure(detectQrCodes(huge), 'too-large');
    await expectFailure(detectQrCodes(avatarWithQr, { maxBytes: 1000 }), 'too-large');
  });

  it('refuses an image with too many pixels with too-large', async () => {
    await expectFailure(detectQrCodes(avatarWithQr, { engine: 'worker', maxPixels: 512 * 511 }), 'too-large');
  });

  it('reports an image it cannot decode with decode-failed', async () => {
    await expectFailure(detectQrCodes(new Blob(['not a png'], { type: 'image/png' })), 'decode-failed');
    const truncated = avatarWithQr.slice(0, 200, 'image/png');
    await expectFailure(detectQrCodes(truncated, { engine: 'worker' }), 'decode-failed');
  });

  it('rejects with AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expectAbortError(detectQrCodes(avatarWithQr, { signal: controller.signal, engine: 'worker' }));
  });

  it('rejects with AbortError when aborted while pending, and keeps working afterwards', async () => {
    const controller = new AbortController();
    const pending = detectQrCodes(avatarWithQr, { signal: controller.signal, engine: 'worker' });
    controller.abort();
    await expectAbortError(pending);
    const hits = await detectQrCodes(avatarWithQr, { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
  });

  it('answers concurrent requests each with its own result', async () => {
    const [withQr, plain, again] = await Promise.all([
      detectQrCodes(avatarWithQr, { engine: 'worker' }),
      detectQrCodes(plainAvatar, { engine: 'worker' }),
      detectQrCodes(avatarWithQr, { engine: 'worker' }),
    ]);
    expect(withQr.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
    expect(plain).to.deep.equal([]);
    expect(again.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
  });

  it('disposeQrWorker() rejects pending scans with AbortError; the next scan starts a new worker', async () => {
    const pending = detectQrCodes(avatarWithQr, { engine: 'worker' });
    // The request reaches the worker after the Blob check; wait for that microtask chain to pass.
    await new Promise((resolve) => setTimeout(resolve, 0));
    disposeQrWorker();
    await expectAbortError(pending);
    const hits = await detectQrCodes(avatarWithQr, { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
  });
});
