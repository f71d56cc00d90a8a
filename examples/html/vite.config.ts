/**
 * The plain-HTML example: `pnpm exec vite examples/html` from the repository root. No plugin is
 * needed; the `source` condition resolves @mingzheng/* to their TypeScript sources, so the example
 * runs without building the packages (an app that installs them from npm leaves it out).
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own pre-bundle cache: the workspace root's (Storybook's) stays valid.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-examples/html', import.meta.url)),
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
