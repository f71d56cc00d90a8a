/**
 * Country (region) names for IP attribution abroad. The small table below wins; every other
 * ISO 3166-1 code is named by `Intl.DisplayNames` (CLDR) where the runtime has it.
 *
 * Why a table at all: Node's full-icu and Chromium ship different CLDR trimmings. For every two-letter
 * code, zh-CN, zh-TW and en agree between Node 20 (ICU 78) and Chromium 156 except FK, HK, MO and PS
 * (Chromium: 「福克兰群岛（马尔维纳斯群岛）」, 「香港」, 「澳门」, 「巴勒斯坦」; Node:
 * 「福克兰群岛」, 「中国香港特别行政区」, 「中国澳门特别行政区」, 「巴勒斯坦领土」). HK, MO and TW
 * never reach this module (their labels are configurable); FK and PS are fixed here so that both
 * give the same label. The most common countries are listed too, with the same strings as CLDR, so
 * that a runtime without `Intl.DisplayNames` still names them.
 */
import type { Locale } from '../messages/catalog.js';

type Names = readonly [zhCN: string, zhTW: string, en: string];

const TABLE: Readonly<Record<string, Names>> = {
  AE: ['阿拉伯联合酋长国', '阿拉伯聯合大公國', 'United Arab Emirates'],
  AU: ['澳大利亚', '澳洲', 'Australia'],
  CA: ['加拿大', '加拿大', 'Canada'],
  DE: ['德国', '德國', 'Germany'],
  ES: ['西班牙', '西班牙', 'Spain'],
  FK: ['福克兰群岛', '福克蘭群島', 'Falkland Islands'],
  FR: ['法国', '法國', 'France'],
  GB: ['英国', '英國', 'United Kingdom'],
  ID: ['印度尼西亚', '印尼', 'Indonesia'],
  IN: ['印度', '印度', 'India'],
  IT: ['意大利', '義大利', 'Italy'],
  JP: ['日本', '日本', 'Japan'],
  KR: ['韩国', '南韓', 'South Korea'],
  MY: ['马来西亚', '馬來西亞', 'Malaysia'],
  NL: ['荷兰', '荷蘭', 'Netherlands'],
  NZ: ['新西兰', '紐西蘭', 'New Zealand'],
  PH: ['菲律宾', '菲律賓', 'Philippines'],
  PS: ['巴勒斯坦', '巴勒斯坦', 'Palestine'],
  RU: ['俄罗斯', '俄羅斯', 'Russia'],
  SG: ['新加坡', '新加坡', 'Singapore'],
  TH: ['泰国', '泰國', 'Thailand'],
  US: ['美国', '美國', 'United States'],
  VN: ['越南', '越南', 'Vietnam'],
};

/** The codes of `TABLE` whose strings deliberately differ from CLDR (tests compare the rest). */
export const TABLE_OVERRIDES: readonly string[] = ['FK', 'PS'];
/** The codes named by the table. */
export const TABLE_CODES: readonly string[] = Object.keys(TABLE);

/**
 * Two-letter codes that CLDR names but that are not ISO 3166-1 countries: user-assigned (AA, QM–QZ,
 * XA–XZ incl. XK, ZZ), exceptionally reserved (AC, CP, DG, EA, EU, EZ, IC, TA, UK, UN) and withdrawn
 * (AN, BU, CS, DD, DY, FX, HV, NH, RH, SU, TP, VD, YD, YU, ZR). They give no label.
 */
const NOT_COUNTRIES =
  /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|AC|CP|CQ|DG|EA|EU|EZ|IC|TA|UK|UN|AN|BU|CS|DD|DY|FX|HV|NH|RH|SU|TP|VD|YD|YU|ZR)$/;

const INTL_LOCALES: Readonly<Record<Locale, string>> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en' };
const INDEX: Readonly<Record<Locale, 0 | 1 | 2>> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };

const displayNames = new Map<Locale, Intl.DisplayNames | null>();

/** `Intl.DisplayNames` for `locale`, or null where the runtime has none. */
function regionNames(locale: Locale): Intl.DisplayNames | null {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names =
        typeof Intl === 'object' && typeof Intl.DisplayNames === 'function'
          ? new Intl.DisplayNames([INTL_LOCALES[locale]], { type: 'region', fallback: 'none' })
          : null;
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return names;
}

/** The name of the country `code` (ISO 3166-1 alpha-2, upper case) in `locale`, or undefined. */
export function countryName(code: string, locale: Locale): string | undefined {
  const row = TABLE[code];
  if (row) return row[INDEX[locale]];
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.test(code)) return undefined;
  return intlCountryName(code, locale);
}

/** What `Intl.DisplayNames` alone says (exported for the tests that compare it with the table). */
export function intlCountryName(code: string, locale: Locale): string | undefined {
  const names = regionNames(locale);
  if (!names) return undefined;
  try {
    const name = names.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
