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

  constructor(terms: readonly string[]) {
    this.termLength = Uint32Array.from(terms, (term) => term.length);
    // The trie is built from the terms in code-unit order: each new term shares the path of its
    // common prefix with the one before and adds the rest, so every state's children are created
    // in ascending order and no per-state map is needed. Of equal terms the first wins (the caller
    // merges duplicates before building); the built-in string sort orders by code units.
    const firstOf = new Map<string, number>();
    let units = 0;
    let longest = 0;
    terms.forEach((term, index) => {
      if (term.length === 0 || firstOf.has(term)) return;
      firstOf.set(term, index);
      units += term.length;
      longest = Math.max(longest, term.length);
    });
    const sorted = [...firstOf.keys()].sort();
    // At most one state per code unit of the terms, plus the root.
    const capacity = units + 1;
    const parentOf = new Uint32Array(capacity);
    const charOf = new Uint16Array(capacity);
    const ends = new Int32Array(capacity).fill(-1);
    const path = new Uint32Array(longest + 1);
    let count = 1;
    let previous = '';
    for (const term of sorted) {
      let shared = 0;
      const limit = Math.min(term.length, previous.length);
      while (shared < limit && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      for (let i = shared; i < term.length; i++) {
        parentOf[count] = path[i] ?? 0;
        charOf[count] = term.charCodeAt(i);
        path[i + 1] = count;
        count++;
      }
      ends[path[term.length] ?? 0] = firstOf.get(term) ?? -1;
      previous = term;
    }

    // Edges grouped by parent (a counting sort keeps each parent's children in creation order).
    const edgeStart = new Uint32Array(count + 1);
    for (let state = 1; state < count; state++) {
      const slot = (parentOf[state] ?? 0) + 1;
      edgeStart[slot] = (edgeStart[slot] ?? 0) + 1;
    }
    for (let state = 0; state < count; state++)
      edgeStart[state + 1] = (edgeStart[state + 1] ?? 0) + (edgeStart[state] ?? 0);
    const edges = count - 1;
    const edgeChar = new Uint16Array(edges);
    const edgeTarget = new Uint32Array(edges);
    const next = edgeStart.slice(0, count);
    for (let state = 1; state < count; state++) {
      const parent = parentOf[state] ?? 0;
      const e = next[parent] ?? 0;
      next[parent] = e + 1;
      edgeChar[e] = charOf[state] ?? 0;
      edgeTarget[e] = state;
    }
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;

    const rootNext = new Int32Array(0x10000).fill(-1);
    for (let e = 0; e < (edgeStart[1] ?? 0); e++) rootNext[edgeChar[e] ?? 0] = edgeTarget[e] ?? 0;
    this.rootNext = rootNext;

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
        let target = f === 0 ? (rootNext[code] ?? -1) : this.step(f, code);
        while (target < 0 && f !== 0) {
          f = fail[f] ?? 0;
          target = f === 0 ? (rootNext[code] ?? -1) : this.step(f, code);
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
