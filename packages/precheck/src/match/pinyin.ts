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
  /** Heard at two syllables too: the term is part of a sequence, whose other parts give the context. */
  short?: boolean;
}

// Two-syllable names sound like too many ordinary words (央视 ~ 仰视, 求是 ~ 实事): measured on real
// name corpora (docs/false-positives.md), only names of three or more syllables are heard on their
// own. A two-syllable term of a sequence (杭州 before 税务局, 淘宝 before 客服) is heard too, and its
// sound hits count only inside the sequence (see rules/kinds.ts).
export const MIN_SYLLABLES = 3;
const MIN_SYLLABLES_IN_SEQUENCE = 2;

const isLatin = (code: number) => code >= 0x61 && code <= 0x7a;
const SYLLABLE = /^[a-z]+$/;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether every code unit of a text without surrogates is a Han character. */
function everyUnitHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code >= 0x4e00 && code <= 0x9fff) && !isHan(text.charAt(i))) return false;
  }
  return true;
}

/** A walk waiting in `later` for the position its spelled syllable ends at. */
interface LandingWalk {
  node: number;
  start: number;
  spelled: number;
}

/** Walks as parallel columns: node index, start position, whether any syllable was spelled. */
class Walks {
  count = 0;
  node = new Int32Array(16);
  start = new Int32Array(16);
  spelled = new Uint8Array(16);

  push(node: number, start: number, spelled: number): void {
    if (this.count === this.node.length) {
      const grow = <T extends Int32Array | Uint8Array>(old: T, next: T): T => {
        next.set(old);
        return next;
      };
      this.node = grow(this.node, new Int32Array(2 * this.count));
      this.start = grow(this.start, new Int32Array(2 * this.count));
      this.spelled = grow(this.spelled, new Uint8Array(2 * this.count));
    }
    this.node[this.count] = node;
    this.start[this.count] = start;
    this.spelled[this.count] = spelled;
    this.count++;
  }
}

/**
 * The readings in context a rule set teaches: for each pair of characters in a term whose given
 * syllables differ from a character's most common reading, that reading (银行 → 行 hang, from
 * 中国银行: zhong guo yin hang). Keys are `<` + the pair for the reading of its second character,
 * `>` + the pair for its first; a pair taught two readings is not used (null). rules-cn's compile
 * step leaves out the syllables of terms this already reads right, and must learn the same way.
 */
export function learnContextReadings(
  terms: readonly { chars: readonly string[]; common: readonly string[]; syllables?: readonly string[] }[],
): Map<string, string | null> {
  const learned = new Map<string, string | null>();
  const learn = (key: string, reading: string) => {
    const known = learned.get(key);
    if (known === undefined) learned.set(key, reading);
    else if (known !== reading) learned.set(key, null);
  };
  for (const { chars, common, syllables } of terms) {
    if (!syllables || syllables.length !== chars.length) continue;
    for (let i = 0; i < chars.length; i++) {
      const reading = syllables[i] ?? '';
      if (reading === common[i]) continue;
      if (i > 0) learn(`<${chars[i - 1]}${chars[i]}`, reading);
      if (i + 1 < chars.length) learn(`>${chars[i]}${chars[i + 1]}`, reading);
    }
  }
  return learned;
}

/** A term's readings in context by what `learnContextReadings` taught, else the most common ones. */
export function readInContext(
  chars: readonly string[],
  common: readonly string[],
  learned: ReadonlyMap<string, string | null>,
): string[] {
  if (learned.size === 0) return common.slice();
  return chars.map(
    (char, i) =>
      (i > 0 ? learned.get(`<${chars[i - 1]}${char}`) : undefined) ??
      (i + 1 < chars.length ? learned.get(`>${char}${chars[i + 1]}`) : undefined) ??
      common[i] ??
      '',
  );
}

