import { css } from 'lit';
import { themeStyles } from '../internal/theme.styles.js';

/** The badge and its tooltip. */
export const ipBadgeStyles = [
  themeStyles,
  css`
  :host {
    display: inline-block;
    position: relative;
    font: var(--mz-font, inherit);
    font-size: var(--mz-badge-font-size, 0.8125em);
    line-height: 1.5;
  }
  :host([hidden]),
  :host(:state(unknown)) {
    display: none;
  }
  [part='base'] {
    display: inline-block;
    padding: var(--mz-badge-padding, 0.0625rem 0.5rem);
    border: var(--mz-badge-border, 1px solid light-dark(#d9d9d9, #4a4a4a));
    border-radius: var(--mz-badge-radius, 999px);
    background: var(--mz-badge-background, light-dark(#f5f5f5, #262626));
    color: var(--mz-badge-color, light-dark(#434343, #d9d9d9));
    white-space: nowrap;
    cursor: default;
  }
  [part='base']:focus-visible {
    outline: var(--mz-focus-ring, 2px solid light-dark(#1668dc, #7cb3ff));
    outline-offset: 2px;
  }
  [part='tooltip'] {
    position: absolute;
    inset-block-start: 100%;
    margin-block-start: 0.375rem;
    inset-inline-start: 0;
    z-index: 10;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(var(--mz-tooltip-width, 18rem), 90vw);
    padding: 0.5rem 0.75rem;
    border-radius: 0.375rem;
    background: var(--mz-tooltip-background, light-dark(#262626, #f0f0f0));
    color: var(--mz-tooltip-color, light-dark(#ffffff, #141414));
    font-size: 0.8125rem;
    line-height: 1.5;
    white-space: normal;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  /* An invisible bridge over the gap, so the pointer can move from the badge onto the tooltip. */
  [part='tooltip']::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-end: 100%;
    block-size: 0.375rem;
  }
  [part='tooltip'][hidden] {
    display: none;
  }
`,
];
