/** The plugin on the server: installing it and rendering the tags in Node needs no browser API. */
import { expect } from 'chai';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { MingzhengPlugin } from '../src/index.js';

describe('MingzhengPlugin on the server', () => {
  it('installs, and the app renders the tags with their attributes', async () => {
    const app = createSSRApp({
      render: () =>
        h('form', [
          h('mz-name-field', { name: 'nickname', label: '账号名称' }),
          h('mz-identity-field', { name: 'phone', type: 'phone' }),
        ]),
    });
    app.use(MingzhengPlugin);
    const html = await renderToString(app);
    expect(html).to.contain('<mz-name-field name="nickname" label="账号名称"></mz-name-field>');
    expect(html).to.contain('<mz-identity-field name="phone" type="phone"></mz-identity-field>');
  });
});
