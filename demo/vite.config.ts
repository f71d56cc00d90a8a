/**
 * The demo signup page (`npm start`): the components in a real form, served by Vite, with the
 * authoritative check of @mingzheng/server mounted in the same dev server under /api. Submitting
 * re-checks on the server — with the closed-account registry the browser never sees — and the page
 * shows the server's verdict.
 *
 * The registry is a real SQLite file under .cache/demo, seeded with one closed account.
 */
import { createReadStream, mkdirSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrecheckHandler, createSqliteRegistry, toNodeListener } from '@mingzheng/server';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { OCR_CONTENT_TYPES, ocrFile } from './ocr-files.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const cacheDir = fileURLToPath(new URL('../.cache/demo/', import.meta.url));

/** The closed account every fresh demo starts with (Art. 10.3). */
export const CLOSED_EXAMPLE = {
  name: '夜行书生',
  reason: '违反用户协议第 5.2 条，账号已依约关闭',
  closedAt: '2026-03-15',
};

function precheckApi(): Plugin {
  return {
    name: 'mingzheng:precheck-api',
    async configureServer(server) {
      mkdirSync(cacheDir, { recursive: true });
      const registry = await createSqliteRegistry(`${cacheDir}closed-accounts.db`);
      if (registry.lookup(CLOSED_EXAMPLE.name).length === 0) {
        registry.add(CLOSED_EXAMPLE.name, { reason: CLOSED_EXAMPLE.reason, closedAt: CLOSED_EXAMPLE.closedAt });
      }
      // On localhost the caller has no attribution: the page lets the visitor pick a sample address.
      const handler = createPrecheckHandler({ registry, basePath: '/api', allowIpQuery: true });
      await handler.ready();
      const listener = toNodeListener(handler);
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/api/')) void listener(request, response);
        else next();
      });
      server.httpServer?.once('close', () => registry.close());
    },
  };
}

/**
 * Cross-origin isolation: with these two headers the page may use SharedArrayBuffer, so the text
 * reader's WebAssembly runtime runs on up to 4 threads instead of one (read-image.ts). Everything
 * the demo loads is its own (same origin), so `require-corp` refuses nothing it needs.
 */
const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The text reader's model and runtime files under /ocr-models/ and /ocr-runtime/, from the installed
 * packages (ocr-files.ts), as the profile editor's defaults expect them; served as they are (Vite
 * must not transform onnxruntime's modules) and kept by the browser's cache for a day.
 */
function ocrFilesRoute(): Plugin {
  return {
    name: 'mingzheng:ocr-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = ocrFile(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!file) return next();
        response.writeHead(200, {
          'content-type': OCR_CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'public, max-age=86400',
          // Loadable by a cross-origin-isolated page (COEP require-corp) such as this one; the
          // runtime's thread workers start from ort-wasm-simd-threaded.mjs, which then needs the
          // isolation headers itself.
          'cross-origin-resource-policy': 'same-origin',
          ...CROSS_ORIGIN_ISOLATION,
        });
        createReadStream(file).pipe(response);
      });
    },
  };
}

export default defineConfig({
  root,
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-demo', import.meta.url)),
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, headers: CROSS_ORIGIN_ISOLATION },
  // The profile editor's QR check runs jsQR in a worker Vite would discover only on the first image
  // chosen, and then reload the page: pre-bundled up front, the first upload keeps what was typed.
  optimizeDeps: { include: ['@mingzheng/elements > jsqr'] },
  plugins: [precheckApi(), ocrFilesRoute()],
});
