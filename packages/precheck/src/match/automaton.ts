/**
 * An Aho–Corasick automaton over UTF-16 code units: every lexicon term of a rule set in one
 * machine, so a text is scanned once whatever the number of terms.
 *
 * Built from the sorted terms straight into typed arrays (sorted edges per state, binary-searched)
 * so a compiled rule set of tens of thousands of terms builds in milliseconds, stays a few
 * megabytes and scans without allocating. Why our own rather than a library: matching must report term ids with their
 * length in code units over our compact text, and stay allocation-free on the keystroke path;
 * docs/benchmarks.md compares it with modern-ahocorasick, mint-filter and obscenity.
 */
import { TransitionTable } from './transitions.js';

export interface AutomatonMatch {
  /** Index of the term in the list the automaton was built from. */
  term: number;
  start: number;
  end: number;
}

export class Automaton {
  private readonly edgeStart: Uint32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Uint32Array;
  private readonly fail: Uint32Array;
  /** Per state: the term it ends (or -1), and the next state along the failure chain that ends one. */
  private readonly termAt: Int32Array;
  private readonly outputLink: Int32Array;
  private readonly termLength: Uint32Array;
  /**
   * The root's transitions by code unit (-1: none). Most characters of a text are read at the root
   * or fall back to it, and the root has an edge for the first unit of every term: a table instead
   * of a binary search over thousands of edges.
   */
  private readonly rootNext: Int32Array;
  /** How many ids a match may report: the dense ids' count, or the number of terms given. */
  readonly termCount: number;

