/**
 * The code that is timed is built with Vite, for Node and for Chromium alike: `@mingzheng/precheck`
 * from its TypeScript (the `source` export condition first, as in the workspace's own Vite config),
 * minified ESM as the package's library build ships, everything bundled.
 *
 * Why not time the engine through tsx: tsx transpiles with esbuild's `keepNames`, which wraps every
 * function created at run time in `__name(fn, 'name')` (an `Object.defineProperty`) — a cost in
 * every `check()` that no build of the package has.
 */
import { join } from 'node:path';
import { build, defaultClientConditions, defaultServerConditions } from 'vite';

const HERE = import.meta.dirname;

const common = {
  configFile: false,
  root: HERE,
  logLevel: 'warn',
  publicDir: false,
} as const;

/**
 * Builds node-suite.ts, heap.ts and audit-cli.ts (the `mingzheng audit` command line, as the
 * server package's own build bundles it) into `outDir` as .mjs files.
 */
export async function bundleForNode(outDir: string): Promise<{ suite: string; heap: string; audit: string }> {
  const conditions = ['source', ...defaultServerConditions];
  await build({
    ...common,
    resolve: { conditions },
    ssr: { noExternal: true, resolve: { conditions, externalConditions: conditions } },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          'node-suite': join(HERE, 'node-suite.ts'),
          heap: join(HERE, 'heap.ts'),
          'audit-cli': join(HERE, 'audit-cli.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
  return {
    suite: join(outDir, 'node-suite.mjs'),
    heap: join(outDir, 'heap.mjs'),
    audit: join(outDir, 'audit-cli.mjs'),
  };
}

/** Builds browser-entry.ts into `outDir` as bench.js. */
export async function bundleForBrowser(outDir: string): Promise<void> {
  await build({
    ...common,
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: join(HERE, 'browser-entry.ts'),
        output: { entryFileNames: 'bench.js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}
