/**
 * Grouping and caret arithmetic of the identity field, in Node and in Chromium: what the user sees
 * as they type, and where the caret lands after an edit of grouped text.
 */
import { expect } from 'chai';
import { applyEdit, caretAfter, compact, group } from '../src/identity-field/format.js';

describe('identity field formatting', () => {
  it('groups each number type by its structure', () => {
    expect(group('phone', '13800138000')).to.equal('138 0013 8000');
    expect(group('phone', '+8613800138000')).to.equal('+86 138 0013 8000');
    expect(group('phone', '008613800138000')).to.equal('0086 138 0013 8000');
    expect(group('id', '11010519491231002X')).to.equal('110105 19491231 002X');
    expect(group('uscc', '91350100M000100Y43')).to.equal('91 350100 M000100Y4 3');
  });

  it('groups partial input without trailing spaces, and keeps extra characters in the last group', () => {
    expect(group('phone', '138')).to.equal('138');
    expect(group('phone', '1380')).to.equal('138 0');
    expect(group('phone', '+86')).to.equal('+86');
    expect(group('id', '1101051949')).to.equal('110105 1949');
    expect(group('phone', '1380013800099')).to.equal('138 0013 800099');
    expect(group('phone', '')).to.equal('');
  });

  it('compacts separators, full-width characters from an IME, and lower-case x', () => {
    expect(compact('phone', '１３８ ００１３-８０００')).to.equal('13800138000');
    expect(compact('phone', '＋86 138')).to.equal('+86138');
    expect(compact('id', '110105 19491231 002x')).to.equal('11010519491231002X');
    expect(compact('uscc', '91350100m000100y43')).to.equal('91350100M000100Y43');
    expect(compact('id', '1101\u300005')).to.equal('110105');
  });

  it('puts the caret after the same significant character', () => {
    expect(caretAfter('138 0013 8000', 3)).to.equal(3);
    expect(caretAfter('138 0013 8000', 4)).to.equal(5);
    expect(caretAfter('138 0013 8000', 0)).to.equal(0);
    expect(caretAfter('138 0013 8000', 99)).to.equal(13);
  });

  it('regroups as a digit is typed at the end and in the middle', () => {
    // Typing the 4th digit: the space appears and the caret stays after the new digit.
    expect(applyEdit('phone', '1380', 4, '138', 'insertText')).to.deep.equal({
      value: '1380',
      text: '138 0',
      caret: 5,
    });
    // Inserting a digit inside the first group shifts the rest.
    expect(applyEdit('phone', '1358 0013 8000', 3, '13800138000', 'insertText')).to.deep.equal({
      value: '135800138000',
      text: '135 8001 38000',
      caret: 3,
    });
  });

  it('deletes the digit before a space when Backspace removed only the space', () => {
    // "138 |0013 8000" + Backspace removes the space: the user meant the 8.
    expect(applyEdit('phone', '1380013 8000', 3, '13800138000', 'deleteContentBackward')).to.deep.equal({
      value: '1300138000',
      text: '130 0138 000',
      caret: 2,
    });
    // "138| 0013 8000" + Delete removes the space: the user meant the 0 after it.
    expect(applyEdit('phone', '1380013 8000', 3, '13800138000', 'deleteContentForward')).to.deep.equal({
      value: '1380138000',
      text: '138 0138 000',
      caret: 3,
    });
  });

  it('takes a pasted number with any spacing', () => {
    expect(applyEdit('id', '  11010519491231002x ', 21, '', 'insertFromPaste')).to.deep.equal({
      value: '11010519491231002X',
      text: '110105 19491231 002X',
      caret: 20,
    });
  });
});
