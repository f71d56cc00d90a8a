/**
 * The professional domains of Art. 11 (and the 2023 self-media notice): accounts producing content
 * in them must prove a qualification, and their pages carry a domain label. Art. 11 names economy,
 * education, healthcare and justice "等领域"; `culture` is the domain of titles the state confers on
 * practitioners (代表性传承人 of intangible cultural heritage), which the default rule set reviews
 * too. The labels are the words of an Art. 11 message (「医疗卫生」标识) and of the components (the
 * profile editor's domain choice, the account card's label), so they are written here once and
 * exported with the locales (`@mingzheng/precheck/locale`).
 */
import type { Locale } from './locale.js';

export type ProfessionDomain = 'healthcare' | 'law' | 'finance' | 'education' | 'news' | 'publishing' | 'culture';

export const PROFESSION_DOMAINS: readonly ProfessionDomain[] = [
  'healthcare',
  'law',
  'finance',
  'education',
  'news',
  'publishing',
  'culture',
];

export const PROFESSION_LABELS: Readonly<Record<Locale, Readonly<Record<ProfessionDomain, string>>>> = {
  'zh-CN': {
    healthcare: '医疗卫生',
    law: '司法',
    finance: '金融',
    education: '教育',
    news: '新闻',
    publishing: '出版',
    culture: '文化',
  },
  'zh-TW': {
    healthcare: '醫療衛生',
    law: '司法',
    finance: '金融',
    education: '教育',
    news: '新聞',
    publishing: '出版',
    culture: '文化',
  },
  en: {
    healthcare: 'Healthcare',
    law: 'Law',
    finance: 'Finance',
    education: 'Education',
    news: 'News',
    publishing: 'Publishing',
    culture: 'Culture',
  },
};

/** The label of a known domain in `locale`; an unknown domain is shown as given. */
export function professionLabel(domain: string, locale: Locale): string {
  return (PROFESSION_LABELS[locale] as Record<string, string>)[domain] ?? domain;
}
