import { css } from 'lit';
import { controlBox } from '../internal/control.styles.js';

/**
 * Layout of the editor, after the edit-profile pages of Chinese platforms: a title, sections with
 * headings, the cover as a banner cropped at its aspect ratio with the round avatar over its lower
 * edge (each a control: click, Enter or Space, or drop a file), then the texts. Spacing comes from
 * the `--mz-space-*` tokens; the label, input, hint and feedback look from the field styles.
 */
export const profileEditorStyles = css`
  [part='fieldset'] {
    display: grid;
    gap: var(--mz-space-l, 1.5rem);
    margin: 0;
    padding: var(--mz-fieldset-padding, 0);
    border: var(--mz-fieldset-border, none);
    min-inline-size: 0;
  }

  [part='legend'] {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: var(--mz-space-m, 1rem);
    font-weight: var(--mz-legend-font-weight, 700);
    font-size: var(--mz-legend-font-size, 1.25em);
    line-height: 1.3;
  }

  [part='legend'] + * {
    clear: both;
  }

  [part='section'] {
    display: grid;
    gap: var(--mz-space-m, 1rem);
    min-inline-size: 0;
  }

  [part='section-heading'] {
    padding-block-end: var(--mz-space-xs, 0.25rem);
    border-block-end: 1px solid var(--mz-color-divider, light-dark(#e5e5e5, #3a3a3a));
    color: var(--mz-color-hint, light-dark(#595959, #bfbfbf));
    font-size: var(--mz-font-size-small, 0.875em);
    font-weight: var(--mz-label-font-weight, 600);
    letter-spacing: 0.02em;
  }

  [part='textarea'],
  [part='select'] {
    ${controlBox}
  }

  [part='textarea'] {
    min-block-size: 4.5em;
    resize: vertical;
  }

  [part='textarea']:focus-visible,
  [part='select']:focus-visible,
  [part='remove']:focus-visible {
    outline: var(--mz-focus-ring, 2px solid light-dark(#1668dc, #7cb3ff));
    outline-offset: 1px;
  }

  [part='textarea'][aria-invalid='true'],
  [part='select'][aria-invalid='true'] {
    border-color: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
    outline: 1px solid var(--mz-color-error, light-dark(#b42318, #ff9c8f));
  }

  /* The native file input stays in the page for the keyboard, the form and screen readers; its label is the control. */
  .file-input {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    padding: 0;
    opacity: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .file-input:focus-visible + [part='drop-zone'] [part='preview'],
  .file-input:focus-visible + [part='file-button'] {
    outline: var(--mz-focus-ring, 2px solid light-dark(#1668dc, #7cb3ff));
    outline-offset: 2px;
  }

  .file-input:disabled + [part='drop-zone'],
  .file-input:disabled + [part='file-button'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .media {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: end;
    column-gap: var(--mz-space-m, 1rem);
  }

  .image-slot {
    position: relative;
  }

  .image-slot.cover {
    grid-column: 1 / -1;
  }

  .image-slot.avatar {
    margin-block-start: calc(var(--mz-avatar-preview-size, 5.5rem) / -2);
    margin-inline-start: var(--mz-space-m, 1rem);
  }

  [part='drop-zone'] {
    display: block;
    position: relative;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }

  [part='preview'] {
    display: grid;
    place-items: center;
    position: relative;
    overflow: hidden;
    background: var(--mz-color-preview-background, light-dark(#f0f0f0, #2a2a2a));
    color: var(--mz-color-hint, light-dark(#595959, #bfbfbf));
  }

  .cover [part='preview'] {
    inline-size: 100%;
    aspect-ratio: var(--mz-cover-aspect-ratio, 3 / 1);
    border-radius: var(--mz-radius-large, 0.75rem);
  }

  .avatar [part='preview'] {
    inline-size: var(--mz-avatar-preview-size, 5.5rem);
    block-size: var(--mz-avatar-preview-size, 5.5rem);
    border-radius: 50%;
    border: 3px solid var(--mz-color-page, Canvas);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
  }

  [part='drop-zone'][data-dragging] [part='preview'] {
    outline: 2px dashed var(--mz-color-accent, light-dark(#1668dc, #7cb3ff));
    outline-offset: 2px;
  }

  [part='preview-image'] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .placeholder {
    inline-size: 40%;
    max-inline-size: 3rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [part='preview-overlay'] {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }

  [part='qr-outline'] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }

  [part='qr-outline'] polygon {
    fill: var(--mz-color-qr-fill, rgb(180 35 24 / 0.15));
    stroke: var(--mz-color-error, light-dark(#b42318, #ff9c8f));
    stroke-width: var(--mz-qr-outline-width, 3px);
    vector-effect: non-scaling-stroke;
  }

  /* The caption: on the banner's corner, and under the avatar's circle. */
  [part='change-label'] {
    font-size: var(--mz-font-size-small, 0.875em);
  }

  .cover [part='change-label'] {
    position: absolute;
    inset-block-start: var(--mz-space-s, 0.5rem);
    inset-inline-end: var(--mz-space-s, 0.5rem);
    padding: 0.25em 0.75em;
    border-radius: 999px;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
  }

  .avatar [part='change-label'] {
    position: absolute;
    inset-inline: 3px;
    inset-block-end: 3px;
    padding-block: 0.15em 0.35em;
    border-radius: 0 0 999px 999px;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font-size: 0.6875em;
    text-align: center;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .media-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--mz-space-xs, 0.25rem) var(--mz-space-s, 0.5rem);
    align-self: start;
    padding-block-start: var(--mz-space-s, 0.5rem);
  }

  .button,
  [part='remove'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.375em 0.875em;
    border: 1px solid var(--mz-color-border, light-dark(#767676, #9e9e9e));
    border-radius: 999px;
    background: var(--mz-color-surface, Field);
    color: var(--mz-color-text, CanvasText);
    font: inherit;
    font-size: var(--mz-font-size-small, 0.875em);
    line-height: 1.4;
    cursor: pointer;
  }

  .button:hover,
  [part='remove']:hover {
    background: var(--mz-color-surface-hover, light-dark(#f3f3f3, #333));
  }

  [part='remove']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .file-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mz-space-s, 0.5rem);
  }

  .file-name {
    color: var(--mz-color-hint, light-dark(#595959, #bfbfbf));
    font-size: var(--mz-font-size-small, 0.875em);
    overflow-wrap: anywhere;
  }

  .field {
    min-inline-size: 0;
  }

  .field > [part='label'] {
    display: block;
    margin-block-end: var(--mz-space-xs, 0.25rem);
    font-weight: var(--mz-label-font-weight, 600);
  }

  .media-section [part='feedback'] {
    min-block-size: 0;
  }

  .media-section [part='feedback']:empty {
    display: none;
  }
`;
