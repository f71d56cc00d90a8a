/**
 * The React example: `pnpm exec vite examples/react` from the repository root. The `source`
 * condition resolves @mingzheng/* to their TypeScript sources, so the example runs without building
 * the packages (an app that installs them from npm leaves it out).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own pre-bundle cache: the workspace root's (Storybook's) stays valid.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-examples/react', import.meta.url)),
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
