/**
 * The Vue example: `pnpm exec vite examples/vue` from the repository root. The `source` condition
 * resolves @mingzheng/* to their TypeScript sources, so the example runs without building the
 * packages (an app that installs them from npm leaves it out).
 */
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own pre-bundle cache: the workspace root's (Storybook's) stays valid.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-examples/vue', import.meta.url)),
  // #region readme
  plugins: [
    vue({
      // mz-* are custom elements, not Vue components: v-model on them then works as on an <input>.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mz-') } },
    }),
  ],
  // #endregion
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