  /**
   * Builds the automaton of `terms`. A match reports a term by its index in `terms` (of equal terms,
   * the first); or, when `ids` is given (as long as `terms`), by a dense id numbered in order of first
   * appearance, which the constructor writes into `ids` for every term (-1 for an empty one): the
   * trie merges equal terms as it builds, so a caller needs no map of its own.
   */
  constructor(terms: readonly string[], ids?: Int32Array) {
    let units = 0;
    for (let t = 0; t < terms.length; t++) units += (terms[t] ?? '').length;
    const termLength = new Uint32Array(terms.length);
    this.termLength = termLength;
    // The trie is built term by term in the order given, its transitions kept in an open-addressing
    // hash table keyed by (state, code unit) while it grows (the root's in a table by code unit):
    // no sort of the terms and no map per state, one probe or so per code unit.
    // At most one state per code unit of the terms, plus the root.
    const capacity = units + 1;
    const parentOf = new Uint32Array(capacity);
    const charOf = new Uint16Array(capacity);
    const ends = new Int32Array(capacity).fill(-1);
    const rootNext = new Int32Array(0x10000).fill(-1);
    const table = new TransitionTable(units);
    let count = 1;
    let dense = 0;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t] ?? '';
      if (term.length === 0) {
        if (ids) ids[t] = -1;
        continue;
      }
      let state = 0;
      for (let i = 0; i < term.length; i++) {
        const code = term.charCodeAt(i);
        let next = state === 0 ? (rootNext[code] ?? -1) : table.get(state, code);
        if (next < 0) {
          next = count++;
          parentOf[next] = state;
          charOf[next] = code;
          if (state === 0) rootNext[code] = next;
          else table.set(state, code, next);
        }
        state = next;
      }
      let id = ends[state] ?? -1;
      if (id < 0) {
        id = ids ? dense++ : t;
        ends[state] = id;
        termLength[id] = term.length;
      }
      if (ids) ids[t] = id;
    }
    this.termCount = ids ? dense : terms.length;
    this.rootNext = rootNext;

    // Edges grouped by parent, each parent's in code-unit order (binary-searched when scanning): a
    // counting sort of the states by code unit, then a stable one by parent.
    const edgeStart = new Uint32Array(count + 1);
    for (let state = 1; state < count; state++) {
      const slot = (parentOf[state] ?? 0) + 1;
      edgeStart[slot] = (edgeStart[slot] ?? 0) + 1;
    }
    for (let state = 0; state < count; state++)
      edgeStart[state + 1] = (edgeStart[state + 1] ?? 0) + (edgeStart[state] ?? 0);
    const byCode = new Uint32Array(0x10001);
    for (let state = 1; state < count; state++) {
      const slot = (charOf[state] ?? 0) + 1;
      byCode[slot] = (byCode[slot] ?? 0) + 1;
    }
    for (let code = 0; code < 0x10000; code++) byCode[code + 1] = (byCode[code + 1] ?? 0) + (byCode[code] ?? 0);
    const codeOrder = new Uint32Array(count);
    for (let state = 1; state < count; state++) {
      const code = charOf[state] ?? 0;
      const at = byCode[code] ?? 0;
      byCode[code] = at + 1;
      codeOrder[at] = state;
    }
    const edges = count - 1;
    const edgeChar = new Uint16Array(edges);
    const edgeTarget = new Uint32Array(edges);
    const next = edgeStart.slice(0, count);
    for (let k = 0; k < edges; k++) {
      const state = codeOrder[k] ?? 0;
      const parent = parentOf[state] ?? 0;
      const e = next[parent] ?? 0;
      next[parent] = e + 1;
      edgeChar[e] = charOf[state] ?? 0;
      edgeTarget[e] = state;
    }
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;

    const termAt = ends.slice(0, count);
    const fail = new Uint32Array(count);
    const outputLink = new Int32Array(count).fill(-1);
    this.termAt = termAt;
    this.fail = fail;
    this.outputLink = outputLink;
    // Breadth-first: a state's failure is the longest proper suffix that is also a state.
    const queue = new Uint32Array(count);
    let tail = 0;
    for (let e = edgeStart[0] ?? 0; e < (edgeStart[1] ?? 0); e++) queue[tail++] = edgeTarget[e] ?? 0;
    for (let head = 0; head < tail; head++) {
      const state = queue[head] ?? 0;
      for (let e = edgeStart[state] ?? 0; e < (edgeStart[state + 1] ?? 0); e++) {
        const child = edgeTarget[e] ?? 0;
        const code = edgeChar[e] ?? 0;
        let f = fail[state] ?? 0;
        let target = f === 0 ? (rootNext[code] ?? -1) : table.get(f, code);
        while (target < 0 && f !== 0) {
          f = fail[f] ?? 0;
          target = f === 0 ? (rootNext[code] ?? -1) : table.get(f, code);
        }
        const failure = target < 0 || target === child ? 0 : target;
        fail[child] = failure;
        outputLink[child] = (termAt[failure] ?? -1) >= 0 ? failure : (outputLink[failure] ?? -1);
        queue[tail++] = child;
      }
    }
  }

  /** The state reached from `state` by `code`, or -1. */
  private step(state: number, code: number): number {
    let low = this.edgeStart[state] ?? 0;
    let high = (this.edgeStart[state + 1] ?? 0) - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const c = this.edgeChar[mid] ?? 0;
      if (c === code) return this.edgeTarget[mid] ?? 0;
      if (c < code) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Calls `onMatch` for every occurrence of every term in `text`, overlapping ones included. */
  scan(text: string, onMatch: (term: number, start: number, end: number) => void): void {
    const rootNext = this.rootNext;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next: number;
      if (state === 0) {
        next = rootNext[code] ?? -1;
      } else {
        next = this.step(state, code);
        while (next < 0 && state !== 0) {
          state = this.fail[state] ?? 0;
          next = state === 0 ? (rootNext[code] ?? -1) : this.step(state, code);
        }
      }
      state = Math.max(next, 0);
      let out = (this.termAt[state] ?? -1) >= 0 ? state : (this.outputLink[state] ?? -1);
      while (out >= 0) {
        const term = this.termAt[out] ?? 0;
        onMatch(term, i + 1 - (this.termLength[term] ?? 0), i + 1);
        out = this.outputLink[out] ?? -1;
      }
    }
  }

  /** Number of states, for size reports. */
  get size(): number {
    return this.fail.length;
  }
}

/** Grows a typed array to at least `size` elements (doubling), keeping its contents. */
function grown<T extends Int32Array | Uint16Array>(array: T, size: number, make: (length: number) => T): T {
  if (array.length >= size) return array;
  const next = make(Math.max(size, 2 * array.length));
  next.set(array);
  return next;
}

/** `rootNode` value: no term starts with the unit (below it: -2 - the first text that does, its node not made yet). */
const NONE = -1;
/** `termAt` of a node whose texts are not sorted out yet. */
const PENDING = -2;

/**
 * The terms of a compiled rule set, matched as the Aho–Corasick automaton above matches them (every
 * occurrence, reported in the same order: by end, the longest first) but built lazily, so that a
 * rule set is ready once each term's first unit is known. A node of the trie (a prefix) holds the
 * texts that start with it until a walk first steps on it; then they are sorted out by their next
 * unit: a child per unit (holding its texts in turn), and the texts that end there (one term, their
 * compact form). A text is read (and folded, when its characters do not fold alone) only when a
 * walk reaches a prefix of it; a node with one text gets the rest of its path at once.
 *
 * Matching walks the trie from every position of the text (no failure links: names are short,
 * and a walk ends at the first unit no term continues with), then reports what it found ordered
 * by end. Term ids are the index of the first text of each set of equal compact forms, in the
 * order the texts were given (the order the eager automaton numbered them in).
 */
