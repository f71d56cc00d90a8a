/**
 * Simplified → traditional (Taiwan forms) for the words a zh-TW message quotes from the rule set
 * (the protected term 新华社 → 新華社): the engine's converter (OpenCC's character tables, built
 * from the engine's own traditional → simplified table and a short list of exceptions), loaded on
 * first use: only a page that shows a zh-TW finding naming a term pays for it. Until it has
 * loaded, `toTraditional` returns undefined and the loaded converter re-renders every element.
 */
import { loadPrecheck } from './engine-cache.js';
import { refreshLocalizedElements } from './locale-controller.js';

type Convert = (text: string) => string;

let convert: Convert | undefined;
let loading: Promise<Convert> | undefined;

/** Loads the converter once (a failed load is tried again on the next call). */
export function loadTraditional(): Promise<Convert> {
  if (!loading) {
    const attempt = loadPrecheck()
      .then((precheck) => precheck.loadTraditional())
      .then((loaded) => {
        convert = loaded;
        refreshLocalizedElements();
        return loaded;
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
