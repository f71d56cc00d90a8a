/**
 * Number forms → digits. Circled, parenthesized and full-width digits are already digits after
 * NFKC; this channel reads Chinese numerals (一三八, 幺, 两, 壹贰叁 …) as digits, but only inside a
 * run of at least MIN_RUN digit-like characters (separators between them allowed), so that 三心二意
 * or 一五一十 in an ordinary bio stay words.
 */
import { NUMERAL } from './channels.js';

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  '○': '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  两: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};

export const MIN_RUN = 5;

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Rewrites Chinese numerals inside digit runs of `units` (one string per folded code unit) in
 * place, marking them with the NUMERAL flag. `separator[i]` tells which units may sit between
 * the digits of a run.
 */
export function readNumerals(units: string[], flags: Uint16Array, separator: Uint8Array): void {
  let runStart = -1;
  let digits = 0;
  let hasChinese = false;
  const close = (end: number) => {
    if (runStart >= 0 && digits >= MIN_RUN && hasChinese) {
      for (let i = runStart; i < end; i++) {
        const digit = CHINESE_DIGITS[units[i] ?? ''];
        if (digit !== undefined) {
          units[i] = digit;
          flags[i] = (flags[i] ?? 0) | NUMERAL;
        }
      }
    }
    runStart = -1;
    digits = 0;
    hasChinese = false;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? '';
    const chinese = CHINESE_DIGITS[unit] !== undefined;
    if (chinese || isAsciiDigit(unit.charCodeAt(0))) {
      if (runStart < 0) runStart = i;
      digits++;
      hasChinese ||= chinese;
    } else if (!(separator[i] && runStart >= 0)) {
      close(i);
    }
  }
  close(units.length);
}
