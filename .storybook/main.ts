import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
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
