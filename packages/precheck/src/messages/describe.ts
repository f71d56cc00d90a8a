/**
 * How findings are worded, in zh-CN (the default), zh-TW and en — the one catalog of the product:
 * the components show these sentences under a field, the server's HTTP answers and the `mingzheng`
 * command line write them, so a compliance team reads what the user read.
 *
 * A message says what is wrong, why (the article) and what to do — each once. The user's own
 * characters are quoted for the match; the protected term is named only when it differs from them,
 * in the locale's script (zh-TW converts the rule set's simplified terms once `loadTraditional()`
 * has loaded the converter). A finding comes in two lengths: `full` and `short` (one line, which
 * the components use for all but the first of a field's findings). An evasion finding (Art. 8.6)
 * on the span of the finding it disguises is worded into that finding instead of standing alone.
 * The result is text, never HTML.
 *
 * This module holds the wording logic and the zh-CN catalog; zh-TW (`zh-TW.ts`) and en (`en.ts`)
 * are modules of their own, so that a page loads only the locales it shows
 * (`@mingzheng/precheck/messages`), while the package's index (`catalog.ts`) words every locale
 * synchronously, as the server and the command line do.
 */
import { loadTraditional as loadConverter } from '../dictionaries.js';
import type { Finding, MessageRef, Via } from '../types.js';
import { LOCALES, type Locale, resolveLocale } from './locale.js';
import { PROFESSION_DOMAINS, PROFESSION_LABELS } from './professions.js';
import { citeArticle, citeFull, citeShort } from './regulation.js';

export { citeArticle, LOCALES, type Locale, resolveLocale };

/** How long a message is: `full` says what, why and what to do; `short` is one line. */
export type MessageForm = 'full' | 'short';

export interface DescribeOptions {
  /** `full` (the default) or `short`. */
  form?: MessageForm;
  /** The Art. 8.6 evasion finding on the same span: worded into this finding's message. */
  evasion?: Finding;
  /**
   * Simplified → traditional for the terms a zh-TW message names; `undefined` leaves a term as
   * the rule set writes it. By default, the converter `loadTraditional()` has loaded, if it has.
   */
  traditional?: (text: string) => string | undefined;
}

export interface Article {
  /** What the match is: 新闻媒体的名称, a mobile number. */
  noun: string;
  /** Why it is not allowed, joined to the noun. */
  ban: string;
  /** What to do. */
  todo: string;
  /** What to do, in the one-line form. */
  todoShort: string;
}

export interface Catalog {
  quote: (text: string) => string;
  articles: Readonly<Record<string, Article>>;
  /** How the evasion wrote the term, by channel. */
  via: Readonly<Partial<Record<Via, string>>>;
  is: (match: string, noun: string) => string;
  /** A contact detail is recognised by its shape: it looks like one. */
  looksLike: (match: string, noun: string) => string;
  contains: (match: string, noun: string, term: string) => string;
  reads: (match: string, noun: string, term: string) => string;
  disguised: (match: string, noun: string, term: string, via: string) => string;
  sentence: (what: string, ban: string, cite: string, todo: string) => string;
  short: (what: string, cite: string, todo: string) => string;
  strict: (match: string, term: string | undefined, cite: string, short: boolean) => string;
  profession: (match: string, label: string, cite: string, short: boolean) => string;
  entity: (entity: string, cite: string, short: boolean) => string;
  closed: (match: string, cite: string, short: boolean) => string;
  closedSimilar: (match: string, cite: string, short: boolean) => string;
  bidi: (match: string, term: string, cite: string, short: boolean) => string;
  length: (limit: string) => string;
  engineError: string;
  /**
   * Findings without a sentence of their own above, as templates with `{match}`, `{term}` and
   * `{cite}` (the article with the title); `fallback` words a key no catalog knows.
   */
  templates: Readonly<Record<string, string>>;
}

/** The catalogs at hand, by locale; a locale missing is worded in zh-CN. */
export type Catalogs = Readonly<Partial<Record<Locale, Catalog>>>;

