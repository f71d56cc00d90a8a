/**
 * The locales messages come in, and how a BCP 47 tag picks one. A module of its own so that
 * components can follow `lang` before the engine has loaded (`@mingzheng/precheck/locale`).
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
