import { expect } from 'chai';
import { MappedTextBuilder, mappedFromString, originalSpan, toHalfWidth } from '../src/index.js';

describe('toHalfWidth', () => {
  it('folds full-width Latin letters and digits to ASCII', () => {
    expect(toHalfWidth('ＣＣＴＶ１２３').text).to.equal('CCTV123');
  });

  it('folds the ideographic space to a plain space', () => {
    expect(toHalfWidth('新华\u3000社').text).to.equal('新华 社');
  });

  it('leaves Han characters and half-width text as they are', () => {
    const mapped = toHalfWidth('张新华 Tom_1998');
    expect(mapped.text).to.equal('张新华 Tom_1998');
  });

  it('maps a match in the folded text back to the characters the user typed', () => {
    const typed = '我爱ＣＣＴＶ节目';
    const mapped = toHalfWidth(typed);
    const at = mapped.text.indexOf('CCTV');
    const span = originalSpan(mapped, at, at + 4);
    expect(typed.slice(span.start, span.end)).to.equal('ＣＣＴＶ');
  });

  it('keeps the map of text that was already derived', () => {
    // A previous channel removed a zero-width space: 'Ｃ\u200bＣ' → 'ＣＣ'.
    const typed = 'Ｃ\u200bＣ';
    const builder = new MappedTextBuilder(mappedFromString(typed));
    builder.push('Ｃ', 0, 1);
    builder.push('Ｃ', 2, 3);
    const folded = toHalfWidth(builder.build());
    expect(folded.text).to.equal('CC');
    expect(originalSpan(folded, 0, 2)).to.deep.equal({ start: 0, end: 3 });
  });
});

describe('originalSpan', () => {
  it('maps an expansion back to the one character it came from', () => {
    const typed = 'a㈦b';
    const builder = new MappedTextBuilder(mappedFromString(typed));
    builder.push('a', 0, 1);
    builder.push('(七)', 1, 2);
    builder.push('b', 2, 3);
    const expanded = builder.build();
    expect(expanded.text).to.equal('a(七)b');
    expect(originalSpan(expanded, 2, 3)).to.deep.equal({ start: 1, end: 2 });
    expect(originalSpan(expanded, 0, 5)).to.deep.equal({ start: 0, end: 3 });
  });

  it('clamps spans outside the text instead of failing', () => {
    const mapped = mappedFromString('abc');
    expect(originalSpan(mapped, -4, 99)).to.deep.equal({ start: 0, end: 3 });
    expect(originalSpan(mapped, 3, 3)).to.deep.equal({ start: 3, end: 3 });
  });
});
