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