export class LazyAutomaton {
  /** Per code unit: the node of the one-unit prefix, NONE, or -2 - its first text while not made. */
  private readonly rootNode: Int32Array;
  /** Per text: its first compact unit (-1: its compact form is empty). */
  private readonly keys: Int32Array;
  /** Per text: the next text with the same first unit (-1: none). */
  private readonly nextText: Int32Array;
  /**
   * The texts' indices, a one-unit prefix's appended when its node is made; a node's texts are
   * [textFrom[n], textTo[n]) of it, ascending, reordered in place when the node is built (its
   * term's texts first, then each child's, by unit).
   */
  private readonly pool: Int32Array;
  private pooled = 0;
  // The trie: per node its edges [edgeStart[n], edgeEnd[n]) in code-unit order, the term it ends
  // (-1: none; PENDING: not built yet), its depth, and while PENDING its texts.
  private edgeStart = new Int32Array(1024);
  private edgeEnd = new Int32Array(1024);
  private termAt = new Int32Array(1024);
  private depthOf = new Int32Array(1024);
  private textFrom = new Int32Array(1024);
  private textTo = new Int32Array(1024);
  private edgeChar = new Uint16Array(1024);
  private edgeTarget = new Int32Array(1024);
  private nodes = 0;
  private edges = 0;
  /** Per text: its term id + 1 once the node it ends at is built (0 before, or for an empty compact form). */
  private readonly idOfText: Int32Array;
  /** Per term id: its texts, [groupStart[id], groupEnd[id]) of `pool`. */
  private readonly groupStart: Int32Array;
  private readonly groupEnd: Int32Array;
  /** Per term id: 1 once `onFirstReport` was called for it. */
  private readonly reported: Uint8Array;
  /** Sort keys of a build: (unit + 1) · 2^24 + place. */
  private sortKeys = new Float64Array(256);
  /** Matches of the scan under way: term, start, end. */
  private found: Int32Array = new Int32Array(96);
  private scanning = false;

  /**
   * `keys[i]`: the first code unit of text i's compact form, -1 when it is empty; `unitAt(i, d)`:
   * unit d of that compact form (-1 past its end), asked for when a walk reaches its first d
   * units; `compact(i)`: the compact form, asked for when a term's text is wanted (`textOf`);
   * `onFirstReport(id)`: called before a term is first reported (by `scan` or `report`), once per id.
   */
  constructor(
    keys: Int32Array,
    private readonly unitAt: (index: number, depth: number) => number,
    private readonly compact: (index: number) => string,
    private readonly onFirstReport: (id: number) => void = () => {},
  ) {
    const count = keys.length;
    this.keys = keys;
    const rootNode = new Int32Array(0x10000).fill(NONE);
    const nextText = new Int32Array(count);
    for (let i = count - 1; i >= 0; i--) {
      const key = keys[i] ?? -1;
      if (key < 0) continue;
      nextText[i] = rootNode[key] === NONE ? -1 : -2 - (rootNode[key] ?? 0);
      rootNode[key] = -2 - i;
    }
    this.rootNode = rootNode;
    this.nextText = nextText;
    this.pool = new Int32Array(count);
    this.idOfText = new Int32Array(count);
    this.groupStart = new Int32Array(count);
    this.groupEnd = new Int32Array(count);
    this.reported = new Uint8Array(count);
  }

  /** Number of texts given (term ids are below it). */
  get textCount(): number {
    return this.keys.length;
  }

  /** The term id of text `index` (-1 for an empty compact form), the nodes on its path built if need be. */
  idOf(index: number): number {
    const key = this.keys[index] ?? -1;
    if (key < 0) return -1;
    let node = this.rootNode[key] ?? NONE;
    if (node < 0) node = this.makeRoot(key);
    let depth = 1;
    while (this.idOfText[index] === 0) {
      if (this.termAt[node] === PENDING) {
        this.build(node);
        continue;
      }
      const unit = this.unitAt(index, depth++);
      let e = this.edgeStart[node] ?? 0;
      while (e < (this.edgeEnd[node] ?? 0) && this.edgeChar[e] !== unit) e++;
      node = this.edgeTarget[e] ?? 0;
    }
    return (this.idOfText[index] ?? 0) - 1;
  }

  /** Calls `onFirstReport(id)` unless it was called for that term already. */
  report(id: number): void {
    if (this.reported[id] === 0) {
      this.reported[id] = 1;
      this.onFirstReport(id);
    }
  }

