/**
 * Unified social credit codes (GB 32100-2015). The code is public information printed on business
 * licences, so there is deliberately no masking helper for it.
 *
 * Registration-authority and entity-type codes follow GB 32100-2015 Appendix A: 1 机构编制,
 * 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管, A 中央军委改革和编制办公室,
 * N 农业, Y 其他. Entity types are checked for the authorities whose lists are fixed; for Y any
 * digit 1–9 is accepted.
 *
 * Characters 3–8 are the registering authority's GB/T 2260 address code. Many real codes carry
 * superseded codes, so an unknown one is never a reason: it is reported as `addressKnown: false`.
 */
import { isKnownDivision } from './divisions.js';

export type UsccReason = 'length' | 'characters' | 'authority' | 'entity-type' | 'check-character';

export interface UsccResult {
  valid: boolean;
  reason?: UsccReason;
  /** Upper-case, without whitespace. */
  normalized?: string;
  authority?: string;
  entityType?: string;
  addressCode?: string;
  addressKnown?: boolean;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

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

/** The GB 32100 check character of the first 17 characters of `body` (all from the code alphabet). */
export function usccCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i] ?? '') * (WEIGHTS[i] ?? 0);
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

export function validateUscc(input: string): UsccResult {
  const normalized = input.replace(/\s+/g, '').toUpperCase();
  if (normalized.length !== 18) return { valid: false, reason: 'length' };
  for (const char of normalized) {
    if (!ALPHABET.includes(char)) return { valid: false, reason: 'characters' };
  }
  const authority = normalized[0] ?? '';
  const entityType = normalized[1] ?? '';
  const addressCode = normalized.slice(2, 8);
  const result: UsccResult = { valid: true, normalized, authority, entityType, addressCode };
  const types = USCC_ENTITY_TYPES[authority];
  if (types === undefined) return { ...result, valid: false, reason: 'authority' };
  if (!types.includes(entityType)) return { ...result, valid: false, reason: 'entity-type' };
  result.addressKnown = /^\d{6}$/.test(addressCode) && isKnownDivision(addressCode);
  if (usccCheckCharacter(normalized) !== normalized[17]) return { ...result, valid: false, reason: 'check-character' };
  return result;
}
