/**
 * On-device QR code detection for avatar and cover images (Art. 8(6) of the CAC Provisions forbids
 * deliberately carrying QR codes in account information).
 *
 * Contract
 * --------
 * `detectQrCodes(image, options?)` resolves to the QR codes found in `image` — `[]` when there is
 * none — as `{ corners, data }`: `data` is the decoded text, `corners` the code's four corners
 * (top-left, top-right, bottom-right, bottom-left as the code reads; with the native detector,
 * clockwise from the corner the browser calls top-left) in the ORIGINAL image's pixel coordinates,
 * even when the scan ran on a downscaled copy. Use the corners' min/max for a bounding box.
 *
 * It rejects with
 * - `QrDetectionError` whose `reason` says why the image could not be checked (no user text inside;
 *   the component localizes the reason):
 *   - `unsupported-type`: a Blob that is not PNG, JPEG, WebP or GIF (by its MIME type, or by its
 *     first bytes when it has none). Nothing is decoded.
 *   - `too-large`: a Blob larger than `maxBytes` (10 MB by default; nothing is decoded), or a
 *     decoded image with more than `maxPixels` pixels.
 *   - `decode-failed`: the browser cannot decode it (corrupt or truncated file, closed ImageBitmap).
 *   - `unavailable`: this browser has neither a `BarcodeDetector` for QR codes nor module workers
 *     with OffscreenCanvas, or the worker failed to load.
 * - `options.signal.reason` (an `AbortError` DOMException for a plain `abort()`) when the signal is
 *   aborted before the answer arrives; an `AbortError` DOMException when `disposeQrWorker()` ends
 *   a pending scan.
 *
 * Nothing is sent anywhere, nothing is stored and nothing is logged.
 *
 * Strategy
 * --------
 * 1. The native `BarcodeDetector` when `BarcodeDetector.getSupportedFormats()` lists `qr_code`
 *    (Chromium on macOS, Android, ChromeOS; not on Linux or Windows, nor headless Chromium on Linux).
 *    It finds every code in the image.
 * 2. Otherwise jsQR, off the main thread, in a module Web Worker (`qr.worker.ts`): the Blob is
 *    posted as is (structured clone shares the bytes) and decoded by `createImageBitmap` in the
 *    worker; an ImageBitmap is copied (so the caller's stays usable) and the copy transferred. The
 *    worker draws the image on a white OffscreenCanvas of at most `maxScanSide` (1024) pixels on its
 *    longest side, scans normal and inverted pixels, and maps the corners back.
 *    LIMITATION: jsQR finds one code per pass. The worker paints over each code found and scans
 *    again, up to `maxCodes` (4), so a second code side by side is found, but overlapping codes or
 *    codes jsQR cannot separate may be missed: at least one is reported when any is found. Codes
 *    too small to survive the downscale (modules under ~2 px after it) may be missed too, and a
 *    light code on a transparent background is invisible (transparency is shown as white).
 *
 * The worker is created on the first scan, reused, and terminated after `WORKER_IDLE_MS` with
 * nothing pending, when the last pending scan is aborted (that also stops a scan in progress), or by
 * `disposeQrWorker()`. Requests and answers are matched by id.
 *
 * Bundling
 * --------
 * The worker is referenced as `new Worker(new URL('./qr.worker.ts', import.meta.url), { type:
 * 'module' })`, the one pattern both tools understand without configuration:
 * - Vite dev (Storybook) serves it as `qr.worker.ts?worker_file&type=module`, with jsqr from its
 *   pre-bundled deps.
 * - Vite build bundles the worker with its own dependencies (jsQR is inlined there although the
 *   library build keeps dependencies external: a worker cannot resolve bare specifiers) into a
 *   separate file, `assets/qr.worker-<hash>.js` (~130 KB, ~46 KB gzip; classic-script IIFE, which
 *   also runs as a module worker), and rewrites the URL. In LIBRARY mode the rewritten URL is
 *   relative to the importing file only with `base: './'`; with Vite's default `base: '/'` it
 *   becomes `new URL('/assets/qr.worker-<hash>.js', import.meta.url)`, i.e. the site root, which
 *   breaks for anyone consuming `dist/`. The workspace's library build (vite-library.ts) must set `base: './'`.
 * - Apps consuming the built package get `new URL('../assets/qr.worker-<hash>.js', import.meta.url)`,
 *   which Vite builds and webpack 5 copy as an asset. Vite DEV pre-bundles dependencies into
 *   node_modules/.vite/deps, which breaks any `import.meta.url`-relative file in a dependency: such
 *   apps need `optimizeDeps: { exclude: ['@mingzheng/elements'] }` (workspace links are not
 *   pre-bundled, so Storybook here is fine).
 * - @web/test-runner serves `qr.worker.ts` at its own path, transformed by its esbuild plugin, and
 *   rewrites the worker's bare `jsqr` import like any module's. jsqr is CommonJS/UMD only, which
 *   that server does not convert; qr.worker.ts handles both forms (see there).
 * The URL must stay a literal in this exact shape for Vite to see it.
 */
