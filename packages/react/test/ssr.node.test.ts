/**
 * Server rendering: importing @mingzheng/react in Node loads the element classes on lit's Node
 * build (no browser API), and every component renders to HTML with its tag.
 */
import { expect } from 'chai';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MzAccountCard, MzIdentityField, MzIpBadge, MzNameField, MzProfileEditor } from '../src/index.js';

describe('@mingzheng/react on the server', () => {
  const cases = [
    ['mz-name-field', createElement(MzNameField, { name: 'nickname', label: '账号名称', onMzPrecheck: () => {} })],
    ['mz-identity-field', createElement(MzIdentityField, { name: 'phone', type: 'phone', onInput: () => {} })],
    ['mz-profile-editor', createElement(MzProfileEditor, { kind: 'entity', onMzProfileChange: () => {} })],
    ['mz-ip-badge', createElement(MzIpBadge, { region: '440000' })],
    ['mz-account-card', createElement(MzAccountCard, { account: { name: '风吹麦浪' }, onMzReport: () => {} })],
  ] as const;

  for (const [tag, element] of cases) {
    it(`renders <${tag}> to a string`, () => {
      const html = renderToString(element);
      expect(html).to.match(new RegExp(`^<${tag}[\\s>]`));
      expect(html).to.contain(`</${tag}>`);
    });
  }

  it('keeps React attributes on the tag (class, id, title)', () => {
    const html = renderToString(
      createElement(MzNameField, { className: 'signup-name', id: 'nickname', title: '昵称' }),
    );
    expect(html).to.contain('class="signup-name"');
    expect(html).to.contain('id="nickname"');
    expect(html).to.contain('title="昵称"');
  });
});
