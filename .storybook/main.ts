import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { stageOcrFiles } from '../demo/ocr-files.js';

// The text reader's model and runtime files, copied from the installed packages (they are served
// at /ocr-models/ and /ocr-runtime/, the profile editor's defaults relative to iframe.html).
const ocrFiles = stageOcrFiles(fileURLToPath(new URL('../.cache/storybook-ocr', import.meta.url)));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The demo's sample images (text, a phone number, a flag: scripts/image-set/samples.ts) and the
  // OCR files, for the profile editor's image stories.
  staticDirs: [
    { from: '../demo/public/samples', to: '/samples' },
    { from: `${ocrFiles}/ocr-models`, to: '/ocr-models' },
    { from: `${ocrFiles}/ocr-runtime`, to: '/ocr-runtime' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A workbench for designers: no "Get started" checklist in the sidebar or the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: {
      ...vite.optimizeDeps,
      // The QR decoder is imported only by the image check's worker, which Vite first sees when an
      // image is chosen: pre-bundled up front, it no longer makes Vite reload the page (and lose
      // what was typed) on the first avatar upload.
      include: [...(vite.optimizeDeps?.include ?? []), '@mingzheng/elements > jsqr'],
    },
  }),
};

export default config;
