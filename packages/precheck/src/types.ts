/**
 * The engine's contracts: what goes in (AccountInfo), what comes out (Verdict and its Findings).
 * These shapes are stable; the browser, the server and the CLI all speak them.
 */

/** Account information as a platform collects it (Art. 23(1)). Every field is optional. */
export interface AccountInfo {
  kind?: 'personal' | 'professional' | 'entity';
  name?: string;
  bio?: string;
  signature?: string;
  /** A Blob in the browser; absent or a URL on the server. The engine does not read images. */
  avatar?: unknown;
  cover?: unknown;
  /**
   * One line of text read from the avatar (`avatar` field) or the cover (`cover` field), by the
   * image check (`@mingzheng/precheck/image`), which checks each line it reads on its own. Rules
   * read these fields when they list them, like any text field.
   */
  avatarText?: string;
  coverText?: string;
  profession?: { domain: string; credential?: string };
  entity?: { name: string; uscc: string; address?: string; contentCategory?: string; contact?: string };
}

/** The text fields the engine reads, in the order findings are reported. */
export const TEXT_FIELDS = [
  'name',
  'bio',
  'signature',
  'entity.name',
  'entity.address',
  'entity.contact',
  'avatar',
  'cover',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type Severity = 'block' | 'review' | 'notice';

/**
 * The contact-information detectors a rule can run (Art. 8.6). `account`: an ID on another
 * product (抖音号, 公众号, Telegram, 钉钉) after one of the rule set's account words. `lure`: a request
 * for contact without a detail (加微, 加主播徽信, ➕V, 主页有V). `id` and `code`: what is no detail by
 * itself — an ID-shaped token with no code word (letters and digits mixed, five or more: UKC173; or a
 * number of QQ length, 5–11 digits) and a code word standing alone where a lure may end (企鹅, 姐薇❤) —
 * for rules that pair them with a lure lexicon (`with`).
 */
export const DETECTORS = ['phone', 'qq', 'wechat', 'url', 'email', 'account', 'lure', 'id', 'code'] as const;
export type Detector = (typeof DETECTORS)[number];

/**
 * How a hit was found, beyond the literal text. Channels marked as evasion in `EVASION_CHANNELS`
 * make a hit cite Art. 8.6 as well.
 */
export type Via =
  | 'bidi'
  | 'width'
  | 'case'
  | 'traditional'
  | 'compatibility'
  | 'invisible'
  | 'confusable'
  | 'numeral'
  | 'separator'
  | 'homophone'
  | 'pinyin';

export const EVASION_CHANNELS: ReadonlySet<Via> = new Set<Via>([
  'bidi',
  'compatibility',
  'invisible',
  'confusable',
  'numeral',
  'separator',
  'homophone',
  'pinyin',
]);

export interface MessageRef {
  key: string;
  params: Record<string, string>;
}

export interface Finding {
  /** The id of the rule that produced it. */
  rule: string;
  /** Article in `N.k` notation, e.g. `8.4`. */
  article: string;
  severity: Severity;
  field: TextField;
  /** UTF-16 offsets into the ORIGINAL field text; `end` is exclusive. */
  start: number;
  end: number;
  /** The original text that matched (`text.slice(start, end)`). */
  match: string;
  /** Channels the hit was found through, sorted; empty for a literal hit. */
  via: Via[];
  message: MessageRef;
}

export interface Requirement {
  kind: 'qualification';
  domain: string;
  /** The label the platform shows on the account once the qualification is verified (Art. 11). */
  label: string;
}

export interface Verdict {
  verdict: 'pass' | 'review' | 'block';
  findings: Finding[];
  requires: Requirement[];
  rulesetVersion: string;
}
