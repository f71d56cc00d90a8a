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

/** `rootNode` values: no term starts with the unit; some do, and their sub-trie is not built yet. */
const NONE = -1;
const UNBUILT = -2;
/** `termAt` of a node of a two-unit prefix whose terms are not built yet. */
const PENDING = -2;

/**
 * The terms of a compiled rule set, matched as the Aho–Corasick automaton above matches them (every
 * occurrence, reported in the same order: by end, the longest first) but built lazily, so that a
 * rule set is ready once each term's first unit is known: the terms that start with one code unit
 * (a bucket) are folded, merged with their equals and put into a trie the first time a text holds
 * that unit; the rest of the rule set is never looked at by a text that does not reach it.
 *
 * Matching walks that trie from every position of the text (no failure links: names are short,
 * and a walk ends at the first unit no term continues with), then reports what it found ordered
 * by end. Term ids are the index of the first text of each set of equal compact forms, in the
 * order the texts were given (the order the eager automaton numbered them in).
 */
export class LazyAutomaton {
  /** Per code unit: the node of the one-unit prefix, NONE or UNBUILT. */
  private readonly rootNode: Int32Array;
  /** Per text: its first compact unit (-1: its compact form is empty). */
  private readonly keys: Int32Array;
  /** Texts by bucket, counting-sorted by key on the first build. */
  private bucketStart: Int32Array | undefined;
  private bucketOrder: Int32Array | undefined;
  // The trie, in blocks of one bucket each, appended as buckets are built: per node its edges
  // [edgeStart[n], edgeEnd[n]) in code-unit order, and the term it ends (-1: none; PENDING: the
  // node of a two-unit prefix whose terms are not built yet).
  private edgeStart = new Int32Array(1024);
  private edgeEnd = new Int32Array(1024);
  private edgeChar = new Uint16Array(1024);
  private edgeTarget = new Int32Array(1024);
  private termAt = new Int32Array(1024);
  private nodes = 0;
  private edges = 0;
  /** Per text: the node of its two-unit prefix + 1 while that is PENDING (0: none). */
  private readonly subOf: Int32Array;
  /** Per PENDING node: its texts, in the order given. */
  private readonly pending = new Map<number, number[]>();
  /** Per text: its term id + 1 once its bucket is built (0 before, or for an empty compact form). */
  private readonly idOfText: Int32Array;
  /** Per term id: its texts, [groupStart[id], groupEnd[id]) of `members`. */
  private readonly groupStart: Int32Array;
  private readonly groupEnd: Int32Array;
  private readonly members: Int32Array;
  private memberCount = 0;
  /** Per term id: its compact form. */
  private readonly texts: string[];
  /** Per term id: 1 once `onFirstReport` was called for it. */
  private readonly reported: Uint8Array;
  /** Matches of the scan under way: term, start, end. */
  private found: Int32Array = new Int32Array(96);
  private scanning = false;

  /**
   * `keys[i]`: the first code unit of text i's compact form, -1 when it is empty; `compact(i)`:
   * that compact form, asked for when its two-unit prefix is built; `second(i)`: its second
   * unit (-1: it has one), asked for when its bucket is built; `onFirstReport(id)`: called before a
   * term is first reported (by `scan` or `report`), once per id.
   */
  constructor(
    keys: Int32Array,
    private readonly compact: (index: number) => string,
    private readonly second: (index: number) => number,
    private readonly onFirstReport: (id: number) => void = () => {},
  ) {
    const count = keys.length;
    this.keys = keys;
    const rootNode = new Int32Array(0x10000).fill(NONE);
    for (let i = 0; i < count; i++) {
      const key = keys[i] ?? -1;
      if (key >= 0) rootNode[key] = UNBUILT;
    }
    this.rootNode = rootNode;
    this.idOfText = new Int32Array(count);
    this.subOf = new Int32Array(count);
    this.groupStart = new Int32Array(count);
    this.groupEnd = new Int32Array(count);
    this.members = new Int32Array(count);
    this.texts = new Array<string>(count);
    this.reported = new Uint8Array(count);
  }

  /** Number of texts given (term ids are below it). */
  get textCount(): number {
    return this.keys.length;
  }

  /** The term id of text `index` (-1 for an empty compact form), its bucket built if need be. */
  idOf(index: number): number {
    const key = this.keys[index] ?? -1;
    if (key < 0) return -1;
    if (this.rootNode[key] === UNBUILT) this.buildFirst(key);
    const sub = (this.subOf[index] ?? 0) - 1;
    if (sub >= 0 && this.pending.has(sub)) this.buildSecond(sub);
    return (this.idOfText[index] ?? 0) - 1;
  }

  /** Calls `onFirstReport(id)` unless it was called for that term already. */
  report(id: number): void {
    if (this.reported[id] === 0) {
      this.reported[id] = 1;
      this.onFirstReport(id);
    }
  }

