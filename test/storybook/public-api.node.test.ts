/**
 * The API tables and Controls of Storybook show the components' public API only: what a page
 * author sets, reads or calls — no private state, Lit plumbing or browser callbacks.
 */
import { expect } from 'chai';
import { type Manifest, publicManifest } from '../../.storybook/public-api.js';
import manifest from '../../packages/elements/custom-elements.json' with { type: 'json' };

function membersOf(tagName: string): string[] {
  for (const module of publicManifest(manifest as Manifest).modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return (declaration.members ?? []).map((member) => member.name);
    }
  }
  throw new Error(`no ${tagName} in the manifest`);
}

describe('Storybook API tables', () => {
  it('list the name field’s public API without its internals', () => {
    const members = membersOf('mz-name-field');
    expect(members).to.include.members(['value', 'label', 'required', 'ready', 'checkValidity']);
    expect(members).to.not.include.any.members([
      'pendingEvents',
      'serverTimer',
      'internals',
      'shadowRootOptions',
      'formAssociated',
      'formResetCallback',
      'runCheck',
    ]);
    expect(members.filter((name) => name.startsWith('_') || name.startsWith('#'))).to.deep.equal([]);
  });

  it('keep the attributes, events and other sections of every component', () => {
    const original = (manifest as Manifest).modules.flatMap((module) => module.declarations ?? []);
    const filtered = publicManifest(manifest as Manifest).modules.flatMap((module) => module.declarations ?? []);
    expect(filtered.map((declaration) => declaration.attributes)).to.deep.equal(
      original.map((declaration) => declaration.attributes),
    );
    expect(filtered.map((declaration) => declaration.events)).to.deep.equal(
      original.map((declaration) => declaration.events),
    );
  });
});
