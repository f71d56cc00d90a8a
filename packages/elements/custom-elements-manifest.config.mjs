/**
 * The custom-elements manifest (custom-elements.json) is generated from the components' JSDoc:
 * summary, attributes, properties, slots, events, parts, CSS properties and custom states. React
 * and Vue wrappers, Storybook's API tables and the design-token page are generated from it.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.data.ts', 'src/qr/qr.worker.ts'],
  outdir: '.',
  litelement: true,
};
