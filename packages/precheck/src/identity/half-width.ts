/**
 * What a form receives from an input method in full-width mode: digits, letters and signs of the
 * Halfwidth and Fullwidth Forms block (１３８, Ｘ, ＋, －) and the ideographic space. The
 * validators read them as the ASCII characters they stand for, so a number typed that way is the
 * same number (and `normalized` is ASCII).
 */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

export function halfWidth(input: string): string {
  return input.replace(FULL_WIDTH, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}
