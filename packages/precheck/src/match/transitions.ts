/**
 * A trie's transitions by (state, label) while it is built — the automaton's labels are code units,
 * the pinyin trie's syllable ids — so a trie of hundreds of thousands of states grows without a map
 * or a sorted list per state: open addressing with linear probing over typed arrays, at most half
 * full. State 0 (the root) is never a key (the tries keep the root's transitions in a table of their
 * own); labels are below 0x10000.
 */
export class TransitionTable {
  private readonly states: Int32Array;
  private readonly codes: Uint16Array;
  private readonly targets: Int32Array;
  private readonly mask: number;

  constructor(entries: number) {
    let size = 16;
    while (size < 2 * entries) size *= 2;
    this.states = new Int32Array(size);
    this.codes = new Uint16Array(size);
    this.targets = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(state: number, code: number): number {
    let h = Math.imul(state, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) & this.mask;
  }

  get(state: number, code: number): number {
    const { states, codes, mask } = this;
    for (let i = this.slot(state, code); ; i = (i + 1) & mask) {
      const key = states[i] ?? 0;
      if (key === 0) return -1;
      if (key === state && codes[i] === code) return this.targets[i] ?? -1;
    }
  }

  set(state: number, code: number, target: number): void {
    const { states, mask } = this;
    let i = this.slot(state, code);
    while ((states[i] ?? 0) !== 0) i = (i + 1) & mask;
    states[i] = state;
    this.codes[i] = code;
    this.targets[i] = target;
  }
}
