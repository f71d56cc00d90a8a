/**
 * IP address → where it is (Art. 12), from the data ip2region ships: `ip2region.db` for IPv4
 * (records `国家|区域|省份|城市|ISP`, e.g. `中国|0|广东省|广州市|电信`) and `ipv6wry.db` for IPv6
 * (one string per range, e.g. `中国广东省广州市番禺区`, `德国Hessen州FrankfurtAmMain`, `全球`).
 * Chinese names become what `formatAttribution` takes: an ISO 3166-1 code for the country, a GB/T
 * 2260 code for a mainland province; Hong Kong, Macau and Taiwan are their own ISO codes.
 *
 * The data files (11 MB) are read on the first look-up, once per resolver.
 */
import { createRequire } from 'node:module';
import { isIPv4 } from 'node:net';
import type { AttributionRegion } from '@mingzheng/precheck';
import { COUNTRY_CODES, NOT_COUNTRIES } from './countries.data.js';
import { canonicalIp, ipKind } from './ip.js';

/** Where an IP address is; a platform may supply its own (a commercial database, a cloud service). */
export interface AttributionResolver {
  /** The region of a public address, or undefined when unknown (and for private or malformed ones). */
  resolve(ip: string): AttributionRegion | undefined;
}

export interface Ip2RegionOptions {
  /** Another IPv4 database file in ip2region's format (newer data); the package's own by default. */
  ipv4db?: string;
  /** Another IPv6 database file (ipv6wry format); the package's own by default. */
  ipv6db?: string;
  /** Leave IPv6 addresses unknown (saves the 2.7 MB of the IPv6 data). */
  disableIpv6?: boolean;
}

/** GB/T 2260 codes of the 31 mainland provinces, autonomous regions and municipalities, by short name. */
const PROVINCE_CODES: Readonly<Record<string, string>> = {
  北京: '110000',
  天津: '120000',
  河北: '130000',
  山西: '140000',
  内蒙古: '150000',
  辽宁: '210000',
  吉林: '220000',
  黑龙江: '230000',
  上海: '310000',
  江苏: '320000',
  浙江: '330000',
  安徽: '340000',
  福建: '350000',
  江西: '360000',
  山东: '370000',
  河南: '410000',
  湖北: '420000',
  湖南: '430000',
  广东: '440000',
  广西: '450000',
  海南: '460000',
  重庆: '500000',
  四川: '510000',
  贵州: '520000',
  云南: '530000',
  西藏: '540000',
  陕西: '610000',
  甘肃: '620000',
  青海: '630000',
  宁夏: '640000',
  新疆: '650000',
};

/** Province-level names of ip2region that are regions of their own in ISO 3166-1. */
const SPECIAL_REGIONS: Readonly<Record<string, string>> = { 台湾: 'TW', 香港: 'HK', 澳门: 'MO' };

/** Country names, longest first: an IPv6 place string starts with one (几内亚比绍 before 几内亚). */
const COUNTRY_NAMES = Object.keys(COUNTRY_CODES).sort((a, b) => b.length - a.length);

/** The region of a place in China, from text that starts with its province (`广东省…`, `北京`, `香港区`). */
function chinaRegion(text: string): AttributionRegion {
  for (const length of [3, 2]) {
    const name = text.slice(0, length);
    const special = SPECIAL_REGIONS[name];
    if (special) return { country: special };
    const province = PROVINCE_CODES[name];
    if (province) return { country: 'CN', province };
  }
  return { country: 'CN' };
}

/** The region named by an ip2region country and province (Chinese names), if it is a country. */
export function regionFromNames(country: string, province = ''): AttributionRegion | undefined {
  if (country === '' || country === '0' || NOT_COUNTRIES.includes(country)) return undefined;
  const code = COUNTRY_CODES[country];
  if (code === undefined) return undefined;
  if (code === 'CN') return chinaRegion(province === '0' ? '' : province);
  return { country: code };
}

/** The region of an IPv6 place string: a country name, then for China the province. */
export function regionFromPlace(place: string): AttributionRegion | undefined {
  const text = place.replace(/\s/g, '');
  const country = COUNTRY_NAMES.find((name) => text.startsWith(name));
  if (country === undefined || NOT_COUNTRIES.includes(country)) return undefined;
  return regionFromNames(country, text.slice(country.length));
}

/** ip2region's searcher, as this module uses it (`searchRaw(ip, false)`: the unparsed record). */
interface Searcher {
  searchRaw(ip: string, parse: false): { region: string } | { cArea: string } | null;
}
type SearcherClass = new (options: Ip2RegionOptions) => Searcher;

/** The default resolver: ip2region's data, loaded on the first look-up. */
export function createIp2RegionResolver(options: Ip2RegionOptions = {}): AttributionResolver {
  let searcher: Searcher | undefined;
  const load = (): Searcher => {
    if (!searcher) {
      // ip2region is CommonJS with its class on `default`; its data files sit beside it.
      const { default: IP2Region } = createRequire(import.meta.url)('ip2region') as { default: SearcherClass };
      searcher = new IP2Region(options);
    }
    return searcher;
  };
  return {
    resolve(ip) {
      const canonical = canonicalIp(ip);
      if (canonical === undefined || ipKind(canonical) !== 'public') return undefined;
      if (options.disableIpv6 && !isIPv4(canonical)) return undefined;
      const record = load().searchRaw(canonical, false);
      if (!record) return undefined;
      if ('cArea' in record) return regionFromPlace(record.cArea);
      const [country = '', , province = ''] = record.region.split('|');
      return regionFromNames(country, province);
    },
  };
}

let shared: AttributionResolver | undefined;

/** Where `ip` is, by ip2region's data (one resolver shared by the process), or undefined when unknown. */
export function resolveAttribution(ip: string): AttributionRegion | undefined {
  shared ??= createIp2RegionResolver();
  return shared.resolve(ip);
}
