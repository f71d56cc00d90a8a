/**
 * The message catalog for a page (`@mingzheng/precheck/messages`): zh-CN at hand, zh-TW and en
 * loaded on demand (`loadLocale`), each a small chunk of its own, so that the engine chunk a page
 * loads carries one locale's words, not three. A locale not loaded yet is worded in zh-CN; a page
 * loads its locale with the engine and words findings once it has (the components do so, and load
 * a locale switched to at runtime before re-rendering). The server and the command line use the
 * package's index, which words every locale synchronously.
 */
import type { Finding } from '../types.js';
import {
  type Catalog,
  type DescribeOptions,
  describeIn,
  LOCALES,
  type Locale,
  resolveLocale,
  zhCN,
} from './describe.js';

export { loadTraditional } from './describe.js';

const loaded: Partial<Record<Locale, Catalog>> = { 'zh-CN': zhCN };
const loading = new Map<Locale, Promise<void>>();

const toLocale = (locale: Locale | string): Locale =>
  LOCALES.includes(locale as Locale) ? (locale as Locale) : resolveLocale(locale);

/** Whether `locale`'s words are at hand (zh-CN always is). */
export function hasLocale(locale: Locale | string): boolean {
  return loaded[toLocale(locale)] !== undefined;
}

/** Loads `locale`'s catalog once (a failed load is tried again on the next call). */
export function loadLocale(locale: Locale | string): Promise<void> {
  const wanted = toLocale(locale);
  if (loaded[wanted]) return Promise.resolve();
  let promise = loading.get(wanted);
  if (!promise) {
    const imported: Promise<Catalog> =
      wanted === 'en'
        ? import('./en.js').then((module) => module.en)
        : import('./zh-TW.js').then((module) => module.zhTW);
    promise = imported.then(
      (catalog) => {
        loaded[wanted] = catalog;
      },
      (error: unknown) => {
        loading.delete(wanted);
        throw error;
      },
    );
    loading.set(wanted, promise);
  }
  return promise;
}

/**
 * One finding (with the evasion that disguised it) in `locale`, as the index's `describeFinding`
 * words it once `loadLocale(locale)` has settled; in zh-CN before.
 */
export function describeFinding(
  finding: Finding,
  locale: Locale | string = 'zh-CN',
  options: DescribeOptions = {},
): string {
  return describeIn(loaded, finding, locale, options);
}