const zhCNArticles: Record<string, Article> = {
  '8.1': { noun: '违法或不良信息', ban: '账号信息中不能出现', todo: '请删除这部分内容。', todoShort: '请删除。' },
  '8.2': {
    noun: '党政机关、企事业单位或人民团体的名称',
    ban: '不能用来冒充该机构',
    todo: '请换一个名称；如果你代表该机构，请先完成机构认证。',
    todoShort: '请换一个名称。',
  },
  '8.3': {
    noun: '国家、地区或国际组织的名称',
    ban: '不能用来冒充',
    todo: '请换一个名称。',
    todoShort: '请换一个名称。',
  },
  '8.4': {
    noun: '新闻媒体的名称',
    ban: '不能用来冒充新闻媒体',
    todo: '请换一个名称；如果你是新闻单位，请先完成认证。',
    todoShort: '请换一个名称。',
  },
  '8.5': { noun: '重要地理名称', ban: '不能用来冒充或恶意关联', todo: '请删除或换一种说法。', todoShort: '请删除。' },
  '8.6': { noun: '引导联系的说法', ban: '账号信息中不能留联系方式或引流', todo: '请删除。', todoShort: '请删除。' },
  '8.7': { noun: '夸大、名不副实的说法', ban: '账号信息中不能使用', todo: '请删除。', todoShort: '请删除。' },
  'contact.phone': { noun: '手机号码', ban: '账号信息中不能留联系方式', todo: '请删除。', todoShort: '请删除。' },
  'contact.qq': { noun: 'QQ 号', ban: '账号信息中不能留联系方式', todo: '请删除。', todoShort: '请删除。' },
  'contact.wechat': { noun: '微信号', ban: '账号信息中不能留联系方式', todo: '请删除。', todoShort: '请删除。' },
  'contact.account': {
    noun: '其他平台的账号',
    ban: '账号信息中不能留联系方式',
    todo: '请删除。',
    todoShort: '请删除。',
  },
  'contact.url': { noun: '网址', ban: '账号信息中不能留网址', todo: '请删除。', todoShort: '请删除。' },
  'contact.email': { noun: '邮箱地址', ban: '账号信息中不能留联系方式', todo: '请删除。', todoShort: '请删除。' },
  evasion: { noun: '', ban: '变形书写也不能绕过审核', todo: '请换一个名称。', todoShort: '请换一个名称。' },
};

export const zhSentence = (what: string, ban: string, cite: string, todo: string) =>
  `${what}，${ban}（${cite}）。${todo}`;
export const zhShort = (what: string, cite: string, todo: string) => `${what}（${cite}）。${todo}`;

export const zhCN: Catalog = {
  quote: (text) => `「${text}」`,
  articles: zhCNArticles,
  via: {
    pinyin: '的拼音写法',
    homophone: '的谐音写法',
    separator: '的拆分写法',
    confusable: '的形近字写法',
    numeral: '的数字写法',
    invisible: '夹带隐形字符的写法',
    compatibility: '的变体字写法',
    bidi: '经方向控制符重排的写法',
  },
  is: (m, noun) => `${m}是${noun}`,
  looksLike: (m, noun) => `${m}像是${noun}`,
  contains: (m, noun, t) => `${m}含有${noun}${t}`,
  reads: (m, noun, t) => `${m}即${noun}${t}`,
  disguised: (m, noun, t, via) => `${m}是${noun}${t}${via}`,
  sentence: zhSentence,
  short: zhShort,
  strict: (m, t, cite, short) =>
    short
      ? `含${m}${t ? `（${t}）` : ''}的名称需从严核验（${cite}）。`
      : `含${m}${t ? `（即${t}）` : ''}的账号名称需要从严核验（${cite}）。可以提交，平台会人工审核。`,
  profession: (m, label, cite, short) =>
    short
      ? `${m}表明${label}专业身份，需提交资质（${cite}）。`
      : `${m}表明你有${label}方面的专业身份（${cite}）。请提交相关资质；审核通过后，账号会显示「${label}」标识。`,
  entity: (entity, cite, short) =>
    short
      ? `名称应与主体名称「${entity}」一致（${cite}）。`
      : `机构账号的名称要与主体名称「${entity}」一致（${cite}）。请使用主体名称或其规范简称。`,
  closed: (m, cite, short) =>
    short
      ? `${m}是已关闭账号的名称（${cite}）。`
      : `${m}是已依法依约关闭的账号名称，不能再注册（${cite}）。请换一个名称。`,
  closedSimilar: (m, cite, short) =>
    short
      ? `${m}与已关闭账号的名称相近（${cite}）。`
      : `${m}与已关闭账号的名称相近，平台需要核验注册主体（${cite}）。可以提交，平台会人工审核。`,
  bidi: (m, t, cite, short) =>
    short
      ? `${m}经方向控制符显示为${t}（${cite}）。`
      : `${m}借助方向控制符在屏幕上显示为${t}（${cite}）。请删除方向控制符，换一个名称。`,
  length: (limit) => `太长了：最多 ${limit} 个字符。请删减。`,
  engineError: '暂时无法完成预检。可以提交，平台会再审核。',
  templates: {
    'contact.lure': '「{match}」在引导他人通过其他渠道联系（{cite}）。账号信息中不能留联系方式或引流，请删除。',
    'contact.id':
      '「{match}」与招揽用语同在，看起来是其他渠道的账号（{cite}）。账号信息中不能留联系方式或引流，请删除。',
    'contact.code': '「{match}」与招揽用语同在，是联系方式的暗语（{cite}）。账号信息中不能留联系方式或引流，请删除。',
    'image.symbol.national-flag': '图片中含有国旗图案（{cite}），按规定需从严核验。可以提交，平台将人工审核。',
    'image.symbol.party-flag': '图片中含有党旗或党徽图案（{cite}），按规定需从严核验。可以提交，平台将人工审核。',
    fallback: '「{match}」不符合账号信息管理规定（{cite}）。请修改。',
  },
};

