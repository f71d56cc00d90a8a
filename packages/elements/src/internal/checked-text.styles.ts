import { css } from 'lit';

/**
 * What only text pre-checked by the engine shows (the name field, the profile editor's texts):
 * review notices, the user's text mirrored under the control with every finding's span marked
 * (blocking spans with a wavy error underline, review spans with a dotted review underline), and
 * the findings after the first as brief lines.
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

  [part~='match'] {
    color: inherit;
    border-radius: 0.125em;
    text-underline-offset: 0.2em;
  }

  /* Two findings side by side stay two marks. */
  [part~='match'] + [part~='match'] {
    margin-inline-start: 0.2em;
  }

  [part~='match-block'] {
    background: var(--mz-color-match, light-dark(#ffe08a, #7a4a00));
    text-decoration: underline wavy var(--mz-color-error, light-dark(#b42318, #ff9c8f));
  }

  [part~='match-review'] {
    background: var(--mz-color-match-review, light-dark(#fff3cd, #4a3a10));
    text-decoration: underline dotted var(--mz-color-review, light-dark(#8a3b00, #ffc56b));
    text-decoration-thickness: 2px;
  }

  .message.brief {
    margin-block-start: var(--mz-space-xs, 0.25rem);
  }

  .message.brief::before {
    content: '·';
    margin-inline-end: 0.375em;
  }
`;
