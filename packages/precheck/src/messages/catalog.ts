/**
 * The message catalog with every locale at hand: zh-CN (the default), zh-TW and en, worded
 * synchronously — what the package's index exports, and what the server's HTTP answers and the
 * `mingzheng` command line use. The wording itself is `describe.ts`; a page that shows one locale
 * loads the others on demand (`@mingzheng/precheck/messages`, `loaded.ts`).
 */
import type { Finding, MessageRef } from '../types.js';
import {
  type Catalogs,
  type DescribeOptions,
  describeFindingsIn,
  describeIn,
  type FindingMessage,
  formatIn,
  type Locale,
  zhCN,
} from './describe.js';
import { en } from './en.js';
import { zhTW } from './zh-TW.js';

export {
  citeArticle,
  type DescribeOptions,
  type FindingMessage,
  LOCALES,
  type Locale,
  loadTraditional,
  type MessageForm,
  resolveLocale,
} from './describe.js';

const CATALOGS: Catalogs = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/**
 * One finding (with the evasion that disguised it) in `locale` (a catalog name or any BCP 47 tag):
 * `full` says what is wrong, why and what to do; `short` is one line.
 */
export function describeFinding(
  finding: Finding,
  locale: Locale | string = 'zh-CN',
  options: DescribeOptions = {},
): string {
  return describeIn(CATALOGS, finding, locale, options);
}

/**
 * The message of a finding known only by its message and article (a finding kept without the
 * rest, an audit record): `describeFinding` in full, the match taken from the message.
 */
export function formatMessage(message: MessageRef, article: string, locale: Locale | string = 'zh-CN'): string {
  return formatIn(CATALOGS, message, article, locale);
}

/**
 * A verdict's findings as messages, in the findings' order, every finding in exactly one: an
 * evasion finding (Art. 8.6) is worded into the strongest finding on the same span of the same
 * field, as the components word it; every other finding has a message of its own.
 */
export function describeFindings(
  findings: readonly Finding[],
  locale: Locale | string = 'zh-CN',
  options: Omit<DescribeOptions, 'evasion'> = {},
): FindingMessage[] {
  return describeFindingsIn(CATALOGS, findings, locale, options);
}
