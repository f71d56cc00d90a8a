/**
 * Enterprises, brands and platforms that accounts impersonate (Art. 8.2), and their service
 * hotlines, from the lists in data/sources/:
 *
 * - central-enterprises.tsv: the central enterprises — SASAC's 央企名录 and the Ministry of
 *   Finance's list of the enterprises and central financial enterprises it holds for the State
 *   Council — with central-enterprise-short-names.tsv, the short names and Latin names they use;
 * - financial-institutions.tsv: banks, insurers, securities firms, fund managers, trust and
 *   futures companies from the regulators' lists of legal persons;
 * - platforms.tsv: internet platforms and apps, games, payment companies, carriers, express
 *   companies, railways and airlines, with their Latin names, pinyin and acronyms;
 * - service-hotlines.tsv: emergency, government, carrier and company hotlines (with the banks' and
 *   insurers' 955xx numbers of financial-institutions.tsv).
 *
 * A name is a `brand`: the account that is the name alone, or the name with official and account
 * words (京东, 京东客服, 【官方】京东, 微信团队), impersonates it. A name that is also a word, a nickname,
 * a person's name or a short acronym (小米, 苹果, 高德, Apple, JD — ambiguous-brand-names.tsv, and
 * every Latin name of three letters or fewer) is a `brand-word`: only the name with an official or
 * account word counts. Every number is a `service-hotline`.
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const source = (file: string) => new URL(`../data/sources/${file}`, import.meta.url);

/** The rows of a tab-separated list, comments and blank lines left out. */
function rows(file: string): string[][] {
  return readFileSync(source(file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** What a brand lexicon's names mean to the rules. */
const CLAIM = '账号名称就是该名称，或该名称加“官方”“客服”等后缀、账号用语时按冒用处理；名称出现在个人描述中不处理。';
const SASAC = '国务院国资委·央企名录（2025-07-29）';
const MOF = '财政部·财政部履行出资人职责的中央企业名录（2022-10-24）';
const SHORT = '各企业自用的简称和外文名称（企业官网）';
const FINANCE =
  '国家金融监督管理总局《银行业金融机构法人名单》《保险机构法人名单》、中国证监会证券公司和期货公司名录、中国证券投资基金业协会基金管理人名录（截至2023-12）';
const PLATFORMS = '各平台、企业在应用商店和官网使用的名称（人工整理，2026-12）';
const HOTLINES =
  '工业和信息化部电信网码号（紧急特服号、政务服务号码、运营商客服号码）及各单位公布的客服热线（人工整理，2026-12）';

/** A registered name's forms: as listed, and without its bracketed part (华润（集团）有限公司 → 华润有限公司). */
function registeredForms(name: string): string[] {
  const forms = new Set<string>();
  for (const part of name.split(/[[\]]/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    forms.add(trimmed);
    forms.add(trimmed.replace(/（[^）]*）/g, ''));
  }
  return [...forms];
}

function centralEnterprises(): Lexicon[] {
  const shortNames = new Map(rows('central-enterprise-short-names.tsv').map(([name, shorts]) => [name, shorts ?? '']));
  const lists: { key: string; source: string; description: string }[] = [
    {
      key: 'sasac',
      source: SASAC,
      description: '国务院国资委履行出资人职责的中央企业：登记名称及其自用的简称、外文名称。',
    },
    {
      key: 'mof',
      source: MOF,
      description: '国务院授权财政部履行出资人职责的企业和中央金融企业：登记名称及其自用的简称、外文名称。',
    },
  ];
  return lists.map(({ key, source: listSource, description }) => {
    const entries = new Map<string, string>();
    for (const [list, , name] of rows('central-enterprises.tsv')) {
      if (name === undefined || !(list === key || list?.startsWith(`${key}-`))) continue;
      for (const form of registeredForms(name)) {
        entries.set(form, listSource);
        // A group is called by its name without the company form: 中国中车集团有限公司 → 中国中车集团.
        const group = /^(.{4,}集团)(有限公司|有限责任公司)$/u.exec(form)?.[1];
        if (group) entries.set(group, listSource);
      }
      for (const short of (shortNames.get(name) ?? '').split('|')) if (short) entries.set(short, SHORT);
    }
    return {
      category: 'brand',
      article: '8.2',
      description: `${description}${CLAIM}`,
      source: listSource,
      entries: [...entries].map(([term, entrySource]) =>
        entrySource === listSource ? term : { term, source: entrySource },
      ),
    };
  });
}

/** The forms of a financial institution's name: as listed, without a bracketed part, a fund manager without 管理. */
function financialForms(name: string): string[] {
  const forms = new Set([name, name.replace(/（[^）]*）/g, '')]);
  for (const form of [...forms]) {
    const short = form.replace(/(管理)?(股份)?$/, '');
    if (short.length >= 4) forms.add(short);
  }
  return [...forms].filter((form) => form.length >= 4);
}

function financialInstitutions(): Lexicon {
  const terms = new Set<string>();
  for (const [kind, name, registered] of rows('financial-institutions.tsv')) {
    if (kind === undefined || name === undefined) continue;
    for (const form of financialForms(name)) terms.add(form);
    if (registered) for (const form of registeredForms(registered)) terms.add(form);
  }
  return {
    category: 'brand',
    article: '8.2',
    description:
      '银行（国有大型、股份制、城市商业、民营银行）、保险集团和财险、寿险公司、证券公司、基金管理公司、信托公司、期货公司：名录中的名称及登记名称。' +
      CLAIM,
    source: FINANCE,
    entries: [...terms].sort(),
  };
}

const PLATFORM_KINDS: Record<string, string> = {
  platform: '互联网平台和应用（社交、电商、内容、出行、生活服务、金融、招聘、教育、AI）及其运营企业、手机厂商',
  game: '主要网络游戏及游戏公司',
  payment: '支付和清算机构',
  carrier: '基础电信运营商',
  express: '快递物流企业',
  railway: '铁路客运',
  finance: '银行、保险、证券、基金的常用品牌简称',
  airline: '中国民航局颁证的公共航空运输企业（客运、货运）',
};

function platforms(): Lexicon[] {
  const byKind = new Map<string, Set<string>>();
  for (const [kind, names] of rows('platforms.tsv')) {
    if (kind === undefined || names === undefined) continue;
    const terms = byKind.get(kind) ?? new Set<string>();
    for (const name of names.split('|')) if (name) terms.add(name);
    byKind.set(kind, terms);
  }
  return [...byKind].map(([kind, terms]) => ({
    category: 'brand',
    article: '8.2',
    description: `${PLATFORM_KINDS[kind] ?? kind}：中文名称及英文名、拼音、缩写。${CLAIM}`,
    source: PLATFORMS,
    entries: [...terms],
  }));
}

function hotlines(): Lexicon {
  const entries = new Map<string, string>();
  for (const [number] of rows('service-hotlines.tsv')) if (number) entries.set(number, HOTLINES);
  for (const [, , , hotline] of rows('financial-institutions.tsv'))
    if (hotline && !entries.has(hotline)) entries.set(hotline, FINANCE);
  return {
    category: 'service-hotline',
    article: '8.2',
    description:
      '服务热线：紧急特服号（110、119、120、122）、政务服务号码（12345、12315、12306、12366 …）、运营商客服（10086、10010、10000、10099）、银行保险和企业客服（955xx、956xx、11183）。与“客服”“热线”“官方”“电话”连用即冒充该单位的服务渠道；单独的号码是联系方式，由联系方式检测处理。',
    source: HOTLINES,
    entries: [...entries].map(([term, entrySource]) =>
      entrySource === HOTLINES ? term : { term, source: entrySource },
    ),
  };
}

const ambiguous = new Set(rows('ambiguous-brand-names.tsv').map(([name]) => name));

/** Whether a name is also a word, a nickname, a person's name or a short acronym. */
function isAmbiguous(term: string): boolean {
  if (ambiguous.has(term)) return true;
  const letters = term.replace(/[^A-Za-z0-9]/g, '');
  return /^[A-Za-z]/.test(term) && letters.length <= 3;
}

/** A brand lexicon as two: the names that are the brand alone, and the ambiguous ones (`brand-word`). */
function splitAmbiguous(lexicon: Lexicon): Lexicon[] {
  const termOf = (entry: Lexicon['entries'][number]) => (typeof entry === 'string' ? entry : entry.term);
  const words = lexicon.entries.filter((entry) => isAmbiguous(termOf(entry)));
  const names = lexicon.entries.filter((entry) => !isAmbiguous(termOf(entry)));
  const split: Lexicon[] = [];
  // The names are heard by sound and in pinyin too (海南航控, hainanhangkong); the words are not.
  if (names.length > 0) split.push({ ...lexicon, homophones: true, entries: names });
  if (words.length > 0)
    split.push({
      ...lexicon,
      category: 'brand-word',
      description: `${(lexicon.description ?? '').replace(CLAIM, '')}本表的名称同时是普通词语、昵称、人名或短缩写：单独出现不处理，只与“官方”“客服”等后缀或账号用语连用时按冒用处理。`,
      entries: words,
    });
  return split;
}

export function lexicons(): Lexicon[] {
  return [...centralEnterprises(), financialInstitutions(), ...platforms()].flatMap(splitAmbiguous).concat(hotlines());
}
