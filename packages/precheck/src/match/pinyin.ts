/**
 * The pinyin channel: finds protected names written with other characters of the same sound
 * (新花社 for 新华社, a homophone) or spelled out in pinyin (xinhuashe, xin hua she), or a mix.
 *
 * Terms become sequences of toneless syllables in a trie. The compact text is read as a graph of
 * syllables: a Han character offers an edge for each of its readings (polyphones included), and a
 * run of Latin letters offers an edge for each syllable the trie expects next. Walks start at every
 * position and extend along the graph, so the work is linear in the text for a fixed rule set.
 */
import type { Dictionaries } from '../dictionaries.js';
import { isHan } from '../normalize/characters.js';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Terms (by id) whose syllables end here. */
  terms: number[];
}

export interface PinyinMatch {
  term: number;
  start: number;
  end: number;
  /** Whether any Latin letters were read as pinyin (else only homophone characters). */
  spelled: boolean;
}

export const MIN_SYLLABLES = 3;

const newNode = (): TrieNode => ({ children: new Map(), terms: [] });
const isLatin = (code: number) => code >= 0x61 && code <= 0x7a;

export class PinyinMatcher {
  private readonly root = newNode();
  private readonly syllableTerms: number;

  /** `terms[i]` is the compact form of term i; terms whose readings are unknown are left out. */
  constructor(
    terms: readonly { id: number; text: string }[],
    private readonly dictionaries: Dictionaries,
  ) {
    let added = 0;
    for (const { id, text } of terms) {
      const chars = [...text];
      // Two-syllable names sound like too many ordinary words (央视 ~ 仰视, 求是 ~ 实事): measured on
      // real name corpora (docs/false-positives.md), only names of three or more syllables are heard.
      if (chars.length < MIN_SYLLABLES || !chars.every(isHan)) continue;
      const readings = dictionaries.termReadings(text);
      if (readings.length !== chars.length || readings.some((r) => !/^[a-z]+$/.test(r))) continue;
      let node = this.root;
      for (const syllable of readings) {
        let child = node.children.get(syllable);
        if (!child) {
          child = newNode();
          node.children.set(syllable, child);
        }
        node = child;
      }
      node.terms.push(id);
      added++;
    }
    this.syllableTerms = added;
  }

  get size(): number {
    return this.syllableTerms;
  }

  /** `wordStart(p)` tells whether a Latin word may start at `p` (a spelled name starts a word). */
  scan(compact: string, wordStart: (position: number) => boolean, onMatch: (match: PinyinMatch) => void): void {
    if (this.syllableTerms === 0 || compact.length === 0) return;
    interface Walk {
      node: TrieNode;
      start: number;
      spelled: boolean;
    }
    // walks[p]: walks that have read everything before position p.
    const walks = new Map<number, Walk[]>();
    const arrive = (position: number, walk: Walk) => {
      if (walk.node.terms.length > 0) {
        for (const term of walk.node.terms) onMatch({ term, start: walk.start, end: position, spelled: walk.spelled });
      }
      if (walk.node.children.size === 0) return;
      const list = walks.get(position);
      if (list) list.push(walk);
      else walks.set(position, [walk]);
    };
    for (let p = 0; p < compact.length; p++) {
      const code = compact.charCodeAt(p);
      const latin = isLatin(code);
      const startsHere = !latin || wordStart(p);
      const current = walks.get(p) ?? [];
      walks.delete(p);
      if (startsHere) current.push({ node: this.root, start: p, spelled: false });
      if (current.length === 0) continue;
      if (latin) {
        for (const walk of current) {
          for (const [syllable, child] of walk.node.children) {
            if (compact.startsWith(syllable, p))
              arrive(p + syllable.length, { node: child, start: walk.start, spelled: true });
          }
        }
        continue;
      }
      const char = compact[p] ?? '';
      if (!isHan(char)) continue;
      const readings = this.dictionaries.readings(char);
      for (const walk of current) {
        for (const reading of readings) {
          const child = walk.node.children.get(reading);
          if (child) arrive(p + 1, { node: child, start: walk.start, spelled: walk.spelled });
        }
      }
    }
  }
}
