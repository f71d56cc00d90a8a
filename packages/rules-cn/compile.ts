/**
 * Compiles the default rule set: data/rules.json (rules, allow-list, limits) + data/lexicons/*.json
 * (curated lexicons with provenance) + two generated lexicons — administrative regions from
 * china-area-data (GB/T 2260 codes) and countries and regions from i18n-iso-countries (ISO 3166-1,
 * Chinese names) — + the lexicons that scripts/*.ts generate from the public lists in
 * data/sources/ (see scripts/index.ts) into one artifact, validated by the engine's schema and compiled
 * once as a check, into src/ruleset.json. Its version is the release plus the first 12 hex digits of its content hash, so
 * any change of content is a new version a server can tell apart.
 *
 *   pnpm --filter @mingzheng/rules-cn compile      (or: node --conditions=source --import tsx compile.ts)
 *   … --check   fails if ruleset.json is not what the data compiles to
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { compileRuleSet, parseRuleSet, type RuleSet } from '@mingzheng/precheck';
import { pinyin } from 'pinyin-pro';
import { generators } from './scripts/index.js';

const require = createRequire(import.meta.url);
const here = (path: string) => new URL(path, import.meta.url);
type Lexicon = RuleSet['lexicons'][number];

function readJson<T>(path: URL): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Provinces (full and short), prefecture-level divisions (full, and short where unambiguous), counties (full). */
function regionLexicon(): Lexicon {
  const version = (require('china-area-data/package.json') as { version: string }).version;
  const data = require('china-area-data') as Record<string, Record<string, string>>;
  const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
  const terms = new Set<string>();
  const add = (name: string) => {
    if (name.length >= 2 && !placeholders.has(name)) terms.add(name);
  };
  const shorten = (name: string, suffixes: string[]) => {
    for (const suffix of suffixes) if (name.endsWith(suffix)) return name.slice(0, -suffix.length);
    return name;
  };
  const provinces = data['86'] ?? {};
  for (const [code, province] of Object.entries(provinces)) {
    add(province);
    add(shorten(province, ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市']));
    for (const [cityCode, city] of Object.entries(data[code] ?? {})) {
      add(city);
      // 自治州 and 盟 keep their full names: their short forms are not uniform.
      if (city.endsWith('市') || city.endsWith('地区')) add(shorten(city, ['地区', '市']));
      for (const county of Object.values(data[cityCode] ?? {})) add(county);
    }
  }
  return {
    category: 'region',
    homophones: true,
    article: '8.5',
    description:
      '行政区划名称：省级全称和简称，地级全称（地级市、地区另收简称），县级全称。单独出现不处理，只在“行政区划 + 机构后缀 / 官方身份”的组合中使用。',
    source: `china-area-data ${version}（GB/T 2260 中华人民共和国行政区划代码）`,
    entries: [...terms].sort(),
  };
}

/** Countries and regions by their Chinese names (ISO 3166-1). */
function countryLexicon(): Lexicon {
  const version = (require('i18n-iso-countries/package.json') as { version: string }).version;
  const zh = require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> };
  const terms = new Set<string>();
  for (const names of Object.values(zh.countries))
    for (const name of [names].flat()) if (name.length >= 2) terms.add(name);
  return {
    category: 'country',
    homophones: true,
    article: '8.3',
    description: '国家和地区的中文名称。单独出现不处理，只在“国家（地区）+ 政府 / 使领馆等机构后缀”的组合中使用。',
    source: `i18n-iso-countries ${version}（ISO 3166-1 中文名称）`,
    entries: [...terms].sort(),
  };
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * The engine hears a term by the most common reading of each of its characters. Where the term is
 * read otherwise in context (中国银行: yin hang, not yin xing), the artifact carries its syllables.
 */
function withContextReadings(lexicon: Lexicon): Lexicon {
  const entries = lexicon.entries.map((raw) => {
    const entry = typeof raw === 'string' ? { term: raw } : raw;
    if (!(entry.homophones ?? lexicon.homophones) || !HAN.test(entry.term) || [...entry.term].length < 2) return raw;
    const options = { toneType: 'none', type: 'array', v: true } as const;
    const inContext = pinyin(entry.term, options).join(' ');
    const charByChar = [...entry.term].map((char) => pinyin(char, options)[0] ?? '').join(' ');
    return inContext === charByChar ? raw : { ...entry, pinyin: inContext };
  });
  return { ...lexicon, entries };
}

interface RulesFile extends Omit<RuleSet, 'version' | 'lexicons' | 'hash'> {
  release: string;
}

/** SHA-256 of the document without its `version` and `hash`, in the document's key order. */
export function contentHash(ruleSet: RuleSet): string {
  const { version: _version, hash: _hash, ...content } = ruleSet;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function buildRuleSet(): RuleSet {
  const { release, ...rules } = readJson<RulesFile>(here('./data/rules.json'));
  const lexiconFiles = readdirSync(here('./data/lexicons/'))
    .filter((file) => file.endsWith('.json'))
    .sort();
  const lexicons = [
    ...lexiconFiles.map((file) => withContextReadings(readJson<Lexicon>(here(`./data/lexicons/${file}`)))),
    withContextReadings(regionLexicon()),
    withContextReadings(countryLexicon()),
    ...generators.flatMap((generate) => generate().map(withContextReadings)),
  ];
  const draft = parseRuleSet({ ...rules, version: release, lexicons });
  const hash = contentHash(draft);
  return parseRuleSet({ ...draft, version: `${release}+${hash.slice(0, 12)}`, hash: `sha256-${hash}` });
}

/** The artifact's text, exactly as written to src/ruleset.json. */
export const serialize = (ruleSet: RuleSet) => `${JSON.stringify(ruleSet)}\n`;

/** Every category a rule names must exist, and every lexicon entry must carry an article and a source. */
function assertConsistent(ruleSet: RuleSet): void {
  const categories = new Set(ruleSet.lexicons.map((lexicon) => lexicon.category));
  for (const rule of ruleSet.rules) {
    const used = 'lexicon' in rule.match ? rule.match.lexicon : 'sequence' in rule.match ? rule.match.sequence : [];
    for (const category of used) {
      if (!categories.has(category)) throw new Error(`rule ${rule.id} names unknown category "${category}"`);
    }
  }
  for (const lexicon of ruleSet.lexicons) {
    for (const entry of lexicon.entries) {
      const source = typeof entry === 'string' ? lexicon.source : (entry.source ?? lexicon.source);
      if (!source) throw new Error(`${lexicon.category}: "${JSON.stringify(entry)}" has no source`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ruleSet = buildRuleSet();
  assertConsistent(ruleSet);
  compileRuleSet(ruleSet);
  const json = serialize(ruleSet);
  const target = here('./src/ruleset.json');
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== json) {
      console.error('src/ruleset.json is out of date: run `pnpm --filter @mingzheng/rules-cn compile`.');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, json);
  }
  const terms = ruleSet.lexicons.reduce((sum, lexicon) => sum + lexicon.entries.length, 0);
  const gzip = gzipSync(json, { level: 9 }).length;
  console.log(
    `${ruleSet.name} ${ruleSet.version}: ${ruleSet.lexicons.length} lexicons, ${terms} terms, ${ruleSet.rules.length} rules; ` +
      `${(json.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`,
  );
}
