/**
 * The closed-account registry (Provisions, Art. 10.3 and 17): the names of accounts closed by law or
 * by agreement, so that a new registration under the same or a closely related name is refused or
 * strictly reviewed, and the measures taken against accounts, with their dates, as records.
 *
 * The HTTP handler needs only `ClosedAccountLookup`; a platform can back it with its own store.
 * `createSqliteRegistry` is the full registry on one SQLite file.
 */
import type { Via } from '@mingzheng/precheck';

/**
 * The measures of Art. 17: 警示提醒 (warning), 限期改正 (correction within a time limit), 限制账号功能
 * (restricting functions), 暂停使用 (suspension), 关闭账号 (closure), 禁止重新注册 (no re-registration).
 */
export const MEASURE_KINDS = [
  'warning',
  'correction',
  'restriction',
  'suspension',
  'closure',
  'no-reregistration',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** A date as an ISO 8601 string or a Date; stored and returned as an ISO 8601 string in UTC. */
export type DateInput = Date | string;

export interface MeasureInput {
  kind: MeasureKind;
  /** When it was taken; now by default. */
  at?: DateInput;
  /** When it ends, for measures with a term (a suspension, a time limit to correct). */
  until?: DateInput;
  note?: string;
}

export interface Measure {
  id: number;
  /** The registry entry it concerns. */
  account: number;
  kind: MeasureKind;
  at: string;
  until: string | null;
  note: string | null;
}

export interface ClosureInput {
  /** Why the account was closed: the law or the clause of the user agreement. */
  reason: string;
  /** When; now by default. */
  closedAt?: DateInput;
  /** The platform's own identifier of the account. */
  accountId?: string;
  /** Measures taken before or with the closure. A `closure` measure at `closedAt` is recorded unless one is given. */
  measures?: readonly MeasureInput[];
}

export interface ClosedAccount {
  id: number;
  /** The name as it was filed. */
  name: string;
  accountId: string | null;
  reason: string;
  closedAt: string;
  /** When the entry stopped counting (an appeal upheld, an entry made in error); null while it counts. */
  liftedAt: string | null;
  /** The normalized key and pinyin key it is found under (see registry/keys.ts). */
  key: string;
  pinyinKey: string | null;
}

/**
 * How a name matched an entry, strongest first: the same text; the same normalized key (traditional
 * characters, spaced or full-width letters…); the same pinyin (homophones, spelled pinyin); a small
 * edit distance between normalized keys. The first two block, the others ask for review.
 */
export type MatchKind = 'exact' | 'normalized' | 'pinyin' | 'edit';

export interface RegistryMatch {
  account: ClosedAccount;
  match: MatchKind;
  severity: 'block' | 'review';
  /** Edit distance between the normalized keys (0 unless `match` is `edit`). */
  distance: number;
  /** The channels that lead from the name to the entry, as a Finding's `via`. */
  via: Via[];
}

/** What checking a name needs: the active entries it matches, strongest first. */
export interface ClosedAccountLookup {
  lookup(name: string): RegistryMatch[] | Promise<RegistryMatch[]>;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  /** Also entries that were lifted; false by default. */
  includeLifted?: boolean;
}

export interface ClosedAccountRegistry extends ClosedAccountLookup {
  /** Files a closed account's name; returns the entry. */
  add(name: string, closure: ClosureInput): ClosedAccount;
  lookup(name: string): RegistryMatch[];
  get(id: number): ClosedAccount | undefined;
  /** Entries by id, oldest first. */
  list(options?: ListOptions): ClosedAccount[];
  /** Records a measure taken against the account of entry `id` (Art. 17). */
  recordMeasure(id: number, measure: MeasureInput): Measure;
  /** The measures of entry `id`, or of every entry, in the order they were taken. */
  measures(id?: number): Measure[];
  /** Stops the entry from counting, keeping it and its measures as records; false if there is no such active entry. */
  lift(id: number, at?: DateInput): boolean;
  close(): void;
}

/**
 * The registry on a database reached over the network (`createPostgresRegistry`): the methods of
 * ClosedAccountRegistry, each resolving to what the SQLite registry returns for the same data.
 */
export interface AsyncClosedAccountRegistry extends ClosedAccountLookup {
  add(name: string, closure: ClosureInput): Promise<ClosedAccount>;
  lookup(name: string): Promise<RegistryMatch[]>;
  get(id: number): Promise<ClosedAccount | undefined>;
  list(options?: ListOptions): Promise<ClosedAccount[]>;
  recordMeasure(id: number, measure: MeasureInput): Promise<Measure>;
  measures(id?: number): Promise<Measure[]>;
  lift(id: number, at?: DateInput): Promise<boolean>;
  /** Ends the connection pool the registry opened (a pool it was given is left open). */
  close(): Promise<void>;
}
