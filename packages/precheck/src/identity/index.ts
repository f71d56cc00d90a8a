/**
 * Identity-number pre-checks: mainland mobile numbers, resident IDs (and residence permits, legacy
 * 15-digit numbers, foreigner permanent-residence IDs), unified social credit codes, and masking.
 * Pure: no I/O, no logging.
 */
export { isKnownDivision, isKnownProvince } from './divisions.js';
export { maskId, maskPhone } from './mask.js';
export { type PhoneReason, type PhoneResult, validateMobile } from './phone.js';
export {
  type ResidentIdKind,
  type ResidentIdOptions,
  type ResidentIdReason,
  type ResidentIdResult,
  residentIdCheckCharacter,
  validateResidentId,
} from './resident-id.js';
export {
  organizationCodeCheckCharacter,
  USCC_ENTITY_TYPES,
  type UsccReason,
  type UsccResult,
  usccCheckCharacter,
  validateUscc,
} from './uscc.js';
