/**
 * What every registry store shares, so that the same data gives the same answers on SQLite and on
 * PostgreSQL: the rows and how they become entries, the checks of what is filed, the fingerprint of
 * the key folding, and the look-up itself — which keys a name is looked up under (`planLookup`) and
 * how the rows found under them become matches (`collectMatches`). A store only fetches rows.
 */
import { createHash } from 'node:crypto';
import { ACCOUNT_LIMITS } from '../account-info.js';
import { characterCount, deletionVariants, MAX_VARIANT_LENGTH, maxDistance, nearEdits } from './distance.js';
import { type Folding, filingKeys, hasHan, type NameKeys, nameKeys } from './keys.js';
import {
  type ClosedAccount,
  type ClosureInput,
  type DateInput,
  type MatchKind,
  MEASURE_KINDS,
  type MeasureInput,
  type MeasureKind,
  type RegistryMatch,
} from './types.js';

/** A row of the closed_accounts table, in either store. */
export interface AccountRow {
  id: number;
  name: string;
  account_id: string | null;
  reason: string;
  closed_at: string;
  lifted_at: string | null;
  normalized_key: string;
  pinyin_key: string | null;
}

export function toAccount(row: AccountRow): ClosedAccount {
  return {
    id: row.id,
    name: row.name,
    accountId: row.account_id,
    reason: row.reason,
    closedAt: row.closed_at,
    liftedAt: row.lifted_at,
    key: row.normalized_key,
    pinyinKey: row.pinyin_key,
  };
}

export interface CheckedMeasure {
  kind: MeasureKind;
  at: string;
  until: string | null;
  note: string | null;
}

/** What `add` files: the checked closure, its measures (a closure among them) and the name's keys. */
export interface Filing {
  name: string;
  accountId: string | null;
  reason: string;
  closedAt: string;
  measures: CheckedMeasure[];
  keys: Omit<NameKeys, 'shown'>;
  /** The deletion variants the key is filed under (empty when it is too short or too long). */
  variants: string[];
}

/** Checks a closure and computes what is filed for it; throws a TypeError on a bad name, reason or date. */
export function filing(name: string, closure: ClosureInput, folding: Folding): Filing {
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError('a closed account needs a name');
  if (name.length > ACCOUNT_LIMITS.name) {
    throw new TypeError(`the name is ${name.length} characters long; the limit is ${ACCOUNT_LIMITS.name}`);
  }
  if (typeof closure?.reason !== 'string' || closure.reason.trim() === '') {
    throw new TypeError('a closed account needs a reason');
  }
  const closedAt = isoDate(closure.closedAt ?? new Date(), 'closedAt');
  const measures = (closure.measures ?? []).map((measure) => checkedMeasure(measure, closedAt));
  if (!measures.some((measure) => measure.kind === 'closure')) {
    measures.push({ kind: 'closure', at: closedAt, until: null, note: null });
  }
  const keys = filingKeys(nameKeys(name, folding));
  return {
    name,
    accountId: closure.accountId ?? null,
    reason: closure.reason,
    closedAt,
    measures,
    keys,
    variants: filedVariants(keys.key),
  };
}

/** The deletion variants a key is filed under, for edit-distance look-ups (see distance.ts). */
export function filedVariants(key: string): string[] {
  const length = Array.from(key).length;
  const deletions = maxDistance(length);
  if (deletions === 0 || length > MAX_VARIANT_LENGTH) return [];
  return [...deletionVariants(key, deletions)];
}

export function checkedMeasure(measure: MeasureInput, defaultAt: string): CheckedMeasure {
  if (!MEASURE_KINDS.includes(measure?.kind)) {
    throw new TypeError(
      `a measure's kind is one of ${MEASURE_KINDS.join(', ')}; got ${JSON.stringify(measure?.kind) ?? 'nothing'}`,
    );
  }
  if (measure.note !== undefined && typeof measure.note !== 'string') throw new TypeError('a note is a string');
  return {
    kind: measure.kind,
    at: measure.at === undefined ? defaultAt : isoDate(measure.at, 'at'),
    until: measure.until === undefined ? null : isoDate(measure.until, 'until'),
    note: measure.note ?? null,
  };
}

/** A date as an ISO 8601 string in UTC; throws on anything that is not a date. */
export function isoDate(value: DateInput, what: string): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new TypeError(`${what} is not a date: ${String(value)}`);
  return date.toISOString();
}

/** `list`'s limit and offset, as whole non-negative numbers. */
export function listWindow(options: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return {
    limit: Math.max(0, Math.trunc(options.limit ?? 100)),
    offset: Math.max(0, Math.trunc(options.offset ?? 0)),
  };
}

/** Texts that go through every folding channel: their keys change when the folding does. */
const FINGERPRINT_PROBES = [
  '新華社 官方',
  'ＣＣＴＶ ① ㈦',
  'с ѕ к',
  '\u200b張\u00ad三',
  '银行 重庆 长安',
  '\u202e浪麦吹风',
];

