/**
 * web-test-runner config for the browser timings (timing.bench.ts), one browser page at a time:
 *
 *   node_modules/.bin/web-test-runner --config scripts/image-set/timing.config.mjs
 *   MZ_ISOLATED=1 node_modules/.bin/web-test-runner --config scripts/image-set/timing.config.mjs
 *
 * With MZ_ISOLATED=1 the test page is cross-origin isolated (COOP same-origin, COEP require-corp,
 * as the demo's server sends), so the reader's WebAssembly runtime runs on up to 4 threads.
 */
import base from '../../web-test-runner.config.mjs';

const isolate = async (context, next) => {
  await next();
  context.set('Cross-Origin-Opener-Policy', 'same-origin');
  context.set('Cross-Origin-Embedder-Policy', 'require-corp');
  context.set('Cross-Origin-Resource-Policy', 'same-origin');
};

export default {
  ...base,
  files: ['scripts/image-set/timing.bench.ts'],
  concurrency: 1,
  middleware: process.env.MZ_ISOLATED === '1' ? [isolate] : [],
  testFramework: { config: { timeout: 900_000 } },
};
