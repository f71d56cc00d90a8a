/** `mz-profile-change`: fired by `mz-profile-editor` whenever the account information or its verdict changes. */
import type { AccountInfo, Finding, Verdict } from '@mingzheng/precheck';

/**
 * A finding on an image: a QR code in the avatar or cover (Art. 8.6); a line of text read from it,
 * checked like a text field (`source: 'text'`, `line`, offsets into the line); a Party or state
 * symbol (`source: 'symbol'`, Art. 10.2 review). `box`: where, in the image's pixels.
 */
export interface ImageFinding extends Omit<Finding, 'field'> {
  field: 'avatar' | 'cover';
  source?: 'text' | 'symbol';
  line?: string;
  box?: readonly { x: number; y: number }[];
}

export type ProfileFinding = Finding | ImageFinding;

/** The combined verdict: one `check()` of the AccountInfo plus the image findings. */
export interface ProfileVerdict extends Omit<Verdict, 'findings'> {
  findings: ProfileFinding[];
}

export class MzProfileChangeEvent extends Event {
  /** The account information as edited; images are the selected Files. */
  readonly info: AccountInfo;
  /** Block if any finding blocks, else review if any asks for review, else pass. */
  readonly verdict: ProfileVerdict;

  constructor(info: AccountInfo, verdict: ProfileVerdict) {
    super('mz-profile-change', { bubbles: true, composed: true });
    this.info = info;
    this.verdict = verdict;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mz-profile-change': MzProfileChangeEvent;
  }
}
