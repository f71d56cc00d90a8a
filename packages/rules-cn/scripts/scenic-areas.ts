/**
 * The national 5A scenic areas (data/sources/5a-scenic-areas.tsv) as the names an account would
 * use: the listed name without its province, city or county (黄山市黄山风景区 → 黄山风景区) and
 * without its generic ending (→ 黄山), and each part of a name joined by ·, - or — (八达岭－慕田峪长城
 * → 八达岭, 慕田峪长城) or given in brackets (苏州园林（拙政园、虎丘山、留园）).
 *
 * A scenic area's name is an ordinary word in nicknames (黄山毛峰, 西湖醋鱼, 长城汽车): the rules use
 * it only as the account's identity, before an official word or a service of the area (故宫官方,
 * 黄山风景区客服, 故宫票务中心).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lexicon } from './index.js';

const require = createRequire(import.meta.url);

const SOURCE = '文化和旅游部 国家5A级旅游景区名单（历年公告汇总，含2024年2月确定的21家，共341家）';

/** Generic endings of the listed names, longest first. */
const ENDINGS = [
  '世界文化遗产旅游区',
  '世界遗产旅游区',
  '文化生态旅游区',
  '文化旅游景区',
  '文化旅游区',
  '生态旅游区',
  '风景旅游区',
  '旅游风景区',
  '旅游度假区',
  '风景名胜区',
  '休闲旅游区',
  '旅游景区',
  '文物景区',
  '文化景区',
  '游览区',
  '旅游区',
  '风景区',
  '景区',
  '旅游',
];

/** Names of provinces, prefectures and counties (china-area-data), and the short forms the list uses. */
function regionPrefixes(): string[] {
  const data = require('china-area-data') as Record<string, Record<string, string>>;
  const names = new Set<string>([
    '广西自治区',
    '新疆自治区',
    '新疆生产建设兵团',
    '恩施州',
    '甘孜州',
    '阿坝州',
    '黔东南州',
    '黔南州',
    '湘西州',
    '文山州',
    '临夏州',
    '海北州',
    '迪庆州',
    '伊犁州',
    '巴音州',
    '昌吉州',
    '大理州',
  ]);
  const strip = (name: string, suffixes: string[]) => {
    for (const suffix of suffixes)
      if (name.endsWith(suffix) && name.length > suffix.length + 1) return name.slice(0, -suffix.length);
    return name;
  };
  for (const [code, province] of Object.entries(data['86'] ?? {})) {
    names.add(province);
    names.add(strip(province, ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市']));
    for (const [cityCode, city] of Object.entries(data[code] ?? {})) {
      names.add(city);
      names.add(strip(city, ['地区', '市', '盟']));
      for (const county of Object.values(data[cityCode] ?? {})) names.add(county);
    }
  }
  for (const placeholder of ['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']) names.delete(placeholder);
  return [...names].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length);
}

/** Words the list's names contain that name no particular place once the region is gone. */
const GENERIC = new Set([
  '科技馆',
  '植物园',
  '野生动物园',
  '大峡谷',
  '大草原',
  '革命纪念地',
  '起义纪念园',
  '四大纪念馆',
  '老城',
  '古城',
  '古镇',
  '大运河',
  '园林植物园',
  '园林',
]);

/** A name that says what kind of place it is (黄山风景区, 故宫博物院): nobody's nickname. */
const FULL_NAME = new RegExp(
  `(?:${[...ENDINGS.filter((ending) => ending !== '旅游'), '博物院', '博物馆', '纪念馆', '纪念园', '公园', '植物园', '陵园'].join('|')})$`,
  'u',
);

const SEPARATORS = /[·．.\-－—–]+/u;

const withoutEnding = (name: string) => {
  for (const ending of ENDINGS)
    if (name.endsWith(ending) && name.length - ending.length >= 2) return name.slice(0, -ending.length);
  return name;
};

/** Leading region names dropped (重庆市 涪陵区 …) while a particular name is left: not an ending alone, not a
 * generic word, and not the rest of a name that began with the region's name (岳阳楼, 金山岭, 黄山市 → 市…). */
function withoutRegion(name: string, prefixes: readonly string[]): string {
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of prefixes) {
      if (!rest.startsWith(prefix)) continue;
      const next = rest.slice(prefix.length);
      const core = withoutEnding(next).replace(SEPARATORS, '');
      if (
        core.length < 2 ||
        ENDINGS.includes(next) ||
        GENERIC.has(core) ||
        /^[市省区县州盟旗楼山湖岭峰江河海]/u.test(next)
      )
        continue;
      rest = next;
      changed = true;
      break;
    }
  }
  return rest;
}