export class PinyinMatcher {
  private readonly termCount: number;
  private readonly heardTerms: number;
  private readonly syllableIds = new Map<string, number>();
  /** The terms that are parts of a sequence (`short` given). */
  private readonly sequenceParts = new Set<number>();
  /**
   * A syllable id per character (BMP code unit) a term keeps where its reading in context is not
   * the common one (`=行`), 0 for none: looked up at every Han character, so a table, not a map.
   */
  private readonly ownIds = new Int32Array(0x10000);
  private ownCount = 0;
  /** Per BMP code unit: 0 not looked up yet, -1 no syllable of any term, else the syllable id. */
  private readonly readingIds = new Int32Array(0x10000);
  /**
   * What the scan reads per BMP code unit, filled as it meets the unit: 0 not looked up yet, else
   * `readingId` plus 2 in the low 16 bits and the `ownIds` entry in the high ones — one look-up in
   * one table per character of the text, not one in each.
   */
  private readonly codeIds = new Int32Array(0x10000);
  // The trie, flattened once built: per node, its children [childStart[n], childStart[n + 1]) with
  // their syllable ids, and its terms [termStart[n], termStart[n + 1]).
  private readonly childStart: Int32Array;
  private readonly childSyllable: Int32Array;
  private readonly childNode: Int32Array;
  private readonly termStart: Int32Array;
  private readonly termIds: Int32Array;
  /** Syllable text by id. */
  private readonly syllableText: string[];
  /** The root's child by syllable id, or -1: the look-up made at nearly every Han character. */
  private readonly rootChild: Int32Array;
  /**
   * Each node's children again, ordered by syllable id: what a Han character's syllable is looked
   * up in (a binary search; the lists above keep the order spelled syllables are tried in).
   */
  private readonly sortedSyllable: Int32Array;
  private readonly sortedNode: Int32Array;
  /**
   * The children of the root's children (nodes 1 to `rootCount`, the first breadth first) by
   * syllable id, in a table of `rootCount` rows of `stride` (-1: none): nearly every walk is one
   * syllable in, and its next step is one look-up instead of a search among hundreds of children.
   */
  private readonly rootCount: number;
  private readonly stride: number;
  private readonly secondChild: Int32Array;
  /**
   * One bit per cell of `secondChild`, set where it holds a child: the table is mostly empty and
   * too large for the processor's near caches, its bits are not, and most steps find no child.
   */
  private readonly secondBits: Int32Array;
  /**
   * The root's edges by the first letter of their syllable (a–z), each letter's in the order they
   * were added: a Latin word is tried against the syllables of its first letter only.
   */
  private readonly rootLetterStart: Int32Array;
  private readonly rootLetterEdge: Int32Array;
  // Walk buffers reused by every scan (a scan runs to its end before the next starts).
  private readonly walksA = new Walks();
  private readonly walksB = new Walks();

