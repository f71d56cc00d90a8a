/**
 * Messages for findings in zh-CN (the default), zh-TW and en. Each names what matched, cites the
 * article of the Provisions and says how to fix it. Templates are plain text with `{param}`
 * placeholders; the result is text, never HTML.
 */
import type { MessageRef } from '../types.js';

import { LOCALES, type Locale, resolveLocale } from './locale.js';

export { LOCALES, type Locale, resolveLocale };

type Catalog = Readonly<Record<string, string>>;

const zhCN: Catalog = {
  'article.8.1': '「{match}」含有违法或不良信息（{cite}）。请删除这部分内容。',
  'article.8.2':
    '「{match}」可能假冒、仿冒党政军机关、企事业单位或人民团体的名称「{term}」（{cite}）。请换一个名称；如确为该机构，请先完成机构认证。',
  'article.8.3': '「{match}」可能假冒国家（地区）或国际组织的名称「{term}」（{cite}）。请换一个名称。',
  'article.8.4':
    '「{match}」可能假冒新闻媒体，或擅自使用具有新闻属性的名称「{term}」（{cite}）。请删除「{term}」；如确为新闻单位，请先完成认证。',
  'article.8.5': '「{match}」可能假冒或恶意关联重要地理名称「{term}」（{cite}）。请删除或改换说法。',
  'article.8.6': '「{match}」夹带了联系方式（{cite}）。账号信息中不能留联系方式，请删除。',
  'article.8.7': '「{match}」含有名不副实、夸大其词的表述（{cite}）。请删除「{term}」这类说法。',
  'article.10.2': '「{match}」含有「{term}」，按规定需从严核验（{cite}）。可以提交，平台将人工审核。',
  'article.11':
    '「{match}」表明「{label}」领域的专业身份（{cite}）。请提交相关资质，审核通过后账号将加注「{label}」标识。',
  'article.7.2': '机构账号的名称应与主体名称「{entity}」一致（{cite}）。请使用主体名称或其简称。',
  'contact.phone': '「{match}」看起来是手机号码（{cite}）。账号信息中不能留联系方式，请删除。',
  'contact.qq': '「{match}」看起来是 QQ 号（{cite}）。账号信息中不能留联系方式，请删除。',
  'contact.wechat': '「{match}」看起来是微信号（{cite}）。账号信息中不能留联系方式，请删除。',
  'contact.account': '「{match}」看起来是其他平台的账号（{cite}）。账号信息中不能留联系方式，请删除。',
  'contact.lure': '「{match}」在引导他人通过其他渠道联系（{cite}）。账号信息中不能留联系方式或引流，请删除。',
  'contact.id':
    '「{match}」与招揽用语同在，看起来是在为其他渠道的账号引流（{cite}）。账号信息中不能留联系方式或引流，请删除。',
  'contact.code': '「{match}」与招揽用语同在，是联系方式的暗语（{cite}）。账号信息中不能留联系方式或引流，请删除。',
  'contact.url': '「{match}」看起来是网址（{cite}）。账号信息中不能夹带网址，请删除。',
  'contact.email': '「{match}」看起来是邮箱地址（{cite}）。账号信息中不能夹带邮箱，请删除。',
  evasion: '「{match}」用谐音、拆分或变形字符写出了「{term}」（{cite}）。请换一个名称，不要变形书写。',
  'evasion.bidi':
    '「{match}」借助文字方向控制符或从右向左的字符，在屏幕上显示为「{term}」（{cite}）。请删除方向控制符，换一个名称。',
  length: '超出长度上限：最多 {limit} 个字符。请删减。',
  'closed-account': '「{match}」是已依法依约关闭的账号名称（{cite}），不能再次注册。请换一个名称。',
  'closed-account-similar': '「{match}」与已关闭的账号名称相近（{cite}），需要核验注册主体。可以提交，平台将人工审核。',
  'engine-error': '暂时无法完成预检。可以提交，平台会再审核。',
  'image.symbol.national-flag': '图片中含有国旗图案（{cite}），按规定需从严核验。可以提交，平台将人工审核。',
  'image.symbol.party-flag': '图片中含有党旗或党徽图案（{cite}），按规定需从严核验。可以提交，平台将人工审核。',
  fallback: '「{match}」不符合账号信息管理规定（{cite}）。请修改。',
};

