/**
 * The workbench around every story: API tables from the components' generated manifest, and two
 * toolbar switches — theme (light / dark, through the page's `color-scheme`, which the components'
 * `light-dark()` colours follow) and locale (the `lang` the components read from their ancestors).
 */
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { type Manifest, publicManifest } from './public-api.js';
import './preview.css';

// Only the public API: no private fields, Lit internals or browser callbacks in the tables.
setCustomElementsManifest(publicManifest(manifest as Manifest));

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Violations fail the story in the a11y panel and in the smoke test.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
  },
  globalTypes: {
    theme: {
      description: 'Colour scheme of the page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)' },
          { value: 'zh-TW', title: '繁體中文 (zh-TW)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'zh-CN' },
  decorators: [
    (story, context) => {
      const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
      // The docs page shows many stories on one page: the theme belongs to the page.
      document.documentElement.style.colorScheme = theme;
      const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'zh-CN';
      return html`<div class="mz-story" lang=${locale}>${story()}</div>`;
    },
  ],
};

export default preview;
