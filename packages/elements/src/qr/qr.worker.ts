/**
 * The jsQR worker behind `detectQrCodes()` (see detect-qr.ts for the contract and for how this file
 * is loaded under Vite and under @web/test-runner).
 *
 * One request at a time per message: decode the image (createImageBitmap, off the main thread),
 * draw it on a white OffscreenCanvas no larger than `maxScanSide` on its longest side, scan the
 * pixels with jsQR (normal and inverted), and map the corners back to the original image's
 * coordinates. Nothing is sent anywhere and nothing is logged.
 *
 * Typing: the package type-checks with the DOM lib only. `/// <reference lib="webworker" />` would
 * apply to the whole program (lib references are global), so the few worker globals used here are
 * typed by the small `WorkerScope` interface below instead.
 */
import * as jsQRModule from 'jsqr';
import type { QrCorners, QrHit, QrPoint, QrScanRequest, QrScanResponse } from './protocol.js';

type JsQR = typeof import('jsqr').default;

/**
 * jsqr 1.4.0 ships only a UMD bundle (CommonJS). Vite (dev pre-bundling and the build) turns it
 * into an ES module whose default export is the function. @web/test-runner serves it as it is: run
 * as an ES module, the UMD wrapper finds neither `module` nor `define` and sets `self.jsQR`
 * instead, and the namespace stays empty. A namespace import (never a default import, which would
 * be a link error there) covers both.
 */
const jsQR: JsQR | undefined =
  (jsQRModule as unknown as { default?: JsQR }).default ?? (globalThis as unknown as { jsQR?: JsQR }).jsQR;

interface WorkerScope {
  onmessage: ((event: MessageEvent<QrScanRequest>) => void) | null;
  postMessage(message: QrScanResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handle(event.data).then((response) => scope.postMessage(response));
};

async function handle(request: QrScanRequest): Promise<QrScanResponse> {
  const { id } = request;
  let bitmap: ImageBitmap;
  try {
    bitmap = request.image instanceof ImageBitmap ? request.image : await createImageBitmap(request.image);
  } catch {
    return { id, ok: false, reason: 'decode-failed' };
  }
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0) return { id, ok: false, reason: 'decode-failed' };
    if (width * height > request.maxPixels) return { id, ok: false, reason: 'too-large' };
    if (!jsQR) return { id, ok: false, reason: 'decode-failed' };
    return { id, ok: true, hits: scan(jsQR, bitmap, request) };
  } catch {
    return { id, ok: false, reason: 'decode-failed' };
  } finally {
    bitmap.close();
  }
}

function scan(decode: JsQR, bitmap: ImageBitmap, request: QrScanRequest): QrHit[] {
  const { width, height } = bitmap;
  const scale = Math.min(1, request.maxScanSide / Math.max(width, height));
  const scanWidth = Math.max(1, Math.round(width * scale));
  const scanHeight = Math.max(1, Math.round(height * scale));
  const canvas = new OffscreenCanvas(scanWidth, scanHeight);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d context');
  // Transparent pixels read back as black; show the image on white, as a light page would.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, scanWidth, scanHeight);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, scanWidth, scanHeight);

  const toOriginal = (point: QrPoint): QrPoint => ({
    x: (point.x * width) / scanWidth,
    y: (point.y * height) / scanHeight,
  });

  // jsQR reports one code per pass, and none at all when it sees the finder patterns of several
  // codes at once. So: scan the whole image; if nothing is found, scan four overlapping quarters;
  // paint over each code found and start again, up to `maxCodes` codes. Codes that overlap, or more
  // than one within one quarter, may still be missed.
  const hits: QrHit[] = [];
  while (hits.length < request.maxCodes) {
    const corners =
      scanWhole(decode, context, scanWidth, scanHeight) ?? scanQuarters(decode, context, scanWidth, scanHeight);
    if (!corners) break;
    hits.push({ data: corners.data, corners: corners.corners.map(toOriginal) as QrCorners });
    if (hits.length < request.maxCodes) paintOver(context, corners.corners);
  }
  return hits;
}

interface Found {
  data: string;
  /** In scan-canvas coordinates. */
  corners: QrCorners;
}

function scanWhole(decode: JsQR, context: OffscreenCanvasRenderingContext2D, width: number, height: number) {
  return scanArea(decode, context, 0, 0, width, height);
}

/** The four quarters, each 60% of the width and height, so that they overlap by a fifth. */
function scanQuarters(
  decode: JsQR,
  context: OffscreenCanvasRenderingContext2D,
  width: number,
  height: number,
): Found | undefined {
  const w = Math.ceil(width * 0.6);
  const h = Math.ceil(height * 0.6);
  for (const [x, y] of [
    [0, 0],
    [width - w, 0],
    [0, height - h],
    [width - w, height - h],
  ] as const) {
    const found = scanArea(decode, context, x, y, w, h);
    if (found) return found;
  }
  return undefined;
}

function scanArea(
  decode: JsQR,
  context: OffscreenCanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
): Found | undefined {
  const pixels = context.getImageData(x, y, width, height).data;
  const code = decode(pixels, width, height, { inversionAttempts: 'attemptBoth' });
  if (!code) return undefined;
  const { topLeftCorner, topRightCorner, bottomRightCorner, bottomLeftCorner } = code.location;
  const shift = (p: QrPoint): QrPoint => ({ x: p.x + x, y: p.y + y });
  return {
    data: code.data,
    corners: [shift(topLeftCorner), shift(topRightCorner), shift(bottomRightCorner), shift(bottomLeftCorner)],
  };
}

/** Fills a code's quadrilateral, grown by a quarter about its centre to cover the quiet zone, with white. */
function paintOver(context: OffscreenCanvasRenderingContext2D, corners: QrCorners): void {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / 4;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / 4;
  context.beginPath();
  for (const [index, p] of corners.entries()) {
    const x = cx + (p.x - cx) * 1.25;
    const y = cy + (p.y - cy) * 1.25;
    if (index === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.closePath();
  context.fillStyle = '#fff';
  context.fill();
}
