/**
 * Compiles the default rule set: data/rules.json (rules, allow-list, limits) + data/lexicons/*.json
 * (curated lexicons with provenance) + two generated lexicons — administrative regions from
 * china-area-data (GB/T 2260 codes) and countries and regions from i18n-iso-countries (ISO 3166-1,
 * Chinese names) — + the lexicons that scripts/*.ts generate from the public lists in
 * data/sources/ (see scripts/index.ts) into one artifact, validated by the engine's schema and compiled
 * once as a check, into src/ruleset.json, with the descriptions and per-entry sources the engine
 * does not read in src/provenance.json (see `Provenance`), its compact form in
 * src/ruleset.compact.json, and the name field's projection in src/ruleset.name.compact.json (see
 * `projectOnField`; the same version, checked to give the vectors' texts the whole's verdicts). Its
 * version is the release plus the first 12 hex digits of its content hash, so any change of content
 * is a new version a server can tell apart.
 *
 *   pnpm --filter @mingzheng/rules-cn compile      (or: node --conditions=source --import tsx compile.ts)
 *   … --check   fails if any of the four files is not what the data compiles to
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import {
  compileRuleSet,
  createEngine,
  learnContextReadings,
  parseRuleSet,
  type RuleSet,
  readInContext,
} from '@mingzheng/precheck';
import { pinyin } from 'pinyin-pro';
import { allowGenerators, generators } from './scripts/index.js';
import { countyShortForm, FUNCTIONAL_AREA, ORDINARY_SHORT_FORMS } from './scripts/region-names.js';
import { decodeRuleSet, encodeRuleSet } from './src/compact.js';

const require = createRequire(import.meta.url);
const here = (path: string) => new URL(path, import.meta.url);
type Lexicon = RuleSet['lexicons'][number];

function readJson<T>(path: URL): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * Provinces (full and short), prefecture-level divisions (full, and short where unambiguous),
 * counties (full); and, as a lexicon of its own that is matched as written only, the counties'
 * short forms of two characters or more that are no ordinary word. Heard by sound, a two-character
 * county name is a common Japanese surname (荒川 for 潢川, 北川) and would make names into organs.
 */
function regionLexicons(): Lexicon[] {
  const version = (require('china-area-data/package.json') as { version: string }).version;
  const data = require('china-area-data') as Record<string, Record<string, string>>;
  const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
  const terms = new Set<string>();
  const countyShorts = new Set<string>();
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
      for (const county of Object.values(data[cityCode] ?? {})) {
        add(county);
        if (FUNCTIONAL_AREA.test(county)) continue;
        const short = countyShortForm(county);
        if (short !== county && short.length >= 2 && !ORDINARY_SHORT_FORMS.has(short)) {
          countyShorts.add(short);
          // An autonomous county or banner is commonly called by its short form and level: 北川县, 长阳县.
          const level = /自治([县旗])$/.exec(county)?.[1];
          if (level) countyShorts.add(`${short}${level}`);
        }
      }
    }
  }
  const source = `china-area-data ${version}（GB/T 2260 中华人民共和国行政区划代码）`;
  return [
    {
      category: 'region',
      homophones: true,
      article: '8.5',
      description:
        '行政区划名称：省级全称和简称，地级全称（地级市、地区另收简称），县级全称。单独出现不处理，只在“行政区划 + 机构后缀 / 官方身份”的组合中使用。',
      source,
      entries: [...terms].sort(),
    },
    {
      category: 'region',
      article: '8.5',
      description:
        '县级行政区划的简称（义乌、海淀、北川县；普通词语如 合作、公安、城关 除外），只按字面匹配。单独出现不处理，只在“行政区划 + 机构后缀 / 官方身份”的组合中使用。',
      source,
      entries: [...countyShorts].filter((short) => !terms.has(short)).sort(),
    },
  ];
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
 * The engine hears a term by the most common reading of each of its characters and, where the term
 * is read otherwise in context (中国银行: yin hang, not yin xing), by its reading in context: the
 * syllables the artifact carries for it, or else what the syllables of its other terms teach for
 * the same pair of characters (match/pinyin.ts, learnContextReadings: 中国银行 teaches 银行 hang for
 * every bank). The artifact carries a term's syllables only where that teaching does not already
 * read it right: a few terms teach the rest (银行, 重庆, 成都 …).
 */
