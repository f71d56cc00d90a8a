import { css } from 'lit';
import { fieldStyles } from '../internal/field.styles.js';

/** The shared field look, with the number in tabular figures. */
export const identityFieldStyles = [
  fieldStyles,
  css`
    [part='input'] {
      font-variant-numeric: tabular-nums;
      font-family: var(--mz-font-numeric, inherit);
      letter-spacing: 0.02em;
    }
  `,
];
