/**
 * A page with mz-name-field and mz-profile-editor, no rule set given: the editor needs the whole
 * default rule set, and the name field uses it too — one rule set, one engine, no second download.
 * Its own file: a page of its own, nothing loaded before.
 */
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/name-field.js';
import '../src/define/profile-editor.js';
import { engineFor } from '../src/internal/engine-cache.js';
import type { MzNameField } from '../src/name-field/name-field.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';

const loadedRuleSets = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/rules-cn/src/'))
    .map((path) => path.slice(path.indexOf('/rules-cn/src/') + '/rules-cn/src/'.length));

describe('the default rule set on a page with mz-name-field and mz-profile-editor', () => {
  it('loads the whole once, and the name field checks with the same engine', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      html`<mz-name-field value="新华社" show-feedback></mz-name-field><mz-profile-editor></mz-profile-editor>`,
      host,
    );
    const field = host.querySelector('mz-name-field') as MzNameField;
    const editor = host.querySelector('mz-profile-editor') as MzProfileEditor;
    await Promise.all([field.ready, editor.ready]);
    const loaded = loadedRuleSets();
    expect(loaded.some((path) => path.startsWith('ruleset.compact.json'))).to.equal(true);
    expect(loaded.some((path) => path.startsWith('ruleset.name.compact.json'))).to.equal(false);
    expect(await engineFor(undefined, 0, 'name')).to.equal(await engineFor(undefined));
    expect(field.currentVerdict?.verdict).to.equal('block');
  });

  it('gives a name field added later the loaded whole', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<mz-name-field value="风吹麦浪"></mz-name-field>`, host);
    const field = host.querySelector('mz-name-field') as MzNameField;
    await field.ready;
    expect(field.currentVerdict?.verdict).to.equal('pass');
    expect(loadedRuleSets().some((path) => path.startsWith('ruleset.name.compact.json'))).to.equal(false);
  });
});
