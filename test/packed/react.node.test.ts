/**
 * @mingzheng/react as a user installs it, with React 18 and with React 19: packed, installed with
 * plain npm into an app outside the workspace (no `source` condition, only the tarballs and the
 * registry), type-checked by a tsconfig that sets the common `source` condition, rendered to a
 * string in Node, built with Vite for production and driven in Chromium. The app types its ref
 * with the element type @mingzheng/react exports (`useRef<MzNameFieldElement>`), with nothing
 * imported from @mingzheng/elements.
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
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,
  'src/app.tsx': `import { MzNameField, type MzNameFieldElement, type MzPrecheckEvent } from '@mingzheng/react';
import { useRef, useState } from 'react';

export function App() {
  const field = useRef<MzNameFieldElement>(null);
  const [name, setName] = useState('');
  const [verdict, setVerdict] = useState('');
  const [valid, setValid] = useState('');
  const onPrecheck = (event: MzPrecheckEvent) => setVerdict(event.verdict.verdict);
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <MzNameField
        ref={field}
        name="nickname"
        required
        value={name}
        onInput={(event) => setName(event.currentTarget.value)}
        onMzPrecheck={onPrecheck}
      />
      <button type="button" onClick={() => setValid(String(field.current?.reportValidity()))}>
        检查
      </button>
      <output id="state">{\`\${name}|\${verdict}|\${valid}\`}</output>
    </form>
  );
}
`,
  'src/main.tsx': `import { createRoot } from 'react-dom/client';
import { App } from './app';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
`,
  'vite.config.js': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`,
  'tsconfig.json': browserAppTsconfig(['src'], { jsx: 'react-jsx' }),
  // The README's server rendering, and its note on the registry lit's Node build leaves behind.
  'ssr.mjs': `const before = typeof globalThis.customElements;
const { MzNameField } = await import('@mingzheng/react');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
console.log(JSON.stringify({
  html: renderToString(createElement(MzNameField, { name: 'nickname', className: 'wide' })),
  customElements: [before, typeof globalThis.customElements],
  document: typeof globalThis.document,
}));
`,
};

const VERSIONS = [
  {
    react: '18',
    registry: {
      react: '18.3.1',
      'react-dom': '18.3.1',
      '@types/react': '^18.3.0',
      '@types/react-dom': '^18.3.0',
    },
  },
  {
    react: '19',
    registry: {
      react: rootVersion('react'),
      'react-dom': rootVersion('react-dom'),
      '@types/react': rootVersion('@types/react'),
      '@types/react-dom': rootVersion('@types/react-dom'),
    },
  },
];

for (const { react, registry } of VERSIONS) {
  describe(`@mingzheng/react with React ${react}, installed from its tarball with npm, outside the workspace`, function () {
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
          name: `react${react}`,
          packages: ['@mingzheng/react'],
          registry: {
            ...registry,
            vite: rootVersion('vite'),
            '@vitejs/plugin-react': rootVersion('@vitejs/plugin-react'),
            typescript: rootVersion('typescript'),
          },
          files: FILES,
        });
      } finally {
        browser = await launch;
      }
    });

    afterEach(async () => {
      await page?.close();
      page = undefined;
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      app?.remove();
    });

    const reactApp = () => {
      if (!app) throw new Error('the app did not install');
      return app;
    };

    it('type-checks: the element type for useRef comes from @mingzheng/react, with customConditions ["source"]', async () => {
      await reactApp().once('tsc', () => reactApp().exec('tsc', ['-p', 'tsconfig.json']));
    });

    it('renders to a string in Node, and leaves lit’s custom-element registry on globalThis as the README says', async () => {
      const { stdout } = await reactApp().node(['ssr.mjs']);
      expect(JSON.parse(stdout)).to.deep.equal({
        html: '<mz-name-field class="wide"></mz-name-field>',
        customElements: ['undefined', 'object'],
        document: 'undefined',
      });
    });

    it('builds with Vite; in Chromium the field blocks 新华社 and its events reach React state', async () => {
      await reactApp().exec('vite', ['build', '--logLevel', 'warn']);
      server = await serveDirectory(join(reactApp().dir, 'dist'));
      if (!browser) throw new Error('no browser');
      page = await browser.newPage();
      const errors = pageErrors(page);
      await page.goto(`${server.url}/`);
      // onInput and onMzPrecheck set React state; the ref is the element, whose reportValidity() 检查 calls.
      await expectSignupFlow(page);
      expect(errors).to.deep.equal([]);
    });
  });
}
