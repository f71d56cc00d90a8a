import { css } from 'lit';
import { themeStyles } from '../internal/theme.styles.js';

/*
 * The card lays itself out by its own width (a container query), not the viewport's: in a narrow
 * sidebar the field names sit above their values, in a wide column beside them.
 */
export const accountCardStyles = [
  themeStyles,
  css`
  :host {
    display: block;
    container-type: inline-size;
    font: var(--mz-font, inherit);
    color: var(--mz-color-text, CanvasText);
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    box-sizing: border-box;
    padding: var(--mz-card-padding, 1rem);
    border: var(--mz-card-border, 1px solid light-dark(#e0e0e0, #3a3a3a));
    border-radius: var(--mz-card-radius, 0.75rem);
    background: var(--mz-card-background, light-dark(#ffffff, #1c1c1c));
    box-shadow: var(--mz-card-shadow, none);
  }

  [part='header'] {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }

  [part='avatar'] {
    flex: none;
    inline-size: var(--mz-avatar-size, 3.5rem);
    block-size: var(--mz-avatar-size, 3.5rem);
    border-radius: 50%;
    object-fit: cover;
  }

  .initial {
    display: grid;
    place-items: center;
    background: light-dark(#e8eefc, #24324d);
    color: light-dark(#1d3f8f, #c9d8ff);
    font-size: 1.5em;
    font-weight: 600;
  }

  .identity {
    min-inline-size: 0;
  }

  [part='name'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.4;
  }

  .account-name {
    overflow-wrap: anywhere;
  }

  [part='verified'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--mz-color-verified, light-dark(#0958d9, #8ab4ff));
    font-size: 0.8125rem;
    font-weight: 500;
  }

  [part='verified'] svg {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }

  [part='verified'] .tick {
    fill: none;
    stroke: light-dark(#ffffff, #1c1c1c);
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [part='labels'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block-start: 0.375rem;
  }

  [part='labels']:empty {
    display: none;
  }

  [part='qualification'] {
    padding: 0.0625rem 0.5rem;
    border-radius: 0.25rem;
    background: var(--mz-color-label-background, light-dark(#fff4e5, #3d2a10));
    color: var(--mz-color-label, light-dark(#8a3b00, #ffc56b));
    font-size: 0.8125em;
    line-height: 1.5;
  }

  [part='details'] {
    display: grid;
    gap: 0.5rem;
    margin: 1rem 0 0;
  }

  [part='details']:empty {
    display: none;
  }

  .row {
    display: grid;
    gap: 0.125rem;
  }

  [part='term'] {
    color: var(--mz-color-hint, light-dark(#595959, #bfbfbf));
    font-size: 0.875em;
  }

  [part='value'] {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @container (min-width: 28rem) {
    .row {
      grid-template-columns: 8.5rem 1fr;
      gap: 1rem;
    }
  }

  .code {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }

  .invalid {
    color: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
    font-size: 0.875em;
  }

  a {
    color: light-dark(#0958d9, #8ab4ff);
  }

  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }

  .report {
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: transparent;
    color: var(--mz-color-report, light-dark(#b42318, #ff9c8f));
    font: inherit;
    font-size: 0.875em;
    text-decoration: none;
    cursor: pointer;
  }

  .report:hover {
    background: light-dark(#fff1f0, #3a1d1a);
  }

  a:focus-visible,
  .report:focus-visible {
    outline: var(--mz-focus-ring, 2px solid light-dark(#1668dc, #7cb3ff));
    outline-offset: 2px;
  }
`,
];