  /** A term's compact form. */
  textOf(id: number): string {
    return this.compact(id);
  }

  /** A built term's texts, in the order given. */
  membersOf(id: number): Int32Array<ArrayBufferLike> {
    return this.pool.subarray(this.groupStart[id] ?? 0, this.groupEnd[id] ?? 0);
  }

  /** Builds every node (for tests and reports that need every term). */
  buildAll(): void {
    for (let key = 0; key < 0x10000; key++) if ((this.rootNode[key] ?? 0) < NONE) this.makeRoot(key);
    for (let node = 0; node < this.nodes; node++) if (this.termAt[node] === PENDING) this.build(node);
  }

  /** Every term's compact form, in the order of their ids (every node built). */
  allTexts(): string[] {
    this.buildAll();
    const texts: string[] = [];
    for (let index = 0; index < this.keys.length; index++)
      if (this.idOfText[index] === index + 1) texts.push(this.compact(index));
    return texts;
  }

  /** Number of trie nodes built so far, for size reports. */
  get size(): number {
    return this.nodes;
  }

  /** Calls `onMatch` for every occurrence of every term in `text`, by end, the longest first. */
  scan(text: string, onMatch: (term: number, start: number, end: number) => void): void {
    // A scan from inside onMatch gets a buffer of its own.
    const nested = this.scanning;
    let found: Int32Array = nested ? new Int32Array(96) : this.found;
    let count = 0;
    const length = text.length;
    const rootNode = this.rootNode;
    let { edgeStart, edgeEnd, edgeChar, edgeTarget, termAt } = this;
    for (let i = 0; i < length; i++) {
      let node = rootNode[text.charCodeAt(i)] ?? NONE;
      if (node < 0) {
        if (node === NONE) continue;
        node = this.makeRoot(text.charCodeAt(i));
        // Making a node may have grown the node arrays: read them again.
        ({ edgeStart, edgeEnd, edgeChar, edgeTarget, termAt } = this);
      }
      for (let d = i + 1; ; d++) {
        let term = termAt[node] ?? -1;
        if (term === PENDING) {
          this.build(node);
          ({ edgeStart, edgeEnd, edgeChar, edgeTarget, termAt } = this);
          term = termAt[node] ?? -1;
        }
        if (term >= 0) {
          if (count + 3 > found.length) {
            const more = new Int32Array(2 * found.length);
            more.set(found);
            found = more;
            if (!nested) this.found = more;
          }
          found[count] = term;
          found[count + 1] = i;
          found[count + 2] = d;
          count += 3;
        }
        if (d >= length) break;
        const code = text.charCodeAt(d);
        let low = edgeStart[node] ?? 0;
        let high = (edgeEnd[node] ?? 0) - 1;
        node = -1;
        while (low <= high) {
          const mid = (low + high) >>> 1;
          const c = edgeChar[mid] ?? 0;
          if (c === code) {
            node = edgeTarget[mid] ?? -1;
            break;
          }
          if (c < code) low = mid + 1;
          else high = mid - 1;
        }
        if (node < 0) break;
      }
    }
    if (count === 0) return;
    // Found by start, then end; reported by end, then start (the automaton's order: at one end,
    // the longest first).
    this.byEnd(found, count);
    this.scanning = true;
    try {
      const reported = this.reported;
      for (let k = 0; k < count; k += 3) {
        const term = found[k] ?? 0;
        if (reported[term] === 0) {
          reported[term] = 1;
          this.onFirstReport(term);
        }
        onMatch(term, found[k + 1] ?? 0, found[k + 2] ?? 0);
      }
    } finally {
      this.scanning = nested;
    }
  }

  /**
   * The triples of `found` (sorted by start, then end) sorted by end, then start: an insertion
   * sort, the matches mostly in order already (a match moves back only past those that start
   * before it and end after it, which the terms' lengths bound).
   */
  private byEnd(found: Int32Array, count: number): void {
    for (let k = 3; k < count; k += 3) {
      const term = found[k] ?? 0;
      const start = found[k + 1] ?? 0;
      const end = found[k + 2] ?? 0;
      let at = k;
      while (at > 0) {
        const otherEnd = found[at - 1] ?? 0;
        if (otherEnd < end || (otherEnd === end && (found[at - 2] ?? 0) <= start)) break;
        found[at] = found[at - 3] ?? 0;
        found[at + 1] = found[at - 2] ?? 0;
        found[at + 2] = otherEnd;
        at -= 3;
      }
      found[at] = term;
      found[at + 1] = start;
      found[at + 2] = end;
    }
  }

