/**
 * Whether development warnings are on. The test is the `process.env.NODE_ENV` convention that
 * bundlers (Vite, webpack, Rollup with its replace plugin, esbuild with `define`) substitute in an
 * application's production build, where the warnings then never run. (Their text stays in the
 * bundle, a few hundred bytes: the try/catch that makes an unbundled page — no `process` at all —
 * count as development keeps the minifier from dropping it.)
 */
declare const process: { env: { NODE_ENV?: string } };

export const DEV_MODE: boolean = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
})();
