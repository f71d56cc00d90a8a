/** Registers `<mz-ip-badge>` (once, so two copies of this module cannot clash). */
import { MzIpBadge } from '../ip-badge/ip-badge.js';

if (!customElements.get('mz-ip-badge')) customElements.define('mz-ip-badge', MzIpBadge);

export { MzIpBadge };

declare global {
  interface HTMLElementTagNameMap {
    'mz-ip-badge': MzIpBadge;
  }
}
