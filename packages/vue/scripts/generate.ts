/**
 * Writes src/generated.ts: the elements to register (tag → class) and, for Vue's template
 * type-checker, a `GlobalComponents` entry per tag with its props (the settable properties, typed
 * by the element class) and its events (typed by the manifest's event classes), all from
 * @mingzheng/elements' custom-elements.json.
 *
 *   pnpm --filter @mingzheng/vue generate
 *
 * `generateVueTypes` is a pure function of the manifest: test/generated.node.test.ts runs it on the
 * committed manifest and compares with the committed file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Component,
  classesExports,
  componentsOf,
  docComment,
  formatTypeScript,
  type Manifest,
  readManifest,
} from '@mingzheng/tooling/custom-elements';

/** Where the output goes, relative to the repository root (Biome reads its settings by path). */
export const OUTPUT = 'packages/vue/src/generated.ts';

const HEADER = `/**
 * The mz-* elements for Vue, generated from @mingzheng/elements/custom-elements.json by
 * packages/vue/scripts/generate.ts. Do not edit: run \`pnpm --filter @mingzheng/vue generate\`.
 */
`;

const quoted = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

export function generateVueTypes(manifest: Manifest): string {
  const components = componentsOf(manifest);
  const exported = classesExports(manifest);
  const imports = new Set<string>();
  const typeImports = new Set<string>();
  for (const component of components) {
    if (!exported.has(component.className)) throw new Error(`@mingzheng/elements/classes lacks ${component.className}`);
    imports.add(component.className);
    for (const event of component.events) if (exported.has(event.type)) typeImports.add(event.type);
  }
  const definitions = components.map((component) => `  ['${component.tagName}', ${component.className}],`);
  const eventMaps = components.map(eventMapOf);
  const globals = components.map(globalComponentOf);
  return `${HEADER}
import { ${[...imports, ...[...typeImports].map((name) => `type ${name}`)].join(', ')} } from '@mingzheng/elements/classes';
import type { DefineCustomElement, ElementDefinition } from './types.js';

/** Every element, by tag: what \`MingzhengPlugin\` registers. */
export const elementDefinitions: readonly ElementDefinition[] = [
${definitions.join('\n')}
];

${eventMaps.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${globals.join('\n')}
  }
}
`;
}

const eventsName = (component: Component) => `${component.className}Events`;

function eventMapOf(component: Component): string {
  const doc = `/** The events of \`<${component.tagName}>\`, by name. */\n`;
  if (component.events.length === 0) return `${doc}export type ${eventsName(component)} = Record<never, never>;\n`;
  const entries = component.events.map(
    (event) => `${docComment(event.description, '  ')}  ${quoted(event.name)}: ${event.type};`,
  );
  return `${doc}export interface ${eventsName(component)} {\n${entries.join('\n')}\n}\n`;
}

function globalComponentOf(component: Component): string {
  const props = component.properties.map((property) => `'${property.name}'`).join(' | ') || 'never';
  return `${docComment(`\`<${component.tagName}>\`: ${component.summary}`, '    ')}    '${component.tagName}': DefineCustomElement<${component.className}, ${eventsName(component)}, ${props}>;`;
}

export function generatedVueTypes(manifest: Manifest): string {
  return formatTypeScript(generateVueTypes(manifest), OUTPUT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../src/generated.ts', import.meta.url));
  const next = generatedVueTypes(readManifest(import.meta.url));
  const changed = readFileSync(target, { encoding: 'utf8', flag: 'a+' }) !== next;
  if (changed) writeFileSync(target, next);
  console.log(`${OUTPUT}: ${changed ? 'written' : 'up to date'}`);
}