import type { QrCorners, QrHit, QrPoint, QrScanRequest, QrScanResponse } from './protocol.js';

export type { QrCorners, QrHit, QrPoint } from './protocol.js';

/** Why an image could not be checked. Stable codes, for the component to localize. */
export type QrDetectionFailure = 'unsupported-type' | 'too-large' | 'decode-failed' | 'unavailable';

/** The image could not be checked for QR codes; `reason` says why. Its message is for developers only. */
export class QrDetectionError extends Error {
  override readonly name = 'QrDetectionError';
  readonly reason: QrDetectionFailure;

  constructor(reason: QrDetectionFailure) {
    super(`QR detection failed: ${reason}`);
    this.reason = reason;
  }
}

export interface DetectQrOptions {
  /** Aborting rejects the pending call with `signal.reason`. */
  signal?: AbortSignal;
  /** Blobs larger than this many bytes are refused without decoding. Default 10 MB (10 × 1024 × 1024). */
  maxBytes?: number;
  /** Decoded images with more pixels than this are refused. Default 50 million. */
  maxPixels?: number;
  /** Longest side, in pixels, of the copy jsQR scans; larger images are downscaled first. Default 1024. */
  maxScanSide?: number;
  /** Report at most this many codes. Default 4. */
  maxCodes?: number;
  /**
   * `auto` (default): the native BarcodeDetector when it supports QR codes, else the jsQR worker.
   * `native` or `worker` force one (`unavailable` if it does not exist); meant for tests.
   */
  engine?: 'auto' | 'native' | 'worker';
}

export const QR_IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

interface QrLimits {
  maxBytes: number;
  maxPixels: number;
  maxScanSide: number;
  maxCodes: number;
}

export const QR_DEFAULTS: Readonly<QrLimits> = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 50_000_000,
  maxScanSide: 1024,
  maxCodes: 4,
};

/** How long an idle worker is kept for the next scan. */
export const WORKER_IDLE_MS = 30_000;

/**
 * Finds QR codes in an image, on the device. See the file header for the full contract.
 *
 * @param image a Blob or File (PNG, JPEG, WebP, GIF) or an ImageBitmap (left usable: it is copied)
 */
export async function detectQrCodes(image: Blob | ImageBitmap, options: DetectQrOptions = {}): Promise<QrHit[]> {
  const { signal, engine = 'auto' } = options;
  const limits: QrLimits = {
    maxBytes: options.maxBytes ?? QR_DEFAULTS.maxBytes,
    maxPixels: options.maxPixels ?? QR_DEFAULTS.maxPixels,
    maxScanSide: options.maxScanSide ?? QR_DEFAULTS.maxScanSide,
    maxCodes: options.maxCodes ?? QR_DEFAULTS.maxCodes,
  };
  signal?.throwIfAborted();

  if (!(image instanceof ImageBitmap)) {
    await checkBlob(image, limits.maxBytes);
    signal?.throwIfAborted();
  }

  const native = engine !== 'worker' && (await withAbort(hasNativeQrDetector(), signal));
  if (native) return withAbort(detectNatively(image, limits), signal);
  if (engine === 'native' || !canUseWorker()) throw new QrDetectionError('unavailable');
  return scanInWorker(image, limits, signal);
}

/** Terminates the jsQR worker now (pending scans reject with an AbortError); the next scan starts a new one. */
export function disposeQrWorker(): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  const current = worker;
  worker = undefined;
  current?.terminate();
  const stranded = [...pending.values()];
  pending.clear();
  for (const request of stranded) request.reject(new DOMException('The QR worker was disposed.', 'AbortError'));
}

// --- input checks -----------------------------------------------------------------------------

async function checkBlob(blob: Blob, maxBytes: number): Promise<void> {
  const declared = blob.type.split(';')[0]?.trim().toLowerCase() ?? '';
  const type = declared || (await sniffImageType(blob));
  if (!QR_IMAGE_TYPES.includes(type)) throw new QrDetectionError('unsupported-type');
  if (blob.size > maxBytes) throw new QrDetectionError('too-large');
}

/** The image type by its first bytes, for Blobs without a MIME type; '' when it is none of ours. */
async function sniffImageType(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 4) === 'GIF8') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return '';
}

