/// <reference types="vite/client" />
/**
 * The token list of the "Design tokens" page, read from the components' sources at build time
 * (Vite's raw imports) and described by the generated manifest.
 */
import manifest from '../../packages/elements/custom-elements.json' with { type: 'json' };
import { type DesignToken, extractTokens, type Manifest } from '../../packages/elements/scripts/design-tokens.js';

const modules = import.meta.glob<string>(['../../packages/elements/src/**/*.ts', '!**/*.data.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const sources = Object.fromEntries(
  Object.entries(modules).map(([path, text]) => [path.replace(/^.*packages\/elements\//, ''), text]),
);

export const tokens: DesignToken[] = extractTokens(sources, manifest as Manifest);

/** The light and dark values of a `light-dark(a, b)` default; the value itself for both otherwise. */
export function schemes(value: string): { light: string; dark: string } {
  const match = /^light-dark\((.*)\)$/.exec(value.trim());
  if (!match) return { light: value, dark: value };
  let depth = 0;
  const inner = match[1] ?? '';
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0)
      return { light: inner.slice(0, i).trim(), dark: inner.slice(i + 1).trim() };
  }
  return { light: value, dark: value };
}