const zhTW: Catalog = {
  'article.8.1': '「{match}」含有違法或不良資訊（{cite}）。請刪除這部分內容。',
  'article.8.2':
    '「{match}」可能假冒、仿冒黨政軍機關、企事業單位或人民團體的名稱「{term}」（{cite}）。請換一個名稱；如確為該機構，請先完成機構認證。',
  'article.8.3': '「{match}」可能假冒國家（地區）或國際組織的名稱「{term}」（{cite}）。請換一個名稱。',
  'article.8.4':
    '「{match}」可能假冒新聞媒體，或擅自使用具有新聞屬性的名稱「{term}」（{cite}）。請刪除「{term}」；如確為新聞單位，請先完成認證。',
  'article.8.5': '「{match}」可能假冒或惡意關聯重要地理名稱「{term}」（{cite}）。請刪除或改換說法。',
  'article.8.6': '「{match}」夾帶了聯絡方式（{cite}）。帳號資訊中不能留聯絡方式，請刪除。',
  'article.8.7': '「{match}」含有名不副實、誇大其詞的表述（{cite}）。請刪除「{term}」這類說法。',
  'article.10.2': '「{match}」含有「{term}」，依規定需從嚴核驗（{cite}）。可以提交，平台將人工審核。',
  'article.11':
    '「{match}」表明「{label}」領域的專業身分（{cite}）。請提交相關資質，審核通過後帳號將加註「{label}」標識。',
  'article.7.2': '機構帳號的名稱應與主體名稱「{entity}」一致（{cite}）。請使用主體名稱或其簡稱。',
  'contact.phone': '「{match}」看起來是手機號碼（{cite}）。帳號資訊中不能留聯絡方式，請刪除。',
  'contact.qq': '「{match}」看起來是 QQ 號（{cite}）。帳號資訊中不能留聯絡方式，請刪除。',
  'contact.wechat': '「{match}」看起來是微信號（{cite}）。帳號資訊中不能留聯絡方式，請刪除。',
  'contact.account': '「{match}」看起來是其他平台的帳號（{cite}）。帳號資訊中不能留聯絡方式，請刪除。',
  'contact.lure': '「{match}」在引導他人透過其他管道聯絡（{cite}）。帳號資訊中不能留聯絡方式或引流，請刪除。',
  'contact.id':
    '「{match}」與招攬用語同在，看起來是在為其他管道的帳號引流（{cite}）。帳號資訊中不能留聯絡方式或引流，請刪除。',
  'contact.code': '「{match}」與招攬用語同在，是聯絡方式的暗語（{cite}）。帳號資訊中不能留聯絡方式或引流，請刪除。',
  'contact.url': '「{match}」看起來是網址（{cite}）。帳號資訊中不能夾帶網址，請刪除。',
  'contact.email': '「{match}」看起來是電子郵件地址（{cite}）。帳號資訊中不能夾帶電子郵件，請刪除。',
  evasion: '「{match}」用諧音、拆分或變形字元寫出了「{term}」（{cite}）。請換一個名稱，不要變形書寫。',
  'evasion.bidi':
    '「{match}」藉助文字方向控制字元或從右向左的字元，在螢幕上顯示為「{term}」（{cite}）。請刪除方向控制字元，換一個名稱。',
  length: '超出長度上限：最多 {limit} 個字元。請刪減。',
  'closed-account': '「{match}」是已依法依約關閉的帳號名稱（{cite}），不能再次註冊。請換一個名稱。',
  'closed-account-similar': '「{match}」與已關閉的帳號名稱相近（{cite}），需要核驗註冊主體。可以提交，平台將人工審核。',
  'engine-error': '暫時無法完成預檢。可以提交，平台會再審核。',
  'image.symbol.national-flag': '圖片中含有國旗圖案（{cite}），依規定需從嚴核驗。可以提交，平台將人工審核。',
  'image.symbol.party-flag': '圖片中含有黨旗或黨徽圖案（{cite}），依規定需從嚴核驗。可以提交，平台將人工審核。',
  fallback: '「{match}」不符合帳號資訊管理規定（{cite}）。請修改。',
};

