/**
 * The findings of a verdict in words, for the HTTP answer and the command line's output: the
 * engine's catalog (`describeFindings` of @mingzheng/precheck), the sentences the components show
 * the user, so a compliance team reading the server's JSON or an audit file reads what the user
 * read. A zh-TW message names the rule set's terms in traditional characters: the converter loads
 * with the first zh-TW message (and if it could not, the term stays in the rule set's script).
 */
import {
  describeFindings,
  type Finding,
  type FindingMessage,
  LOCALES,
  type Locale,
  loadTraditional,
  resolveLocale,
} from '@mingzheng/precheck';

export type { FindingMessage, Locale };

let traditional: Promise<unknown> | undefined;

/** Makes the catalog ready for `locale`: for zh-TW, the simplified → traditional converter. */
export async function prepareLocale(locale: Locale): Promise<void> {
  if (locale !== 'zh-TW') return;
  traditional ??= loadTraditional().catch(() => {
    traditional = undefined;
  });
  await traditional;
}

/** The messages of `findings` in `locale` (see describeFindings): each names the findings it words. */
export function findingMessages(findings: readonly Finding[], locale: Locale): FindingMessage[] {
  return describeFindings(findings, locale);
}

/**
 * A `--locale` or `?locale=` value as a catalog's locale: a catalog name or a BCP 47 tag of
 * Chinese or English (zh-HK → zh-TW, en-GB → en); undefined for anything else.
 */
export function parseLocale(tag: string): Locale | undefined {
  if (LOCALES.includes(tag as Locale)) return tag as Locale;
  return /^(?:zh|en)(?:-[a-z0-9]{1,8})*$/i.test(tag) ? resolveLocale(tag) : undefined;
}
