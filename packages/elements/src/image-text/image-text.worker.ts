/**
 * The worker behind `readImage()` (read-image.ts): decodes the image, reads its text with the
 * PP-OCRv4 models on onnxruntime-web (WebAssembly) and looks for Party and state symbols, with the
 * same pre- and post-processing as the server (`@mingzheng/precheck/image`).
 *
 * The runtime (onnxruntime-web's WebAssembly build `ort.wasm.min.mjs`: ~13 KB gzip of JavaScript,
 * then `ort-wasm-simd-threaded.mjs` and a ~3.8 MB gzip .wasm file beside it) is imported from the
 * page's runtime URL on the first request, and the models (4.4 MB + 10 MB gzip) are fetched from
 * its model URL then, once per worker. Both are served by the page from the packages' own files:
 * no bundler touches them (a library build would inline the .wasm into the worker as base64,
 * ~40 MB), and nothing is fetched from anywhere else. Nothing is sent anywhere.
 */
import {
  detectSymbols,
  type ModelRunner,
  parseAlphabet,
  type RgbaImage,
  readText,
  readTimings,
} from '@mingzheng/precheck/image';
import type { ImageReadRequest, ImageReadResponse } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImageReadRequest>) => void) | null;
  postMessage(message: ImageReadResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

interface Loaded {
  run: ModelRunner;
  alphabet: string[];
  /** Milliseconds: importing the runtime, fetching the models, creating the two sessions. */
  timings: { runtime: number; models: number; sessions: number };
}

let loaded: Promise<Loaded> | undefined;
let loadedFrom = '';

type Ort = typeof import('onnxruntime-web');

async function load(runtime: string, models: string, threads: number): Promise<Loaded> {
  const started = performance.now();
  const ort: Ort = await import(/* @vite-ignore */ new URL('ort.wasm.min.mjs', runtime).href);
  const imported = performance.now();
  ort.env.wasm.numThreads = threads;
  ort.env.wasm.wasmPaths = runtime;
  const base = new URL(models, self.location.href);
  const fetchBytes = async (name: string) => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${name}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [detBytes, recBytes, keys] = await Promise.all([
    fetchBytes('ch_PP-OCRv4_det_infer.onnx'),
    fetchBytes('ch_PP-OCRv4_rec_infer.onnx'),
    fetch(new URL('ppocr_keys_v1.txt', base)).then((r) => {
      if (!r.ok) throw new Error(`keys: ${r.status}`);
      return r.text();
    }),
  ]);
  const fetched = performance.now();
  const options = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' } as const;
  const det = await ort.InferenceSession.create(detBytes, options);
  const rec = await ort.InferenceSession.create(recBytes, options);
  const timings = {
    runtime: Math.round(imported - started),
    models: Math.round(fetched - imported),
    sessions: Math.round(performance.now() - fetched),
  };
  const run: ModelRunner = async (model, input) => {
    const session = model === 'det' ? det : rec;
    const feeds = { [session.inputNames[0] as string]: new ort.Tensor('float32', input.data, input.dims) };
    const result = await session.run(feeds);
    const output = result[session.outputNames[0] as string] as InstanceType<typeof ort.Tensor>;
    return { data: output.data as Float32Array, dims: output.dims };
  };
  return { run, alphabet: parseAlphabet(keys), timings };
}

async function decode(blob: Blob, maxPixels: number): Promise<RgbaImage | 'decode-failed' | 'too-large'> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return 'decode-failed';
  }
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0) return 'decode-failed';
    if (width * height > maxPixels) return 'too-large';
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return 'decode-failed';
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    return { width, height, data };
  } finally {
    bitmap.close();
  }
}

async function handle(request: ImageReadRequest): Promise<ImageReadResponse> {
  const received = performance.now();
  const image = await decode(request.image, request.maxPixels);
  if (typeof image === 'string') return { id: request.id, ok: false, reason: image };
  const started = performance.now();
  const from = `${request.runtime} ${request.models}`;
  if (!loaded || loadedFrom !== from) {
    loadedFrom = from;
    loaded = load(request.runtime, request.models, request.threads);
  }
  let ocr: Loaded;
  try {
    ocr = await loaded;
  } catch {
    loaded = undefined;
    return { id: request.id, ok: false, reason: 'models-unavailable' };
  }
  const ready = performance.now();
  const text = readTimings();
  const lines = await readText(image, ocr.run, ocr.alphabet, {}, text);
  const read = performance.now();
  const symbols = detectSymbols(image);
  const done = performance.now();
  return {
    id: request.id,
    ok: true,
    reading: {
      width: image.width,
      height: image.height,
      lines,
      symbols,
      timings: {
        load: Math.round(ready - started),
        ...(ready - started > 0.5 && { loadParts: ocr.timings }),
        decode: Math.round(started - received),
        read: Math.round(done - ready),
        symbols: Math.round(done - read),
        text,
      },
    },
  };
}

// One request at a time, in order: the runtime runs one inference at a time anyway.
let queue: Promise<unknown> = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() =>
    handle(event.data).then(
      (response) => scope.postMessage(response),
      () => scope.postMessage({ id: event.data.id, ok: false, reason: 'decode-failed' }),
    ),
  );
};
