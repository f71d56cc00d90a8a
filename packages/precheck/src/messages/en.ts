/** The en catalog, loaded on its own: see `describe.ts`. */
import type { Article, Catalog } from './describe.js';

const enArticles: Record<string, Article> = {
  '8.1': {
    noun: 'illegal or harmful content',
    ban: 'which account information may not carry',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  '8.2': {
    noun: 'the name of a government body, enterprise, institution or people’s organisation',
    ban: 'and may not be used to pose as it',
    todo: 'Choose another name, or verify the organisation first.',
    todoShort: 'Choose another name.',
  },
  '8.3': {
    noun: 'the name of a country, region or international organisation',
    ban: 'and may not be used to pose as it',
    todo: 'Choose another name.',
    todoShort: 'Choose another name.',
  },
  '8.4': {
    noun: 'the name of a news outlet',
    ban: 'and may not be used to pose as one',
    todo: 'Choose another name, or verify as a news organisation first.',
    todoShort: 'Choose another name.',
  },
  '8.5': {
    noun: 'an important place name',
    ban: 'and may not be used to pose as or smear it',
    todo: 'Remove or rephrase it.',
    todoShort: 'Remove it.',
  },
  '8.6': {
    noun: 'an invitation to contact you off the platform',
    ban: 'which account information may not carry',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  '8.7': {
    noun: 'an exaggerated or misleading claim',
    ban: 'which account information may not make',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  'contact.phone': {
    noun: 'a mobile number',
    ban: 'and account information may not carry contact details',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  'contact.qq': {
    noun: 'a QQ number',
    ban: 'and account information may not carry contact details',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  'contact.wechat': {
    noun: 'a WeChat ID',
    ban: 'and account information may not carry contact details',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  'contact.account': {
    noun: 'an account on another platform',
    ban: 'and account information may not carry contact details',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  'contact.url': {
    noun: 'a web address',
    ban: 'and account information may not carry web addresses',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  'contact.email': {
    noun: 'an e-mail address',
    ban: 'and account information may not carry contact details',
    todo: 'Remove it.',
    todoShort: 'Remove it.',
  },
  evasion: {
    noun: '',
    ban: 'and disguising it does not get it past review',
    todo: 'Choose another name.',
    todoShort: 'Choose another name.',
  },
};

export const en: Catalog = {
  quote: (text) => `“${text}”`,
  articles: enArticles,
  via: {
    pinyin: 'written in pinyin',
    homophone: 'written with homophones',
    separator: 'split up with separators',
    confusable: 'written with look-alike characters',
    numeral: 'written with numerals',
    invisible: 'written with invisible characters',
    compatibility: 'written with variant characters',
    bidi: 'reordered with direction controls',
  },
  is: (m, noun) => `${m} is ${noun}`,
  looksLike: (m, noun) => `${m} looks like ${noun},`,
  contains: (m, noun, t) => `${m} contains ${noun}, ${t},`,
  reads: (m, noun, t) => `${m} reads as ${noun}, ${t},`,
  disguised: (m, noun, t, via) => (noun ? `${m} is ${noun}, ${t}, ${via},` : `${m} is ${t} ${via},`),
  sentence: (what, ban, cite, todo) => `${what} ${ban} (${cite}). ${todo}`,
  short: (what, cite, todo) => `${what.replace(/,$/, '')} (${cite}). ${todo}`,
  strict: (m, t, cite, short) =>
    short
      ? `Names with ${m}${t ? ` (${t})` : ''} are strictly verified (${cite}).`
      : `Account names with ${m}${t ? ` (${t})` : ''} are strictly verified (${cite}). You can submit; the platform will review it by hand.`,
  profession: (m, label, cite, short) =>
    short
      ? `${m} claims a professional role in ${label.toLowerCase()}; a qualification is needed (${cite}).`
      : `${m} claims a professional role in ${label.toLowerCase()} (${cite}). Submit your qualification; once it is verified, the account shows a “${label}” label.`,
  entity: (entity, cite, short) =>
    short
      ? `The name must match the entity name “${entity}” (${cite}).`
      : `An organisation’s account name must match its entity name, “${entity}” (${cite}). Use the entity name or its short form.`,
  closed: (m, cite, short) =>
    short
      ? `${m} is the name of a closed account (${cite}).`
      : `${m} is the name of an account closed under the law or the user agreement, and cannot be registered again (${cite}). Choose another name.`,
  closedSimilar: (m, cite, short) =>
    short
      ? `${m} is close to the name of a closed account (${cite}).`
      : `${m} is close to the name of a closed account, so the platform will verify who is registering (${cite}). You can submit; it will be reviewed.`,
  bidi: (m, t, cite, short) =>
    short
      ? `${m} is displayed as ${t} by direction controls (${cite}).`
      : `${m} is displayed as ${t} by direction controls or right-to-left characters (${cite}). Remove the direction controls and choose another name.`,
  length: (limit) => `Too long: at most ${limit} characters. Shorten it.`,
  engineError: 'The pre-check could not finish. You can submit; the platform will review it.',
  templates: {
    'contact.lure':
      '“{match}” asks people to get in touch elsewhere ({cite}). Account information may not carry contact details or lures; remove it.',
    'contact.id':
      '“{match}”, beside a solicitation, looks like an account elsewhere ({cite}). Account information may not carry contact details or lures; remove it.',
    'contact.code':
      '“{match}”, beside a solicitation, is a code word for a contact channel ({cite}). Account information may not carry contact details or lures; remove it.',
    'image.symbol.national-flag':
      'The image contains the national flag ({cite}), which requires strict review. You can submit; the platform will review it.',
    'image.symbol.party-flag':
      'The image contains the Party flag or emblem ({cite}), which requires strict review. You can submit; the platform will review it.',
    fallback: '“{match}” does not comply with the account-information provisions ({cite}). Change it.',
  },
};