const en: Catalog = {
  'article.8.1': '“{match}” contains illegal or harmful content ({cite}). Remove it.',
  'article.8.2':
    '“{match}” may impersonate the name of a party, government or military organ, enterprise, institution or people’s organisation, “{term}” ({cite}). Choose another name, or verify the organisation first.',
  'article.8.3':
    '“{match}” may impersonate a country, region or international organisation, “{term}” ({cite}). Choose another name.',
  'article.8.4':
    '“{match}” may impersonate a news medium or use a news-attribute name without authorisation, “{term}” ({cite}). Remove “{term}”, or verify as a news organisation first.',
  'article.8.5':
    '“{match}” may impersonate or maliciously associate an important place, “{term}” ({cite}). Remove or rephrase it.',
  'article.8.6':
    '“{match}” carries contact information ({cite}). Account information may not carry contact details; remove it.',
  'article.8.7': '“{match}” makes an exaggerated or misleading claim ({cite}). Remove wording such as “{term}”.',
  'article.10.2':
    '“{match}” contains “{term}”, which must be strictly reviewed ({cite}). You can submit; the platform will review it.',
  'article.11':
    '“{match}” claims a professional role in {label} ({cite}). Submit your qualification; once verified, the account shows a “{label}” label.',
  'article.7.2':
    'An organisation’s account name must match its entity name, “{entity}” ({cite}). Use the entity name or its short form.',
  'contact.phone':
    '“{match}” looks like a mobile number ({cite}). Account information may not carry contact details; remove it.',
  'contact.qq':
    '“{match}” looks like a QQ number ({cite}). Account information may not carry contact details; remove it.',
  'contact.wechat':
    '“{match}” looks like a WeChat ID ({cite}). Account information may not carry contact details; remove it.',
  'contact.account':
    '“{match}” looks like an account on another platform ({cite}). Account information may not carry contact details; remove it.',
  'contact.lure':
    '“{match}” asks people to get in touch elsewhere ({cite}). Account information may not carry contact details or lures; remove it.',
  'contact.id':
    '“{match}”, beside a solicitation, looks like an account elsewhere ({cite}). Account information may not carry contact details or lures; remove it.',
  'contact.code':
    '“{match}”, beside a solicitation, is a code word for a contact channel ({cite}). Account information may not carry contact details or lures; remove it.',
  'contact.url':
    '“{match}” looks like a web address ({cite}). Account information may not carry web addresses; remove it.',
  'contact.email':
    '“{match}” looks like an e-mail address ({cite}). Account information may not carry e-mail addresses; remove it.',
  evasion:
    '“{match}” spells “{term}” with homophones, separators or look-alike characters ({cite}). Choose another name instead of disguising it.',
  'evasion.bidi':
    '“{match}” is displayed as “{term}” by text-direction controls or right-to-left characters ({cite}). Remove the direction controls and choose another name.',
  length: 'Too long: at most {limit} characters. Shorten it.',
  'closed-account':
    '“{match}” is the name of an account closed under the law or the user agreement ({cite}); it cannot be registered again. Choose another name.',
  'closed-account-similar':
    '“{match}” is close to the name of a closed account ({cite}); the platform will verify who is registering. You can submit; it will be reviewed.',
  'engine-error': 'The pre-check could not finish. You can submit; the platform will review it.',
  'image.symbol.national-flag':
    'The image contains the national flag ({cite}), which requires strict review. You can submit; the platform will review it.',
  'image.symbol.party-flag':
    'The image contains the Party flag or emblem ({cite}), which requires strict review. You can submit; the platform will review it.',
  fallback: '“{match}” does not comply with the account-information provisions ({cite}). Change it.',
};

const CATALOGS: Readonly<Record<Locale, Catalog>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

const CHINESE_NUMBERS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_NUMBERS[n] ?? String(n);
  if (n < 20) return `十${CHINESE_NUMBERS[n - 10]}`;
  return `${CHINESE_NUMBERS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_NUMBERS[n % 10] : ''}`;
}

/** Article 8 lists items (项); the other articles cited have paragraphs (款). */
export function citeArticle(article: string, locale: Locale): string {
  const [main = article, sub] = article.split('.');
  const n = Number(main);
  const k = sub === undefined ? undefined : Number(sub);
  if (locale === 'en') {
    return k === undefined ? `Art. ${n}` : n === 8 ? `Art. ${n}(${k})` : `Art. ${n} para. ${k}`;
  }
  const title = locale === 'zh-TW' ? '《互聯網用戶帳號資訊管理規定》' : '《互联网用户账号信息管理规定》';
  const part = k === undefined ? '' : n === 8 ? `第（${chineseNumber(k)}）项` : `第${chineseNumber(k)}款`;
  const partTW = part.replace('项', '項');
  return `${title}第${chineseNumber(n)}条${locale === 'zh-TW' ? partTW : part}`.replace(
    locale === 'zh-TW' ? '条' : '\u0000',
    '條',
  );
}

/** The finding's message in `locale`, with the article cited. */
export function formatMessage(message: MessageRef, article: string, locale: Locale | string = 'zh-CN'): string {
  const resolved = LOCALES.includes(locale as Locale) ? (locale as Locale) : resolveLocale(locale);
  const catalog = CATALOGS[resolved];
  const template = catalog[message.key] ?? catalog.fallback ?? '';
  const params: Record<string, string> = { match: '', term: '', label: '', ...message.params };
  params.cite = citeArticle(article, resolved);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}
