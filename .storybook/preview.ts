import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Violations fail the story in the a11y panel and in the smoke test.
    a11y: { test: 'error' },
  },
};

export default preview;
