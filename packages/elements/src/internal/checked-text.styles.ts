import { css } from 'lit';

/**
 * What only text pre-checked by the engine shows (the name field, the profile editor's texts):
 * review notices, the user's text mirrored under the control, and the offending span marked in it.
 */
export const checkedTextStyles = css`
  .review {
    color: var(--mz-color-review, light-dark(#8a3b00, #ffc56b));
  }

  [part='mirror'] {
    margin-block-end: var(--mz-space-xs, 0.25rem);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    color: var(--mz-color-text, CanvasText);
  }

  [part='match'] {
    background: var(--mz-color-match, light-dark(#ffe08a, #7a4a00));
    color: inherit;
    border-radius: 0.125em;
    text-decoration: underline wavy var(--mz-color-error, light-dark(#b42318, #ff9c8f));
    text-underline-offset: 0.2em;
  }
`;
