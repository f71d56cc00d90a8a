/** `mz-report`: the 举报 (report) button of `mz-account-card` was pressed (Provisions, Art. 19). */
import type { PublicAccountInfo } from '../account-card/public-account-info.js';

export class MzReportEvent extends Event {
  /** The account on the card, as shown. */
  readonly account: PublicAccountInfo;

  constructor(account: PublicAccountInfo) {
    // Cancelable: a page that opens its own report dialog calls preventDefault() so `report-href` is not followed.
    super('mz-report', { bubbles: true, composed: true, cancelable: true });
    this.account = account;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mz-report': MzReportEvent;
  }
}
