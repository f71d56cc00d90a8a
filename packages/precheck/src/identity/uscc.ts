/**
 * Unified social credit codes (GB 32100-2015). The code is public information printed on business
 * licences, so there is deliberately no masking helper for it.
 *
 *   9 1 | 330100 | MA2XXXXX0 | 8
 *   authority, entity type | registering authority's division (3–8) | organization code (9–17) | check
 *
 * Registration-authority and entity-type codes follow GB 32100-2015 Appendix A: 1 机构编制,
 * 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管, A 中央军委改革和编制办公室,
 * N 农业, Y 其他. Entity types are checked for the authorities whose lists are fixed; for Y any
 * digit 1–9 is accepted.
 *
 * Characters 3–8 are the GB/T 2260 code of the registering authority's division, at any level:
 * 100000 for national-level registrations (central organs, national social organisations),
 * a province (xx0000), a prefecture (xxxx00) or a county. The code is kept for life, so many real
 * codes carry divisions since abolished or renamed (120224, 宝坻县 until 2001, is in python-stdnum's
 * tests). As for resident IDs, a code whose exact division is not in the current table is accepted
 * when its province is known, reported as `addressKnown: false`; anything else — letters, 000000,
 * an unknown province, or Taiwan, Hong Kong and Macau (71, 81, 82, 83: no registration authority of
 * this code system sits there) — is the reason `'address'`.
 *
 * Characters 9–17 are an organization code (GB 11714-1997): 8 characters and their own check
 * character, weights 3 7 9 10 5 8 4 2 over digit values and A=10 … Z=35, 11 − sum mod 11 with
 * 10 → X and 11 → 0. A code whose final check character is right but whose organization code fails
 * its own is the reason `'organization-check'`: a constructed code, not an issued one.
 */
import { isKnownDivision, isKnownProvince } from './divisions.js';
import { halfWidth } from './half-width.js';

export type UsccReason =
  | 'type'
  | 'length'
  | 'characters'
  | 'authority'
  | 'entity-type'
  | 'address'
  | 'organization-check'
  | 'check-character';

export interface UsccResult {
  valid: boolean;
  reason?: UsccReason;
  /** Upper-case, without whitespace. */
  normalized?: string;
  authority?: string;
  entityType?: string;
  /** Characters 3–8: the registering authority's division. */
  addressCode?: string;
  /** Whether the address code is in the GB/T 2260 table, or is 100000 (national level); false for superseded codes. */
  addressKnown?: boolean;
  /** The level of the registering authority, from the shape of the address code. */
  addressLevel?: 'national' | 'province' | 'prefecture' | 'county';
  /** Characters 9–17: the GB 11714 organization code with its check character. */
  organizationCode?: string;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** The code of national-level registrations: not a GB/T 2260 entry. */
const NATIONAL = '100000';
/** Provinces with no registration authority of this code system: Taiwan, Hong Kong, Macau. */
const NO_AUTHORITY = /^(?:71|81|82|83)/;

/** Registration authority → the entity-type codes it assigns. */
export const USCC_ENTITY_TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  '2': '19', // 外国常驻新闻机构, 其他
  '3': '123459', // 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 外国在华文化中心, 其他
  '5': '1239', // 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
  '7': '129', // 宗教活动场所, 宗教院校, 其他
  '8': '19', // 基层工会, 其他
  '9': '123', // 企业, 个体工商户, 农民专业合作社
  A: '19', // 军队事业单位, 其他
  N: '1239', // 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '123456789', // 其他: not enumerated
};

/**
 * The GB 32100 check character of the first 17 characters of `body` (all from the code alphabet);
 * '' when `body` is not a string.
 */
export function usccCheckCharacter(body: unknown): string {
  if (typeof body !== 'string') return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i] ?? '') * (WEIGHTS[i] ?? 0);
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * The GB 11714 check character ('0'–'9' or 'X') of the first 8 characters of an organization code
 * (digits and upper-case letters); '' when they are not 8 such characters.
 */
export function organizationCodeCheckCharacter(body: unknown): string {
  if (typeof body !== 'string' || !/^[0-9A-Z]{8}/.test(body)) return '';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body[i] ?? '', 36) * (ORGANIZATION_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function addressLevel(code: string): UsccResult['addressLevel'] {
  if (code === NATIONAL) return 'national';
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

export function validateUscc(input: unknown): UsccResult {
  if (typeof input !== 'string') return { valid: false, reason: 'type' };
  const normalized = halfWidth(input).replace(/\s+/g, '').toUpperCase();
  if (normalized.length !== 18) return { valid: false, reason: 'length' };
  for (const char of normalized) {
    if (!ALPHABET.includes(char)) return { valid: false, reason: 'characters' };
  }
  const authority = normalized[0] ?? '';
  const entityType = normalized[1] ?? '';
  const addressCode = normalized.slice(2, 8);
  const organizationCode = normalized.slice(8, 17);
  const result: UsccResult = { valid: true, normalized, authority, entityType, addressCode };
  const types = USCC_ENTITY_TYPES[authority];
  if (types === undefined) return { ...result, valid: false, reason: 'authority' };
  if (!types.includes(entityType)) return { ...result, valid: false, reason: 'entity-type' };
  const national = addressCode === NATIONAL;
  if (!national && (!/^\d{6}$/.test(addressCode) || NO_AUTHORITY.test(addressCode) || !isKnownProvince(addressCode))) {
    return { ...result, valid: false, reason: 'address' };
  }
  result.addressKnown = national || isKnownDivision(addressCode);
  result.addressLevel = addressLevel(addressCode);
  result.organizationCode = organizationCode;
  if (organizationCodeCheckCharacter(organizationCode) !== organizationCode[8]) {
    return { ...result, valid: false, reason: 'organization-check' };
  }
  if (usccCheckCharacter(normalized) !== normalized[17]) return { ...result, valid: false, reason: 'check-character' };
  return result;
}
