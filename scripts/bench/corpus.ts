/**
 * The benchmark's lexicon and inputs, built deterministically from the public corpora in
 * ../shared/corpora (see /work/shared/corpora/SOURCES.md):
 *
 * - lexicon: 10,000 terms — every 5th line of idioms-zh.txt (set phrases) plus a few hundred
 *   protected names (national media and organs, and the provincial governments, courts, police …
 *   whose provinces come from divisions-pca.json);
 * - names: a sample of real person names from names-ancient-zh.txt (mostly traditional
 *   characters) and names-japanese.txt;
 * - long names: 20–30 character names made of real names, idioms and ordinary words;
 * - bios: 200–500 characters of ordinary text joined with sampled idioms and names; some carry a
 *   lexicon term, some an evasive spelling of a protected name (spaced out, traditional
 *   characters, homophones, pinyin) that only our engine is built to see.
 *
 * Node only (reads files). The result is plain data, passed as JSON to the browser run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mulberry32 } from '@mingzheng/tooling/random';

export interface BenchData {
  /** The term list every library gets. */
  terms: string[];
  /** How many of `terms` are protected names (the rest are idioms). */
  protectedCount: number;
  /** Our engine's rule-set document for `terms`. */
  ruleSet: RuleSetDocument;
  /**
   * The default rule set as compiled in packages/rules-cn/src/ruleset.json, when it is there: the
   * rule set DESIGN.md's budgets speak of (its own lexicon, not the peers').
   */
  defaultRuleSet?: RuleSetDocument;
  /**
   * The default rule set grown to LARGE_TERM_COUNT terms with generated county and city organ
   * names (see largeRuleSet): DESIGN.md's "ready in ≤ 20 ms with a rule set of 50,000 terms".
   */
  largeRuleSet?: RuleSetDocument;
  names: string[];
  longNames: string[];
  bios: string[];
  /** Names and bios mixed, for throughput: every account has a name, every 2nd a bio. */
  accounts: { name: string; bio?: string }[];
}

// biome-ignore lint/suspicious/noExplicitAny: a JSON document, validated by the engine itself
type RuleSetDocument = Record<string, any>;

export const TERM_COUNT = 10_000;
export const LARGE_TERM_COUNT = 50_000;
const NAMES_PER_CORPUS = 2_000;
const LONG_NAMES = 1_000;
const BIOS = 600;
const ACCOUNTS = 4_000;

const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(process.env.MINGZHENG_SHARED ?? join(REPO_ROOT, '../shared'));
const CORPORA = join(SHARED, 'corpora');
const CORPUS_FILES = ['idioms-zh.txt', 'names-ancient-zh.txt', 'names-japanese.txt', 'divisions-pca.json'];

/** Fails with a message a person can act on when ../shared is not there. */
export function assertCorpora(): void {
  const missing = CORPUS_FILES.filter((file) => !existsSync(join(CORPORA, file)));
  if (missing.length > 0) {
    throw new Error(
      `the shared corpora are not at ${CORPORA} (missing: ${missing.join(', ')}).\n` +
        'They live next to this repository in ../shared/corpora; set MINGZHENG_SHARED to another copy of shared/ if it is elsewhere.',
    );
  }
}

