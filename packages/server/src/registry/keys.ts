/**
 * The keys a closed account's name is filed and found under (Art. 10.3):
 *
 * - the **normalized key**: the name folded the way the engine folds user text before matching —
 *   full width, compatibility forms (①, ㈦), case, traditional → simplified, confusables → Latin for
 *   non-Han characters, invisible characters removed — with separators (spaces, punctuation, emoji,
 *   ·) dropped. `新 華 社`, `ＣＣＴＶ` and `c c t v` get the key of `新华社` and `cctv`;
 * - the **pinyin key**: the normalized key with each Han character replaced by its most common
 *   toneless reading (`新华社` → `xinhuashe`), so homophones (`新花社`) and spelled pinyin
 *   (`xin hua she`) of a closed name are found.
 *
 * The folding is the engine's own: `foldForMatching` with the character folder and dictionaries of
 * a compiled rule set (reached through `compileRuleSet`), so a key is what the engine matches.
 */
import {
  type CompiledRuleSet,
  compileRuleSet,
  type Dictionaries,
  foldForMatching,
  loadDictionaries,
  type ShownText,
  type Via,
} from '@mingzheng/precheck';

export interface NameKeys {
  /** The normalized key ('' when the name has nothing but separators and invisible characters). */
  key: string;
  /** The pinyin key, or null when the key has fewer than two Han characters and is not all Latin letters. */
  pinyin: string | null;
  /** The channels folding went through, sorted (as a Finding's `via`); empty when nothing changed. */
  via: Via[];
  /**
   * The keys of the name as displayed, when bidi controls or right-to-left characters show it in
   * another order (`\u202E浪麦吹风` is displayed 风吹麦浪): on an LTR line first, then as `dir=auto`
   * shows it if that differs. Each `via` includes `bidi`. Absent for a name displayed as written.
   */
  shown?: ShownKeys[];
}

/** The keys of a name as displayed (see `NameKeys.shown`). */
export interface ShownKeys extends Omit<NameKeys, 'shown'> {
  base: ShownText['base'];
}

/** What folding needs from a compiled rule set: its character folder and dictionaries. */
export type Folding = Pick<CompiledRuleSet, 'folder' | 'dictionaries'>;

/** A rule set with nothing in it: compiling it gives the engine's folder for any dictionaries. */
const EMPTY_RULE_SET = { name: 'closed-account-keys', version: '1', lexicons: [], rules: [] };

/** The engine's folding with the dictionaries loaded (traditional characters, pinyin readings). */
export async function loadFolding(dictionaries?: Dictionaries): Promise<Folding> {
  return compileRuleSet(EMPTY_RULE_SET, dictionaries ?? (await loadDictionaries()));
}

const HAN = /^\p{Script=Han}$/u;
const LATIN_WORD = /^[a-z]+$/;
const isHan = (char: string) => HAN.test(char);

/** The keys of `name`: the engine's own folding (`foldForMatching`), then the pinyin key. */
export function nameKeys(name: string, folding: Folding): NameKeys {
  const { compact, via, shown } = foldForMatching(name, folding.folder);
  const keys: NameKeys = { key: compact, pinyin: pinyinKey(compact, folding.dictionaries), via };
  if (shown) {
    keys.shown = shown.map((view) => ({
      base: view.base,
      key: view.compact,
      pinyin: pinyinKey(view.compact, folding.dictionaries),
      via: view.via,
    }));
  }
  return keys;
}

/**
 * The keys a closed account is filed under: those of its name as people saw it displayed on an LTR
 * line. `\u202E浪麦吹风` was seen as 风吹麦浪, so that is the name that may not come back; the name
 * as written is still found, as a look-up reads every order of the name it is given.
 */
export function filingKeys(keys: NameKeys): Omit<NameKeys, 'shown'> {
  return keys.shown?.find((view) => view.base === 'ltr') ?? keys;
}

function pinyinKey(key: string, dictionaries: Dictionaries): string | null {
  if (LATIN_WORD.test(key)) return key;
  let han = 0;
  let spelled = '';
  for (const char of key) {
    if (isHan(char)) {
      const reading = dictionaries.reading(char);
      if (reading) han += 1;
      spelled += reading || char;
    } else {
      spelled += char;
    }
  }
  return han >= 2 ? spelled : null;
}

/** Whether a key has Han characters (a pinyin match of such a key is a homophone, else spelled pinyin). */
export function hasHan(key: string): boolean {
  for (const char of key) if (isHan(char)) return true;
  return false;
}
