/**
 * Number forms → digits. Circled, parenthesized and full-width digits are already digits after
 * NFKC; this channel reads Chinese numerals (一三八, 幺, 两, 壹贰叁 …) as digits, but only inside a
 * run of at least MIN_RUN digit-like characters (separators between them allowed), so that 三心二意
 * or 一五一十 in an ordinary bio stay words.
 */
import { NUMERAL } from './channels.js';

const CHINESE_DIGITS = '零0〇0○0一1幺1壹1二2两2贰2三3叁3四4肆4五5伍5六6陆6七7柒7八8捌8九9玖9';

/** Code unit of a Chinese numeral → its digit, 0–9. */
export const CHINESE_DIGIT = new Map<number, number>();
/**
 * The same as a table over every BMP code unit: the digit, or -1. Folding asks it for every unit of
 * every text, so it is one typed-array read rather than a hash look-up.
 */
export const CHINESE_DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (let i = 0; i < CHINESE_DIGITS.length; i += 2) {
  const unit = CHINESE_DIGITS.charCodeAt(i);
  const digit = CHINESE_DIGITS.charCodeAt(i + 1) - 48;
  CHINESE_DIGIT.set(unit, digit);
  CHINESE_DIGIT_VALUE[unit] = digit;
}

export const MIN_RUN = 5;

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Rewrites Chinese numerals inside digit runs of the folded code units `units[0, length)` in place,
 * marking them with the NUMERAL flag. `separator[i]` tells which units may sit between the digits
 * of a run.
 */
export function readNumerals(units: Uint16Array, flags: Uint16Array, separator: Uint8Array, length: number): void {
  let runStart = -1;
  let digits = 0;
  let hasChinese = false;
  const close = (end: number) => {
    if (runStart >= 0 && digits >= MIN_RUN && hasChinese) {
      for (let i = runStart; i < end; i++) {
        const digit = CHINESE_DIGIT_VALUE[units[i] ?? 0] ?? -1;
        if (digit >= 0) {
          units[i] = 48 + digit;
          flags[i] = (flags[i] ?? 0) | NUMERAL;
        }
      }
    }
    runStart = -1;
    digits = 0;
    hasChinese = false;
  };
  for (let i = 0; i < length; i++) {
    const unit = units[i] ?? 0;
    const chinese = (CHINESE_DIGIT_VALUE[unit] ?? -1) >= 0;
    if (chinese || isAsciiDigit(unit)) {
      if (runStart < 0) runStart = i;
      digits++;
      hasChinese ||= chinese;
    } else if (!(separator[i] && runStart >= 0)) {
      close(i);
    }
  }
  close(length);
}
