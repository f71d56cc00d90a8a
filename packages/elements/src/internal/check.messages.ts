/**
 * The words every element that checks text with the engine shares, in zh-CN, zh-TW and en: the
 * checking state, and the name that cannot be checked (the name field's, which the profile editor
 * embeds). Kept here, not imported from the engine, so they are there before it loads.
 */

import type { Locale } from '@mingzheng/precheck/locale';

export type FieldLocale = Locale;

export interface CheckMessages {
  checking: string;
  /** The engine or rule set could not load: the name is refused until it does (fails closed). */
  nameUnavailable: string;
}

const CATALOGS: Readonly<Record<FieldLocale, CheckMessages>> = {
  'zh-CN': { checking: '正在检查…', nameUnavailable: '名称暂时无法校验，请稍后再试。' },
  'zh-TW': { checking: '正在檢查…', nameUnavailable: '名稱暫時無法校驗，請稍後再試。' },
  en: { checking: 'Checking…', nameUnavailable: 'The name cannot be checked right now. Please try again later.' },
};

export function checkMessages(locale: FieldLocale): CheckMessages {
  return CATALOGS[locale];
}
