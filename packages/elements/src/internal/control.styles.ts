import { css } from 'lit';

/** The box of every text control (input, textarea, select), shared by the elements' styles. */
export const controlBox = css`
  box-sizing: border-box;
  inline-size: 100%;
  padding: var(--mz-input-padding, 0.5rem 0.75rem);
  border: var(--mz-input-border-width, 1px) solid var(--mz-color-border, light-dark(#767676, #9e9e9e));
  border-radius: var(--mz-radius, 0.375rem);
  background: var(--mz-color-surface, Field);
  color: var(--mz-color-input-text, FieldText);
  font: inherit;
`;
