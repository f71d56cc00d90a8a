/**
 * The design tokens of the components: every `--mz-*` custom property read in their styles, with
 * the fallback each component uses (its default) and the description from the custom-elements
 * manifest. Read from the sources themselves, so the list cannot drift from what the CSS does.
 * Used by the Storybook "Design tokens" page and by a test that every token is documented.
 */

export interface DesignToken {
  name: string;
  /** Distinct fallbacks in the sources, e.g. `light-dark(#b42318, #ff9c8f)`; empty when none. */
  defaults: string[];
  /** Tags of the components whose styles read the token. */
  components: string[];
  /** From the manifest's `@cssproperty` docs (of the plainest component that documents it). */
  description: string;
}

interface ManifestDeclaration {
  tagName?: string;
  name?: string;
  cssProperties?: { name: string; description?: string }[];
}

export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** The `var(--mz-…, fallback)` uses in `css`: name and fallback (balanced parentheses). */
export function tokenUses(css: string): { name: string; fallback: string }[] {
  const uses: { name: string; fallback: string }[] = [];
  const pattern = /var\(\s*(--mz-[a-z0-9-]+)\s*(,)?/g;
  for (let match = pattern.exec(css); match; match = pattern.exec(css)) {
    const name = match[1] ?? '';
    let fallback = '';
    if (match[2]) {
      let depth = 1;
      let i = pattern.lastIndex;
      for (; i < css.length; i++) {
        const char = css[i];
        if (char === '(') depth++;
        else if (char === ')' && --depth === 0) break;
      }
      fallback = css.slice(pattern.lastIndex, i).replace(/\s+/g, ' ').trim();
    }
    uses.push({ name, fallback });
  }
  return uses;
}

/**
 * Where a shared token's description is taken from: the plainest field first, the composite
 * components last (their wording is about their own parts).
 */
const DESCRIPTION_ORDER = ['mz-name-field', 'mz-identity-field', 'mz-ip-badge', 'mz-profile-editor', 'mz-account-card'];
const rank = (tag: string) => {
  const index = DESCRIPTION_ORDER.indexOf(tag);
  return index === -1 ? DESCRIPTION_ORDER.length : index;
};

/** `path` (a `src/…` path) joined with a relative import specifier, as a `src/…` path without extension. */
function resolveImport(path: string, specifier: string): string {
  const parts = path.split('/').slice(0, -1);
  for (const segment of specifier.replace(/\.js$/, '').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * The tokens of every component. `sources` maps each source path, relative to the package
 * (`src/name-field/name-field.styles.ts`), to its text. A token read in a file belongs to every
 * component whose module imports that file, directly or through other modules.
 */
export function extractTokens(sources: Record<string, string>, manifest: Manifest): DesignToken[] {
  const stem = (path: string) => path.replace(/\.ts$/, '');
  const imports = new Map<string, string[]>();
  for (const [path, text] of Object.entries(sources)) {
    const specifiers = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((match) => match[1] ?? '');
    imports.set(
      stem(path),
      specifiers.map((specifier) => resolveImport(path, specifier)),
    );
  }
  const closure = (start: string) => {
    const seen = new Set([start]);
    for (const module of seen) for (const next of imports.get(module) ?? []) seen.add(next);
    return seen;
  };

  const descriptions = new Map<string, { tag: string; text: string }>();
  const users = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const property of declaration.cssProperties ?? []) {
        const current = descriptions.get(property.name);
        if (property.description && (!current || rank(declaration.tagName) < rank(current.tag))) {
          descriptions.set(property.name, { tag: declaration.tagName, text: property.description });
        }
      }
      for (const file of closure(stem(module.path.replace(/^\//, '')))) {
        users.set(file, [...(users.get(file) ?? []), declaration.tagName]);
      }
    }
  }

  const tokens = new Map<string, DesignToken>();
  for (const [path, text] of Object.entries(sources)) {
    for (const { name, fallback } of tokenUses(text)) {
      const token: DesignToken = tokens.get(name) ?? {
        name,
        defaults: [],
        components: [],
        description: descriptions.get(name)?.text ?? '',
      };
      if (fallback && !token.defaults.includes(fallback)) token.defaults.push(fallback);
      for (const user of users.get(stem(path)) ?? []) if (!token.components.includes(user)) token.components.push(user);
      tokens.set(name, token);
    }
  }
  for (const token of tokens.values()) token.components.sort();
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name));
}