/** A fingerprint of the folding: stored keys made with another one are recomputed. */
export function foldingFingerprint(folding: Folding): string {
  const keys = FINGERPRINT_PROBES.map((probe) => nameKeys(probe, folding));
  return createHash('sha256').update(JSON.stringify(keys)).digest('hex').slice(0, 16);
}

/** The message for a store whose schema is newer than this code (or unreadable). */
export function newerSchema(found: number | undefined, reads: number): Error {
  return new Error(
    `the closed-account registry has schema ${found ?? 'unknown'}; this version of @mingzheng/server reads ${reads}`,
  );
}

/** One reading of a name (as written, or as displayed) and the variants to look its key up under. */
export interface Reading {
  keys: Omit<NameKeys, 'shown'>;
  /** The key's deletion variants, when a near spelling can count (else empty). */
  variants: string[];
}

/**
 * The look-ups a name needs: none (not a name), the very same text among entries whose key is empty
 * (a name of nothing but separators and invisible characters), or its readings' keys.
 */
export type LookupPlan =
  | { type: 'none' }
  | { type: 'name'; name: string }
  | { type: 'keys'; name: string; readings: Reading[] };

export function planLookup(name: string, folding: Folding): LookupPlan {
  if (typeof name !== 'string' || name.length === 0) return { type: 'none' };
  const keys = nameKeys(name, folding);
  if (keys.key === '') return { type: 'name', name };
  const readings = [keys, ...(keys.shown ?? [])]
    .filter((reading) => reading.key !== '')
    .map((reading) => {
      const own = { key: reading.key, pinyin: reading.pinyin, via: reading.via };
      const length = Array.from(reading.key).length;
      const deletions = maxDistance(length);
      const variants =
        deletions > 0 && length <= MAX_VARIANT_LENGTH + 2 ? [...deletionVariants(reading.key, deletions)] : [];
      return { keys: own, variants };
    });
  return { type: 'keys', name, readings };
}

/**
 * The active rows found for one reading: by normalized key, by pinyin key and by shared variant, each
 * by id. Of the rows sharing a variant, a store may leave out those `nearEdits` rejects (distance.ts):
 * only the near ones become matches.
 */
export interface ReadingRows {
  byKey: readonly AccountRow[];
  byPinyin: readonly AccountRow[];
  byVariants: readonly AccountRow[];
}

const MATCH_RANK: Readonly<Record<MatchKind, number>> = { exact: 0, normalized: 1, pinyin: 2, edit: 3 };

/** The matches of an empty-key name: the active rows filed under the very same text. */
export function sameTextMatches(rows: readonly AccountRow[]): RegistryMatch[] {
  return rows.map((row) => ({ account: toAccount(row), match: 'exact', severity: 'block', distance: 0, via: [] }));
}

/**
 * The matches of `name`, strongest first, from the rows its readings found (`rows[i]` for
 * `readings[i]`). An entry found by several readings or ways keeps the strongest match, and of
 * equals the first reading's (as written: its `via` has no `bidi`).
 */
export function collectMatches(
  name: string,
  readings: readonly Reading[],
  rows: readonly ReadingRows[],
): RegistryMatch[] {
  const found = new Map<number, RegistryMatch>();
  const take = (row: AccountRow, match: MatchKind, via: NameKeys['via'], edits = 0) => {
    const before = found.get(row.id);
    if (before && (MATCH_RANK[before.match] < MATCH_RANK[match] || before.match === match)) return;
    const severity = match === 'exact' || match === 'normalized' ? 'block' : 'review';
    found.set(row.id, { account: toAccount(row), match, severity, distance: edits, via });
  };
  readings.forEach((reading, index) => {
    const { keys } = reading;
    const fetched = rows[index];
    if (!fetched) return;
    for (const row of fetched.byKey) {
      if (row.name === name) take(row, 'exact', []);
      else take(row, 'normalized', keys.via);
    }
    if (keys.pinyin !== null) {
      const queryHan = hasHan(keys.key);
      for (const row of fetched.byPinyin) {
        const rowHan = hasHan(row.normalized_key);
        if (!queryHan && !rowHan) continue; // two Latin keys: equal pinyin is equal text, found above
        const via = new Set(keys.via);
        if (queryHan) via.add('homophone');
        if (rowHan && /[a-z]/.test(keys.key)) via.add('pinyin');
        take(row, 'pinyin', [...via].sort());
      }
    }
    if (reading.variants.length > 0) {
      const length = characterCount(keys.key);
      for (const row of fetched.byVariants) {
        const edits = nearEdits(keys.key, length, row.normalized_key);
        if (edits > 0) take(row, 'edit', keys.via, edits);
      }
    }
  });
  return [...found.values()].sort(
    (a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match] || a.distance - b.distance || a.account.id - b.account.id,
  );
}
