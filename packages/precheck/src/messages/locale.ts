/**
 * The locales messages come in, and how a BCP 47 tag picks one. A module of its own so that
 * components can follow `lang` before the engine has loaded (`@mingzheng/precheck/locale`); the
 * regulation's citation and the professional domains' labels come with it, for the words a
 * component says itself (a hint citing Art. 11, a domain label) are those of the engine's messages.
 */
export type Locale = 'zh-CN' | 'zh-TW' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

/** zh-TW / zh-HK / zh-MO / zh-Hant → zh-TW, en* → en, anything else (or nothing) → zh-CN. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-TW';
  return 'zh-CN';
}

export {
  PROFESSION_DOMAINS,
  PROFESSION_LABELS,
  type ProfessionDomain,
  professionLabel,
} from './professions.js';
export { citeArticle, citeFull, citeShort, REGULATION_TITLE } from './regulation.js';
