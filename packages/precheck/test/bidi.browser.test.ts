/**
 * The engine's display order against Chromium's own layout (ICU's bidi): each visible character's
 * position on screen, left to right, is the order `displayed()` gives.
 */
import { expect } from 'chai';
import { displayed } from '../src/normalize/bidi.js';

/** The UTF-16 indices of the characters of `text` as Chromium lays them out, left to right. */
function laidOut(text: string): number[] {
  const host = document.createElement('div');
  host.dir = 'ltr';
  host.style.cssText = 'position:absolute;white-space:pre;font:20px sans-serif;unicode-bidi:plaintext';
  host.style.unicodeBidi = 'isolate';
  const node = document.createTextNode(text);
  host.append(node);
  document.body.append(host);
  const boxes: { index: number; left: number }[] = [];
  try {
    const range = document.createRange();
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      range.setStart(node, i);
      range.setEnd(node, i + width);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0.5) boxes.push({ index: i, left: rect.left });
      i += width - 1;
    }
  } finally {
    host.remove();
  }
  return boxes.sort((a, b) => a.left - b.left).map((box) => box.index);
}

/** The engine's order of the same characters. */
function ours(text: string, visible: Set<number>): number[] {
  const shown = displayed(text);
  const order = shown ? [...shown.origin] : [...text].map((_, i) => i);
  return order.filter((i) => visible.has(i));
}

/** Texts mixing every class that reorders: letters of both directions, numbers, brackets, controls. */
const ALPHABET = ['a', '新', 'ש', 'ب', '1', '٣', '+', '%', ',', ' ', '(', ')', '!'];
const CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200f',
  '\u061c',
];

describe('display order matches Chromium', () => {
  it('is measured from the layout (the reversed name reads 新华社 on screen)', () => {
    expect(laidOut('\u202e社华新\u202c')).to.deep.equal([3, 2, 1]);
    expect(laidOut('新华社')).to.deep.equal([0, 1, 2]);
  });

  it('for texts with bidi controls and right-to-left letters', () => {
    // A fixed pseudo-random sequence (a linear congruential generator) of texts, the same every run.
    let seed = 20261204;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts = [
      '\u202e社华新\u202c',
      '\u202e浪麦吹风',
      'محمد 123 456',
      '\u061c12 34',
      '\u200f\u202aa\u202c\u202a%',
      '\u200f\u202a1\u202c\u202aa',
    ];
    for (let t = 0; t < 400; t++) {
      let text = '';
      const length = 1 + next(12);
      for (let i = 0; i < length; i++)
        text += next(3) === 0 ? CONTROLS[next(CONTROLS.length)] : ALPHABET[next(ALPHABET.length)];
      texts.push(text);
    }
    const failures: string[] = [];
    let reordered = 0;
    for (const text of texts) {
      const chromium = laidOut(text);
      if (chromium.some((index, i) => i > 0 && index < (chromium[i - 1] ?? 0))) reordered++;
      const engine = ours(text, new Set(chromium));
      if (JSON.stringify(engine) !== JSON.stringify(chromium))
        failures.push(`${JSON.stringify(text)}: ${engine} vs ${chromium}`);
    }
    expect(failures).to.deep.equal([]);
    // Most of the texts are displayed out of their logical order: the comparison means something.
    expect(reordered).to.be.greaterThan(texts.length / 3);
  });
});
