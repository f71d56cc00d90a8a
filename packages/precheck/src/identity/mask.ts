/**
 * Masking for display. Unified social credit codes are public (printed on business licences) and
 * have no masking helper.
 *
 * Masking always hides at least half of the characters of an identity number, whatever its length:
 * the usual shapes (first 4 and last 4 of an 18-character number) hide more than half, and shorter
 * input keeps fewer characters, the last ones first ('123456789' → '12*****89'), and fewer than 9
is hidden entirely. Phone numbers keep
 * the industry's shape, first 3 and last 4 (hiding 4 of 11 and 6 of 13 digits); digit strings of
 * other lengths are not numbers anyone can dial, so they too lose at least half.
 */
import { validateMobile } from './phone.js';

const stars = (n: number) => '*'.repeat(Math.max(0, n));

/**
 * Shows at most `head` leading and `tail` trailing characters of `chars`, `budget` in all, the
 * trailing ones first (the last digits are what people compare), and stars for the rest.
 */
function keep(chars: readonly string[], budget: number, head: number, tail: number): string {
  const shownTail = Math.min(tail, Math.ceil(budget / 2));
  const shownHead = Math.min(head, budget - shownTail);
  const lastTail = Math.min(tail, budget - shownHead);
  return (
    chars.slice(0, shownHead).join('') +
    stars(chars.length - shownHead - lastTail) +
    chars.slice(chars.length - lastTail).join('')
  );
}

/**
 * Keeps the first 3 and last 4 digits of a phone number: '13800138000' → '138****8000'. Country
 * code and separators are dropped; input that is not digits is masked entirely; a digit string of
 * a length other than 11 or 13 shows at most half of its digits. '' for anything but a string.
 */
export function maskPhone(input: unknown): string {
  if (typeof input !== 'string') return '';
  const digits = validateMobile(input).normalized;
  if (digits === undefined || digits.length < 8) return stars(input.trim().length);
  const n = digits.length;
  return keep(Array.from(digits), n === 11 || n === 13 ? 7 : Math.floor(n / 2), 3, 4);
}

/**
 * Keeps the first 4 and last 4 characters of an identity number, and never more than half of its
 * characters: '11010519491231002X' → '1101**********002X', '110101900307001' → '110********7001';
fewer than 9 characters are all hidden.
 * Whitespace is dropped and x upper-cased; characters are code points. '' for anything but a string.
 */
export function maskId(input: unknown): string {
  if (typeof input !== 'string') return '';
  const chars = Array.from(input.replace(/\s+/g, '').toUpperCase());
  if (chars.length < 9) return stars(chars.length);
  return keep(chars, Math.floor(chars.length / 2), 4, 4);
}
