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

/** `value` in one colour scheme: every `light-dark(a, b)` in it replaced by `a` (light) or `b` (dark). */
export function inScheme(value: string, scheme: 'light' | 'dark'): string {
  let out = '';
  let rest = value.trim();
  for (let start = rest.indexOf('light-dark('); start !== -1; start = rest.indexOf('light-dark(')) {
    out += rest.slice(0, start);
    let depth = 0;
    let comma = -1;
    let end = start + 'light-dark('.length;
    for (; end < rest.length; end++) {
      const char = rest[end];
      if (char === '(') depth++;
      else if (char === ')' && depth-- === 0) break;
      else if (char === ',' && depth === 0 && comma === -1) comma = end;
    }
    if (comma === -1) return value;
    const light = rest.slice(start + 'light-dark('.length, comma).trim();
    const dark = rest.slice(comma + 1, end).trim();
    out += scheme === 'light' ? light : dark;
    rest = rest.slice(end + 1);
  }
  return out + rest;
}

/** The light and dark values of a default; the same value twice when it does not depend on the scheme. */
export function schemes(value: string): { light: string; dark: string } {
  return { light: inScheme(value, 'light'), dark: inScheme(value, 'dark') };
}

export type TokenGroup = 'colour' | 'type' | 'space' | 'size' | 'radius' | 'border' | 'motion';

export const GROUPS: { id: TokenGroup; title: string; about: string }[] = [
  { id: 'colour', title: 'Colour', about: 'Text, surfaces and states, each shown in the light and the dark scheme.' },
  {
    id: 'type',
    title: 'Type',
    about: 'Font, sizes and weights; the font itself is inherited from the page by default.',
  },
  { id: 'space', title: 'Space', about: 'Gaps and padding, drawn to scale.' },
  { id: 'size', title: 'Size', about: 'Avatar and preview sizes, drawn to scale.' },
  { id: 'radius', title: 'Radius', about: 'Corner radii, drawn on a sample box.' },
  { id: 'border', title: 'Borders, outlines and shadows', about: 'In the light and the dark scheme.' },
  { id: 'motion', title: 'Motion', about: 'Durations and easings.' },
];

/** The group a token belongs to, by what it sets. */
export function groupOf(token: DesignToken): TokenGroup {
  const name = token.name.replace(/^--mz-/, '');
  if (/duration|easing|transition|animation|motion/.test(name)) return 'motion';
  if (/radius/.test(name)) return 'radius';
  if (/font|line-height|letter-spacing/.test(name)) return 'type';
  if (/border|outline|ring|shadow/.test(name)) return 'border';
  if (/color|background/.test(name)) return 'colour';
  if (/space|padding|gap|margin|min-height/.test(name)) return 'space';
  return 'size';
}

/** The tokens of each group, in the order of GROUPS (groups without tokens left out). */
export const groups = GROUPS.map((group) => ({
  ...group,
  tokens: tokens.filter((token) => groupOf(token) === group.id),
})).filter((group) => group.tokens.length > 0);