/** The names an account would use for one listed area. */
export function namesOf(listed: string, prefixes: readonly string[]): string[] {
  const names = new Set<string>();
  const regions = new Set(prefixes);
  // Brackets hold other names (苏州园林（拙政园、虎丘山、留园）) or the area's region (（山西省临汾市）).
  const inBrackets = [...listed.matchAll(/[（(]([^）)]*)[）)]/gu)].flatMap((match) =>
    (match[1] ?? '').split(/[、，,·]/u),
  );
  const main = listed.replace(/[（(][^）)]*[）)]/gu, '');
  const rest = withoutRegion(main, prefixes);
  const core = withoutEnding(rest);
  names.add(rest);
  names.add(core);
  const parts = core.split(SEPARATORS);
  if (parts.length > 1 && parts.every((part) => part.length >= 2))
    for (const part of parts) if (part.length >= 3) names.add(withoutEnding(part));
  for (const part of inBrackets) {
    const name = withoutEnding(withoutRegion(part.trim(), prefixes));
    if (name.length >= 2 && !regions.has(name) && !regions.has(part.trim())) names.add(name);
  }
  return [...names]
    .map((name) => name.replace(SEPARATORS, ''))
    .filter((name) => name.length >= 2 && !GENERIC.has(name) && !regions.has(name));
}

export function lexicons(): Lexicon[] {
  const text = readFileSync(new URL('../data/sources/5a-scenic-areas.tsv', import.meta.url), 'utf8');
  const prefixes = regionPrefixes();
  const terms = new Set<string>();
  const full = new Set<string>();
  for (const line of text.split('\n').slice(2)) {
    const listed = line.split('\t')[1];
    if (!listed) continue;
    for (const name of namesOf(listed, prefixes)) {
      terms.add(name);
      if (FULL_NAME.test(name)) full.add(name);
    }
    // The listed name without its region is the area's own name, whatever its ending (颐和园, 上海科技馆,
    // 大昭寺); with its region before it, the rules' `whole` takes the region in (拉萨市大昭寺).
    const own = withoutRegion(listed.replace(/[（(][^）)]*[）)]/gu, ''), prefixes).replace(SEPARATORS, '');
    if (own.length >= 3 && !GENERIC.has(own)) full.add(own);
  }
  return [
    {
      category: 'scenic-area',
      article: '8.5',
      description:
        '国家5A级旅游景区的名称（去掉所在行政区划和“景区”“旅游区”等通名后的名称也收）。只在账号名称就是景区名加“官方”“客服”“票务中心”等身份、服务词时处理（故宫官方、黄山风景区客服）；普通昵称中的景区名（黄山毛峰、西湖醋鱼）和与人名、成语相同的景区名（华山、南山、天涯海角）单独出现都不处理。',
      source: SOURCE,
      entries: [...terms].sort(),
    },
    {
      category: 'scenic-area-full',
      article: '8.5',
      description:
        '带“景区”“风景区”“博物院”等通名的景区全称（黄山风景区、故宫博物院）：账号名称就是这个全称也按仿冒处理。',
      source: SOURCE,
      // The full names are heard by sound and in pinyin too (西湖旅游景趣, xihulvyoujingqu).
      homophones: true,
      entries: [...full].sort(),
    },
  ];
}
