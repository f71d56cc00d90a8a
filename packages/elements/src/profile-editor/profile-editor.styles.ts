import { css } from 'lit';
import { controlBox } from '../internal/control.styles.js';

/** Layout of the editor; the label, input, hint and feedback look comes from the name field's styles. */
export const profileEditorStyles = css`
  [part='fieldset'] {
    display: grid;
    gap: var(--mz-space-m, 1rem);
    margin: 0;
    padding: var(--mz-fieldset-padding, 0);
    border: var(--mz-fieldset-border, none);
    min-inline-size: 0;
  }

  [part='legend'] {
    padding: 0;
    margin-block-end: var(--mz-space-s, 0.5rem);
    font-weight: var(--mz-legend-font-weight, 700);
    font-size: var(--mz-legend-font-size, 1.125em);
  }

  [part='textarea'],
  [part='select'] {
    ${controlBox}
  }

  [part='textarea'] {
    min-block-size: 4.5em;
    resize: vertical;
  }

  [part='file-input'] {
    display: block;
    max-inline-size: 100%;
    font: inherit;
  }

  [part='textarea']:focus-visible,
  [part='select']:focus-visible,
  [part='file-input']:focus-visible,
  [part='remove']:focus-visible {
    outline: var(--mz-focus-ring, 2px solid light-dark(#1668dc, #7cb3ff));
    outline-offset: 1px;
  }

  [part='textarea'][aria-invalid='true'],
  [part='select'][aria-invalid='true'],
  [part='file-input'][aria-invalid='true'] {
    border-color: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
    outline: 1px solid var(--mz-color-error, light-dark(#b42318, #ff9c8f));
  }

  [part='preview'] {
    position: relative;
    margin-block-start: var(--mz-space-xs, 0.25rem);
    inline-size: var(--mz-avatar-preview-size, 8rem);
    block-size: var(--mz-avatar-preview-size, 8rem);
    border: 1px solid var(--mz-color-border, light-dark(#767676, #9e9e9e));
    border-radius: var(--mz-radius, 0.375rem);
    background: var(--mz-color-preview-background, light-dark(#f0f0f0, #2a2a2a));
    overflow: hidden;
  }

  .cover [part='preview'] {
    inline-size: 100%;
    block-size: var(--mz-cover-preview-height, 8rem);
  }

  [part='preview-image'],
  [part='qr-outline'] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }

  [part='preview-image'] {
    object-fit: contain;
  }

  [part='qr-outline'] {
    pointer-events: none;
  }

  [part='qr-outline'] polygon {
    fill: var(--mz-color-qr-fill, rgb(180 35 24 / 0.15));
    stroke: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
    stroke-width: var(--mz-qr-outline-width, 3px);
    vector-effect: non-scaling-stroke;
  }

  [part='remove'] {
    margin-block-start: var(--mz-space-xs, 0.25rem);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--mz-color-border, light-dark(#767676, #9e9e9e));
    border-radius: var(--mz-radius, 0.375rem);
    background: var(--mz-color-surface, ButtonFace);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
`;
