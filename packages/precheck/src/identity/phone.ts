/**
 * Mainland China mobile numbers as allocated by MIIT: 11 digits in the blocks 13x, 145–149,
 * 15[0-35-9], 162/165/166/167, 17[0-35-8] (170/171 resale), 18x, 19[0-35-9] (192 China Broadnet,
 * 194 unallocated); 140–144 are 13-digit IoT numbers, recognized as `kind: 'iot'`.
 *
 * 174 is allocated only in part: 1740[0-5] (China Telecom satellite), 1740[6-9] and 1741[0-2]
 * (MIIT emergency communications) and 1749 (Inmarsat); the rest of 174 is reserved.
 *
 * The country code is accepted in its common written forms — `+86`, `0086`, `(+86)`, `(0086)`,
 * `(86)` and a bare `86` — with spaces or hyphens anywhere between digits; the result then carries
 * `countryCode: '86'` and `normalized` is the national number. A bare `86` is read as the country
 * code only when 11 or 13 digits starting with 1 follow it: no national number starts with 86, so
 * `8613800138000` is unambiguous, while `86138001380` (11 digits) stays a number with a wrong prefix.
 * Full-width digits and signs (１３８, ＋８６) are read as the ASCII ones an input method stands in for.
 */
import { halfWidth } from './half-width.js';

export type PhoneReason = 'type' | 'length' | 'prefix' | 'block' | 'characters';

export interface PhoneResult {
  valid: boolean;
  reason?: PhoneReason;
  /** The national number: the digits without country code or separators, when they are all digits. */
  normalized?: string;
  kind?: 'mobile' | 'iot';
  /** '86' when the input carried the country code (+86, 0086, (+86), bare 86 …). */
  countryCode?: '86';
}

const MOBILE_BLOCK = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])$/;
/** The allocated parts of 174 (see above). */
const BLOCK_174 = /^174(?:0\d|1[0-2]|9\d)/;
const IOT_BLOCK = /^14[0-4]$/;
/** The written country code, after separators are removed: +86, 0086, optionally in parentheses. */
const COUNTRY_CODE = /^(?:\+86|0086|\((?:\+86|0086|86)\))/;
/** A bare 86 followed by an 11- or 13-digit national number (which starts with 1). */
const BARE_COUNTRY_CODE = /^86(?=1(?:\d{10}|\d{12})$)/;

/** Validates `input`; anything but a string is `{ valid: false, reason: 'type' }`. */
export function validateMobile(input: unknown): PhoneResult {
  if (typeof input !== 'string') return { valid: false, reason: 'type' };
  let digits = halfWidth(input)
    .trim()
    .replace(/[\s-]+/g, '');
  const prefix = COUNTRY_CODE.exec(digits) ?? BARE_COUNTRY_CODE.exec(digits);
  if (prefix) digits = digits.slice(prefix[0].length);
  const country: Pick<PhoneResult, 'countryCode'> = prefix ? { countryCode: '86' } : {};
  if (digits === '') return { valid: false, reason: 'length', ...country };
  if (!/^\d+$/.test(digits)) return { valid: false, reason: 'characters', ...country };
  const normalized = digits;
  if (digits.length !== 11 && digits.length !== 13) return { valid: false, reason: 'length', normalized, ...country };
  if (!digits.startsWith('1')) return { valid: false, reason: 'prefix', normalized, ...country };
  const block = digits.slice(0, 3);
  if (IOT_BLOCK.test(block)) {
    return digits.length === 13
      ? { valid: true, normalized, kind: 'iot', ...country }
      : { valid: false, reason: 'length', normalized, kind: 'iot', ...country };
  }
  if (block === '174' ? !BLOCK_174.test(digits) : !MOBILE_BLOCK.test(block)) {
    return { valid: false, reason: 'block', normalized, ...country };
  }
  if (digits.length !== 11) return { valid: false, reason: 'length', normalized, kind: 'mobile', ...country };
  return { valid: true, normalized, kind: 'mobile', ...country };
}
