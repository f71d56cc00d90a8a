/**
 * The IP attribution label of an account page (Provisions, Art. 12): mainland accounts to the
 * province level, accounts abroad to the country (region), Hong Kong, Macau and Taiwan with labels
 * the platform chooses, and nothing at all when the attribution is unknown.
 *
 *   formatAttribution({ province: '440000' });          // → { label: '广东', text: 'IP属地：广东' }
 *   formatAttribution({ country: 'US' }, { locale: 'en' }); // → { label: 'United States', text: 'IP location: United States' }
 *   formatAttribution({ country: 'HK' }, { hkMoTw: { HK: '香港' } }); // → { label: '香港', text: 'IP属地：香港' }
 *   formatAttribution({ country: 'CN' });                // → undefined (no province: omit the label)
 *
 * Hong Kong, Macau and Taiwan: platforms differ — some print 「中国香港」「中国台湾」, others
 * 「香港」「台湾」. The defaults are the 「中国…」 forms (「中國…」 in zh-TW; 'Hong Kong, China' etc. in
 * en); `hkMoTw` replaces any of them, whatever the locale.
 */
import type { Locale } from '../messages/catalog.js';
import { countryName } from './countries.js';
import { findProvince, type SpecialRegion } from './provinces.js';

export { countryName } from './countries.js';
export { findProvince, PROVINCES, type Province } from './provinces.js';

/** Where an account's IP address is, as a geo-IP lookup reports it. */
export interface AttributionRegion {
  /** ISO 3166-1 alpha-2 ('CN', 'US', 'HK'); case-insensitive. Omitted with a province: China. */
  country?: string;
  /** GB/T 2260 code ('440000', '44', a city code like '440103') or name ('广东省', '广东', 'Guangdong'). */
  province?: string;
}

export interface AttributionOptions {
  /** The language of the label; zh-CN by default. */
  locale?: Locale;
  /** Labels for Hong Kong, Macau and Taiwan, replacing the defaults (e.g. `{ HK: '香港' }`). */
  hkMoTw?: { HK?: string; MO?: string; TW?: string };
  /** Whether `text` starts with 「IP属地：」 ('IP location: ' in en); true by default. */
  prefix?: boolean;
}

export interface Attribution {
  /** The place: 「广东」, 「北京」, 「美国」, 「中国香港」. */
  label: string;
  /** The full label: 「IP属地：广东」. */
  text: string;
}

/** The default Hong Kong, Macau and Taiwan labels. */
export const DEFAULT_HK_MO_TW: Readonly<Record<Locale, Readonly<Record<SpecialRegion, string>>>> = {
  'zh-CN': { HK: '中国香港', MO: '中国澳门', TW: '中国台湾' },
  'zh-TW': { HK: '中國香港', MO: '中國澳門', TW: '中國台灣' },
  en: { HK: 'Hong Kong, China', MO: 'Macao, China', TW: 'Taiwan, China' },
};

const PREFIX: Readonly<Record<Locale, string>> = { 'zh-CN': 'IP属地：', 'zh-TW': 'IP屬地：', en: 'IP location: ' };

/**
 * The IP attribution label for `region`, or undefined when it is unknown (no input, an unknown or
 * non-country code, China without a known province) — platforms then omit the label.
 */
export function formatAttribution(
  region: AttributionRegion | undefined,
  options: AttributionOptions = {},
): Attribution | undefined {
  const locale: Locale = options.locale ?? 'zh-CN';
  const label = placeLabel(region, locale, options.hkMoTw);
  if (label === undefined) return undefined;
  return { label, text: options.prefix === false ? label : `${PREFIX[locale]}${label}` };
}

function placeLabel(
  region: AttributionRegion | undefined,
  locale: Locale,
  hkMoTw: AttributionOptions['hkMoTw'],
): string | undefined {
  if (!region) return undefined;
  const special = (code: SpecialRegion) => nonEmpty(hkMoTw?.[code]) ?? DEFAULT_HK_MO_TW[locale][code];
  const country = region.country?.trim().toUpperCase() || (nonEmpty(region.province) ? 'CN' : undefined);
  if (country === undefined) return undefined;
  if (country === 'HK' || country === 'MO' || country === 'TW') return special(country);
  if (country !== 'CN') return countryName(country, locale);
  const match = region.province === undefined ? undefined : findProvince(region.province);
  if (!match) return undefined;
  if ('special' in match) return special(match.special);
  return locale === 'en' ? match.province.en : locale === 'zh-TW' ? match.province.zhTW : match.province.zhCN;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text?.trim() ? text.trim() : undefined;
}
