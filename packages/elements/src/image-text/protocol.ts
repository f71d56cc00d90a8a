/**
 * Messages between `read-image.ts` (the page) and `image-text.worker.ts`. Types only.
 */
import type { OcrLine, ReadTimings, SymbolHit } from '@mingzheng/precheck/image';

/** What was read from one image. Coordinates are the ORIGINAL image's pixels. */
export interface ImageReading {
  width: number;
  height: number;
  lines: OcrLine[];
  symbols: SymbolHit[];
  /**
   * Milliseconds: loading the runtime and models (0 when they were loaded; `loadParts` then says
   * where the load went: the runtime's JavaScript imported, the models fetched, the two sessions
   * created — the first one fetching and compiling the runtime's .wasm), decoding the file,
   * reading (text and symbols), of which the symbol check; `text` says where the reading went.
   */
  timings: {
    load: number;
    loadParts?: { runtime: number; models: number; sessions: number };
    decode: number;
    read: number;
    symbols: number;
    text: ReadTimings;
  };
}

export interface ImageReadRequest {
  id: number;
  image: Blob;
  /** Base URL of onnxruntime-web's `dist` files (`ort.wasm.min.mjs`, `ort-wasm-simd-threaded.{mjs,wasm}`). */
  runtime: string;
  /** Base URL of the model files (`ch_PP-OCRv4_det_infer.onnx`, `ch_PP-OCRv4_rec_infer.onnx`, `ppocr_keys_v1.txt`). */
  models: string;
  /** Decoded images with more pixels than this are refused. */
  maxPixels: number;
  /** Threads for the WASM runtime (more than 1 only when the page is cross-origin isolated). */
  threads: number;
}

export type ImageReadResponse =
  | { id: number; ok: true; reading: ImageReading }
  | { id: number; ok: false; reason: 'decode-failed' | 'too-large' | 'models-unavailable' };