  constructor(
    terms: readonly PinyinTerm[],
    private readonly dictionaries: Dictionaries,
  ) {
    // The trie while it is built, in flat arrays (no object per node): per node its children as a
    // list in the order they were added (the order spelled syllables are tried in), searched in
    // that order, and its terms as a list; the root's children also by syllable id, as the root
    // has one for nearly every syllable.
    // A term is heard by its reading in context: the syllables the rule set gives it, or else the
    // readings the rule set gives its other terms for the same pair of characters (银行 is yin hang
    // in every bank's name, 重庆 chong qing in every name in Chongqing), or else each character's
    // most common reading.
    const readingOf = new Map<number, string>();
    const commonReading = (char: string): string => {
      const code = char.codePointAt(0) ?? 0;
      let reading = readingOf.get(code);
      if (reading === undefined) {
        reading = dictionaries.reading(char);
        readingOf.set(code, reading);
      }
      return reading;
    };
    const charsOf = (text: string) => (SURROGATE.test(text) ? [...text] : text.split(''));
    // Every term given syllables teaches, whatever its length (a few terms of a rule set).
    const teachers: { chars: string[]; common: string[]; syllables: readonly string[] }[] = [];
    for (const { text, syllables } of terms) {
      if (!syllables) continue;
      const chars = charsOf(text);
      if (chars.every(isHan)) teachers.push({ chars, common: chars.map(commonReading), syllables });
    }
    const learned = learnContextReadings(teachers);
    // The characters some pair teaches a reading for: a term without one reads as it commonly does.
    const taught = new Set<number>();
    for (const key of learned.keys()) {
      const pair = [...key.slice(1)];
      const char = key.charAt(0) === '<' ? pair[1] : pair[0];
      if (char !== undefined) taught.add(char.codePointAt(0) ?? 0);
    }
    // The paths, flat: per path its term and its syllable ids at [pathStart[k], pathStart[k + 1]).
    const pathTerm: number[] = [];
    const pathStart: number[] = [0];
    const flat: number[] = [];
    const common: string[] = [];
    const usable = (readings: readonly string[], count: number) =>
      readings.length === count && readings.every((r) => this.syllableIds.has(r) || SYLLABLE.test(r));
    for (const { id, text, syllables, short } of terms) {
      if (short) this.sequenceParts.add(id);
      // Code points: a Han character outside the BMP is one syllable too.
      const bmp = !SURROGATE.test(text);
      const chars = bmp ? undefined : [...text];
      const count = chars ? chars.length : text.length;
      if (count < (short ? MIN_SYLLABLES_IN_SEQUENCE : MIN_SYLLABLES)) continue;
      if (chars ? !chars.every(isHan) : !everyUnitHan(text)) continue;
      common.length = 0;
      let isTaught = false;
      if (chars) for (const char of chars) common.push(commonReading(char));
      else {
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          let reading = readingOf.get(code);
          if (reading === undefined) {
            reading = dictionaries.reading(text.charAt(i));
            readingOf.set(code, reading);
          }
          common.push(reading);
          if (!isTaught && taught.has(code)) isTaught = true;
        }
      }
      if (chars?.some((char) => taught.has(char.codePointAt(0) ?? 0))) isTaught = true;
      const inContext = syllables ?? (isTaught ? readInContext(chars ?? charsOf(text), common, learned) : common);
      if (!usable(inContext, count)) continue;
      pathTerm.push(id);
      for (const syllable of inContext) flat.push(this.idOf(syllable));
      pathStart.push(flat.length);
      // Where the reading in context is not the common one, the character itself also leads on
      // (a homophone that keeps 行 reads it xing): an edge of its own, which no other character
      // and no spelled syllable takes (中国银杏 is not 中国银行).
      if (inContext === common || inContext.every((reading, i) => reading === common[i])) continue;
      const own = chars ?? charsOf(text);
      pathTerm.push(id);
      inContext.forEach((reading, i) => {
        const char = own[i] ?? '';
        if (reading === common[i] || char.length !== 1) {
          flat.push(this.idOf(reading));
          return;
        }
        const code = char.charCodeAt(0);
        let ownId = this.ownIds[code] ?? 0;
        if (ownId === 0) {
          ownId = this.idOf(`=${char}`);
          this.ownIds[code] = ownId;
          this.ownCount++;
        }
        flat.push(ownId);
      });
      pathStart.push(flat.length);
    }
    this.heardTerms = new Set(pathTerm).size;
    // At most one node per syllable of the paths, plus the root.
    const capacity = 1 + flat.length;
    const rootChildById: number[] = [];
    const firstChild = new Int32Array(capacity).fill(-1);
    const lastChild = new Int32Array(capacity).fill(-1);
    const nextSibling = new Int32Array(capacity).fill(-1);
    const syllableOf = new Int32Array(capacity);
    const firstTerm = new Int32Array(capacity).fill(-1);
    const lastTerm = new Int32Array(capacity).fill(-1);
    const termNext = new Int32Array(pathTerm.length).fill(-1);
    const termValue = new Int32Array(pathTerm.length);
    let nodeCount = 1;
    let added = 0;
    for (let k = 0; k < pathTerm.length; k++) {
      const id = pathTerm[k] ?? 0;
      let node = 0;
      for (let f = pathStart[k] ?? 0; f < (pathStart[k + 1] ?? 0); f++) {
        const syllableId = flat[f] ?? 0;
        let child = -1;
        if (node === 0) child = rootChildById[syllableId] ?? -1;
        else {
          for (let c = firstChild[node] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
            if (syllableOf[c] === syllableId) {
              child = c;
              break;
            }
          }
        }
        if (child < 0) {
          child = nodeCount++;
          if (node === 0) rootChildById[syllableId] = child;
          syllableOf[child] = syllableId;
          const last = lastChild[node] ?? -1;
          if (last < 0) firstChild[node] = child;
          else nextSibling[last] = child;
          lastChild[node] = child;
        }
        node = child;
      }
      const slot = added++;
      termValue[slot] = id;
      const last = lastTerm[node] ?? -1;
      if (last < 0) firstTerm[node] = slot;
      else termNext[last] = slot;
      lastTerm[node] = slot;
    }
    this.termCount = added;

