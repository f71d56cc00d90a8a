/**
 * What `pnpm pack` and `pnpm publish` put in a package's published package.json.
 *
 * In the workspace every export has a `source` condition that points at the TypeScript source, so
 * tests, Vite and tsc use the sources without a build. Published, that condition would send anyone
 * whose own project sets `source` (a common custom condition) to our raw, decorated TypeScript:
 * the tarball's package.json keeps only `types`, `import` and the plain paths.
 *
 * `scripts` and `devDependencies` are the workspace's business: the scripts run tools the tarball
 * does not ship (and Node with the `source` condition), and the development dependencies name
 * @mingzheng/tooling, which is private and never published.
 */
function withoutSource(target) {
  if (target === null || typeof target !== 'object') return target;
  const kept = {};
  for (const [condition, value] of Object.entries(target)) {
    if (condition !== 'source') kept[condition] = withoutSource(value);
  }
  return kept;
}

module.exports = {
  hooks: {
    beforePacking(manifest) {
      if (manifest.exports) manifest.exports = withoutSource(manifest.exports);
      delete manifest.scripts;
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
