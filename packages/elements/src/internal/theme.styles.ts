import { css } from 'lit';

/**
 * `theme="dark"` / `theme="light"` on an element forces its colour scheme; without it the element
 * follows the page's `color-scheme` (its colours use light-dark()).
 */
export const themeStyles = css`
  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }
`;
