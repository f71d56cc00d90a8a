/** Registers `<mz-account-card>` and the `<mz-ip-badge>` it renders (each once). */
import { MzAccountCard } from '../account-card/account-card.js';
import './ip-badge.js';

if (!customElements.get('mz-account-card')) customElements.define('mz-account-card', MzAccountCard);

export { MzAccountCard };

declare global {
  interface HTMLElementTagNameMap {
    'mz-account-card': MzAccountCard;
  }
}
