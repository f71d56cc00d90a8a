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

const charsOf = (text: string) => (SURROGATE.test(text) ? [...text] : text.split(''));

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

/**
 * What the pinyin channel reads of a compiled rule set: the texts whose entry asks for homophones
 * (heard), the first unit of each text's compact form, and, for the texts of a branch when it is
 * built, the term each belongs to.
 */
export interface HeardTexts {
  /** The heard texts' indices, ascending. */
  readonly heard: Int32Array;
  /** Per text index: the first unit of its compact form (-1: empty). */
  readonly firstUnits: Int32Array;
  /** A text's compact form. */
  compact(index: number): string;
  /** The second unit of a text's compact form (-1: it has one unit). */
  secondUnit(index: number): number;
  /** The term a heard text belongs to (undefined when its compact form is empty). */
  term(index: number): PinyinTerm | undefined;
  /** Called before a term is reported (the rule set makes its object on the first call). */
  report(id: number): void;
  /**
   * The syllables the rule set gives, by compact form (the first entry that gives them), and
   * whether a heard entry has that compact form (only those teach readings in context).
   */
  readonly given: ReadonlyMap<string, { readonly syllables: readonly string[]; readonly heard: boolean }>;
}

/** Sort keys: a syllable id times PLACE plus a place below it. */
const PLACE = 0x1000000;

/** A first unit whose first syllable only the whole term tells. */
const FULL = 'full';

/** A root branch not built yet (`rootChild`'s nodes 1 to R are reserved for the branches). */
const UNBUILT = 0;
/** Its node per second syllable made (buildFirst). */
const FIRST = 1;
/** Every node below it built, its children in the eager trie's order (buildWhole). */
const WHOLE = 2;

