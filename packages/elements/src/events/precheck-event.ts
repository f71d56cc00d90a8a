/** `mz-precheck`: fired by a field after every check, with the verdict it will show. */
import type { Verdict } from '@mingzheng/precheck';

export class MzPrecheckEvent extends Event {
  /** The verdict shown: the local one, or the server's when `server-check` answered differently. */
  readonly verdict: Verdict;
  /** Where the verdict came from. */
  readonly source: 'local' | 'server';

  constructor(verdict: Verdict, source: 'local' | 'server' = 'local') {
    super('mz-precheck', { bubbles: true, composed: true });
    this.verdict = verdict;
    this.source = source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mz-precheck': MzPrecheckEvent;
  }
}
