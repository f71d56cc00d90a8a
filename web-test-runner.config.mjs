/**
 * Browser tests in real Chromium. *.test.ts files also run in Node (see .mocharc.json);
 * *.browser.test.ts only here; *.node.test.ts only in Node.
 */
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { elementsTestCommands } from './packages/elements/test/helpers/browser-commands.mjs';
import { chromeArgs, chromePath } from './scripts/test/browser.mjs';

const executablePath = chromePath();
if (!executablePath) {
  throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
}

/** Counts every test of every session into $MZ_RESULTS_FILE for the closing line of `npm test`. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load or threw outside a test is a failure of its own.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      if (process.env.MZ_RESULTS_FILE) writeFileSync(process.env.MZ_RESULTS_FILE, JSON.stringify(counts));
    },
  };
}

/**
 * onnxruntime-web's Emscripten glue (`ort-wasm-simd-threaded.mjs`, served for the image-reading
 * tests) imports Node's `module` behind a Node-only branch; the browser never runs it, but the
 * server's import resolution would refuse the file. Left as written.
 */
function nodeOnlyImportsOfOnnxRuntime() {
  return {
    name: 'node-only-imports-of-onnxruntime',
    resolveImport({ source, context }) {
      if (context.path.includes('/onnxruntime-web/dist/') && ['module', 'worker_threads'].includes(source))
        return source;
      return undefined;
    },
  };
}

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', '!**/*.node.test.ts', '!test/storybook/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.base.json' }),
    elementsTestCommands(),
    nodeOnlyImportsOfOnnxRuntime(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: chromeArgs } })],
  concurrency: 2,
  // The image-reading tests load the OCR runtime and models (WebAssembly) on a shared 2-core machine.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countingReporter()],
};
