/**
 * The pinyin channel: finds protected names written with other characters of the same sound
 * (新花社 for 新华社, a homophone) or spelled out in pinyin (xinhuashe, xin hua she), or a mix.
 *
 * Terms become sequences of toneless syllables in a trie. The compact text is read as a graph of
 * syllables: a Han character offers the edge of its most common reading, and a Latin word offers
 * an edge for each syllable the trie expects next. Walks start at every position and extend along
 * the graph; a position no walk reaches and whose syllable starts no term costs one table look-up,
 * so the work is linear in the text for a fixed rule set.
 */
import type { Dictionaries } from '../dictionaries.js';
import { isHan } from '../normalize/characters.js';

interface TrieNode {
  /** Children by syllable id. */
  children: Map<number, TrieNode>;
  /** The same children with their syllables, for reading Latin letters. */
  spelled: [syllable: string, child: TrieNode][];
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

/** A term to hear: its id, its compact text, and its syllables in context when the rule set gives them. */
export interface PinyinTerm {
  id: number;
  text: string;
  syllables?: readonly string[];
}

// Two-syllable names sound like too many ordinary words (央视 ~ 仰视, 求是 ~ 实事): measured on real
// name corpora (docs/false-positives.md), only names of three or more syllables are heard.
export const MIN_SYLLABLES = 3;

const newNode = (): TrieNode => ({ children: new Map(), spelled: [], terms: [] });
const isLatin = (code: number) => code >= 0x61 && code <= 0x7a;
const SYLLABLE = /^[a-z]+$/;

interface Walk {
  node: TrieNode;
  start: number;
  spelled: boolean;
}

export class PinyinMatcher {
  private readonly root = newNode();
  private readonly termCount: number;
  private readonly syllableIds = new Map<string, number>();
  /** Per BMP code unit: 0 not looked up yet, -1 no syllable of any term, else the syllable id. */
  private readonly readingIds = new Int32Array(0x10000);
  /** The root's children by syllable id: the look-up made at nearly every Han character. */
  private readonly rootChildren: (TrieNode | undefined)[] = [];

  constructor(
    terms: readonly PinyinTerm[],
    private readonly dictionaries: Dictionaries,
  ) {
    let added = 0;
    for (const { id, text, syllables } of terms) {
      const chars = [...text];
      if (chars.length < MIN_SYLLABLES || !chars.every(isHan)) continue;
      const readings = syllables ?? chars.map((char) => dictionaries.reading(char));
      if (readings.length !== chars.length || !readings.every((r) => SYLLABLE.test(r))) continue;
      let node = this.root;
      for (const syllable of readings) {
        const syllableId = this.idOf(syllable);
        let child = node.children.get(syllableId);
        if (!child) {
          child = newNode();
          node.children.set(syllableId, child);
          node.spelled.push([syllable, child]);
        }
        node = child;
      }
      node.terms.push(id);
      added++;
    }
    this.termCount = added;
    for (const [id, child] of this.root.children) this.rootChildren[id] = child;
  }

  private idOf(syllable: string): number {
    let id = this.syllableIds.get(syllable);
    if (id === undefined) {
      id = this.syllableIds.size + 1;
      this.syllableIds.set(syllable, id);
    }
    return id;
  }

  /** The syllable id of a Han code unit's reading, or -1 when no term has that syllable. */
  private readingId(code: number): number {
    let id = this.readingIds[code] ?? -1;
    if (id === 0) {
      const char = String.fromCharCode(code);
      id = isHan(char) ? (this.syllableIds.get(this.dictionaries.reading(char)) ?? -1) : -1;
      this.readingIds[code] = id;
    }
    return id;
  }

  /** Number of terms heard by sound, for size reports. */
  get size(): number {
    return this.termCount;
  }

  /** `wordStart(p)` tells whether a Latin word may start at `p` (a spelled name starts a word). */
  scan(compact: string, wordStart: (position: number) => boolean, onMatch: (match: PinyinMatch) => void): void {
    if (this.termCount === 0 || compact.length === 0) return;
    // Walks that have read everything before position p, in two buffers swapped from one position
    // to the next (a Han character moves a walk on by exactly one unit); walks that read a spelled
    // syllable land further on and wait in `later`.
    let current: Walk[] = [];
    let next: Walk[] = [];
    let count = 0;
    let nextCount = 0;
    const later = new Map<number, Walk[]>();
    const rootChildren = this.rootChildren;
    for (let p = 0; p < compact.length; p++) {
      const landed = later.size > 0 ? later.get(p) : undefined;
      if (landed) {
        later.delete(p);
        for (const walk of landed) current[count++] = walk;
      }
      const code = compact.charCodeAt(p);
      if (isLatin(code)) {
        if (wordStart(p)) current[count++] = { node: this.root, start: p, spelled: false };
        for (let w = 0; w < count; w++) {
          const walk = current[w] as Walk;
          for (const [syllable, child] of walk.node.spelled) {
            if (!compact.startsWith(syllable, p)) continue;
            const end = p + syllable.length;
            for (const term of child.terms) onMatch({ term, start: walk.start, end, spelled: true });
            if (child.children.size === 0) continue;
            const moved = { node: child, start: walk.start, spelled: true };
            const list = later.get(end);
            if (list) list.push(moved);
            else later.set(end, [moved]);
          }
        }
      } else {
        const id = this.readingId(code);
        const fromRoot = id > 0 ? rootChildren[id] : undefined;
        if (fromRoot) {
          for (const term of fromRoot.terms) onMatch({ term, start: p, end: p + 1, spelled: false });
          if (fromRoot.children.size > 0) next[nextCount++] = { node: fromRoot, start: p, spelled: false };
        }
        if (id > 0) {
          for (let w = 0; w < count; w++) {
            const walk = current[w] as Walk;
            const child = walk.node.children.get(id);
            if (!child) continue;
            for (const term of child.terms) onMatch({ term, start: walk.start, end: p + 1, spelled: walk.spelled });
            if (child.children.size > 0) next[nextCount++] = { node: child, start: walk.start, spelled: walk.spelled };
          }
        }
      }
      [current, next] = [next, current];
      count = nextCount;
      nextCount = 0;
    }
  }
}