const EVASION_VIAS: readonly Via[] = [
  'pinyin',
  'homophone',
  'separator',
  'confusable',
  'numeral',
  'invisible',
  'compatibility',
  'bidi',
];

let converter: ((text: string) => string) | undefined;

/**
 * Loads simplified → traditional (Taiwan forms) once: from then on, zh-TW messages name the rule
 * set's terms in traditional characters (新华社 → 新華社). Loaded only when asked for: a page or a
 * server that never words a zh-TW message never pays for it.
 */
export function loadTraditional(): Promise<(text: string) => string> {
  return loadConverter().then((loaded) => {
    converter = loaded;
    return loaded;
  });
}

const toLocale = (locale: Locale | string): Locale =>
  LOCALES.includes(locale as Locale) ? (locale as Locale) : resolveLocale(locale);

/** A profession label of the rule set (zh-CN) in `locale`: the domain's own label when it is one of ours. */
function professionIn(label: string, locale: Locale, inScript: (text: string) => string): string {
  const domain = PROFESSION_DOMAINS.find((candidate) => PROFESSION_LABELS['zh-CN'][candidate] === label);
  return domain ? PROFESSION_LABELS[locale][domain] : inScript(label);
}

function viaOf(finding: Finding | undefined): Via | undefined {
  if (!finding) return undefined;
  const channels = finding.message.params.via?.split(',') ?? finding.via;
  return EVASION_VIAS.find((channel) => channels.includes(channel));
}

/**
 * One finding (with the evasion that disguised it) in `locale` (a catalog name or any BCP 47 tag):
 * `full` says what is wrong, why and what to do; `short` is one line.
 */