    // The trie in flat arrays, breadth first from node 0, the root.
    const nodes = nodeCount;
    const order = new Int32Array(nodes);
    const flatIndex = new Int32Array(nodes);
    let filled = 1;
    for (let n = 0; n < filled; n++) {
      for (let child = firstChild[order[n] ?? 0] ?? -1; child >= 0; child = nextSibling[child] ?? -1) {
        flatIndex[child] = filled;
        order[filled++] = child;
      }
    }
    this.childStart = new Int32Array(nodes + 1);
    this.termStart = new Int32Array(nodes + 1);
    this.childSyllable = new Int32Array(nodes - 1);
    this.childNode = new Int32Array(nodes - 1);
    const termIds = new Int32Array(added);
    let edge = 0;
    let termCount = 0;
    for (let n = 0; n < nodes; n++) {
      const node = order[n] ?? 0;
      for (let child = firstChild[node] ?? -1; child >= 0; child = nextSibling[child] ?? -1) {
        this.childSyllable[edge] = syllableOf[child] ?? 0;
        this.childNode[edge] = flatIndex[child] ?? 0;
        edge++;
      }
      for (let slot = firstTerm[node] ?? -1; slot >= 0; slot = termNext[slot] ?? -1)
        termIds[termCount++] = termValue[slot] ?? 0;
      this.childStart[n + 1] = edge;
      this.termStart[n + 1] = termCount;
    }
    this.termIds = termIds;
    this.syllableText = [''];
    for (const [syllable, id] of this.syllableIds) this.syllableText[id] = syllable;
    this.rootChild = new Int32Array(this.syllableIds.size + 1).fill(-1);
    for (let e = this.childStart[0] ?? 0; e < (this.childStart[1] ?? 0); e++) {
      this.rootChild[this.childSyllable[e] ?? 0] = this.childNode[e] ?? 0;
    }
    // Each node's children sorted by syllable id in place (insertion sort: most nodes have a few).
    const sortedSyllable = this.childSyllable.slice();
    const sortedNode = this.childNode.slice();
    for (let n = 0; n < nodes; n++) {
      const from = this.childStart[n] ?? 0;
      const to = this.childStart[n + 1] ?? 0;
      for (let k = from + 1; k < to; k++) {
        const syllable = sortedSyllable[k] ?? 0;
        const node = sortedNode[k] ?? 0;
        let at = k;
        while (at > from && (sortedSyllable[at - 1] ?? 0) > syllable) {
          sortedSyllable[at] = sortedSyllable[at - 1] ?? 0;
          sortedNode[at] = sortedNode[at - 1] ?? 0;
          at--;
        }
        sortedSyllable[at] = syllable;
        sortedNode[at] = node;
      }
    }
    this.sortedSyllable = sortedSyllable;
    this.sortedNode = sortedNode;
    const rootCount = this.childStart[1] ?? 0;
    const stride = this.syllableIds.size + 1;
    const secondChild = new Int32Array(rootCount * stride).fill(-1);
    const secondBits = new Int32Array((rootCount * stride + 31) >>> 5);
    for (let n = 1; n <= rootCount; n++) {
      for (let e = this.childStart[n] ?? 0; e < (this.childStart[n + 1] ?? 0); e++) {
        const cell = (n - 1) * stride + (this.childSyllable[e] ?? 0);
        secondChild[cell] = this.childNode[e] ?? 0;
        secondBits[cell >>> 5] = (secondBits[cell >>> 5] ?? 0) | (1 << (cell & 31));
      }
    }
    this.rootCount = rootCount;
    this.stride = stride;
    this.secondChild = secondChild;
    this.secondBits = secondBits;
    const letterOf = (e: number) => (this.syllableText[this.childSyllable[e] ?? 0] ?? '').charCodeAt(0) - 0x61;
    const rootLetterStart = new Int32Array(27);
    for (let e = 0; e < rootCount; e++) {
      const letter = letterOf(e);
      if (letter >= 0 && letter < 26) rootLetterStart[letter + 1] = (rootLetterStart[letter + 1] ?? 0) + 1;
    }
    for (let letter = 0; letter < 26; letter++)
      rootLetterStart[letter + 1] = (rootLetterStart[letter + 1] ?? 0) + (rootLetterStart[letter] ?? 0);
    const rootLetterEdge = new Int32Array(rootLetterStart[26] ?? 0);
    const fill = rootLetterStart.slice(0, 26);
    for (let e = 0; e < rootCount; e++) {
      const letter = letterOf(e);
      if (letter < 0 || letter >= 26) continue;
      const at = fill[letter] ?? 0;
      fill[letter] = at + 1;
      rootLetterEdge[at] = e;
    }
    this.rootLetterStart = rootLetterStart;
    this.rootLetterEdge = rootLetterEdge;
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

