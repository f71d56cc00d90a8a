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
  plugins: [dependencies(), stableModuleOrder()],
};

/**
 * `@dependency mz-ip-badge` in a component's JSDoc: a tag it renders, which must be registered
 * with it (the define modules do it; the React and Vue packages read it from the manifest).
 */
function dependencies() {
  return {
    name: 'mingzheng:dependencies',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.getText());
      const tags = ts.getJSDocTags(node).filter((tag) => tag.tagName.getText() === 'dependency');
      if (!declaration || tags.length === 0) return;
      declaration.dependencies = tags.map((tag) => String(ts.getTextOfJSDocComment(tag.comment) ?? '').trim());
    },
  };
}

/** Modules in a fixed order (files of a folder before its subfolders, then by path), so a rebuild changes nothing. */
function stableModuleOrder() {
  const depth = (path) => path.split('/').length;
  return {
    name: 'mingzheng:stable-module-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort(
        (a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
      );
    },
  };
}