const lines = (file: string) =>
  readFileSync(join(CORPORA, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** A seeded generator, so every run builds the same inputs. */
export const random = mulberry32;

const NATIONAL_MEDIA = [
  '新华社',
  '新华通讯社',
  '人民日报',
  '人民日报社',
  '中央广播电视总台',
  '中央电视台',
  '央视',
  '中央人民广播电台',
  '中国国际广播电台',
  '中国之声',
  '光明日报',
  '经济日报',
  '中国日报',
  '中国新闻社',
  '中新社',
  '求是杂志',
  '解放军报',
  '中国青年报',
  '工人日报',
  '农民日报',
  '法治日报',
  '科技日报',
  '人民网',
  '新华网',
  '央视网',
  '中国网',
  '国际在线',
  '中国新闻网',
  '环球时报',
  '参考消息',
  '北京日报',
  '解放日报',
  '文汇报',
  '南方日报',
  '羊城晚报',
  '新京报',
  '澎湃新闻',
  '上观新闻',
  '封面新闻',
  '红星新闻',
  '界面新闻',
  '第一财经',
  '中国教育报',
  '健康报',
  '人民法院报',
  '检察日报',
  '中国纪检监察报',
  '学习时报',
  '中国妇女报',
  '中国证券报',
  '上海证券报',
  '证券时报',
  '经济参考报',
  '金融时报',
  '人民政协报',
  'CCTV',
  'CGTN',
];

const NATIONAL_ORGANS = [
  '国务院',
  '中华人民共和国国务院',
  '全国人民代表大会',
  '全国人大',
  '全国人民代表大会常务委员会',
  '全国人大常委会',
  '中国人民政治协商会议',
  '全国政协',
  '中央军事委员会',
  '国家监察委员会',
  '最高人民法院',
  '最高人民检察院',
  '外交部',
  '国防部',
  '国家发展和改革委员会',
  '国家发展改革委',
  '教育部',
  '科学技术部',
  '工业和信息化部',
  '工信部',
  '国家民族事务委员会',
  '国家民委',
  '公安部',
  '国家安全部',
  '民政部',
  '司法部',
  '财政部',
  '人力资源和社会保障部',
  '人社部',
  '自然资源部',
  '生态环境部',
  '住房和城乡建设部',
  '住建部',
  '交通运输部',
  '水利部',
  '农业农村部',
  '商务部',
  '文化和旅游部',
  '文旅部',
  '国家卫生健康委员会',
  '国家卫健委',
  '退役军人事务部',
  '应急管理部',
  '中国人民银行',
  '审计署',
  '国务院国有资产监督管理委员会',
  '国资委',
  '海关总署',
  '国家税务总局',
  '国家市场监督管理总局',
  '国家金融监督管理总局',
  '中国证券监督管理委员会',
  '证监会',
  '国家广播电视总局',
  '广电总局',
  '国家体育总局',
  '国家统计局',
  '国家国际发展合作署',
  '国家医疗保障局',
  '国家机关事务管理局',
  '国家知识产权局',
  '国家移民管理局',
  '国家林业和草原局',
  '国家铁路局',
  '中国民用航空局',
  '国家邮政局',
  '国家文物局',
  '国家中医药管理局',
  '国家疾病预防控制局',
  '国家外汇管理局',
  '国家药品监督管理局',
  '国家互联网信息办公室',
  '国家网信办',
  '中央网信办',
  '国家新闻出版署',
  '国家电影局',
  '国务院办公厅',
  '国务院新闻办公室',
  '国新办',
  '国家信访局',
  '国家粮食和物资储备局',
  '国家能源局',
  '国家数据局',
  '国家烟草专卖局',
  '国家消防救援局',
  '中国科学院',
  '中国社会科学院',
  '中国工程院',
  '国务院发展研究中心',
  '中国气象局',
  '国家航天局',
  '国家原子能机构',
  '中国地震局',
];

/** Provincial organs: the four municipalities have a 公安局, the provinces and regions a 公安厅. */
function provincialOrgans(): string[] {
  const provinces = Object.keys(JSON.parse(readFileSync(join(CORPORA, 'divisions-pca.json'), 'utf8')));
  const organs: string[] = [];
  for (const province of provinces) {
    const municipality = province.endsWith('市');
    organs.push(
      `${province}人民政府`,
      `${province}${municipality ? '公安局' : '公安厅'}`,
      `${province}高级人民法院`,
      `${province}人民检察院`,
      `${province}人民代表大会常务委员会`,
      `${province}卫生健康委员会`,
      `${province}市场监督管理局`,
      `${province}发展和改革委员会`,
    );
  }
  return organs;
}

/** Organs every county and city has, as their accounts are named (杭州市公安局, 余杭区市场监督管理局). */
const LOCAL_ORGANS = [
  '人民政府',
  '公安局',
  '人民法院',
  '人民检察院',
  '市场监督管理局',
  '税务局',
  '卫生健康局',
  '教育局',
  '财政局',
  '民政局',
  '司法局',
  '人力资源和社会保障局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '应急管理局',
  '文化和旅游局',
];

/**
 * The default rule set with one more lexicon of generated organ names — every county and city of
 * divisions-pca.json with each of LOCAL_ORGANS, heard by sound like the default's protected names —
 * up to LARGE_TERM_COUNT terms in all, and a block rule for it on name and bio: a rule set of the
 * size a platform with its own lists reaches, with the default's rules, sequences and allow-lists.
 */
function largeRuleSet(defaultRuleSet: RuleSetDocument): RuleSetDocument {
  const divisions = JSON.parse(readFileSync(join(CORPORA, 'divisions-pca.json'), 'utf8')) as Record<
    string,
    Record<string, string[]>
  >;
  const places = Object.values(divisions).flatMap((cities) =>
    Object.entries(cities).flatMap(([city, counties]) => [city, ...counties]),
  );
  const existing = (defaultRuleSet.lexicons as { entries: unknown[] }[]).reduce(
    (sum, lexicon) => sum + lexicon.entries.length,
    0,
  );
  const generated = new Set<string>();
  for (const organ of LOCAL_ORGANS) {
    for (const place of places) {
      if (existing + generated.size >= LARGE_TERM_COUNT) break;
      generated.add(`${place}${organ}`);
    }
  }
  return {
    ...defaultRuleSet,
    name: 'bench-large',
    version: `${String(defaultRuleSet.version)}+bench-${LARGE_TERM_COUNT}`,
    lexicons: [
      ...defaultRuleSet.lexicons,
      {
        category: 'bench-local-organ',
        homophones: true,
        source: 'generated: divisions-pca.json counties and cities × common local organ names',
        entries: [...generated],
      },
    ],
    rules: [
      ...defaultRuleSet.rules,
      {
        id: 'bench-local-organ',
        article: '8.5',
        severity: 'block',
        fields: ['name', 'bio'],
        match: { lexicon: ['bench-local-organ'] },
      },
    ],
  };
}

/** Evasive spellings of protected names, as people write them to slip past a word list. */
const EVASIONS = [
  '新 华 社',
  '新·华·社',
  '人\u200b民\u200b日\u200b报',
  '公 安 部',
  '新華社',
  '人民日報',
  '國務院',
  '中國新聞社',
  '新花社',
  '人民日抱',
  '国务源',
  '公按部',
  'xinhuashe',
  'renmin ribao',
  'ＣＣＴＶ',
  'C.C.T.V',
];

/** Ordinary profile text: what most bios are made of. */
export const ORDINARY = [
  '喜欢摄影和旅行',
  '周末常去爬山',
  '欢迎交流',
  '工作之余读书写字',
  '坐标杭州',
  '热爱生活',
  '分享日常和美食',
  '一只普通的程序员',
  '在读研究生',
  '养了两只猫',
  '偶尔更新',
  '不定期掉落随笔',
  '咖啡爱好者',
  '跑步十年',
  '业余吉他手',
  '小学语文老师',
  '记录孩子成长',
  '这里是我的小角落',
  '谢谢关注',
  '商务合作请私信',
  '喜欢老电影和爵士乐',
  '正在学做饭',
  '家住江南水乡',
  '每天进步一点点',
  '理性讨论，友善交流',
  '看书、听歌、发呆',
  '一个爱笑的人',
  '愿你被世界温柔以待',
  '早睡早起身体好',
  '认真生活',
  'Hello world',
  'vlog 日常',
  '猫奴一枚 🐱',
  '努力搬砖中',
  '写代码也写诗',
  '最近在读《红楼梦》',
  '喜欢下围棋',
  '骑行爱好者',
  '晚上十点后不回消息',
  '所有观点仅代表个人',
];
export const JOINERS = ['，', '。', '；', ' ', '～', '｜', '！', ' · ', '\n', '🌸'];

export function loadBenchData(): BenchData {
  assertCorpora();
  const rng = random(20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

  const idioms = lines('idioms-zh.txt');
  const protectedNames = [...new Set([...NATIONAL_MEDIA, ...NATIONAL_ORGANS, ...provincialOrgans()])];
  const lexiconIdioms: string[] = [];
  const otherIdioms: string[] = [];
  const seen = new Set(protectedNames);
  idioms.forEach((idiom, index) => {
    if (index % 5 === 0 && !seen.has(idiom) && lexiconIdioms.length < TERM_COUNT - protectedNames.length) {
      seen.add(idiom);
      lexiconIdioms.push(idiom);
    } else if (index % 5 !== 0 && !seen.has(idiom)) {
      otherIdioms.push(idiom);
    }
  });
  const terms = [...protectedNames, ...lexiconIdioms];
  if (terms.length !== TERM_COUNT) throw new Error(`expected ${TERM_COUNT} terms, got ${terms.length}`);

  const ancient = lines('names-ancient-zh.txt');
  const japanese = lines('names-japanese.txt');
  const every = (list: string[], count: number) =>
    list.filter((_, index) => index % Math.floor(list.length / count) === 0).slice(0, count);
  const names = [...every(ancient, NAMES_PER_CORPUS), ...every(japanese, NAMES_PER_CORPUS)].filter(
    (name) => [...name].length <= 30,
  );
  // One fixed shuffle, so the two corpora are interleaved.
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }

  const longNames: string[] = [];
  while (longNames.length < LONG_NAMES) {
    const target = 20 + Math.floor(rng() * 11);
    let name = pick(names);
    while ([...name].length < target) {
      const r = rng();
      const part = r < 0.08 ? pick(terms) : r < 0.4 ? pick(otherIdioms) : r < 0.7 ? pick(ORDINARY) : `的${pick(names)}`;
      const joined = (rng() < 0.3 ? pick(['·', ' ', '丨', '_']) : '') + part;
      if ([...name].length + [...joined].length > 30) break;
      name += joined;
    }
    if ([...name].length >= 20) longNames.push(name);
  }

  const bios: string[] = [];
  for (let b = 0; b < BIOS; b++) {
    const target = 200 + Math.floor(rng() * 301);
    // Each part carries the joiner in front of it; the first part's joiner is dropped.
    const parts: [joiner: string, text: string][] = [];
    const add = (text: string) => parts.splice(Math.floor(rng() * (parts.length + 1)), 0, [pick(JOINERS), text]);
    // About a third carry a lexicon term, one in ten an evasive spelling of a protected name.
    if (b % 3 === 0) add(pick(terms));
    if (b % 10 === 1) add(pick(EVASIONS));
    const length = () => parts.reduce((sum, [joiner, text]) => sum + joiner.length + text.length, 0);
    while (length() < target) {
      const r = rng();
      const text =
        r < 0.55
          ? pick(ORDINARY)
          : r < 0.8
            ? pick(otherIdioms)
            : r < 0.9
              ? `我是${pick(names)}`
              : `喜欢${pick(names)}的书`;
      // A joiner is at most 3 code units: the bio stays within the rule set's 500-character limit.
      if (length() + text.length + 3 > 500) break;
      add(text);
    }
    bios.push(parts.map(([joiner, text], i) => (i === 0 ? text : joiner + text)).join(''));
  }

  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => {
    const name = names[i % names.length] as string;
    return i % 2 === 0 ? { name, bio: bios[(i / 2) % bios.length] as string } : { name };
  });

  const lexicon = {
    category: 'bench-blocked',
    description: 'Idioms (every 5th line of idioms-zh.txt) and protected names; homophones only for the names.',
    source: 'wainshine/Chinese-Names-Corpus ChengYu_Corpus; 国务院组织机构; 新闻单位',
    entries: [...protectedNames.map((term) => ({ term, homophones: true })), ...lexiconIdioms],
  };
  const rule = {
    id: 'bench-blocked',
    article: '8.1',
    severity: 'block',
    fields: ['name', 'bio'],
    match: { lexicon: ['bench-blocked'] },
  };
  const ruleSet = {
    name: 'bench',
    version: 'bench-1',
    description: 'Benchmark rule set: one lexicon category, one block rule on name and bio.',
    lexicons: [lexicon],
    rules: [rule],
    limits: { name: 30, bio: 500 },
  };
  const defaultPath = join(REPO_ROOT, 'packages/rules-cn/src/ruleset.json');
  const defaultRuleSet = existsSync(defaultPath)
    ? (JSON.parse(readFileSync(defaultPath, 'utf8')) as RuleSetDocument)
    : undefined;

  return {
    terms,
    protectedCount: protectedNames.length,
    ruleSet,
    ...(defaultRuleSet && { defaultRuleSet, largeRuleSet: largeRuleSet(defaultRuleSet) }),
    names,
    longNames,
    bios,
    accounts,
  };
}
