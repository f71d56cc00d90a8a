/**
 * One Vite library build for every package of the workspace.
 *
 * Entries come from the package's own `exports` map (each export's `source` file builds to the
 * file its `import` condition names), dependencies stay external, and the output is minified ESM.
 * Declarations are emitted afterwards by `tsc -p tsconfig.build.json` in the package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, UserConfig } from 'vite';

interface PackageJson {
  name: string;
  exports?: Record<string, string | { source?: string; import?: string }>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The entries to build: output name (without extension) → source file. */
export function entriesOf(pkg: PackageJson, packageDir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === 'string' || !target.source || !target.import) continue;
    const name = target.import.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
    if (name === target.import) throw new Error(`${pkg.name}: export "${subpath}" must build into ./dist/`);
    entries[name] = join(packageDir, target.source);
  }
  return entries;
}

/**
 * Prints each entry's size with the chunks it imports statically: what a page pays for loading it.
 * Dependencies are external, so this is our own code only.
 */
function reportEntrySizes(packageName: string): Plugin {
  return {
    name: 'mingzheng:entry-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const codeOf = (fileName: string) => {
        const file = bundle[fileName];
        return file?.type === 'chunk' ? file : undefined;
      };
      const rows: string[] = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const loaded = new Set<string>([chunk.fileName]);
        for (const fileName of loaded) for (const imported of codeOf(fileName)?.imports ?? []) loaded.add(imported);
        const code = [...loaded].map((fileName) => codeOf(fileName)?.code ?? '').join('\n');
        const bytes = Buffer.byteLength(code);
        const gzip = gzipSync(code, { level: 9 }).length;
        rows.push(`  ${chunk.fileName.padEnd(28)} ${kb(bytes).padStart(9)}   gzip ${kb(gzip).padStart(9)}`);
      }
      this.info(
        `${packageName}: each entry with the chunks it imports (dependencies external)\n${rows.sort().join('\n')}`,
      );
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

export function libraryConfig(packageDir: string): UserConfig {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackageJson;
  const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const isExternal = (id: string) =>
    id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`));
  return {
    root: packageDir,
    // Relative asset URLs: a worker chunk must resolve next to the module that starts it, wherever
    // the package is installed (with '/' it would point at the site root).
    base: './',
    logLevel: 'info',
    plugins: [reportEntrySizes(pkg.name)],
    // A worker is bundled with what it imports (the QR worker with jsQR): its map points at those
    // files by path too.
    worker: { rolldownOptions: { output: { sourcemapExcludeSources: true } } },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: entriesOf(pkg, packageDir),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: isExternal,
        // In library mode `build.minify` alone keeps whitespace. The maps point at the sources the
        // tarball ships (src/) instead of carrying a second copy of them.
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js', sourcemapExcludeSources: true },
      },
    },
  };
}
