import { css } from 'lit';

export const nameFieldStyles = css`
  :host {
    display: block;
    font: var(--mz-font, inherit);
    color: var(--mz-color-text, CanvasText);
  }

  :host([hidden]) {
    display: none;
  }

  [part='label'] {
    display: block;
    margin-block-end: var(--mz-space-xs, 0.25rem);
    font-weight: var(--mz-label-font-weight, 600);
  }

  [part='input'] {
    box-sizing: border-box;
    inline-size: 100%;
    padding: var(--mz-input-padding, 0.5rem 0.75rem);
    border: var(--mz-input-border-width, 1px) solid var(--mz-color-border, #8c8c8c);
    border-radius: var(--mz-radius, 0.375rem);
    background: var(--mz-color-surface, Field);
    color: inherit;
    font: inherit;
  }

  [part='input']:focus-visible {
    outline: var(--mz-focus-ring, 2px solid #1677ff);
    outline-offset: 1px;
  }
`;