  /** A built term's compact form. */
  textOf(id: number): string {
    return this.texts[id] ?? '';
  }

  /** A built term's texts, in the order given. */
  membersOf(id: number): Int32Array<ArrayBufferLike> {
    return this.members.subarray(this.groupStart[id] ?? 0, this.groupEnd[id] ?? 0);
  }

  /** Builds every bucket (for tests and reports that need every term). */
  buildAll(): void {
    for (let key = 0; key < 0x10000; key++) if (this.rootNode[key] === UNBUILT) this.buildFirst(key);
    for (const node of [...this.pending.keys()]) this.buildSecond(node);
  }

  /** Every term's compact form, in the order of their ids (every bucket built). */
  allTexts(): string[] {
    this.buildAll();
    return this.texts.filter((text) => text !== undefined);
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
      if (node === NONE) continue;
      if (node === UNBUILT) {
        node = this.buildFirst(text.charCodeAt(i));
        ({ edgeStart, edgeEnd, edgeChar, edgeTarget, termAt } = this);
      }
      for (let d = i + 1; ; d++) {
        let term = termAt[node] ?? -1;
        if (term === PENDING) {
          this.buildSecond(node);
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
    if (count > 3) found = this.byEnd(found, count, length);
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

  /** The triples of `found` (sorted by start, then end) sorted by end, then start. */
  private byEnd(found: Int32Array, count: number, length: number): Int32Array {
    if (count <= 96) {
      // Insertion sort: few matches, mostly in order already.
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
      return found;
    }
    // A stable counting sort by end keeps each end's matches by start.
    const at = new Int32Array(length + 2);
    for (let k = 0; k < count; k += 3) {
      const end = found[k + 2] ?? 0;
      at[end + 1] = (at[end + 1] ?? 0) + 1;
    }
    for (let end = 0; end <= length; end++) at[end + 1] = (at[end + 1] ?? 0) + (at[end] ?? 0);
    const sorted = new Int32Array(found.length);
    for (let k = 0; k < count; k += 3) {
      const end = found[k + 2] ?? 0;
      const slot = 3 * (at[end] ?? 0);
      at[end] = (at[end] ?? 0) + 1;
      sorted[slot] = found[k] ?? 0;
      sorted[slot + 1] = found[k + 1] ?? 0;
      sorted[slot + 2] = end;
    }
    return sorted;
  }

  /**
   * Builds the one-unit prefix `key`: its term (the texts of that one unit), and a PENDING node per
   * second unit of its other texts; returns the node.
   */
  private buildFirst(key: number): number {
    if (this.bucketStart === undefined || this.bucketOrder === undefined) this.sortTexts();
    const bucketStart = this.bucketStart as Int32Array;
    const order = this.bucketOrder as Int32Array;
    const one: number[] = [];
    const bySecond = new Map<number, number[]>();
    for (let j = bucketStart[key] ?? 0; j < (bucketStart[key + 1] ?? 0); j++) {
      const index = order[j] ?? 0;
      const second = this.second(index);
      if (second < 0) one.push(index);
      else {
        const list = bySecond.get(second);
        if (list) list.push(index);
        else bySecond.set(second, [index]);
      }
    }
    const seconds = [...bySecond.keys()].sort((a, b) => a - b);
    const node = this.nodes;
    const edge = this.edges;
    this.grow(node + 1 + seconds.length, edge + seconds.length);
    const { edgeStart, edgeEnd, edgeChar, edgeTarget, termAt } = this;
    termAt[node] = -1;
    if (one.length > 0) {
      const id = one[0] ?? 0;
      termAt[node] = id;
      this.texts[id] = String.fromCharCode(key);
      this.groupStart[id] = this.memberCount;
      for (const index of one) {
        this.members[this.memberCount++] = index;
        this.idOfText[index] = id + 1;
      }
      this.groupEnd[id] = this.memberCount;
    }
    edgeStart[node] = edge;
    edgeEnd[node] = edge + seconds.length;
    seconds.forEach((second, k) => {
      const child = node + 1 + k;
      edgeChar[edge + k] = second;
      edgeTarget[edge + k] = child;
      termAt[child] = PENDING;
      edgeStart[child] = 0;
      edgeEnd[child] = 0;
      const list = bySecond.get(second) ?? [];
      this.pending.set(child, list);
      for (const index of list) this.subOf[index] = child + 1;
    });
    this.nodes = node + 1 + seconds.length;
    this.edges = edge + seconds.length;
    this.rootNode[key] = node;
    return node;
  }

  /** The node arrays for `nodes` nodes and the edge arrays for `edges` edges. */
  private grow(nodes: number, edges: number): void {
    this.edgeStart = grown(this.edgeStart, nodes, (n) => new Int32Array(n));
    this.edgeEnd = grown(this.edgeEnd, nodes, (n) => new Int32Array(n));
    this.termAt = grown(this.termAt, nodes, (n) => new Int32Array(n));
    this.edgeChar = grown(this.edgeChar, edges, (n) => new Uint16Array(n));
    this.edgeTarget = grown(this.edgeTarget, edges, (n) => new Int32Array(n));
  }

  /** Builds the trie below a PENDING two-unit prefix: its texts folded, merged with their equals. */
  private buildSecond(anchor: number): void {
    const list = this.pending.get(anchor) ?? [];
    this.pending.delete(anchor);
    const count = list.length;
    const texts: string[] = new Array<string>(count);
    const positions: number[] = new Array<number>(count);
    let units = 0;
    for (let j = 0; j < count; j++) {
      const index = list[j] ?? 0;
      const text = this.compact(index);
      if (text.length < 2) throw new Error(`LazyAutomaton: "${text}" filed under a two-unit prefix`);
      texts[j] = text;
      positions[j] = j;
      units += text.length;
      this.subOf[index] = 0;
    }
    // Equal texts together, each set in the order given (the sort is stable).
    positions.sort((a, b) => {
      const x = texts[a] ?? '';
      const y = texts[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    // The trie below the anchor in local numbers (0: the anchor, the two-unit prefix), in
    // preorder: a parent's children are made in code-unit order, as the texts are sorted.
    const parent = new Int32Array(units + 1);
    const label = new Uint16Array(units + 1);
    const termOf = new Int32Array(units + 1).fill(-1);
    const path = new Int32Array(units + 1);
    let made = 1;
    let previous = '';
    let id = -1;
    for (let k = 0; k < count; k++) {
      const j = positions[k] ?? 0;
      const text = texts[j] ?? '';
      const index = list[j] ?? 0;
      if (text !== previous) {
        if (
          previous !== '' &&
          (text.charCodeAt(0) !== previous.charCodeAt(0) || text.charCodeAt(1) !== previous.charCodeAt(1))
        )
          throw new Error(`LazyAutomaton: "${text}" and "${previous}" filed under one two-unit prefix`);
        let common = 2;
        const limit = Math.min(text.length, previous.length);
        while (common < limit && text.charCodeAt(common) === previous.charCodeAt(common)) common++;
        let node = previous === '' ? 0 : (path[common - 1] ?? 0);
        for (let d = common; d < text.length; d++) {
          const child = made++;
          parent[child] = node;
          label[child] = text.charCodeAt(d);
          path[d] = child;
          node = child;
        }
        id = index;
        termOf[node] = id;
        this.texts[id] = text;
        this.groupStart[id] = this.memberCount;
        previous = text;
      }
      this.members[this.memberCount++] = index;
      this.groupEnd[id] = this.memberCount;
      this.idOfText[index] = id + 1;
    }
    // Appended to the global arrays (local 0 is the anchor): each parent's edges together, in
    // the order made.
    const base = this.nodes - 1;
    const edgeBase = this.edges;
    this.grow(base + made, edgeBase + made);
    const { edgeStart, edgeEnd, edgeChar, edgeTarget, termAt } = this;
    const globalOf = (n: number) => (n === 0 ? anchor : base + n);
    const childCount = new Int32Array(made + 1);
    for (let n = 1; n < made; n++) {
      const p = (parent[n] ?? 0) + 1;
      childCount[p] = (childCount[p] ?? 0) + 1;
    }
    for (let n = 0; n < made; n++) childCount[n + 1] = (childCount[n + 1] ?? 0) + (childCount[n] ?? 0);
    for (let n = 0; n < made; n++) {
      const node = globalOf(n);
      edgeStart[node] = edgeBase + (childCount[n] ?? 0);
      edgeEnd[node] = edgeBase + (childCount[n + 1] ?? 0);
      termAt[node] = termOf[n] ?? -1;
    }
    for (let n = 1; n < made; n++) {
      const p = parent[n] ?? 0;
      const e = edgeBase + (childCount[p] ?? 0);
      childCount[p] = (childCount[p] ?? 0) + 1;
      edgeChar[e] = label[n] ?? 0;
      edgeTarget[e] = globalOf(n);
    }
    this.nodes = base + made;
    this.edges = edgeBase + made - 1;
  }

  /** The texts' indices grouped by first unit, each group in the order given. */
  private sortTexts(): void {
    const keys = this.keys;
    const start = new Int32Array(0x10001);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? -1;
      if (key >= 0) start[key + 1] = (start[key + 1] ?? 0) + 1;
    }
    for (let key = 0; key < 0x10000; key++) start[key + 1] = (start[key + 1] ?? 0) + (start[key] ?? 0);
    const next = start.slice(0, 0x10000);
    const order = new Int32Array(start[0x10000] ?? 0);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? -1;
      if (key < 0) continue;
      const at = next[key] ?? 0;
      next[key] = at + 1;
      order[at] = i;
    }
    this.bucketStart = start;
    this.bucketOrder = order;
  }
}
