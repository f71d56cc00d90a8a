import { css } from 'lit';
import { controlBox } from './control.styles.js';
import { themeStyles } from './theme.styles.js';

/*
 * The look every text field shares (name field, identity field, profile editor): label, input,
 * hint, feedback and its error / success / checking messages.
 *
 * Colours use light-dark(): the field follows the page's `color-scheme` (a page that declares
 * `color-scheme: light dark` follows prefers-color-scheme), and `theme="dark"` / `theme="light"`
 * on the field forces one.
 */
export const fieldStyles = [
  themeStyles,
  css`
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

  .required-mark {
    color: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
    margin-inline-start: 0.125em;
  }

  [part='input'] {
    ${controlBox}
  }

  [part='input']:focus-visible {
    outline: var(--mz-focus-ring, 2px solid light-dark(#1668dc, #7cb3ff));
    outline-offset: 1px;
  }

  [part='input'][aria-invalid='true'] {
    border-color: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
  }

  [part='input']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  [part='hint'] {
    margin-block-start: var(--mz-space-xs, 0.25rem);
    color: var(--mz-color-hint, light-dark(#595959, #bfbfbf));
    font-size: var(--mz-font-size-small, 0.875em);
  }

  /*
   * The feedback line is reserved even while empty: feedback appears on blur, and a blur caused by
   * pressing the submit button must not move that button away before the click lands.
   */
  [part='feedback'] {
    margin-block-start: var(--mz-space-xs, 0.25rem);
    min-block-size: var(--mz-feedback-min-height, 1lh);
    font-size: var(--mz-font-size-small, 0.875em);
  }

  .message {
    margin: 0;
  }

  .message + .message {
    margin-block-start: var(--mz-space-xs, 0.25rem);
  }

  .error {
    color: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
  }

  .success {
    color: var(--mz-color-success, light-dark(#0b6b3a, #74dba1));
  }

  .checking {
    color: var(--mz-color-hint, light-dark(#595959, #bfbfbf));
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`,
];
