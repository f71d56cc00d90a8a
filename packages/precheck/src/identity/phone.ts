/**
 * Mainland China mobile numbers as allocated by MIIT: 11 digits in the blocks 13x, 145–149,
 * 15[0-35-9], 162/165/166/167, 17[0-35-8] (170/171 resale), 18x, 19[0-35-9] (192 China Broadnet,
 * 194 unallocated); 140–144 are 13-digit IoT numbers, recognized as `kind: 'iot'`.
 *
 * 174 is allocated only in part: 1740[0-5] (China Telecom satellite), 1740[6-9] and 1741[0-2]
 * (MIIT emergency communications) and 1749 (Inmarsat); the rest of 174 is reserved.
 * An optional +86 / 0086 prefix and spaces or hyphens between digits are accepted.
 */
export type PhoneReason = 'length' | 'prefix' | 'block' | 'characters';

export interface PhoneResult {
  valid: boolean;
  reason?: PhoneReason;
  /** The bare digits without country prefix or separators, when they are all digits. */
  normalized?: string;
  kind?: 'mobile' | 'iot';
}

const MOBILE_BLOCK = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])$/;
/** The allocated parts of 174 (see above). */
const BLOCK_174 = /^174(?:0\d|1[0-2]|9\d)/;
const IOT_BLOCK = /^14[0-4]$/;

export function validateMobile(input: string): PhoneResult {
  let digits = input.trim().replace(/[\s-]+/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  if (digits === '') return { valid: false, reason: 'length' };
  if (!/^\d+$/.test(digits)) return { valid: false, reason: 'characters' };
  const normalized = digits;
  if (digits.length !== 11 && digits.length !== 13) return { valid: false, reason: 'length', normalized };
  if (!digits.startsWith('1')) return { valid: false, reason: 'prefix', normalized };
  const block = digits.slice(0, 3);
  if (IOT_BLOCK.test(block)) {
    return digits.length === 13
      ? { valid: true, normalized, kind: 'iot' }
      : { valid: false, reason: 'length', normalized, kind: 'iot' };
  }
  if (block === '174' ? !BLOCK_174.test(digits) : !MOBILE_BLOCK.test(block)) {
    return { valid: false, reason: 'block', normalized };
  }
  if (digits.length !== 11) return { valid: false, reason: 'length', normalized, kind: 'mobile' };
  return { valid: true, normalized, kind: 'mobile' };
}
