/**
 * Display tricks (Art. 8.6, DESIGN.md Safety: what the user sees is what is checked): the shared
 * vectors of test/vectors/bidi.json, in Node and in Chromium, and texts of a megabyte made of bidi
 * controls, which must get a verdict (a quadratic step would show as a test that does not finish).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { Engine, Verdict } from '../src/index.js';
import { displayed } from '../src/normalize/bidi.js';
import { testEngine } from './helpers.js';
import vectors from './vectors/bidi.json' with { type: 'json' };

interface BidiVector {
  text: string;
  shown?: string;
  auto?: string;
  verdict: Verdict['verdict'];
  articles: string[];
  span?: string;
  via?: string[];
  message?: string;
}

/** The text as displayed, without the invisible controls (U+202A–202E, U+2066–2069). */
function shownAs(text: string, base: 'ltr' | 'auto'): string {
  return (displayed(text, base)?.text ?? text).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

describe('shared vectors: names displayed in another order', () => {
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  for (const vector of vectors.vectors as BidiVector[]) {
    it(`${JSON.stringify(vector.text)} → ${vector.verdict} (${vector.articles.join(', ') || 'no finding'})`, () => {
      if (vector.shown !== undefined) expect(shownAs(vector.text, 'ltr'), 'as displayed').to.equal(vector.shown);
      if (vector.auto !== undefined)
        expect(shownAs(vector.text, 'auto'), 'as displayed, dir=auto').to.equal(vector.auto);
      const result = engine.check({ name: vector.text });
      expect(result.verdict).to.equal(vector.verdict);
      expect([...new Set(result.findings.map((f) => f.article))].sort()).to.deep.equal(vector.articles);
      const span = vector.span;
      if (span !== undefined) {
        const start = vector.text.indexOf(span);
        const covering = result.findings.filter((f) => f.start === start && f.end === start + span.length);
        expect(covering, 'a finding covers exactly the original characters').to.not.be.empty;
        for (const finding of covering) {
          expect(finding.match).to.equal(span);
          if (vector.via) expect(finding.via).to.include.members(vector.via);
        }
      }
      if (vector.message) {
        expect(result.findings.filter((f) => f.article === '8.6').map((f) => f.message.key)).to.include(vector.message);
      }
      for (const finding of result.findings)
        expect(vector.text.slice(finding.start, finding.end)).to.equal(finding.match);
    });
  }

  it('does not join lines: a right-to-left line that starts with a date makes no phone number with the line above', () => {
    const bio = 'مرحبا، أنا زيدون\u200f\n我喜欢音乐 130\nשלום زيدون 2024-05-04';
    expect(engine.check({ bio }).findings).to.deep.equal([]);
    // As `dir=auto` shows it, the first line's break still ends the first line.
    expect(displayed(bio, 'auto')?.text.split('\n')[1]).to.equal('我喜欢音乐 130');
  });

  it('reads a bio line by line: a reversed name on its second line is found there', () => {
    const bio = 'שלום, אני משה\n我在\u202e社华新\u202c工作';
    const result = engine.check({ bio });
    const finding = result.findings.find((f) => f.rule === 'news-media');
    expect(finding).to.include({ field: 'bio', match: '社华新', start: bio.indexOf('社华新') });
    expect(finding?.via).to.include('bidi');
    expect(result.verdict).to.equal('block');
  });
});

describe('texts of bidi controls, right-to-left letters and surrogates', () => {
  const pieces = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
  pieces.push('\u200e', '\u200f', '\u061c', 'ש', 'ب', '٣', '1', '新', '华', '社', 'a', ' ', '(', ')', '\n');
  pieces.push('\ud800', '\udc00', '😀', '\u0300');

  it('always get a verdict whose findings cover exactly their match, in range, in every reading', async () => {
    const engine = await testEngine();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        for (const info of [{ name: text }, { bio: text }]) {
          const result = engine.check(info);
          expect(result.findings.map((f) => f.rule)).to.not.include('engine-error');
          for (const f of result.findings) {
            expect(f.start).to.be.within(0, text.length);
            expect(f.end).to.be.within(f.start, text.length);
            expect(text.slice(f.start, f.end)).to.equal(f.match);
          }
        }
        // The displayed reading holds each visible unit of the text once.
        const shown = displayed(text);
        if (shown) expect(new Set(shown.origin).size).to.equal(shown.origin.length);
      }),
      { numRuns: 1500, seed: 8606 },
    );
  });
});

describe('a megabyte of bidi controls and right-to-left text', function () {
  // Room for a slow, shared machine: these assert that check() finishes, not how fast.
  this.timeout(120_000);
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  const MB = 1 << 20;
  const shapes: Record<string, string> = {
    'one embedding over a digit run': `\u202b${'1'.repeat(MB)}`,
    'right-to-left letters in brackets': `ב${'(ב)'.repeat(MB / 3)}`,
    'opening brackets only': `ב${'('.repeat(MB)}`,
    'nested isolates': `${'\u2067\u2068'.repeat(MB / 4)}ב${'\u2069'.repeat(MB / 4)}`,
    'embeddings past the maximum depth': `${'\u202b\u202a'.repeat(70)}${'ab1 ב'.repeat(MB / 5)}`,
    'lone surrogates between Hebrew letters': '\ud800ב\udc00'.repeat(MB / 3),
    'overrides, one per name': '\u202e社华新\u202c'.repeat(Math.floor(MB / 5)),
  };
  for (const [shape, text] of Object.entries(shapes)) {
    it(`of ${shape}: a verdict`, () => {
      const result = engine.check({ bio: text });
      expect(result.findings.map((f) => f.rule)).to.not.include('engine-error');
      expect(result.verdict).to.equal('block'); // at least the length finding
    });
  }

  it('finds every reversed name in a megabyte of them', () => {
    const names = Math.floor(MB / 5);
    const text = '\u202e社华新\u202c'.repeat(names);
    const found = engine.check({ bio: text }).findings.filter((f) => f.rule === 'news-media');
    expect(found).to.have.length(names);
    expect(found.every((f) => f.match === '社华新' && f.via.includes('bidi'))).to.equal(true);
  });
});
