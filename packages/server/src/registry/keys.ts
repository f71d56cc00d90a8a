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
 * The folding is the engine's own (`CharacterFolder` and the dictionaries of a compiled rule set,
 * reached through `compileRuleSet`), applied per character as the engine's normalizer applies it.
 * One engine step is not applied: Chinese numerals inside runs of five or more digits (幺三八…)
 * are not read as digits here.
 */
import {
  type CompiledRuleSet,
  compileRuleSet,
  type Dictionaries,
  loadDictionaries,
  type Via,
} from '@mingzheng/precheck';

export interface NameKeys {
  /** The normalized key ('' when the name has nothing but separators and invisible characters). */
  key: string;
  /** The pinyin key, or null when the key has fewer than two Han characters and is not all Latin letters. */
  pinyin: string | null;
  /** The channels folding went through, sorted (as a Finding's `via`); empty when nothing changed. */
  via: Via[];
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
const isFullWidth = (code: number) => (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;

/** The keys of `name`. */
export function nameKeys(name: string, folding: Folding): NameKeys {
  const { folder, dictionaries } = folding;
  const via = new Set<Via>();
  let key = '';
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      // ASCII as the engine reads it: controls other than whitespace are invisible, letters fold
      // to lower case, everything but letters and digits separates.
      if ((code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f) via.add('invisible');
      else if (/[0-9A-Za-z]/.test(char)) key += char.toLowerCase();
      else via.add('separator');
      continue;
    }
    if (code >= 0x4e00 && code <= 0x9fff) {
      const folded = folder.foldIdeograph(code);
      if (folded >= 0) {
        const unit = String.fromCharCode(folded & 0xffff);
        if (unit !== char) via.add('traditional');
        key += unit;
        continue;
      }
    }
    const folded = folder.fold(char);
    if (folded.text.length === 0) {
      via.add('invisible');
      continue;
    }
    let kept = '';
    for (let i = 0; i < folded.text.length; i++) {
      if (folded.separator[i]) via.add('separator');
      else kept += folded.text[i];
    }
    key += kept;
    const channel = kept.length > 0 && folded.text !== char ? channelOf(char, code, folded.text) : undefined;
    if (channel) via.add(channel);
  }
  return { key, pinyin: pinyinKey(key, dictionaries), via: [...via].sort() };
}

/**
 * Why a character other than ASCII or a plain ideograph folded to something else, named as the
 * engine names it (a change of case alone is no channel there either).
 */
function channelOf(char: string, code: number, folded: string): Via | undefined {
  if (isFullWidth(code)) return 'width';
  if (char.normalize('NFKC') !== char) return 'compatibility';
  if (isHan(char)) return 'traditional';
  if (char.toLowerCase() === folded) return undefined;
  return 'confusable';
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
