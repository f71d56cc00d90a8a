/**
 * Simplified → traditional (Taiwan forms) for the words a zh-TW message quotes from the rule set
 * (the protected term 新华社 → 新華社). OpenCC's character table with its Taiwan variants, from
 * opencc-js, loaded on first use behind a dynamic import: only a page that shows a zh-TW finding
 * pays for it. Until it has loaded, `toTraditional` returns undefined and the loaded converter
 * re-renders every element.
 */
import { refreshLocalizedElements } from './locale-controller.js';

type Convert = (text: string) => string;

let convert: Convert | undefined;
let loading: Promise<Convert> | undefined;

/** Loads the converter once (a failed load is tried again on the next call). */
export function loadTraditional(): Promise<Convert> {
  if (!loading) {
    const attempt = Promise.all([
      import('opencc-js/core'),
      import('opencc-js/dict/STCharacters'),
      import('opencc-js/dict/TWVariants'),
    ]).then(([core, characters, variants]) => {
      convert = core.ConverterFactory([[characters.default]], [[variants.default]]);
      refreshLocalizedElements();
      return convert;
    });
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

/** `text` in traditional characters, or undefined while the converter loads (it starts loading). */
export function toTraditional(text: string): string | undefined {
  if (convert) return convert(text);
  void loadTraditional().catch(() => undefined);
  return undefined;
}
