/**
 * @mingzheng/vue as a user installs it: packed, installed with plain npm into a Vue 3 app outside
 * the workspace, its single-file component type-checked by vue-tsc (with a tsconfig that sets the
 * common `source` condition), built with Vite for production and driven in Chromium: v-model
 * follows the field, @mz-precheck brings the verdict, and a template ref typed with the element
 * type @mingzheng/vue exports is the element.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/test/browser.mjs';
import { type StaticServer, serveDirectory } from '../storybook/static-server.ts';
import {
  browserAppTsconfig,
  expectSignupFlow,
  installPacked,
  type PackedApp,
  pageErrors,
  rootVersion,
} from './install.ts';

const FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>注册</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
  // The @mingzheng/vue README's 30 seconds, with a template ref.
  'src/main.ts': `import { MingzhengPlugin } from '@mingzheng/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).use(MingzhengPlugin).mount('#app');
`,
  'src/App.vue': `<script setup lang="ts">
import type { MzNameFieldElement, MzPrecheckEvent } from '@mingzheng/vue';
import { ref, useTemplateRef } from 'vue';

const name = ref('');
const verdict = ref('');
const valid = ref('');
const field = useTemplateRef<MzNameFieldElement>('field');

function onPrecheck(event: MzPrecheckEvent) {
  verdict.value = event.verdict.verdict;
}
function check() {
  valid.value = String(field.value?.reportValidity());
}
</script>

<template>
  <form @submit.prevent>
    <mz-name-field ref="field" v-model="name" name="nickname" required @mz-precheck="onPrecheck" />
    <button type="button" @click="check">检查</button>
    <output id="state">{{ name }}|{{ verdict }}|{{ valid }}</output>
  </form>
</template>
`,
  // The README's server rendering, and its note on the registry lit's Node build leaves behind.
  'ssr.mjs': `const before = typeof globalThis.customElements;
const { MingzhengPlugin } = await import('@mingzheng/vue');
const { createSSRApp, h } = await import('vue');
const { renderToString } = await import('vue/server-renderer');
const app = createSSRApp({ render: () => h('mz-name-field', { name: 'nickname' }) }).use(MingzhengPlugin);
console.log(JSON.stringify({
  html: await renderToString(app),
  customElements: [before, typeof globalThis.customElements],
  registered: typeof globalThis.customElements?.get('mz-name-field'),
  document: typeof globalThis.document,
}));
`,
  'vite.config.js': `import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mz-') } },
    }),
  ],
});
`,
  'tsconfig.json': browserAppTsconfig(['src/**/*.ts', 'src/**/*.vue']),
};

describe('@mingzheng/vue with Vue 3, installed from its tarball with npm, outside the workspace', function () {
  this.timeout(60_000);
  let app: PackedApp | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  before(async function () {
    this.timeout(600_000);
    const launch = chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    try {
      app = await installPacked({
        name: 'vue',
        packages: ['@mingzheng/vue'],
        registry: {
          vue: rootVersion('vue'),
          vite: rootVersion('vite'),
          '@vitejs/plugin-vue': rootVersion('@vitejs/plugin-vue'),
          'vue-tsc': '3.3.14',
          // vue-tsc runs on TypeScript's JavaScript API, which TypeScript 7 no longer has.
          typescript: '6.0.3',
        },
        files: FILES,
      });
    } finally {
      browser = await launch;
    }
  });

  after(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
    app?.remove();
  });

  const vueApp = () => {
    if (!app) throw new Error('the app did not install');
    return app;
  };

  it('type-checks with vue-tsc: v-model, @mz-precheck and a ref typed MzNameFieldElement, with customConditions ["source"]', async () => {
    await vueApp().once('vue-tsc', () => vueApp().exec('vue-tsc', ['--noEmit', '-p', 'tsconfig.json']));
  });

  it('renders on the server, and leaves lit’s custom-element registry on globalThis as the README says', async () => {
    const { stdout } = await vueApp().node(['ssr.mjs']);
    expect(JSON.parse(stdout)).to.deep.equal({
      html: '<mz-name-field name="nickname"></mz-name-field>',
      customElements: ['undefined', 'object'],
      registered: 'function',
      document: 'undefined',
    });
  });

  it('builds with Vite; in Chromium v-model follows the field and 新华社 is blocked', async () => {
    await vueApp().exec('vite', ['build', '--logLevel', 'warn']);
    server = await serveDirectory(join(vueApp().dir, 'dist'));
    if (!browser) throw new Error('no browser');
    page = await browser.newPage();
    const errors = pageErrors(page);
    await page.goto(`${server.url}/`);
    await expectSignupFlow(page);
    expect(errors).to.deep.equal([]);
  });
});