  /** A new PENDING node of `depth` holding texts [from, to) of the pool; returns it. */
  private node(depth: number, from: number, to: number): number {
    const node = this.nodes++;
    if (node >= this.termAt.length) {
      const make = (n: number) => new Int32Array(n);
      this.edgeStart = grown(this.edgeStart, node + 1, make);
      this.edgeEnd = grown(this.edgeEnd, node + 1, make);
      this.termAt = grown(this.termAt, node + 1, make);
      this.depthOf = grown(this.depthOf, node + 1, make);
      this.textFrom = grown(this.textFrom, node + 1, make);
      this.textTo = grown(this.textTo, node + 1, make);
    }
    this.termAt[node] = PENDING;
    this.edgeStart[node] = 0;
    this.edgeEnd[node] = 0;
    this.depthOf[node] = depth;
    this.textFrom[node] = from;
    this.textTo[node] = to;
    return node;
  }

  /** The node of the one-unit prefix `key` (PENDING, holding the texts that start with it). */
  private makeRoot(key: number): number {
    const from = this.pooled;
    for (let i = -2 - (this.rootNode[key] ?? 0); i >= 0; i = this.nextText[i] ?? -1) this.pool[this.pooled++] = i;
    const node = this.node(1, from, this.pooled);
    this.rootNode[key] = node;
    return node;
  }

  /** Room for `count` more edges. */
  private moreEdges(count: number): void {
    this.edgeChar = grown(this.edgeChar, this.edges + count, (n) => new Uint16Array(n));
    this.edgeTarget = grown(this.edgeTarget, this.edges + count, (n) => new Int32Array(n));
  }

  /** The texts of [from, to) of the pool that end at `node`: its term, numbered by the first of them. */
  private end(node: number, from: number, to: number): void {
    const pool = this.pool;
    const id = pool[from] ?? 0;
    this.termAt[node] = id;
    this.groupStart[id] = from;
    this.groupEnd[id] = to;
    for (let k = from; k < to; k++) this.idOfText[pool[k] ?? 0] = id + 1;
  }

  /**
   * Builds a PENDING node: its texts sorted out by their unit at its depth (stably, so each group
   * stays in the order given): those that end there are its term, the others a PENDING child per unit.
   */
  private build(node: number): void {
    const pool = this.pool;
    const depth = this.depthOf[node] ?? 0;
    const from = this.textFrom[node] ?? 0;
    const to = this.textTo[node] ?? 0;
    const count = to - from;
    this.termAt[node] = -1;
    if (count === 1) {
      // One text: the rest of its path at once.
      const index = pool[from] ?? 0;
      let at = node;
      for (let d = depth; ; d++) {
        const unit = this.unitAt(index, d);
        if (unit < 0) break;
        this.moreEdges(1);
        const child = this.node(d + 1, from, to);
        this.termAt[child] = -1;
        this.edgeStart[at] = this.edges;
        this.edgeEnd[at] = this.edges + 1;
        this.edgeChar[this.edges] = unit;
        this.edgeTarget[this.edges++] = child;
        at = child;
      }
      this.end(at, from, to);
      return;
    }
    if (this.sortKeys.length < count) this.sortKeys = new Float64Array(Math.max(count, 2 * this.sortKeys.length));
    const sortKeys = this.sortKeys.subarray(0, count);
    const place = 0x1000000;
    for (let k = 0; k < count; k++) sortKeys[k] = (this.unitAt(pool[from + k] ?? 0, depth) + 1) * place + k;
    sortKeys.sort();
    const texts = pool.slice(from, to);
    let units = 0;
    for (let k = 0; k < count; k++) {
      const key = sortKeys[k] ?? 0;
      pool[from + k] = texts[key % place] ?? 0;
      if (k === 0 || Math.floor(key / place) !== Math.floor((sortKeys[k - 1] ?? 0) / place)) units++;
    }
    let k = 0;
    const ends = Math.floor((sortKeys[0] ?? 0) / place) === 0;
    if (ends) {
      while (k < count && Math.floor((sortKeys[k] ?? 0) / place) === 0) k++;
      this.end(node, from, from + k);
      units--;
    }
    this.moreEdges(units);
    let edge = this.edges;
    this.edgeStart[node] = edge;
    this.edgeEnd[node] = edge + units;
    this.edges = edge + units;
    while (k < count) {
      const unit = Math.floor((sortKeys[k] ?? 0) / place);
      const start = k;
      while (k < count && Math.floor((sortKeys[k] ?? 0) / place) === unit) k++;
      this.edgeChar[edge] = unit - 1;
      this.edgeTarget[edge++] = this.node(depth + 1, from + start, from + k);
    }
  }
}
