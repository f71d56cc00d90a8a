/** The Aho–Corasick automaton: every occurrence of every term, in one pass. */
import { expect } from 'chai';
import fc from 'fast-check';
import { Automaton, LazyAutomaton } from '../src/match/automaton.js';
import { RUNS } from './arbitraries.js';

/** Every match as `term@start-end`, sorted. */
function matches(terms: readonly string[], text: string): string[] {
  const found: string[] = [];
  new Automaton(terms).scan(text, (term, start, end) => found.push(`${terms[term]}@${start}-${end}`));
  return found.sort();
}

/** The same by brute force: every term at every position. */
function naive(terms: readonly string[], text: string): string[] {
  const found = new Set<string>();
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      found.add(`${term}@${at}-${at + term.length}`);
    }
  }
  return [...found].sort();
}

describe('Automaton', () => {
  it('given ids, numbers equal terms once, in order of first appearance, and reports those numbers', () => {
    const terms = ['she', '', 'he', 'she', 'hers', 'he'];
    const ids = new Int32Array(terms.length);
    const automaton = new Automaton(terms, ids);
    expect([...ids]).to.deep.equal([0, -1, 1, 0, 2, 1]);
    expect(automaton.termCount).to.equal(3);
    const found: string[] = [];
    automaton.scan('ushers', (term, start, end) => found.push(`${term}@${start}-${end}`));
    expect(found).to.deep.equal(['0@1-4', '1@2-4', '2@2-6']);
  });

  it('finds overlapping terms', () => {
    expect(matches(['he', 'she', 'his', 'hers'], 'ushers')).to.deep.equal(['he@2-4', 'hers@2-6', 'she@1-4']);
  });

  it('finds terms that are suffixes of other terms, ending at the same place', () => {
    expect(matches(['新华社', '华社', '社'], '新华社')).to.deep.equal(['华社@1-3', '新华社@0-3', '社@2-3']);
  });

  it('finds terms that are prefixes of other terms', () => {
    expect(matches(['新华', '新华社', '新华通讯社'], '新华通讯社和新华社')).to.deep.equal([
      '新华@0-2',
      '新华@6-8',
      '新华社@6-9',
      '新华通讯社@0-5',
    ]);
  });

  it('finds every occurrence of a repeated term, overlapping ones included', () => {
    expect(matches(['aa'], 'aaaa')).to.deep.equal(['aa@0-2', 'aa@1-3', 'aa@2-4']);
  });

  it('follows failure links after a partial match', () => {
    expect(matches(['abcd', 'bcx'], 'abcx')).to.deep.equal(['bcx@1-4']);
  });

  it('finds nothing in empty text, and nothing with no terms', () => {
    expect(matches(['新华社'], '')).to.deep.equal([]);
    expect(matches([], '新华社')).to.deep.equal([]);
  });

  it('ignores empty terms', () => {
    expect(matches(['', '社'], '新华社')).to.deep.equal(['社@2-3']);
  });

  it('reports the first of equal terms', () => {
    const found: number[] = [];
    new Automaton(['社', '社']).scan('社', (term) => found.push(term));
    expect(found).to.deep.equal([0]);
  });

  it('reports UTF-16 offsets around characters outside the BMP', () => {
    expect(matches(['𠮷野家', '家'], 'a𠮷野家')).to.deep.equal(['家@4-5', '𠮷野家@1-5']);
  });

  it('does not match half of a surrogate pair against another pair', () => {
    // 𠮷 is D842 DFB7; 𠮾 is D842 DFBE: the same high surrogate.
    expect(matches(['𠮷'], '𠮾𠮾')).to.deep.equal([]);
  });

  it('counts its states', () => {
    expect(new Automaton(['ab', 'ac']).size).to.equal(4);
  });

  it('finds exactly what a brute-force search finds', () => {
    const alphabet = fc.constantFrom('a', 'b', '新', '华', '社', '😀');
    const word = (max: number) => fc.array(alphabet, { maxLength: max }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(word(4), { maxLength: 8 }), word(30), (terms, text) => {
        expect(matches([...new Set(terms)], text)).to.deep.equal(naive([...new Set(terms)], text));
      }),
      { numRuns: RUNS },
    );
  });
});

/** A lazy automaton over `terms` (each its own compact form), built as a text first reaches it. */
function lazyOf(terms: readonly string[]): LazyAutomaton {
  const keys = Int32Array.from(terms, (term) => (term.length > 0 ? term.charCodeAt(0) : -1));
  return new LazyAutomaton(
    keys,
    (index, depth) => {
      const term = terms[index] ?? '';
      return depth < term.length ? term.charCodeAt(depth) : -1;
    },
    (index) => terms[index] ?? '',
  );
}

/** Every match of one scan as `term@start-end`, sorted. */
function lazyMatches(automaton: LazyAutomaton, terms: readonly string[], text: string): string[] {
  const found: string[] = [];
  automaton.scan(text, (term, start, end) => found.push(`${terms[term]}@${start}-${end}`));
  return found.sort();
}

describe('LazyAutomaton', () => {
  it('finds every term in a scan that builds more of the trie than it had room for', () => {
    // 3,000 first units: the one scan below makes a node for each, growing the node arrays while
    // it walks; the matches after each growth must still be found.
    const terms = Array.from({ length: 3000 }, (_, k) => String.fromCharCode(0x4e00 + k, 0x4e00 + k + 1));
    const text = String.fromCharCode(...Array.from({ length: 3001 }, (_, k) => 0x4e00 + k));
    expect(lazyMatches(lazyOf(terms), terms, text)).to.deep.equal(naive(terms, text));
  });

  it('finds what a brute-force search finds, whatever was scanned before', () => {
    const alphabet = fc.constantFrom('a', 'b', '新', '华', '社', '😀');
    const word = (max: number) => fc.array(alphabet, { maxLength: max }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(word(4), { maxLength: 12 }), fc.array(word(30), { maxLength: 6 }), (list, texts) => {
        const terms = [...new Set(list)];
        const automaton = lazyOf(terms);
        for (const text of texts) expect(lazyMatches(automaton, terms, text)).to.deep.equal(naive(terms, text));
      }),
      { numRuns: RUNS },
    );
  });
});
