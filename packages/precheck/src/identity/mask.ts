/**
 * Masking for display. Unified social credit codes are public (printed on business licences) and
 * have no masking helper.
 */
import { validateMobile } from './phone.js';

const stars = (n: number) => '*'.repeat(Math.max(0, n));

/**
 * Keeps the first 3 and last 4 digits of a phone number: '13800138000' → '138****8000'. Country
 * prefix and separators are dropped; input that is not digits is masked entirely.
 */
export function maskPhone(input: string): string {
  const digits = validateMobile(input).normalized;
  if (digits === undefined || digits.length < 8) return stars(input.trim().length);
  return digits.slice(0, 3) + stars(digits.length - 7) + digits.slice(-4);
}

/**
 * Keeps the first 4 and last 4 characters of an identity number:
 * '11010519491231002X' → '1101**********002X'. Whitespace is dropped and x upper-cased.
 */
export function maskId(input: string): string {
  const id = input.replace(/\s+/g, '').toUpperCase();
  if (id.length < 9) return stars(id.length);
  return id.slice(0, 4) + stars(id.length - 8) + id.slice(-4);
}
