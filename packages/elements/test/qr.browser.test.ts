/**
 * detectQrCodes() in real Chromium, with the real jsQR worker and real PNG/JPEG images drawn here.
 *
 * Fixture QR codes come from the `qrcode` package (its encoder, `QRCode.create`). That package is
 * CommonJS only and @web/test-runner serves modules as they are, so it is loaded with the tiny
 * CommonJS loader in helpers/qr-images.ts (synchronous requests to the test server, test-only).
 */
import { expect } from 'chai';
import { detectQrCodes, disposeQrWorker, QrDetectionError, type QrHit } from '../src/qr/detect-qr.ts';
import { avatar, pasteQr, type Region } from './helpers/qr-images.ts';

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
    // Twice the 1024-pixel scan copy: large enough to be downscaled, small enough that drawing,
    // encoding and decoding it stay well inside a test's time on a busy machine.
    const canvas = avatar(2048);
    const region = pasteQr(canvas, URL_TEXT, 1480, 1500, 12);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const hits = await detectQrCodes(blob, { engine: 'worker' });
    expect(hits.map((hit) => hit.data)).to.deep.equal([URL_TEXT]);
    expectCornersInside(hits[0], region);
    // Beyond the 1024-pixel scan copy: the corners were mapped back.
    for (const { x, y } of hits[0]?.corners ?? []) expect(Math.min(x, y)).to.be.above(1400);
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
