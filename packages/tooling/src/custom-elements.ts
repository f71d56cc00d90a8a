/**
 * What the React and Vue generators read from `@mingzheng/elements/custom-elements.json`: each tag
 * with its class, the properties a page may set, the events it fires and the tags it renders.
 *
 *   custom-elements.json ─▶ componentsOf() ─▶ generator (packages/react|vue/scripts/generate.ts)
 *                        ─▶ formatTypeScript() (Biome, as `pnpm format` would) ─▶ committed file
 *
 * The generators are pure functions of the manifest, so a test can run them in memory and compare
 * with the committed output.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of the custom-elements manifest schema (1.0) read here. */
export interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  dependencies?: string[];
  members?: {
    kind: string;
    name: string;
    privacy?: string;
    static?: boolean;
    readonly?: boolean;
    description?: string;
    attribute?: string;
  }[];
  events?: { name?: string; type?: { text: string }; description?: string }[];
}

export interface ComponentProperty {
  /** The property name, as a framework sets it: `showFeedback`. */
  name: string;
  description: string;
  /** The attribute it reflects or reads, when it has one: `show-feedback`. */
  attribute?: string;
}

export interface ComponentEvent {
  /** The DOM event name: `mz-precheck`, `input`. */
  name: string;
  /** The event class: `MzPrecheckEvent`, or `Event` when the manifest names none. */
  type: string;
  description: string;
}

export interface Component {
  tagName: string;
  className: string;
  summary: string;
  properties: ComponentProperty[];
  events: ComponentEvent[];
  /** Tags the element renders, which must be registered with it. */
  dependencies: string[];
}

/** The repository root: Biome runs there, with the repository's settings. */
const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The manifest the elements package ships (its package.json's `customElements` field), as the
 * package at `from` (a file URL inside it, e.g. its generator's `import.meta.url`) resolves it:
 * each wrapper package depends on @mingzheng/elements itself.
 */
export function readManifest(from: string | URL): Manifest {
  const require = createRequire(from);
  const packageJsonPath = require.resolve('@mingzheng/elements/package.json');
  const { customElements } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { customElements: string };
  return JSON.parse(readFileSync(join(dirname(packageJsonPath), customElements), 'utf8')) as Manifest;
}

/**
 * Every registered element (a `customElements.define` the analyzer saw), by tag name. Properties
 * are the public, writable fields, own and inherited; getters without a setter are left out.
 */
export function componentsOf(manifest: Manifest): Component[] {
  const declarations = new Map<string, Declaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) declarations.set(declaration.name, declaration);
  }
  const components: Component[] = [];
  for (const module of manifest.modules) {
    for (const definition of module.exports ?? []) {
      if (definition.kind !== 'custom-element-definition') continue;
      const declaration = declarations.get(definition.declaration.name);
      if (!declaration) throw new Error(`${definition.name}: no declaration for ${definition.declaration.name}`);
      components.push(componentOf(definition.name, declaration));
    }
  }
  return components.sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
}

function componentOf(tagName: string, declaration: Declaration): Component {
  const properties = new Map<string, ComponentProperty>();
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.readonly) continue;
    if (member.privacy !== undefined && member.privacy !== 'public') continue;
    if (properties.has(member.name)) continue;
    properties.set(member.name, {
      name: member.name,
      description: oneLine(member.description),
      ...(member.attribute ? { attribute: member.attribute } : {}),
    });
  }
  const events = (declaration.events ?? [])
    .filter((event): event is typeof event & { name: string } => typeof event.name === 'string')
    .map((event) => ({ name: event.name, type: event.type?.text ?? 'Event', description: oneLine(event.description) }));
  return {
    tagName,
    className: declaration.name,
    summary: oneLine(declaration.summary ?? declaration.description),
    properties: [...properties.values()],
    events,
    dependencies: declaration.dependencies ?? [],
  };
}

/** The names `@mingzheng/elements/classes` exports (classes and types). */
export function classesExports(manifest: Manifest): Set<string> {
  const module = manifest.modules.find((candidate) => candidate.path === 'src/classes.ts');
  return new Set((module?.exports ?? []).map((entry) => entry.name));
}

/** `mz-precheck` → `onMzPrecheck`, `input` → `onInput`: the React prop of an event. */
export function eventPropName(event: string): string {
  return `on${event
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`;
}

function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A JSDoc comment of one paragraph, safe to embed (no `*\/` inside). */
export function docComment(text: string, indent = ''): string {
  return text ? `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n` : '';
}

/** Formats TypeScript as `pnpm format` would (Biome, the repository's settings), for a file at `path`. */
export function formatTypeScript(code: string, path: string): string {
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const result = spawnSync(biome, ['check', '--write', `--stdin-file-path=${path}`], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`biome could not format ${path}:\n${result.stderr}`);
  return result.stdout;
}