/** Grows a typed array to at least `size` elements (doubling), keeping its contents. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  if (array.length >= size) return array as Int32Array<ArrayBuffer>;
  const next = new Int32Array(Math.max(size, 2 * array.length));
  next.set(array);
  return next;
}

export class PinyinMatcher {
  private readonly termCount: number;
  private readonly heardIds = new Set<number>();
  private readonly syllableIds = new Map<string, number>();
  /** The terms that are parts of a sequence (`short` given). */
  private readonly sequenceParts = new Set<number>();
  /**
   * A syllable id per character (BMP code unit) a term keeps where its reading in context is not
   * the common one (`=行`), 0 for none: looked up at every Han character, so a table, not a map.
   */
  private readonly ownIds = new Int32Array(0x10000);
  private ownCount = 0;
  /** Per BMP code unit: 0 not looked up yet, -1 no syllable, else the syllable id of its reading. */
  private readonly readingIds = new Int32Array(0x10000);
  /**
   * What the scan reads per BMP code unit, filled as it meets the unit: 0 not looked up yet, else
   * `readingId` plus 2 in the low 16 bits and the `ownIds` entry in the high ones — one look-up in
   * one table per character of the text, not one in each. An own id given later (a branch built
   * after the unit was met) is written into it too.
   */
  private readonly codeIds = new Int32Array(0x10000);
  // The trie, built a root branch (the terms of one first syllable) at a time: per node, its
  // children [childStart[n], childEnd[n]) with their syllable ids, and its terms
  // [termStart[n], termEnd[n]). Node 0 is the root; nodes 1 to R the root's children, one per
  // first syllable (their edges are 0 to R - 1); a branch's other nodes are appended when it is built.
  private childStart: Int32Array;
  private childEnd: Int32Array;
  private childSyllable: Int32Array;
  private childNode: Int32Array;
  private termStart: Int32Array;
  private termEnd: Int32Array;
  private termIds = new Int32Array(64);
  private nodeCount: number;
  private edgeCount: number;
  private idCount = 0;
  /** Syllable text by id. */
  private readonly syllableText: string[] = [''];
  /** The root's child by syllable id, or -1: the look-up made at nearly every Han character. */
  private readonly rootChild: Int32Array;
  /** Per root child (1 to R): UNBUILT, FIRST or WHOLE. */
  private readonly branchState: Uint8Array;
  /**
   * The heard texts (by their place in `heard`) of a root child's first syllable: a chain from
   * `branchHead[r]` through `branchNext` (-1 ends it), ascending; then the texts heard under a
   * second first syllable too ([root, text] pairs of `alsoUnder`, chained by root the same way).
   */
  private readonly branchHead: Int32Array;
  private readonly branchNext: Int32Array;
  private readonly alsoUnder: [number, number][] = [];
  private readonly alsoHead: Int32Array;
  private readonly alsoNext: Int32Array;
  /**
   * The heard texts of the second-syllable nodes: a node not built yet (its `childStart` -1) holds
   * [termStart[n], termEnd[n]) of it, and its root child in `childEnd`.
   */
  private held = new Int32Array(256);
  /** Per second-syllable node: where among its root's texts its syllable was first met. */
  private firstMet = new Int32Array(256);
  private heldCount = 0;
  /** A build's (second syllable, text) pairs: sort keys (syllable · 2^24 + place) and texts. */
  private pairKeys = new Float64Array(256);
  private pairTexts = new Int32Array(256);
  /** Per built second-syllable node: the smallest id of its terms (the eager trie's order of them). */
  private readonly smallestId = new Map<number, number>();
  /** What tells a heard text's first two syllables: see the constructor. */
  private readonly taughtFirst = new Map<number, Map<number, string | null> | typeof FULL>();
  /** Per unit: 1 when a text given syllables starts with it, | 2 when a pair teaches it a reading. */
  private readonly givenFirst = new Uint8Array(0x10000);
  private readonly firstSyllable = new Int32Array(0x10000);
  /**
   * Each node's children again, ordered by syllable id: what a Han character's syllable is looked
   * up in (a binary search; the lists above keep the order spelled syllables are tried in).
   */
  private sortedSyllable: Int32Array;
  private sortedNode: Int32Array;
  /**
   * The children of the root's children (nodes 1 to `rootCount`) by syllable id, in a table of
   * `rootCount` rows of `stride`: nearly every walk is one syllable in, and its next step is one
   * look-up instead of a search among hundreds of children. Filled as branches are built; wider
   * when a syllable id outgrows it.
   */
  private readonly rootCount: number;
  private stride = 0;
  private secondChild = new Int32Array(0);
  /**
   * One bit per cell of `secondChild`, set where it holds a child: the table is mostly empty and
   * too large for the processor's near caches, its bits are not, and most steps find no child.
   */
  private secondBits = new Int32Array(0);
  /**
   * The root's edges by the first letter of their syllable (a–z): a Latin word is tried against
   * the syllables of its first letter only.
   */
  private readonly rootLetterStart: Int32Array;
  private readonly rootLetterEdge: Int32Array;
  /** Incremented when a build or a wider table replaces an array the scan reads. */
  private epoch = 0;
  private readonly readingOf = new Map<number, string>();
  private readonly learned: Map<string, string | null>;
  /** The characters some pair teaches a reading for: a term without one reads as it commonly does. */
  private readonly taught = new Set<number>();
  // Walk buffers reused by every scan (a scan runs to its end before the next starts).
  private readonly walksA = new Walks();
  private readonly walksB = new Walks();

  /**
   * Ready once each heard text's first syllable is known (from the first unit of its compact
   * form, the whole term only where a pair teaches its first character another reading); a root
   * branch, the terms of one first syllable, is built the first time a text reaches it.
   *
   * A term is heard by its reading in context: the syllables the rule set gives it, or else the
   * readings the rule set gives its other terms for the same pair of characters (银行 is yin hang
   * in every bank's name, 重庆 chong qing in every name in Chongqing), or else each character's
   * most common reading.
   */
  constructor(
    private readonly texts: HeardTexts,
    private readonly dictionaries: Dictionaries,
  ) {
    // Every term given syllables and heard teaches, whatever its length (a few terms of a rule set).
    const teachers: { chars: string[]; common: string[]; syllables: readonly string[] }[] = [];
    // The first units of the texts given syllables: a text that starts with one may be one.
    const givenFirst = this.givenFirst;
    for (const [text, { syllables, heard }] of texts.given) {
      givenFirst[text.charCodeAt(0)] = 1;
      const chars = charsOf(text);
      if (!chars.every(isHan)) continue;
      const common = chars.map((char) => this.commonReading(char));
      if (heard) teachers.push({ chars, common, syllables });
    }
    this.learned = learnContextReadings(teachers);
    /**
     * The first units some pair teaches a reading for (`>` keys): per such unit, its reading by
     * the unit after it (null: taught two readings, so the common one); FULL where only the
     * whole term tells (a pair outside the BMP).
     */
    const taughtFirst = this.taughtFirst;
    for (const [key, reading] of this.learned) {
      const pair = [...key.slice(1)];
      const char = key.charAt(0) === '<' ? pair[1] : pair[0];
      if (char !== undefined) this.taught.add(char.codePointAt(0) ?? 0);
      if (key.charAt(0) !== '>') continue;
      const first = key.charCodeAt(1);
      const known = taughtFirst.get(first);
      if (key.length !== 3) taughtFirst.set(first, FULL);
      else if (known === undefined) taughtFirst.set(first, new Map([[key.charCodeAt(2), reading]]));
      else if (known !== FULL) known.set(key.charCodeAt(2), reading);
    }
    // Each heard text under its first syllable: the common reading of its first unit, the reading
    // a pair teaches it (and the unit itself, which a homophone that keeps it reads), or, for a
    // text given syllables, the first syllable of each of its paths.
    const { heard, firstUnits } = texts;
    this.termCount = heard.length;
    const branchOf = new Int32Array(heard.length);
    const rootOf: number[] = [];
    let roots = 0;
    const rootFor = (syllable: number) => {
      let root = rootOf[syllable] ?? 0;
      if (root === 0) {
        root = ++roots;
        rootOf[syllable] = root;
      }
      return root;
    };
    const commonOf = (unit: number) => this.commonSyllable(unit);
    // Most texts: a first unit no pair teaches and no given text starts with, whose root is
    // looked up once per unit (+ 1; 0: not yet, -1: none).
    for (const unit of taughtFirst.keys()) givenFirst[unit] = (givenFirst[unit] ?? 0) | 2;
    const rootOfUnit = new Int32Array(0x10000);
    for (let h = 0; h < heard.length; h++) {
      const index = heard[h] ?? 0;
      const unit = firstUnits[index] ?? -1;
      if (unit < 0) continue;
      if (givenFirst[unit] === 0 && (unit & 0xf800) !== 0xd800) {
        let root = rootOfUnit[unit] ?? 0;
        if (root === 0) {
          const common = commonOf(unit);
          root = common > 0 ? rootFor(common) : -1;
          rootOfUnit[unit] = root;
        }
        if (root > 0) branchOf[h] = root;
        continue;
      }
      const taught = taughtFirst.get(unit);
      let full = taught === FULL || (unit >= 0xd800 && unit <= 0xdfff);
      if (!full && (givenFirst[unit] ?? 0) & 1) full = texts.given.has(texts.compact(index));
      if (full) {
        const text = texts.compact(index);
        const paths = this.pathsOf(text, texts.given.get(text)?.syllables, true);
        paths.forEach((path, k) => {
          const root = rootFor(path[0] ?? 0);
          if (k === 0) branchOf[h] = root;
          else if (root !== branchOf[h]) this.alsoUnder.push([root, h]);
        });
        continue;
      }
      const common = commonOf(unit);
      if (common <= 0) continue;
      if (taught === undefined) {
        branchOf[h] = rootFor(common);
        continue;
      }
      // Read in context at its first unit: the pair's reading, if it teaches one.
      const next = texts.secondUnit(index);
      const reading = next >= 0 ? (taught as Map<number, string | null>).get(next) : undefined;
      const first = typeof reading === 'string' ? this.idOf(reading) : common;
      if (first === common) {
        branchOf[h] = rootFor(common);
        continue;
      }
      branchOf[h] = rootFor(first);
      // Its path with the unit itself (a homophone that keeps 行 reads it xing).
      let own = this.ownIds[unit] ?? 0;
      if (own === 0) {
        own = this.idOf(`=${String.fromCharCode(unit)}`);
        this.ownIds[unit] = own;
        this.ownCount++;
        this.keepOwn(unit, own);
      }
      this.alsoUnder.push([rootFor(own), h]);
    }
    const branchHead = new Int32Array(roots + 1).fill(-1);
    const branchNext = new Int32Array(heard.length);
    for (let h = heard.length - 1; h >= 0; h--) {
      const root = branchOf[h] ?? 0;
      if (root === 0) continue;
      branchNext[h] = branchHead[root] ?? -1;
      branchHead[root] = h;
    }
    this.branchHead = branchHead;
    this.branchNext = branchNext;
    const alsoHead = new Int32Array(roots + 1).fill(-1);
    const alsoNext = new Int32Array(this.alsoUnder.length);
    for (let a = this.alsoUnder.length - 1; a >= 0; a--) {
      const root = this.alsoUnder[a]?.[0] ?? 0;
      alsoNext[a] = alsoHead[root] ?? -1;
      alsoHead[root] = a;
    }
    this.alsoHead = alsoHead;
    this.alsoNext = alsoNext;
    this.rootCount = roots;
    // The root's children and edges, one per first syllable; the rest is built branch by branch.
    this.rootChild = new Int32Array(this.syllableIds.size + 1).fill(-1);
    this.branchState = new Uint8Array(roots + 1);
    this.nodeCount = roots + 1;
    this.edgeCount = roots;
    const capacity = Math.max(64, 2 * this.nodeCount);
    this.childStart = new Int32Array(capacity);
    this.childEnd = new Int32Array(capacity);
    this.termStart = new Int32Array(capacity);
    this.termEnd = new Int32Array(capacity);
    this.childSyllable = new Int32Array(capacity);
    this.childNode = new Int32Array(capacity);
    this.childEnd[0] = roots;
    rootOf.forEach((root, syllable) => {
      this.rootChild[syllable] = root;
      this.childSyllable[root - 1] = syllable;
      this.childNode[root - 1] = root;
    });
    this.sortedSyllable = this.childSyllable.slice();
    this.sortedNode = this.childNode.slice();
    const letterOf = (e: number) => (this.syllableText[this.childSyllable[e] ?? 0] ?? '').charCodeAt(0) - 0x61;
    const rootLetterStart = new Int32Array(27);
    for (let e = 0; e < roots; e++) {
      const letter = letterOf(e);
      if (letter >= 0 && letter < 26) rootLetterStart[letter + 1] = (rootLetterStart[letter + 1] ?? 0) + 1;
    }
    for (let letter = 0; letter < 26; letter++)
      rootLetterStart[letter + 1] = (rootLetterStart[letter + 1] ?? 0) + (rootLetterStart[letter] ?? 0);
    const rootLetterEdge = new Int32Array(rootLetterStart[26] ?? 0);
    const fill = rootLetterStart.slice(0, 26);
    for (let e = 0; e < roots; e++) {
      const letter = letterOf(e);
      if (letter < 0 || letter >= 26) continue;
      const at = fill[letter] ?? 0;
      fill[letter] = at + 1;
      rootLetterEdge[at] = e;
    }
    this.rootLetterStart = rootLetterStart;
    this.rootLetterEdge = rootLetterEdge;
  }

  /** The syllable id of a unit's common reading (-1: none, or not Han). */
  private commonSyllable(unit: number): number {
    let syllable = this.firstSyllable[unit] ?? 0;
    if (syllable === 0) {
      const char = String.fromCharCode(unit);
      const reading = isHan(char) ? this.commonReading(char) : '';
      syllable = SYLLABLE.test(reading) ? this.idOf(reading) : -1;
      this.firstSyllable[unit] = syllable;
    }
    return syllable;
  }

  /** A character's most common reading, looked up once. */
  private commonReading(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    let reading = this.readingOf.get(code);
    if (reading === undefined) {
      reading = this.dictionaries.reading(char);
      this.readingOf.set(code, reading);
    }
    return reading;
  }

  /**
   * The paths of syllable ids a term is heard by: its reading in context, and, where that is not
   * the common one, the same with the character itself in place of each such reading (a
   * homophone that keeps 行 reads it xing: an edge of its own, which no other character and no
   * spelled syllable takes, so 中国银杏 is not 中国银行). None when it is too short or not Han.
   */
  private pathsOf(text: string, syllables: readonly string[] | undefined, short: boolean | undefined): number[][] {
    // Code points: a Han character outside the BMP is one syllable too.
    const bmp = !SURROGATE.test(text);
    const chars = bmp ? undefined : [...text];
    const count = chars ? chars.length : text.length;
    if (count < (short ? MIN_SYLLABLES_IN_SEQUENCE : MIN_SYLLABLES)) return [];
    if (chars ? !chars.every(isHan) : !everyUnitHan(text)) return [];
    const common: string[] = [];
    let isTaught = false;
    if (chars) for (const char of chars) common.push(this.commonReading(char));
    else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let reading = this.readingOf.get(code);
        if (reading === undefined) {
          reading = this.dictionaries.reading(text.charAt(i));
          this.readingOf.set(code, reading);
        }
        common.push(reading);
        if (!isTaught && this.taught.has(code)) isTaught = true;
      }
    }
    if (chars?.some((char) => this.taught.has(char.codePointAt(0) ?? 0))) isTaught = true;
    const inContext = syllables ?? (isTaught ? readInContext(chars ?? charsOf(text), common, this.learned) : common);
    if (!(inContext.length === count && inContext.every((r) => this.syllableIds.has(r) || SYLLABLE.test(r)))) return [];
    const path = inContext.map((syllable) => this.idOf(syllable));
    if (inContext === common || inContext.every((reading, i) => reading === common[i])) return [path];
    const own = chars ?? charsOf(text);
    const kept = inContext.map((reading, i) => {
      const char = own[i] ?? '';
      if (reading === common[i] || char.length !== 1) return this.idOf(reading);
      const code = char.charCodeAt(0);
      let ownId = this.ownIds[code] ?? 0;
      if (ownId === 0) {
        ownId = this.idOf(`=${char}`);
        this.ownIds[code] = ownId;
        this.ownCount++;
        this.keepOwn(code, ownId);
      }
      return ownId;
    });
    return [path, kept];
  }

  /** Builds every root branch (for tests and reports that need the whole trie). */
  buildAll(): void {
    for (let root = 1; root <= this.rootCount; root++) this.buildWhole(root);
    if (this.syllableIds.size + 1 > this.stride && this.rootCount > 0) this.widen();
  }

  /** The second-step table again, `stride` wide enough for every syllable id. */
  private widen(): void {
    this.epoch++;
    let stride = Math.max(512, this.stride);
    while (stride < this.syllableIds.size + 1) stride *= 2;
    this.stride = stride;
    this.secondChild = new Int32Array(this.rootCount * stride);
    this.secondBits = new Int32Array((this.rootCount * stride + 31) >>> 5);
    for (let root = 1; root <= this.rootCount; root++) if (this.branchState[root] !== UNBUILT) this.fillRow(root);
  }

  /** A built root child's row of the second-step table. */
  private fillRow(root: number): void {
    const { secondChild, secondBits, stride } = this;
    for (let e = this.childStart[root] ?? 0; e < (this.childEnd[root] ?? 0); e++) {
      const cell = (root - 1) * stride + (this.childSyllable[e] ?? 0);
      secondChild[cell] = this.childNode[e] ?? 0;
      secondBits[cell >>> 5] = (secondBits[cell >>> 5] ?? 0) | (1 << (cell & 31));
    }
  }

  /**
   * The second syllables of heard text `h`'s paths that start with `first`: the common reading of
   * its second unit, unless a pair or the rule set teaches one of its first two characters another
   * reading, where its paths tell.
   */
  private secondsOf(h: number, first: number): number[] | number {
    const { texts } = this;
    const index = texts.heard[h] ?? 0;
    const unit = texts.firstUnits[index] ?? -1;
    const next = texts.secondUnit(index);
    if (unit < 0 || next < 0) return -1;
    let full =
      (unit & 0xf800) === 0xd800 ||
      (next & 0xf800) === 0xd800 ||
      this.taught.has(next) ||
      this.taughtFirst.get(unit) === FULL;
    if (!full && (this.givenFirst[unit] ?? 0) & 1) full = texts.given.has(texts.compact(index));
    // Most texts: one second syllable, no array.
    if (!full) return this.commonSyllable(next);
    const text = texts.compact(index);
    const seconds: number[] = [];
    for (const path of this.pathsOf(text, texts.given.get(text)?.syllables, true)) {
      const second = path[1] ?? -1;
      if (path[0] === first && second > 0 && !seconds.includes(second)) seconds.push(second);
    }
    return seconds;
  }

  /**
   * Builds root child `root` one level down: a node per second syllable of its heard texts, each
   * holding its texts until it is built (buildSecond). Its children are in the order their texts
   * are met, not yet the eager trie's (buildWhole puts them in it, for spelled syllables).
   */
  private buildFirst(root: number): void {
    this.epoch++;
    this.branchState[root] = FIRST;
    const first = this.childSyllable[root - 1] ?? 0;
    let pairs = 0;
    const add = (h: number, second: number) => {
      if (second <= 0) return;
      if (pairs === this.pairTexts.length) {
        const keys = new Float64Array(2 * pairs);
        keys.set(this.pairKeys);
        this.pairKeys = keys;
        this.pairTexts = grown(this.pairTexts, 2 * pairs);
      }
      this.pairKeys[pairs] = second * PLACE + pairs;
      this.pairTexts[pairs++] = h;
    };
    const file = (h: number) => {
      const seconds = this.secondsOf(h, first);
      if (typeof seconds === 'number') add(h, seconds);
      else for (const second of seconds) add(h, second);
    };
    for (let h = this.branchHead[root] ?? -1; h >= 0; h = this.branchNext[h] ?? -1) file(h);
    for (let a = this.alsoHead[root] ?? -1; a >= 0; a = this.alsoNext[a] ?? -1) file(this.alsoUnder[a]?.[1] ?? 0);
    // By second syllable, each one's texts in the order met: a node per syllable, its edges in
    // syllable order (buildWhole puts them in the eager trie's order, ties in the order met).
    const keys = this.pairKeys.subarray(0, pairs).sort();
    let count = 0;
    for (let k = 0; k < pairs; k++)
      if (k === 0 || Math.floor((keys[k] ?? 0) / PLACE) !== Math.floor((keys[k - 1] ?? 0) / PLACE)) count++;
    const base = this.nodeCount;
    const edges = this.edgeCount;
    this.childStart = grown(this.childStart, base + count);
    this.childEnd = grown(this.childEnd, base + count);
    this.termStart = grown(this.termStart, base + count);
    this.termEnd = grown(this.termEnd, base + count);
    this.childSyllable = grown(this.childSyllable, edges + count);
    this.childNode = grown(this.childNode, edges + count);
    this.sortedSyllable = grown(this.sortedSyllable, edges + count);
    this.sortedNode = grown(this.sortedNode, edges + count);
    this.held = grown(this.held, this.heldCount + pairs);
    this.firstMet = grown(this.firstMet, base + count);
    const { childStart, childEnd, termStart, termEnd, childSyllable, childNode, held, firstMet } = this;
    let node = base - 1;
    for (let k = 0; k < pairs; k++) {
      const key = keys[k] ?? 0;
      const second = Math.floor(key / PLACE);
      if (k === 0 || second !== Math.floor((keys[k - 1] ?? 0) / PLACE)) {
        node++;
        childSyllable[edges + node - base] = second;
        childNode[edges + node - base] = node;
        firstMet[node] = key % PLACE;
        // Not built yet: childStart -1, which the scan tests before stepping on.
        childStart[node] = -1;
        childEnd[node] = root;
        termStart[node] = this.heldCount;
      }
      held[this.heldCount++] = this.pairTexts[key % PLACE] ?? 0;
      termEnd[node] = this.heldCount;
    }
    this.sortedSyllable.set(childSyllable.subarray(edges, edges + count), edges);
    this.sortedNode.set(childNode.subarray(edges, edges + count), edges);
    childStart[root] = edges;
    childEnd[root] = edges + count;
    this.nodeCount = base + count;
    this.edgeCount = edges + count;
    if (this.syllableIds.size + 1 > this.stride) this.widen();
    else this.fillRow(root);
  }

  /** A node's children again in `sortedSyllable` / `sortedNode`, by syllable id (insertion sort: most have a few). */
  private sortChildren(node: number): void {
    const { childSyllable, childNode, sortedSyllable, sortedNode } = this;
    const low = this.childStart[node] ?? 0;
    const end = this.childEnd[node] ?? 0;
    for (let k = low; k < end; k++) {
      const syllable = childSyllable[k] ?? 0;
      const target = childNode[k] ?? 0;
      let at = k;
      while (at > low && (sortedSyllable[at - 1] ?? 0) > syllable) {
        sortedSyllable[at] = sortedSyllable[at - 1] ?? 0;
        sortedNode[at] = sortedNode[at - 1] ?? 0;
        at--;
      }
      sortedSyllable[at] = syllable;
      sortedNode[at] = target;
    }
  }

  /** Builds a second-syllable node's subtree: its terms' paths, in the order of their ids. */
  private buildSecond(node: number): void {
    this.epoch++;
    const list = this.held.slice(this.termStart[node] ?? 0, this.termEnd[node] ?? 0);
    const root = this.childEnd[node] ?? 0;
    let e = this.childStart[root] ?? 0;
    while (this.childNode[e] !== node) e++;
    const second = this.childSyllable[e] ?? 0;
    const byId = new Map<number, PinyinTerm>();
    for (const h of list) {
      const term = this.texts.term(this.texts.heard[h] ?? 0);
      if (term !== undefined && !byId.has(term.id)) byId.set(term.id, term);
    }
    const ids = [...byId.keys()].sort((a, b) => a - b);
    const first = this.childSyllable[root - 1] ?? 0;
    const pathTerm: number[] = [];
    const paths: number[][] = [];
    for (const id of ids) {
      const term = byId.get(id) as PinyinTerm;
      if (term.short) this.sequenceParts.add(id);
      for (const path of this.pathsOf(term.text, term.syllables, term.short)) {
        if (path[0] !== first || path[1] !== second) continue;
        pathTerm.push(id);
        paths.push(path);
        this.heardIds.add(id);
      }
    }
    if (pathTerm.length > 0) this.smallestId.set(node, pathTerm[0] ?? 0);
    this.append(node, paths, pathTerm, 2);
    // Its paths may have named a syllable (a character kept as itself) the table is too narrow for.
    if (this.syllableIds.size + 1 > this.stride) this.widen();
  }

  /**
   * Builds a root child whole: every second-syllable node, and its children put in the eager
   * trie's order (by the smallest id of their terms; a node without terms has none to report).
   */
  private buildWhole(root: number): void {
    if (this.branchState[root] === WHOLE) return;
    this.epoch++;
    if (this.branchState[root] === UNBUILT) this.buildFirst(root);
    const from = this.childStart[root] ?? 0;
    const to = this.childEnd[root] ?? 0;
    for (let e = from; e < to; e++) {
      const child = this.childNode[e] ?? 0;
      if ((this.childStart[child] ?? 0) < 0) this.buildSecond(child);
    }
    const edges: [number, number, number][] = [];
    for (let e = from; e < to; e++) {
      const child = this.childNode[e] ?? 0;
      edges.push([this.smallestId.get(child) ?? Number.MAX_SAFE_INTEGER, this.childSyllable[e] ?? 0, child]);
    }
    const firstMet = this.firstMet;
    edges.sort((a, b) => a[0] - b[0] || (firstMet[a[2]] ?? 0) - (firstMet[b[2]] ?? 0));
    edges.forEach(([, syllable, child], k) => {
      this.childSyllable[from + k] = syllable;
      this.childNode[from + k] = child;
    });
    this.branchState[root] = WHOLE;
  }

  /**
   * Appends the trie of `paths` (their syllables from `depth` on) below `anchor`, an existing node
   * with no children yet: breadth first, each node's children in the order they were added (the
   * order spelled syllables are tried in) and its terms in the order of the paths.
   */
  private append(anchor: number, paths: number[][], pathTerm: number[], depth: number): void {
    // The subtree while it is built, in flat arrays (no object per node): per node its children
    // as a list in the order they were added, searched in that order, and its terms as a list.
    // Local node 0 is the anchor.
    let capacity = 1;
    for (const path of paths) capacity += path.length;
    const firstChild = new Int32Array(capacity).fill(-1);
    const lastChild = new Int32Array(capacity).fill(-1);
    const nextSibling = new Int32Array(capacity).fill(-1);
    const syllableOf = new Int32Array(capacity);
    const firstTerm = new Int32Array(capacity).fill(-1);
    const lastTerm = new Int32Array(capacity).fill(-1);
    const termNext = new Int32Array(pathTerm.length).fill(-1);
    const termValue = new Int32Array(pathTerm.length);
    let made = 1;
    for (let k = 0; k < paths.length; k++) {
      const path = paths[k] as number[];
      let node = 0;
      for (let f = depth; f < path.length; f++) {
        const syllableId = path[f] ?? 0;
        let child = -1;
        for (let c = firstChild[node] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
          if (syllableOf[c] === syllableId) {
            child = c;
            break;
          }
        }
        if (child < 0) {
          child = made++;
          syllableOf[child] = syllableId;
          const last = lastChild[node] ?? -1;
          if (last < 0) firstChild[node] = child;
          else nextSibling[last] = child;
          lastChild[node] = child;
        }
        node = child;
      }
      termValue[k] = pathTerm[k] ?? 0;
      const last = lastTerm[node] ?? -1;
      if (last < 0) firstTerm[node] = k;
      else termNext[last] = k;
      lastTerm[node] = k;
    }
    // Appended breadth first: local node 0 is the anchor, the others new nodes.
    const order = new Int32Array(made);
    const global = new Int32Array(made);
    global[0] = anchor;
    let filled = 1;
    const base = this.nodeCount;
    for (let n = 0; n < filled; n++) {
      for (let child = firstChild[order[n] ?? 0] ?? -1; child >= 0; child = nextSibling[child] ?? -1) {
        global[child] = base + filled - 1;
        order[filled++] = child;
      }
    }
    const nodes = base + made - 1;
    const edges = this.edgeCount + made - 1;
    this.childStart = grown(this.childStart, nodes);
    this.childEnd = grown(this.childEnd, nodes);
    this.termStart = grown(this.termStart, nodes);
    this.termEnd = grown(this.termEnd, nodes);
    this.childSyllable = grown(this.childSyllable, edges);
    this.childNode = grown(this.childNode, edges);
    this.sortedSyllable = grown(this.sortedSyllable, edges);
    this.sortedNode = grown(this.sortedNode, edges);
    this.termIds = grown(this.termIds, this.idCount + pathTerm.length);
    const { childStart, childEnd, termStart, termEnd, childSyllable, childNode, termIds } = this;
    let edge = this.edgeCount;
    let termCount = this.idCount;
    for (let n = 0; n < made; n++) {
      const local = order[n] ?? 0;
      const node = global[local] ?? 0;
      childStart[node] = edge;
      for (let child = firstChild[local] ?? -1; child >= 0; child = nextSibling[child] ?? -1) {
        childSyllable[edge] = syllableOf[child] ?? 0;
        childNode[edge] = global[child] ?? 0;
        edge++;
      }
      childEnd[node] = edge;
      termStart[node] = termCount;
      for (let slot = firstTerm[local] ?? -1; slot >= 0; slot = termNext[slot] ?? -1)
        termIds[termCount++] = termValue[slot] ?? 0;
      termEnd[node] = termCount;
      this.sortChildren(node);
    }
    this.nodeCount = nodes;
    this.edgeCount = edge;
    this.idCount = termCount;
  }

  private idOf(syllable: string): number {
    let id = this.syllableIds.get(syllable);
    if (id === undefined) {
      id = this.syllableIds.size + 1;
      this.syllableIds.set(syllable, id);
      this.syllableText[id] = syllable;
    }
    return id;
  }

  /** The syllable id of a Han code unit's reading, or -1 when it has none. */
  private readingId(code: number): number {
    let id = this.readingIds[code] ?? -1;
    if (id === 0) {
      const char = String.fromCharCode(code);
      const reading = isHan(char) ? this.dictionaries.reading(char) : '';
      id = SYLLABLE.test(reading) ? this.idOf(reading) : -1;
      this.readingIds[code] = id;
      if (this.syllableIds.size + 1 > this.stride && this.rootCount > 0) this.widen();
    }
    return id;
  }

  /** A unit's own id given after the scan met it: written into its `codeIds` entry. */
  private keepOwn(code: number, own: number): void {
    const ids = this.codeIds[code] ?? 0;
    if (ids !== 0) this.codeIds[code] = (own << 16) | (ids & 0xffff);
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

  /** Number of terms heard by sound in the branches built so far, for size reports. */
  get size(): number {
    return this.heardIds.size;
  }

  /** `wordStart(p)` tells whether a Latin word may start at `p` (a spelled name starts a word). */
  scan(compact: string, wordStart: (position: number) => boolean, onMatch: (match: PinyinMatch) => void): void {
    if (this.termCount === 0 || compact.length === 0) return;
    const texts = this.texts;
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
    // The trie's arrays, read again after a branch is built (they may have grown: `epoch`).
    let {
      childStart,
      childEnd,
      childSyllable,
      childNode,
      termStart,
      termEnd,
      termIds,
      stride,
      secondChild,
      secondBits,
    } = this;
    const { syllableText, rootChild, rootLetterStart, rootLetterEdge, rootCount, branchState } = this;
    let { sortedSyllable, sortedNode } = this;
    const codeIds = this.codeIds;
    let epoch = this.epoch;
    const refresh = () => {
      ({
        childStart,
        childEnd,
        childSyllable,
        childNode,
        termStart,
        termEnd,
        termIds,
        stride,
        secondChild,
        secondBits,
      } = this);
      ({ sortedSyllable, sortedNode } = this);
      epoch = this.epoch;
    };
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
          // At the root, only the syllables of this letter (in the order they were added). A
          // branch a spelled syllable tries is built whole, its children in the eager order.
          const root = node === 0;
          if (!root && node <= rootCount && branchState[node] !== WHOLE) {
            this.buildWhole(node);
            refresh();
          }
          const from = root ? (rootLetterStart[letter] ?? 0) : (childStart[node] ?? 0);
          const to = root ? (rootLetterStart[letter + 1] ?? 0) : (childEnd[node] ?? 0);
          for (let k = from; k < to; k++) {
            const e = root ? (rootLetterEdge[k] ?? 0) : k;
            const syllable = syllableText[childSyllable[e] ?? 0] ?? '';
            if (!compact.startsWith(syllable, p)) continue;
            const child = childNode[e] ?? 0;
            if (root && branchState[child] !== WHOLE) {
              this.buildWhole(child);
              refresh();
            }
            const end = p + syllable.length;
            if ((termStart[child] ?? 0) < (termEnd[child] ?? 0)) {
              spelledEnds ??= new Set();
              spelledEnds.add(end);
            }
            for (let t = termStart[child] ?? 0; t < (termEnd[child] ?? 0); t++) {
              const term = termIds[t] ?? 0;
              texts.report(term);
              onMatch({ term, start, end, spelled: true });
            }
            if (childStart[child] === childEnd[child]) continue;
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
        if (ids === 0) {
          ids = this.lookUp(code);
          if (this.epoch !== epoch) refresh();
        }
        const reading = (ids & 0xffff) - 2;
        const own = ids >>> 16;
        for (let k = 0; k < 2; k++) {
          const id = k === 0 ? reading : own;
          if (id <= 0) continue;
          const fromRoot = rootChild[id] ?? -1;
          if (fromRoot >= 0 && branchState[fromRoot] === UNBUILT) {
            this.buildFirst(fromRoot);
            refresh();
          }
          if (fromRoot >= 0) {
            for (let t = termStart[fromRoot] ?? 0; t < (termEnd[fromRoot] ?? 0); t++) {
              const term = termIds[t] ?? 0;
              texts.report(term);
              onMatch({ term, start: p, end: p + 1, spelled: false });
            }
            if (childStart[fromRoot] !== childEnd[fromRoot]) next.push(fromRoot, p, 0);
          }
          for (let w = 0; w < current.count; w++) {
            const node = current.node[w] ?? 0;
            let child = -1;
            if (node >= 1 && node <= rootCount) {
              const cell = (node - 1) * stride + id;
              if ((secondBits[cell >>> 5] ?? 0) & (1 << (cell & 31))) child = secondChild[cell] ?? -1;
            } else {
              let low = childStart[node] ?? 0;
              let high = (childEnd[node] ?? 0) - 1;
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
            if ((childStart[child] ?? 0) < 0) {
              this.buildSecond(child);
              refresh();
            }
            const start = current.start[w] ?? 0;
            const spelled = current.spelled[w] ?? 0;
            for (let t = termStart[child] ?? 0; t < (termEnd[child] ?? 0); t++) {
              const term = termIds[t] ?? 0;
              texts.report(term);
              onMatch({ term, start, end: p + 1, spelled: spelled === 1 });
            }
            if (childStart[child] !== childEnd[child]) next.push(child, start, spelled);
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