// --- native BarcodeDetector -------------------------------------------------------------------

/** The part of the Barcode Detection API used here (not in TypeScript's DOM lib). */
interface NativeBarcodeDetector {
  detect(image: ImageBitmapSource): Promise<{ rawValue: string; cornerPoints: QrPoint[] }[]>;
}
interface NativeBarcodeDetectorClass {
  new (options: { formats: string[] }): NativeBarcodeDetector;
  getSupportedFormats(): Promise<string[]>;
}

let nativeSupport: Promise<boolean> | undefined;

function nativeDetectorClass(): NativeBarcodeDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: NativeBarcodeDetectorClass }).BarcodeDetector;
}

function hasNativeQrDetector(): Promise<boolean> {
  nativeSupport ??= (async () => {
    const Detector = nativeDetectorClass();
    if (typeof Detector?.getSupportedFormats !== 'function') return false;
    try {
      return (await Detector.getSupportedFormats()).includes('qr_code');
    } catch {
      return false;
    }
  })();
  return nativeSupport;
}

async function detectNatively(image: Blob | ImageBitmap, limits: QrLimits): Promise<QrHit[]> {
  const Detector = nativeDetectorClass();
  if (!Detector) throw new QrDetectionError('unavailable');
  const bitmap = image instanceof ImageBitmap ? image : await decode(image);
  try {
    if (bitmap.width === 0 || bitmap.height === 0) throw new QrDetectionError('decode-failed');
    if (bitmap.width * bitmap.height > limits.maxPixels) throw new QrDetectionError('too-large');
    const codes = await new Detector({ formats: ['qr_code'] }).detect(bitmap);
    return codes.slice(0, limits.maxCodes).map((code) => ({
      data: code.rawValue,
      corners: code.cornerPoints.slice(0, 4).map(({ x, y }) => ({ x, y })) as QrCorners,
    }));
  } finally {
    if (bitmap !== image) bitmap.close();
  }
}

async function decode(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob);
  } catch {
    throw new QrDetectionError('decode-failed');
  }
}

// --- jsQR worker ------------------------------------------------------------------------------

interface Pending {
  resolve(hits: QrHit[]): void;
  reject(error: unknown): void;
}

let worker: Worker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function canUseWorker(): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function';
}

function startWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module', name: 'mingzheng-qr' });
  created.onmessage = (event: MessageEvent<QrScanResponse>) => {
    const response = event.data;
    const request = pending.get(response.id);
    if (!request) return; // aborted meanwhile
    pending.delete(response.id);
    if (response.ok) request.resolve(response.hits);
    else request.reject(new QrDetectionError(response.reason));
    if (pending.size === 0) scheduleIdleStop();
  };
  created.onerror = (event) => {
    // The worker catches everything it runs, so this is a failure to load it.
    event.preventDefault();
    failAll('unavailable');
  };
  created.onmessageerror = () => failAll('decode-failed');
  worker = created;
  return created;
}

function failAll(reason: QrDetectionFailure): void {
  const stranded = [...pending.values()];
  pending.clear();
  disposeQrWorker();
  for (const request of stranded) request.reject(new QrDetectionError(reason));
}

function scheduleIdleStop(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(disposeQrWorker, WORKER_IDLE_MS);
}

async function scanInWorker(
  image: Blob | ImageBitmap,
  limits: QrLimits,
  signal: AbortSignal | undefined,
): Promise<QrHit[]> {
  let payload: Blob | ImageBitmap = image;
  if (image instanceof ImageBitmap) {
    // Transfer a copy: transferring the caller's own bitmap would detach it.
    try {
      payload = await createImageBitmap(image);
    } catch {
      throw new QrDetectionError('decode-failed');
    }
    if (signal?.aborted) {
      payload.close();
      signal.throwIfAborted();
    }
  }

  const target = startWorker();
  clearTimeout(idleTimer);
  const id = nextId++;
  const request: QrScanRequest = { id, image: payload, ...limits };

  return new Promise<QrHit[]>((resolve, reject) => {
    const onAbort = () => {
      if (!pending.delete(id)) return;
      reject(signal?.reason);
      // Nothing else is waiting: stop the worker, which also stops a scan in progress.
      if (pending.size === 0) disposeQrWorker();
    };
    const done = () => signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      resolve: (hits) => {
        done();
        resolve(hits);
      },
      reject: (error) => {
        done();
        reject(error);
      },
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    target.postMessage(request, payload instanceof ImageBitmap ? [payload] : []);
  });
}

// --- helpers ----------------------------------------------------------------------------------

/** `promise`, or a rejection with `signal.reason` as soon as the signal aborts. */
function withAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
