/**
 * The regulation every message cites, written once per language: its title and how an article is
 * cited, in full (「《互联网用户账号信息管理规定》第八条第（四）项」) and short (「第八条第（四）项」,
 * "Art. 8(4)"). zh-TW writes the official title in traditional characters (a title is a name: only
 * its script changes, not its words). A module of its own, exported with the locales
 * (`@mingzheng/precheck/locale`), so that a component's own words can cite an article before the
 * engine has loaded.
 */
import type { Locale } from './locale.js';

export const REGULATION_TITLE: Readonly<Record<Locale, string>> = {
  'zh-CN': '《互联网用户账号信息管理规定》',
  'zh-TW': '《互聯網用戶賬號信息管理規定》',
  en: 'the Provisions on the Management of Internet User Account Information',
};

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 10]}`;
  return `${NUMERALS[Math.floor(n / 10)]}十${n % 10 ? NUMERALS[n % 10] : ''}`;
}

/**
 * One or more articles in `N.k` notation cited without the title: 「第八条第（四）、（六）项」,
 * "Art. 8(4), 8(6)". Article 8 lists items (项); the others have paragraphs (款).
 */
export function citeShort(articles: readonly string[], locale: Locale): string {
  const unique = [...new Set(articles)];
  if (locale === 'en') {
    return `Art. ${unique
      .map((article) => {
        const [main, sub] = article.split('.');
        if (sub === undefined) return main;
        return main === '8' ? `${main}(${sub})` : `${main} para. ${sub}`;
      })
      .join(', ')}`;
  }
  const tw = locale === 'zh-TW';
  const byMain = new Map<string, string[]>();
  for (const article of unique) {
    const [main = article, sub] = article.split('.');
    const subs = byMain.get(main) ?? [];
    if (sub !== undefined) subs.push(sub);
    byMain.set(main, subs);
  }
  return [...byMain]
    .map(([main, subs]) => {
      const n = Number(main);
      const head = `第${chineseNumber(n)}${tw ? '條' : '条'}`;
      if (subs.length === 0) return head;
      if (n === 8)
        return `${head}第${subs.map((k) => `（${chineseNumber(Number(k))}）`).join('、')}${tw ? '項' : '项'}`;
      return `${head}第${subs.map((k) => chineseNumber(Number(k))).join('、')}款`;
    })
    .join('、');
}

/** The articles cited with the regulation's title: 「《…》第八条第（四）项」, "Art. 8(4) of the Provisions …". */
export function citeFull(articles: readonly string[], locale: Locale): string {
  const short = citeShort(articles, locale);
  return locale === 'en' ? `${short} of ${REGULATION_TITLE.en}` : `${REGULATION_TITLE[locale]}${short}`;
}

/**
 * One article as a message cites it: with the title in Chinese (「《…》第八条第（四）项」), short in
 * English ("Art. 8(4)"), where the sentence itself says which provisions it means.
 */
export function citeArticle(article: string, locale: Locale): string {
  return locale === 'en' ? citeShort([article], locale) : citeFull([article], locale);
}
