/**
 * Writes src/generated.ts: one React component per element of @mingzheng/elements'
 * custom-elements.json, with its props (the settable properties, typed by the element class) and
 * its event props (`onMzPrecheck`, `onInput` …, typed by the manifest's event classes).
 *
 *   pnpm --filter @mingzheng/react generate
 *
 * `generateReactWrappers` is a pure function of the manifest: test/generated.node.test.ts runs it
 * on the committed manifest and compares with the committed file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Component,
  classesExports,
  componentsOf,
  docComment,
  eventPropName,
  formatTypeScript,
  type Manifest,
  readManifest,
} from '@mingzheng/tooling/custom-elements';

/** Where the output goes, relative to the repository root (Biome reads its settings by path). */
export const OUTPUT = 'packages/react/src/generated.ts';

const HEADER = `/**
 * React components of the mz-* elements, generated from @mingzheng/elements/custom-elements.json
 * by packages/react/scripts/generate.ts. Do not edit: run \`pnpm --filter @mingzheng/react generate\`.
 */
`;

const elementAlias = (component: Component) => `${component.className}Element`;

export function generateReactWrappers(manifest: Manifest): string {
  const components = componentsOf(manifest);
  const exported = classesExports(manifest);
  const byTag = new Map(components.map((component) => [component.tagName, component]));
  const classImports = new Set<string>();
  const typeImports = new Set<string>();
  for (const component of components) {
    if (!exported.has(component.className)) throw new Error(`@mingzheng/elements/classes lacks ${component.className}`);
    classImports.add(`${component.className} as ${elementAlias(component)}`);
    for (const event of component.events) if (exported.has(event.type)) typeImports.add(event.type);
  }
  const imports = [
    `import { ${[...classImports, ...[...typeImports].map((name) => `type ${name}`)].join(', ')} } from '@mingzheng/elements/classes';`,
    `import type { HTMLAttributes } from 'react';`,
    `import { type TargetedEvent, wrap } from './wrap.js';`,
  ];
  const body = components.map((component) => wrapperOf(component, byTag)).join('\n');
  return `${HEADER}\n${imports.join('\n')}\n\n${body}`;
}

function wrapperOf(component: Component, byTag: Map<string, Component>): string {
  const element = elementAlias(component);
  const props = `${component.className}Props`;
  const eventProps = component.events.map((event) => ({ ...event, prop: eventPropName(event.name) }));
  const omitted = [...component.properties.map((property) => property.name), ...eventProps.map((event) => event.prop)];
  const members = [
    ...component.properties.map(
      (property) => `${docComment(property.description, '  ')}  ${property.name}?: ${element}['${property.name}'];`,
    ),
    ...eventProps.map(
      (event) =>
        `${docComment(`\`${event.name}\`: ${event.description}`, '  ')}  ${event.prop}?: (event: TargetedEvent<${element}, ${event.type}>) => void;`,
    ),
  ];
  const dependencies = component.dependencies.map((tag) => {
    const dependency = byTag.get(tag);
    if (!dependency) throw new Error(`${component.tagName} depends on ${tag}, which the manifest does not define`);
    return `['${tag}', ${elementAlias(dependency)}]`;
  });
  const events = eventProps.map((event) => `${event.prop}: '${event.name}'`).join(', ');
  const eventList = eventProps.map((event) => `\`${event.prop}\``).join(', ');
  return `/** Props of {@link ${component.className}}: the element's settable properties and its events. */
export interface ${props} extends Omit<HTMLAttributes<${element}>, ${omitted.map((name) => `'${name}'`).join(' | ')}> {
${members.join('\n')}
}

/**
 * \`<${component.tagName}>\`: ${component.summary}${eventList ? `\n *\n * Events: ${eventList}.` : ''}
 */
export const ${component.className} = /* @__PURE__ */ wrap<${props}, ${element}>({
  tagName: '${component.tagName}',
  elementClass: ${element},
  events: { ${events} },${dependencies.length > 0 ? `\n  dependencies: [${dependencies.join(', ')}],` : ''}
  displayName: '${component.className}',
});
`;
}

export function generatedReactWrappers(manifest: Manifest): string {
  return formatTypeScript(generateReactWrappers(manifest), OUTPUT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../src/generated.ts', import.meta.url));
  const next = generatedReactWrappers(readManifest(import.meta.url));
  const changed = readFileSync(target, { encoding: 'utf8', flag: 'a+' }) !== next;
  if (changed) writeFileSync(target, next);
  console.log(`${OUTPUT}: ${changed ? 'written' : 'up to date'}`);
}
