/**
 * Every `--mz-*` token a component's styles read is documented (`@cssproperty`) on that component,
 * so the manifest, the API tables and the design-token page list it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { extractTokens, type Manifest, tokenUses } from '../scripts/design-tokens.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

function sourcesOf(dir: string): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts') || entry.endsWith('.data.ts')) continue;
    const path = join(dir, entry);
    sources[relative(packageDir, path)] = readFileSync(path, 'utf8');
  }
  return sources;
}

describe('design tokens', () => {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')) as Manifest;
  const tokens = extractTokens(sourcesOf(join(packageDir, 'src')), manifest);

  it('reads fallbacks with nested parentheses', () => {
    expect(tokenUses('color: var(--mz-color-error, light-dark(#b42318, #ff9c8f)); x: var(--mz-a)')).to.deep.equal([
      { name: '--mz-color-error', fallback: 'light-dark(#b42318, #ff9c8f)' },
      { name: '--mz-a', fallback: '' },
    ]);
  });

  it('finds the tokens of every component, with their defaults', () => {
    const error = tokens.find((token) => token.name === '--mz-color-error');
    expect(error?.defaults).to.deep.equal(['light-dark(#b42318, #ff9c8f)']);
    expect(error?.components).to.include.members(['mz-name-field', 'mz-identity-field', 'mz-account-card']);
    expect(tokens.find((token) => token.name === '--mz-badge-color')?.components).to.deep.equal(['mz-ip-badge']);
  });

  it('documents every token on each component that reads it', () => {
    const documented = new Map<string, Set<string>>();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) {
          documented.set(declaration.tagName, new Set((declaration.cssProperties ?? []).map((p) => p.name)));
        }
      }
    }
    const missing = tokens.flatMap((token) =>
      token.components.filter((tag) => !documented.get(tag)?.has(token.name)).map((tag) => `${tag}: ${token.name}`),
    );
    expect(missing).to.deep.equal([]);
  });
});
