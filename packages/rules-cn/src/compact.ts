/**
 * The artifact's compact form, what the package loads (src/ruleset.compact.json): the same document
 * as src/ruleset.json with each lexicon's terms front-coded into one string. Most lexicons are
 * sorted lists of names that share their beginnings (北京大学, 北京交通大学 …); written as one string
 * with each term's shared prefix given by its length, the browser's lazily loaded rule set is about
 * a tenth smaller in gzip than the plain document, and decoding it takes about a millisecond.
 *
 * A term is written as one character for the number of leading code points it shares with the term
 * before it (PREFIX_DIGITS: 0–9, then a–z), then its other code points, terms separated by
 * SEPARATOR. Entries written as objects (a term with its own pinyin, homophones, domain …) keep
 * their other keys in `objects`, by entry index. `decodeRuleSet(encodeRuleSet(doc))` is the same
 * document, key order included (the content hash is over its JSON text): compile.ts checks it.
 */
import type { RuleSet } from '@mingzheng/precheck';

type Lexicon = RuleSet['lexicons'][number];
type Entry = Lexicon['entries'][number];

export const SEPARATOR = '|';
const PREFIX_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A lexicon whose entries are one front-coded string, with the keys of object entries apart. */
export interface CompactLexicon extends Omit<Lexicon, 'entries'> {
  terms: string;
  /** `[index, rest]`: the entry at `index` is `{ term, ...rest }`. */
  objects?: [number, Omit<Exclude<Entry, string>, 'term'>][];
}

export interface CompactRuleSet extends Omit<RuleSet, 'lexicons'> {
  lexicons: CompactLexicon[];
}

/** The compact form of a rule-set document (throws if a term cannot be written in it). */
export function encodeRuleSet(ruleSet: RuleSet): CompactRuleSet {
  const lexicons = ruleSet.lexicons.map(({ entries, ...lexicon }): CompactLexicon => {
    const parts: string[] = [];
    const objects: NonNullable<CompactLexicon['objects']> = [];
    let previous: string[] = [];
    entries.forEach((entry, index) => {
      let term: string;
      if (typeof entry === 'string') term = entry;
      else {
        const { term: own, ...rest } = entry;
        if (Object.keys(entry)[0] !== 'term')
          throw new Error(`${lexicon.category}: "term" must come first in an entry`);
        term = own;
        objects.push([index, rest]);
      }
      if (term.includes(SEPARATOR)) throw new Error(`${lexicon.category}: "${term}" contains "${SEPARATOR}"`);
      const chars = [...term];
      let shared = 0;
      const limit = Math.min(chars.length - 1, previous.length, PREFIX_DIGITS.length - 1);
      while (shared < limit && chars[shared] === previous[shared]) shared++;
      parts.push(PREFIX_DIGITS[shared] + chars.slice(shared).join(''));
      previous = chars;
    });
    return { ...lexicon, terms: parts.join(SEPARATOR), ...(objects.length > 0 && { objects }) };
  });
  return { ...ruleSet, lexicons };
}

/** The document a compact form stands for. */
export function decodeRuleSet(compact: CompactRuleSet): RuleSet {
  const lexicons = compact.lexicons.map(({ terms, objects, ...lexicon }): Lexicon => {
    const entries: Entry[] = [];
    let previous: string[] = [];
    if (terms.length > 0) {
      for (const part of terms.split(SEPARATOR)) {
        const shared = PREFIX_DIGITS.indexOf(part[0] ?? '');
        const chars = shared > 0 ? [...previous.slice(0, shared), ...part.slice(1)] : [...part.slice(1)];
        entries.push(chars.join(''));
        previous = chars;
      }
    }
    for (const [index, rest] of objects ?? []) entries[index] = { term: entries[index] as string, ...rest };
    const { category, ...others } = lexicon;
    // The document's key order: category first, entries last (lexicon keys as the schema writes them).
    return { category, ...others, entries };
  });
  return { ...compact, lexicons } as RuleSet;
}
