/**
 * The locale of a response from Accept-Language: the preferred language the product speaks
 * (Chinese or English, by the engine's `resolveLocale`), zh-CN when none is.
 */
import { type Locale, resolveLocale } from '@mingzheng/precheck';

/** `zh-TW,zh;q=0.9,en;q=0.8` → zh-TW; `fr, en;q=0.5` → en; `fr` or nothing → zh-CN. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return 'zh-CN';
  const ranges = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.weight > 0 && /^(?:zh|en)(?:-|$)/.test(range.tag))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return resolveLocale(ranges[0]?.tag);
}
