/**
 * Whether development warnings are on. The test is the `process.env.NODE_ENV` convention that
 * bundlers (Vite, webpack, Rollup with its replace plugin, esbuild with `define`) substitute in an
 * application's production build, where the warnings then drop out with the code that emits them.
 * Unbundled — no `process` at all — counts as development.
 */
declare const process: { env: { NODE_ENV?: string } };

export const DEV_MODE: boolean = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
})();
