/**
 * The Vite config of the workspace root: Storybook, the demo and browser tooling use it.
 * Packages build with their own `vite.config.ts` (see packages/tooling/src/vite-library.ts).
 *
 * The `source` export condition makes `@mingzheng/*` imports resolve to each package's
 * TypeScript sources, so nothing has to be built before Storybook or a dev server starts.
 */
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: {
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    host: '127.0.0.1',
  },
});