export function describeIn(
  catalogs: Catalogs,
  finding: Finding,
  locale: Locale | string = 'zh-CN',
  options: DescribeOptions = {},
): string {
  const asked = toLocale(locale);
  // A locale not loaded (yet) is worded in the default one.
  const resolved: Locale = catalogs[asked] ? asked : 'zh-CN';
  const catalog = catalogs[resolved] ?? zhCN;
  const { form = 'full', evasion } = options;
  const short = form === 'short';
  const inScript = (text: string): string => {
    if (resolved !== 'zh-TW' || text === '') return text;
    return (options.traditional ? options.traditional(text) : converter?.(text)) ?? text;
  };
  const articles = evasion ? [finding.article, evasion.article] : [finding.article];
  const cite = short || resolved === 'en' ? citeShort(articles, resolved) : citeFull(articles, resolved);
  const { key, params } = finding.message;
  const shown = params.match ?? finding.match;
  const match = catalog.quote(shown);
  const rawTerm = params.term ?? '';
  // The term in the locale's script, converted only when the message names it apart from the match.
  const term = rawTerm === '' || rawTerm === shown ? rawTerm : inScript(rawTerm);
  const sameAsMatch = term === '' || term === shown || rawTerm === shown;
  switch (key) {
    case 'article.10.2':
      return catalog.strict(match, sameAsMatch ? undefined : catalog.quote(term), cite, short);
    case 'article.11':
      return catalog.profession(match, professionIn(params.label ?? '', resolved, inScript), cite, short);
    case 'article.7.2':
      return catalog.entity(params.entity ?? '', cite, short);
    case 'closed-account':
      return catalog.closed(match, cite, short);
    case 'closed-account-similar':
      return catalog.closedSimilar(match, cite, short);
    case 'evasion.bidi':
      return catalog.bidi(match, catalog.quote(term), cite, short);
    case 'length':
      return catalog.length(params.limit ?? '');
    case 'engine-error':
      return catalog.engineError;
  }
  const article = key === 'evasion' ? catalog.articles.evasion : catalog.articles[key.replace(/^article\./, '')];
  if (!article) {
    const template = catalog.templates[key] ?? catalog.templates.fallback ?? '';
    const values: Record<string, string> = {
      ...params,
      match: shown,
      term,
      cite: citeArticle(finding.article, resolved),
    };
    return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  }
  const via = viaOf(evasion ?? (key === 'evasion' ? finding : undefined));
  let what: string;
  if (key === 'evasion') {
    what = catalog.disguised(match, '', catalog.quote(term), via ? (catalog.via[via] ?? '') : '');
  } else if (key.startsWith('contact.')) {
    what = catalog.looksLike(match, article.noun);
  } else if (sameAsMatch) {
    what = catalog.is(match, article.noun);
  } else if (via) {
    what = catalog.disguised(match, article.noun, catalog.quote(term), catalog.via[via] ?? '');
  } else if (shown.includes(term) || shown.includes(rawTerm)) {
    what = catalog.contains(match, article.noun, catalog.quote(term));
  } else {
    what = catalog.reads(match, article.noun, catalog.quote(term));
  }
  return short ? catalog.short(what, cite, article.todoShort) : catalog.sentence(what, article.ban, cite, article.todo);
}

/**
 * The message of a finding known only by its message and article (a finding kept without the
 * rest, an audit record): `describeFinding` in full, the match taken from the message.
 */
export function formatIn(
  catalogs: Catalogs,
  message: MessageRef,
  article: string,
  locale: Locale | string = 'zh-CN',
): string {
  const match = message.params.match ?? '';
  const via = (message.params.via?.split(',') ?? []) as Via[];
  return describeIn(
    catalogs,
    { rule: '', article, severity: 'block', field: 'name', start: 0, end: match.length, match, via, message },
    locale,
  );
}

/** One message of a verdict: the findings it words (indexes into `findings`) and its text. */
export interface FindingMessage {
  /** The field of its findings. */
  field: string;
  /** Indexes into the verdict's findings: a finding, with the evasion finding that disguised it. */
  findings: number[];
  text: string;
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { block: 0, review: 1 };
const rank = (finding: Finding) => SEVERITY_RANK[finding.severity] ?? 2;

/**
 * A verdict's findings as messages, in the findings' order, every finding in exactly one: an
 * evasion finding (Art. 8.6) is worded into the strongest finding on the same span of the same
 * field, as the components word it; every other finding has a message of its own.
 */
export function describeFindingsIn(
  catalogs: Catalogs,
  findings: readonly Finding[],
  locale: Locale | string = 'zh-CN',
  options: Omit<DescribeOptions, 'evasion'> = {},
): FindingMessage[] {
  const disguises = new Map<number, number>();
  findings.forEach((finding, index) => {
    if (finding.rule !== 'evasion') return;
    let best: number | undefined;
    findings.forEach((other, at) => {
      if (other.rule === 'evasion' || disguises.has(at)) return;
      if (other.field !== finding.field || other.start !== finding.start || other.end !== finding.end) return;
      if (best === undefined || rank(other) < rank(findings[best] as Finding)) best = at;
    });
    if (best !== undefined) disguises.set(best, index);
  });
  const folded = new Set(disguises.values());
  const messages: FindingMessage[] = [];
  findings.forEach((finding, index) => {
    if (folded.has(index)) return;
    const evasionIndex = disguises.get(index);
    const evasion = evasionIndex === undefined ? undefined : findings[evasionIndex];
    messages.push({
      field: finding.field,
      findings: evasionIndex === undefined ? [index] : [index, evasionIndex],
      text: describeIn(catalogs, finding, locale, { ...options, ...(evasion && { evasion }) }),
    });
  });
  return messages;
}