function withContextReadings(lexicons: Lexicon[]): Lexicon[] {
  const options = { toneType: 'none', type: 'array', v: true } as const;
  const single = new Map<string, string>();
  const common = (char: string) => {
    let reading = single.get(char);
    if (reading === undefined) {
      reading = pinyin(char, options)[0] ?? '';
      single.set(char, reading);
    }
    return reading;
  };
  type Heard = { chars: string[]; common: string[]; syllables?: string[] };
  const heardEntry = (lexicon: Lexicon, raw: Lexicon['entries'][number]) => {
    const entry = typeof raw === 'string' ? { term: raw } : raw;
    return (entry.homophones ?? lexicon.homophones) === true && HAN.test(entry.term) && [...entry.term].length >= 2;
  };
  // The terms the data gives syllables, and every other heard term with its reading in context (first
  // reading wins, as in the engine): one read as commonly read must not be read otherwise by a pair
  // another term teaches either (大夫山 dai fu, 士大夫 da fu).
  const given = new Map<string, Heard>();
  const needed = new Map<string, Heard & { syllables: string[] }>();
  for (const lexicon of lexicons)
    for (const raw of lexicon.entries) {
      if (!heardEntry(lexicon, raw)) continue;
      const term = typeof raw === 'string' ? raw : raw.term;
      const chars = [...term];
      const readings = chars.map(common);
      if (typeof raw !== 'string' && raw.pinyin !== undefined) {
        if (!given.has(term)) given.set(term, { chars, common: readings, syllables: raw.pinyin.split(' ') });
        continue;
      }
      const inContext = pinyin(term, options) as string[];
      if (!needed.has(term)) needed.set(term, { chars, common: readings, syllables: inContext });
    }
  for (const term of given.keys()) needed.delete(term);
  // Carried: the terms that what the others teach does not read right, shortest first (a short name
  // teaches its pair to the long ones), until every other term reads right.
  const order = [...needed.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const carried = new Set<string>();
  const readsRight = (learned: Map<string, string | null>, term: string) => {
    const heard = needed.get(term) as Heard & { syllables: string[] };
    return readInContext(heard.chars, heard.common, learned).join(' ') === heard.syllables.join(' ');
  };
  const teach = () =>
    learnContextReadings([...given.values(), ...[...carried].map((term) => needed.get(term) as Heard)]);
  let learned = teach();
  for (let changed = true; changed; ) {
    changed = false;
    for (const term of order) {
      if (carried.has(term) || readsRight(learned, term)) continue;
      carried.add(term);
      learned = teach();
      changed = true;
    }
  }
  return lexicons.map((lexicon) => ({
    ...lexicon,
    entries: lexicon.entries.map((raw) => {
      const term = typeof raw === 'string' ? raw : raw.term;
      if (!carried.has(term) || !heardEntry(lexicon, raw) || (typeof raw !== 'string' && raw.pinyin !== undefined))
        return raw;
      const entry = typeof raw === 'string' ? { term: raw } : raw;
      return { ...entry, pinyin: (needed.get(term) as Heard & { syllables: string[] }).syllables.join(' ') };
    }),
  }));
}

interface RulesFile extends Omit<RuleSet, 'version' | 'lexicons' | 'hash'> {
  release: string;
}

/** SHA-256 of the document without its `version` and `hash`, in the document's key order. */
export function contentHash(ruleSet: RuleSet): string {
  const { version: _version, hash: _hash, ...content } = ruleSet;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * What the engine does not read, kept beside the artifact in src/provenance.json: each lexicon's
 * description and source, the sources of entries that name their own, and the allow entries'
 * notes, in the artifact's order. The browser loads the artifact alone: provenance is ~15% of it
 * gzipped and never changes a verdict.
 */
export interface Provenance {
  /** The artifact's version this provenance belongs to. */
  version: string;
  lexicons: { category: string; description?: string; source?: string; entries?: Record<string, string> }[];
  allow: { terms: string[]; note?: string }[];
}

/** The full document, with provenance, as the data describes it (validated; not versioned). */
function buildDocument(): RuleSet & { release: string } {
  const { release, ...rules } = readJson<RulesFile>(here('./data/rules.json'));
  const lexiconFiles = readdirSync(here('./data/lexicons/'))
    .filter((file) => file.endsWith('.json'))
    .sort();
  const lexicons = withContextReadings([
    ...lexiconFiles.map((file) => readJson<Lexicon>(here(`./data/lexicons/${file}`))),
    ...regionLexicons(),
    countryLexicon(),
    ...generators.flatMap((generate) => generate()),
  ]);
  // Allow entries derived from public lists (scripts/index.ts) follow the curated ones.
  const derived = allowGenerators.flatMap((generate) => generate({ rules: rules.rules, lexicons }));
  const allow = [...(rules.allow ?? []), ...derived];
  return { ...parseRuleSet({ ...rules, ...(allow.length > 0 && { allow }), version: release, lexicons }), release };
}

/** The artifact and its provenance, split from the full document. */
export function build(): { ruleSet: RuleSet; provenance: Provenance; document: RuleSet } {
  const { release, ...document } = buildDocument();
  const lexicons = document.lexicons.map(({ description: _description, source: _source, ...lexicon }) => ({
    ...lexicon,
    entries: lexicon.entries.map((entry) => {
      if (typeof entry === 'string') return entry;
      const { source: _source, ...rest } = entry;
      return Object.keys(rest).length === 1 ? rest.term : rest;
    }),
  }));
  const allow = document.allow?.map(({ note: _note, ...entry }) => entry);
  const draft = parseRuleSet({ ...document, lexicons, ...(allow && { allow }) });
  const hash = contentHash(draft);
  const ruleSet = parseRuleSet({ ...draft, version: `${release}+${hash.slice(0, 12)}`, hash: `sha256-${hash}` });
  const provenance: Provenance = {
    version: ruleSet.version,
    lexicons: document.lexicons.map((lexicon) => {
      const own: Record<string, string> = {};
      for (const entry of lexicon.entries) {
        if (typeof entry !== 'string' && entry.source !== undefined && entry.source !== lexicon.source)
          own[entry.term] = entry.source;
      }
      return {
        category: lexicon.category,
        ...(lexicon.description !== undefined && { description: lexicon.description }),
        ...(lexicon.source !== undefined && { source: lexicon.source }),
        ...(Object.keys(own).length > 0 && { entries: own }),
      };
    }),
    allow: (document.allow ?? []).map((entry) => ({
      terms: entry.terms,
      ...(entry.note !== undefined && { note: entry.note }),
    })),
  };
  return { ruleSet, provenance, document };
}

/** The artifact, as written to src/ruleset.json. */
export function buildRuleSet(): RuleSet {
  return build().ruleSet;
}

/** The artifact's text, exactly as written to src/ruleset.json. */
export const serialize = (ruleSet: RuleSet) => `${JSON.stringify(ruleSet)}\n`;

/**
 * The compact form's text, exactly as written to src/ruleset.compact.json (what the package loads;
 * see src/compact.ts). Throws unless it decodes to the artifact, key order included.
 */
export function serializeCompact(ruleSet: RuleSet): string {
  const compact = encodeRuleSet(ruleSet);
  if (serialize(decodeRuleSet(compact)) !== serialize(ruleSet))
    throw new Error('the compact form does not decode to the artifact');
  return `${JSON.stringify(compact)}\n`;
}

/** Every `text` of the artifact's vectors (test/vectors/*.json). */
export function vectorTexts(): string[] {
  const dir = here('./test/vectors/');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (readJson<{ vectors: { text: string }[] }>(new URL(file, dir)).vectors ?? []).map((vector) => vector.text),
    );
}

/** The text fields a rule may read (the schema's `field`). */
type Field = RuleSet['rules'][number]['fields'][number];

/** Every string a value holds, at any depth: the categories a rule or list may name. */
function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/**
 * The rule set as one field sees it: the rules that read `field`, the allow entries that may apply
 * to it (for it, and suppressing a category those rules read), and the lexicons that those rules, the allow entries, \`names\` and \`contact\` name; `evasion`
 * and `limits` as they are. A dropped lexicon keeps the terms the data gives syllables (they teach
 * the other terms their readings in context, match/pinyin.ts), so every kept term is heard as in
 * the whole. Same `version` and `hash` as the whole: a text in `field` gets the same verdict from
 * either (compile.ts checks it on the artifact's vectors; test/projection.test.ts on thousands of names).
 */
export function projectOnField(ruleSet: RuleSet, field: Field): RuleSet {
  const rules = ruleSet.rules.filter((rule) => rule.fields.includes(field));
  const read = stringsIn([rules.map((rule) => rule.match), ruleSet.names, ruleSet.contact]);
  // An allow entry suppresses hits of its categories: one whose categories no kept rule reads goes.
  const allow = ruleSet.allow?.filter(
    (entry) =>
      (entry.fields === undefined || entry.fields.includes(field)) &&
      (entry.categories === undefined || entry.categories.some((category) => read.has(category))),
  );
  const named = stringsIn(
    (allow ?? []).map(({ terms: _terms, note: _note, ...entry }) => entry),
    read,
  );
  const lexicons = ruleSet.lexicons.flatMap((lexicon) => {
    if (named.has(lexicon.category)) return [lexicon];
    const teachers = lexicon.entries.filter((entry) => typeof entry !== 'string' && entry.pinyin !== undefined);
    return teachers.length > 0 ? [{ ...lexicon, entries: teachers }] : [];
  });
  return parseRuleSet({ ...ruleSet, lexicons, rules, ...(allow && { allow }) });
}

/**
 * Throws unless every text of `texts` gets the same verdict, byte for byte, from the projection
 * on `field` as from the whole.
 */
export async function assertSameVerdicts(
  whole: RuleSet,
  projection: RuleSet,
  field: Field,
  texts: readonly string[],
): Promise<void> {
  const [a, b] = await Promise.all([createEngine(whole), createEngine(projection)]);
  for (const text of texts) {
    const x = JSON.stringify(a.check({ [field]: text }));
    const y = JSON.stringify(b.check({ [field]: text }));
    if (x !== y) throw new Error(`the ${field} projection's verdict on "${text}" differs:\n${y}\nthe whole's:\n${x}`);
  }
}

/** The provenance's text, exactly as written to src/provenance.json (one lexicon a line, for diffs). */
export const serializeProvenance = (provenance: Provenance) =>
  `{"version":${JSON.stringify(provenance.version)},\n"lexicons":[\n${provenance.lexicons
    .map((lexicon) => JSON.stringify(lexicon))
    .join(',\n')}\n],\n"allow":[\n${provenance.allow.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`;

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

/** Terms and gzip bytes per category and article, as a Markdown table (`compile --stats`). */
function statistics(ruleSet: RuleSet): string {
  const rows = new Map<string, { article: string; terms: number; text: string }>();
  for (const lexicon of ruleSet.lexicons) {
    const row = rows.get(lexicon.category) ?? { article: lexicon.article ?? '', terms: 0, text: '' };
    row.terms += lexicon.entries.length;
    row.text += JSON.stringify(lexicon);
    rows.set(lexicon.category, row);
  }
  const sorted = [...rows].sort(
    ([a, x], [b, y]) => x.article.localeCompare(y.article, 'en', { numeric: true }) || a.localeCompare(b),
  );
  const kb = (text: string) => (gzipSync(text, { level: 9 }).length / 1024).toFixed(1);
  return [
    '| article | category | terms | KB gzip (alone) |',
    '|---|---|---:|---:|',
    ...sorted.map(([category, row]) => `| ${row.article} | \`${category}\` | ${row.terms} | ${kb(row.text)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ruleSet, provenance, document } = build();
  assertConsistent(document);
  compileRuleSet(ruleSet);
  const json = serialize(ruleSet);
  const compact = serializeCompact(ruleSet);
  // The name field's projection (what a page with only a name field loads), checked on the texts
  // of the artifact's vectors.
  const nameRuleSet = projectOnField(ruleSet, 'name');
  compileRuleSet(nameRuleSet);
  await assertSameVerdicts(ruleSet, nameRuleSet, 'name', vectorTexts());
  const nameCompact = serializeCompact(nameRuleSet);
  const outputs = [
    [here('./src/ruleset.json'), json],
    [here('./src/ruleset.compact.json'), compact],
    [here('./src/ruleset.name.compact.json'), nameCompact],
    [here('./src/provenance.json'), serializeProvenance(provenance)],
  ] as const;
  for (const [target, text] of outputs) {
    if (process.argv.includes('--check')) {
      if (readFileSync(target, 'utf8') !== text) {
        console.error(
          `src/${target.pathname.split('/').at(-1)} is out of date: run \`pnpm --filter @mingzheng/rules-cn compile\`.`,
        );
        process.exitCode = 1;
      }
    } else {
      writeFileSync(target, text);
    }
  }
  if (process.argv.includes('--stats')) console.log(statistics(ruleSet));
  const terms = ruleSet.lexicons.reduce((sum, lexicon) => sum + lexicon.entries.length, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `${ruleSet.name} ${ruleSet.version}: ${ruleSet.lexicons.length} lexicons, ${terms} terms, ${ruleSet.rules.length} rules; ` +
      `${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json, { level: 9 }).length)} gzip; ` +
      `compact form ${kb(Buffer.byteLength(compact))}, ${kb(gzipSync(compact, { level: 9 }).length)} gzip; ` +
      `name projection (${nameRuleSet.lexicons.length} lexicons, ${nameRuleSet.rules.length} rules) ` +
      `${kb(Buffer.byteLength(nameCompact))}, ${kb(gzipSync(nameCompact, { level: 9 }).length)} gzip`,
  );
}
