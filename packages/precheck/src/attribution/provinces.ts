/**
 * The 34 province-level divisions of GB/T 2260: the two-digit code, the short name a platform shows
 * (no 省/市/自治区 suffix) in simplified and traditional Chinese, the English name, and aliases that
 * are accepted as input. Codes 71 (台湾), 81 (香港) and 82 (澳门) are not shown as provinces: they
 * resolve to the configurable Hong Kong, Macau and Taiwan labels (see `SPECIAL_REGIONS`).
 */

export interface Province {
  /** The first two digits of the GB/T 2260 code ('44' for 440000). */
  readonly code: string;
  readonly zhCN: string;
  readonly zhTW: string;
  readonly en: string;
  /** Further names accepted as input (compared lower-case, without spaces). */
  readonly aliases?: readonly string[];
}

/** The special regions among the province-level codes, by their ISO 3166-1 code. */
export type SpecialRegion = 'HK' | 'MO' | 'TW';

/** GB/T 2260 two-digit code → the special region it names. */
export const SPECIAL_REGIONS: Readonly<Record<string, SpecialRegion>> = { '71': 'TW', '81': 'HK', '82': 'MO' };

/** Names of the special regions accepted as province input. */
const SPECIAL_NAMES: Readonly<Record<string, SpecialRegion>> = {
  台湾: 'TW',
  台灣: 'TW',
  臺灣: 'TW',
  taiwan: 'TW',
  香港: 'HK',
  hongkong: 'HK',
  澳门: 'MO',
  澳門: 'MO',
  macau: 'MO',
  macao: 'MO',
};

/** The 31 mainland provinces, autonomous regions and municipalities. */
export const PROVINCES: readonly Province[] = [
  { code: '11', zhCN: '北京', zhTW: '北京', en: 'Beijing', aliases: ['peking'] },
  { code: '12', zhCN: '天津', zhTW: '天津', en: 'Tianjin' },
  { code: '13', zhCN: '河北', zhTW: '河北', en: 'Hebei' },
  { code: '14', zhCN: '山西', zhTW: '山西', en: 'Shanxi' },
  { code: '15', zhCN: '内蒙古', zhTW: '內蒙古', en: 'Inner Mongolia', aliases: ['neimenggu', 'neimongol'] },
  { code: '21', zhCN: '辽宁', zhTW: '遼寧', en: 'Liaoning' },
  { code: '22', zhCN: '吉林', zhTW: '吉林', en: 'Jilin' },
  { code: '23', zhCN: '黑龙江', zhTW: '黑龍江', en: 'Heilongjiang' },
  { code: '31', zhCN: '上海', zhTW: '上海', en: 'Shanghai' },
  { code: '32', zhCN: '江苏', zhTW: '江蘇', en: 'Jiangsu' },
  { code: '33', zhCN: '浙江', zhTW: '浙江', en: 'Zhejiang' },
  { code: '34', zhCN: '安徽', zhTW: '安徽', en: 'Anhui' },
  { code: '35', zhCN: '福建', zhTW: '福建', en: 'Fujian' },
  { code: '36', zhCN: '江西', zhTW: '江西', en: 'Jiangxi' },
  { code: '37', zhCN: '山东', zhTW: '山東', en: 'Shandong' },
  { code: '41', zhCN: '河南', zhTW: '河南', en: 'Henan' },
  { code: '42', zhCN: '湖北', zhTW: '湖北', en: 'Hubei' },
  { code: '43', zhCN: '湖南', zhTW: '湖南', en: 'Hunan' },
  { code: '44', zhCN: '广东', zhTW: '廣東', en: 'Guangdong' },
  { code: '45', zhCN: '广西', zhTW: '廣西', en: 'Guangxi' },
  { code: '46', zhCN: '海南', zhTW: '海南', en: 'Hainan' },
  { code: '50', zhCN: '重庆', zhTW: '重慶', en: 'Chongqing' },
  { code: '51', zhCN: '四川', zhTW: '四川', en: 'Sichuan' },
  { code: '52', zhCN: '贵州', zhTW: '貴州', en: 'Guizhou' },
  { code: '53', zhCN: '云南', zhTW: '雲南', en: 'Yunnan' },
  // The official English name since 2023 is Xizang; "Tibet" is still accepted as input.
  { code: '54', zhCN: '西藏', zhTW: '西藏', en: 'Xizang', aliases: ['tibet'] },
  { code: '61', zhCN: '陕西', zhTW: '陝西', en: 'Shaanxi' },
  { code: '62', zhCN: '甘肃', zhTW: '甘肅', en: 'Gansu' },
  { code: '63', zhCN: '青海', zhTW: '青海', en: 'Qinghai' },
  { code: '64', zhCN: '宁夏', zhTW: '寧夏', en: 'Ningxia' },
  { code: '65', zhCN: '新疆', zhTW: '新疆', en: 'Xinjiang' },
];

/** What a province input resolves to: a mainland province, or one of the special regions. */
export type ProvinceMatch = { readonly province: Province } | { readonly special: SpecialRegion };

const BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

const BY_NAME = new Map<string, ProvinceMatch>();
for (const p of PROVINCES) {
  for (const name of [p.zhCN, p.zhTW, p.en, ...(p.aliases ?? [])]) BY_NAME.set(key(name), { province: p });
}
for (const [name, special] of Object.entries(SPECIAL_NAMES)) BY_NAME.set(name, { special });

/** Lower-case without spaces, hyphens or dots: 'Inner Mongolia' → 'innermongolia'. */
function key(name: string): string {
  return name.toLowerCase().replace(/[\s\-.'’]/g, '');
}

/** Administrative suffixes stripped from Chinese input: 广东省, 广西壮族自治区, 香港特别行政区 … */
const ZH_SUFFIX = /(?:省|市|(?:壮族|壯族|回族|维吾尔|維吾爾)?自治[区區]|特别行政区|特別行政區)$/;
/** The same for English input: 'Guangdong Province', 'Hong Kong SAR' … */
const EN_SUFFIX =
  /(?:province|municipality|city|(?:zhuang|hui|uyghur|uygur|uighur)?autonomousregion|specialadministrativeregion|sar)$/;

/**
 * Resolves a province given as a GB/T 2260 code ('440000', '44', a city or county code such as
 * '440103' or '4401xx') or a name ('广东省', '广东', '廣東', 'Guangdong'). Anything else → undefined.
 */
export function findProvince(input: string): ProvinceMatch | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (/^\d{2}(?:[\dxX]{2}){0,2}$/.test(text)) {
    const code = text.slice(0, 2);
    const special = SPECIAL_REGIONS[code];
    if (special) return { special };
    const province = BY_CODE.get(code);
    return province ? { province } : undefined;
  }
  const name = key(text);
  return BY_NAME.get(name) ?? BY_NAME.get(name.replace(ZH_SUFFIX, '')) ?? BY_NAME.get(name.replace(EN_SUFFIX, ''));
}
