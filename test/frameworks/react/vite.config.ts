/**
 * The React fixture with every element (`pnpm exec vite test/frameworks/react` to try it by hand).
 * As in examples/react, the `source` condition resolves @mingzheng/* to their TypeScript sources.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: fileURLToPath(new URL('../../../node_modules/.vite-examples/frameworks-react', import.meta.url)),
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