  /** The `codeIds` entry of a code unit the scan meets for the first time. */
  private lookUp(code: number): number {
    const own = this.ownCount > 0 ? (this.ownIds[code] ?? 0) : 0;
    const packed = (own << 16) | (this.readingId(code) + 2);
    this.codeIds[code] = packed;
    return packed;
  }

  /** Whether a term is heard as a part of a sequence (its PinyinTerm was `short`). */
  isSequencePart(term: number): boolean {
    return this.sequenceParts.has(term);
  }

  /** Number of terms heard by sound, for size reports. */
  get size(): number {
    return this.heardTerms;
  }

  /** `wordStart(p)` tells whether a Latin word may start at `p` (a spelled name starts a word). */
  scan(compact: string, wordStart: (position: number) => boolean, onMatch: (match: PinyinMatch) => void): void {
    if (this.termCount === 0 || compact.length === 0) return;
    // Walks that have read everything before position p, in two buffers swapped from one position
    // to the next (a Han character moves a walk on by exactly one unit); walks that read a spelled
    // syllable land further on and wait in `later`.
    let current = this.walksA;
    let next = this.walksB;
    current.count = 0;
    next.count = 0;
    let later: Map<number, LandingWalk[]> | undefined;
    // Where a spelled term ended inside a Latin word: the next term may start there
    // (guangzhoushi|gonganju), as it may at a word start.
    let spelledEnds: Set<number> | undefined;
    const { childStart, childSyllable, childNode, termStart, termIds, syllableText, rootChild } = this;
    const { sortedSyllable, sortedNode, rootLetterStart, rootLetterEdge, rootCount, stride, secondChild, secondBits } =
      this;
    const codeIds = this.codeIds;
    for (let p = 0; p < compact.length; p++) {
      if (later !== undefined && later.size > 0) {
        const landed = later.get(p);
        if (landed) {
          later.delete(p);
          for (const walk of landed) current.push(walk.node, walk.start, walk.spelled);
        }
      }
      const code = compact.charCodeAt(p);
      if (isLatin(code)) {
        if (wordStart(p) || spelledEnds?.has(p)) current.push(0, p, 0);
        const letter = code - 0x61;
        for (let w = 0; w < current.count; w++) {
          const node = current.node[w] ?? 0;
          const start = current.start[w] ?? 0;
          // At the root, only the syllables of this letter (in the order they were added).
          const root = node === 0;
          const from = root ? (rootLetterStart[letter] ?? 0) : (childStart[node] ?? 0);
          const to = root ? (rootLetterStart[letter + 1] ?? 0) : (childStart[node + 1] ?? 0);
          for (let k = from; k < to; k++) {
            const e = root ? (rootLetterEdge[k] ?? 0) : k;
            const syllable = syllableText[childSyllable[e] ?? 0] ?? '';
            if (!compact.startsWith(syllable, p)) continue;
            const child = childNode[e] ?? 0;
            const end = p + syllable.length;
            if ((termStart[child] ?? 0) < (termStart[child + 1] ?? 0)) {
              spelledEnds ??= new Set();
              spelledEnds.add(end);
            }
            for (let t = termStart[child] ?? 0; t < (termStart[child + 1] ?? 0); t++) {
              onMatch({ term: termIds[t] ?? 0, start, end, spelled: true });
            }
            if (childStart[child] === childStart[child + 1]) continue;
            later ??= new Map();
            const moved = { node: child, start, spelled: 1 };
            const list = later.get(end);
            if (list) list.push(moved);
            else later.set(end, [moved]);
          }
        }
      } else {
        // The character's reading, then the character itself where a term keeps it (行 in 中国银行).
        let ids = codeIds[code] ?? 0;
        if (ids === 0) ids = this.lookUp(code);
        const reading = (ids & 0xffff) - 2;
        const own = ids >>> 16;
        for (let k = 0; k < 2; k++) {
          const id = k === 0 ? reading : own;
          if (id <= 0) continue;
          const fromRoot = rootChild[id] ?? -1;
          if (fromRoot >= 0) {
            for (let t = termStart[fromRoot] ?? 0; t < (termStart[fromRoot + 1] ?? 0); t++) {
              onMatch({ term: termIds[t] ?? 0, start: p, end: p + 1, spelled: false });
            }
            if (childStart[fromRoot] !== childStart[fromRoot + 1]) next.push(fromRoot, p, 0);
          }
          for (let w = 0; w < current.count; w++) {
            const node = current.node[w] ?? 0;
            let child = -1;
            if (node >= 1 && node <= rootCount) {
              const cell = (node - 1) * stride + id;
              if ((secondBits[cell >>> 5] ?? 0) & (1 << (cell & 31))) child = secondChild[cell] ?? -1;
            } else {
              let low = childStart[node] ?? 0;
              let high = (childStart[node + 1] ?? 0) - 1;
              while (low <= high) {
                const mid = (low + high) >>> 1;
                const syllable = sortedSyllable[mid] ?? 0;
                if (syllable === id) {
                  child = sortedNode[mid] ?? 0;
                  break;
                }
                if (syllable < id) low = mid + 1;
                else high = mid - 1;
              }
            }
            if (child < 0) continue;
            const start = current.start[w] ?? 0;
            const spelled = current.spelled[w] ?? 0;
            for (let t = termStart[child] ?? 0; t < (termStart[child + 1] ?? 0); t++) {
              onMatch({ term: termIds[t] ?? 0, start, end: p + 1, spelled: spelled === 1 });
            }
            if (childStart[child] !== childStart[child + 1]) next.push(child, start, spelled);
          }
        }
      }
      const swap = current;
      current = next;
      next = swap;
      next.count = 0;
    }
  }
}
