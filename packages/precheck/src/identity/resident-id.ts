/**
 * Citizen identity numbers (GB 11643-1999), the residence permits of Hong Kong, Macau and Taiwan
 * residents (address codes 810000, 820000, 830000), 15-digit legacy numbers and the 2023
 * foreigner permanent-residence ID.
 *
 * Address codes: many real numbers carry codes of divisions since abolished or renamed (440524,
 * 潮安县, is on the regulation's own list). A code whose exact county is not in the generated
 * GB/T 2260 table is accepted when its province (first two digits) is known, with
 * `addressKnown: false`; only an unknown province is the reason `'address'`.
 *
 * Birth dates: a real calendar date, not after `today`, not before 1800-01-01. (The regulation's
 * vector 440524188001010014 is born in 1880, so the floor is 1800 rather than 1900.)
 *
 * Foreigner permanent-residence ID (issued from 2023-12-01): '9', the 2-digit province code of
 * the accepting authority, a 3-digit numeric nationality code (ISO 3166-1 numeric; checked only
 * for being digits), the 8-digit birth date, a 3-digit sequence (odd = male) and the MOD 11-2
 * check character.
 */
import { isKnownDivision, isKnownProvince } from './divisions.js';
import { halfWidth } from './half-width.js';

export type ResidentIdReason = 'type' | 'length' | 'characters' | 'address' | 'birth-date' | 'check-character';
export type ResidentIdKind = 'resident' | 'residence-permit' | 'foreigner-permanent' | 'legacy';

export interface ResidentIdResult {
  valid: boolean;
  reason?: ResidentIdReason;
  /** Upper-case ASCII (full-width forms read as ASCII), without whitespace. */
  normalized?: string;
  kind?: ResidentIdKind;
  /** True for 15-digit numbers (no check character; the year is 19YY). */
  legacy?: boolean;
  /** The 6-digit address code; for foreigners the province code followed by 0000. */
  addressCode?: string;
  /** Whether the exact address code is in the GB/T 2260 table (false for superseded codes). */
  addressKnown?: boolean;
  /** YYYY-MM-DD. */
  birthDate?: string;
  sex?: 'male' | 'female';
  /** Foreigner permanent-residence ID: the 3-digit numeric nationality code. */
  nationality?: string;
}

export interface ResidentIdOptions {
  /** The date births may not follow; defaults to now (also when it is not a valid Date). */
  today?: Date;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const EARLIEST = 18000101;

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of `body`; '' when `body` is not a string. */
export function residentIdCheckCharacter(body: unknown): string {
  if (typeof body !== 'string') return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

function birthDate(yyyymmdd: string, today: Date): string | undefined {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return undefined;
  const value = year * 10000 + month * 100 + day;
  const now = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (value < EARLIEST || value > now) return undefined;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * `options.today` when it is a valid Date, else now. Forms and wrappers may pass anything here; a
 * getter or Proxy that throws, or an object that only inherits from Date, is treated as no date.
 */
function todayOf(options: unknown): Date {
  try {
    const today = options !== null && typeof options === 'object' ? (options as ResidentIdOptions).today : undefined;
    if (today instanceof Date && !Number.isNaN(today.getTime())) return today;
  } catch {
    // fall through to now
  }
  return new Date();
}

/** Validates `input`; anything but a string is `{ valid: false, reason: 'type' }`. */
export function validateResidentId(input: unknown, options: ResidentIdOptions = {}): ResidentIdResult {
  if (typeof input !== 'string') return { valid: false, reason: 'type' };
  const today = todayOf(options);
  const normalized = halfWidth(input).replace(/\s+/g, '').toUpperCase();
  if (normalized.length === 15) {
    if (!/^\d{15}$/.test(normalized)) return { valid: false, reason: 'characters', legacy: true, kind: 'legacy' };
    return parse(normalized, `19${normalized.slice(6, 12)}`, normalized.slice(12, 15), today, 'legacy');
  }
  if (normalized.length !== 18) return { valid: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(normalized)) return { valid: false, reason: 'characters' };
  const kind: ResidentIdKind = normalized.startsWith('9')
    ? 'foreigner-permanent'
    : /^8[123]0000/.test(normalized)
      ? 'residence-permit'
      : 'resident';
  const result = parse(normalized, normalized.slice(6, 14), normalized.slice(14, 17), today, kind);
  if (!result.valid) return result;
  if (residentIdCheckCharacter(normalized) !== normalized[17]) {
    return { ...result, valid: false, reason: 'check-character' };
  }
  return result;
}

function parse(
  normalized: string,
  yyyymmdd: string,
  sequence: string,
  today: Date,
  kind: ResidentIdKind,
): ResidentIdResult {
  const result: ResidentIdResult = { valid: true, normalized, kind };
  if (kind === 'legacy') result.legacy = true;
  if (kind === 'foreigner-permanent') {
    result.addressCode = `${normalized.slice(1, 3)}0000`;
    result.nationality = normalized.slice(3, 6);
  } else {
    result.addressCode = normalized.slice(0, 6);
  }
  if (!isKnownProvince(result.addressCode)) return { ...result, valid: false, reason: 'address' };
  result.addressKnown = isKnownDivision(result.addressCode);
  const date = birthDate(yyyymmdd, today);
  if (date === undefined) return { ...result, valid: false, reason: 'birth-date' };
  result.birthDate = date;
  result.sex = Number(sequence) % 2 === 1 ? 'male' : 'female';
  return result;
}
