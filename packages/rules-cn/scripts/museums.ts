/**
 * The national first-class museums (国家一级博物馆, data/sources/first-class-museums.tsv: the five
 * batches of the National Cultural Heritage Administration and the Chinese Museums Association, 327
 * museums as of 2024-05) as places an account may not pose as (Art. 8.5): the museum's name is the
 * account's identity only as the whole name, or with official, service or department words
 * (`museum`, see rules.json: 山西博物院, 首都博物馆官方, 湖北省博物馆票务中心); a person describing
 * their visit or their work (湖北省博物馆讲解员小王, 去首都博物馆) passes.
 *
 * Museums not on the list are known by their pattern: a region and 博物馆 or 博物院 as the whole name
 * (`museum-form`, rule `region-museum`: 太原市博物馆, 成都博物院). Listed museums named so, and those
 * another lexicon of 8.5 holds (memorial sites, landmarks, 5A scenic areas), are not listed again.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lexicon } from './index.js';
import { lexicons as scenicAreas } from './scenic-areas.js';

const require = createRequire(import.meta.url);

const SOURCE =
  '国家文物局、中国博物馆协会 国家一级博物馆名单（第一批2008-05-16、第二批2012-11-15、第三批2017-01-20、第四批2020-12-21、第五批2024-05-08，共327家）';

export function readMuseums(): { province: string; district: string; name: string }[] {
  const text = readFileSync(new URL('../data/sources/first-class-museums.tsv', import.meta.url), 'utf8');
  const rows: { province: string; district: string; name: string }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [province, district, name] = line.split('\t');
    if (province && name) rows.push({ province, district: district ?? '', name: name.trim() });
  }
  return rows;
}

/** The endings of `museum-form` (data/lexicons/museum-form.json). */
const FORM = /(?:博物总馆|博物馆|博物院|文博院)$/u;

/**
 * The region names the rule set's `region` lexicon holds (compile.ts): provinces, full and short;
 * prefectures, full, and short where they end in 市 or 地区; counties, full.
 */
function regionNames(): Set<string> {
  const data = require('china-area-data') as Record<string, Record<string, string>>;
  const names = new Set<string>();
  const short = (name: string, suffixes: RegExp) => {
    const stem = name.replace(suffixes, '');
    if (stem.length >= 2) names.add(stem);
  };
  for (const [code, province] of Object.entries(data['86'] ?? {})) {
    names.add(province);
    short(province, /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/u);
    for (const [cityCode, city] of Object.entries(data[code] ?? {})) {
      names.add(city);
      short(city, /(?:地区|市)$/u);
      for (const county of Object.values(data[cityCode] ?? {})) names.add(county);
    }
  }
  return names;
}

/**
 * The listed names, but those that are a region and 博物馆 or 博物院 and nothing else (天津博物馆,
 * 湖北省博物馆, 太原市博物馆): the rule `region-museum` knows them by their pattern.
 */
/** Names another lexicon of 8.5 already holds as a place (memorial sites, landmarks, 5A scenic areas by full name). */
function placesListed(): Set<string> {
  const listed = new Set<string>();
  for (const file of ['memorial-site.json', 'landmark.json']) {
    const lexicon = JSON.parse(readFileSync(new URL(`../data/lexicons/${file}`, import.meta.url), 'utf8')) as {
      entries: (string | { term: string })[];
    };
    for (const entry of lexicon.entries) listed.add(typeof entry === 'string' ? entry : entry.term);
  }
  for (const lexicon of scenicAreas())
    if (lexicon.category === 'scenic-area-full')
      for (const entry of lexicon.entries) listed.add(typeof entry === 'string' ? entry : entry.term);
  return listed;
}

export function lexicons(): Lexicon[] {
  const regions = regionNames();
  const listed = placesListed();
  const byPattern = (name: string) => FORM.test(name) && regions.has(name.replace(FORM, ''));
  const names = new Set(
    readMuseums()
      .map(({ name }) => name)
      .filter((name) => !byPattern(name) && !listed.has(name)),
  );
  return [
    {
      category: 'museum',
      article: '8.5',
      homophones: true,
      description:
        '国家一级博物馆的名称（故宫博物院、山西博物院、首都博物馆）：账号名称就是博物馆名称，或再加“官方”“票务中心”等身份、服务词，即冒用这一重要场所的名称；“湖北省博物馆讲解员小王”之类的个人描述不处理。',
      source: SOURCE,
      entries: [...names].sort(),
    },
  ];
}
