/**
 * The Vue fixture with every element (`pnpm exec vite test/frameworks/vue` to try it by hand). As
 * in examples/vue, `isCustomElement` makes Vue treat the mz-* tags as custom elements, and the
 * `source` condition resolves @mingzheng/* to their TypeScript sources.
 */
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: fileURLToPath(new URL('../../../node_modules/.vite-examples/frameworks-vue', import.meta.url)),
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mz-') } } })],
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
