/**
 * Account lines, validated fast. The zod schema (`accountLineSchema`) is the definition; running it
 * on every line of a large file costs about as much as parsing the line. `plainAccountLine` accepts
 * only what the schema accepts — a plain object with known keys, strings within their caps, a known
 * `kind`, well-formed `profession` and `entity` — and then returns the very object, which is what
 * the schema would give (it copies exactly those keys). Anything else goes to the schema, which
 * decides and names the problem: so the fast path changes the speed, never the outcome.
 */
import { ACCOUNT_LIMITS, type AccountId, type AccountLine, validateAccountLine } from '../account-info.js';

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

function isProfession(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let domain = false;
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    if (key === 'domain') {
      if (!isText(field, ACCOUNT_LIMITS['profession.domain'])) return false;
      domain = true;
    } else if (key === 'credential') {
      if (!isText(field, ACCOUNT_LIMITS['profession.credential'])) return false;
    } else {
      return false;
    }
  }
  return domain;
}

function isEntity(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let name = false;
  let uscc = false;
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    switch (key) {
      case 'name':
        if (!isText(field, ACCOUNT_LIMITS['entity.name'])) return false;
        name = true;
        break;
      case 'uscc':
        if (!isText(field, ACCOUNT_LIMITS['entity.uscc'])) return false;
        uscc = true;
        break;
      case 'address':
      case 'contentCategory':
      case 'contact':
        if (!isText(field, ACCOUNT_LIMITS[`entity.${key}`])) return false;
        break;
      default:
        return false;
    }
  }
  return name && uscc;
}

/**
 * `value` itself when it is plainly a valid account line (as parsed from JSON), else undefined:
 * then `validateAccountLine` decides.
 */
export function plainAccountLine(value: unknown): AccountLine | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // Own keys only: JSON.parse makes no other kind, and anything unusual goes to the schema.
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    switch (key) {
      case 'id':
        if (typeof field === 'number' ? !Number.isFinite(field) : !isText(field, ACCOUNT_LIMITS.id)) return undefined;
        break;
      case 'kind':
        if (field !== 'personal' && field !== 'professional' && field !== 'entity') return undefined;
        break;
      case 'name':
      case 'bio':
      case 'signature':
      case 'avatar':
      case 'cover':
        if (!isText(field, ACCOUNT_LIMITS[key])) return undefined;
        break;
      case 'profession':
        if (!isProfession(field)) return undefined;
        break;
      case 'entity':
        if (!isEntity(field)) return undefined;
        break;
      default:
        return undefined;
    }
  }
  return value as AccountLine;
}

export type LineValidation = { account: AccountLine } | { id: AccountId | undefined; message: string };

/** The account in `value`, or the reason it is not one (with its `id` when that can be read). */
export function accountOf(value: unknown): LineValidation {
  const plain = plainAccountLine(value);
  if (plain !== undefined) return { account: plain };
  const validated = validateAccountLine(value);
  if (validated.success) return { account: validated.data };
  return { id: idOf(value), message: validated.message };
}

/** The line's own `id`, when it has a valid one: a malformed line is reported with it. */
function idOf(value: unknown): AccountId | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'id')) {
    return undefined;
  }
  const id = (value as { id: unknown }).id;
  if (typeof id === 'number' && Number.isFinite(id)) return id;
  if (typeof id === 'string' && id.length <= ACCOUNT_LIMITS.id) return id;
  return undefined;
}
