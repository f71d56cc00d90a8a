/**
 * The closed-account registry on one SQLite file (better-sqlite3, write-ahead log), so that it
 * survives restarts and can be shared by the processes of one machine.
 *
 * Tables: `registry_version` (the schema version and a fingerprint of the key folding),
 * `closed_accounts` (one row per filed name, with its normalized and pinyin keys, both indexed),
 * `closed_account_variants` (the deletion variants of each key, for edit-distance look-ups; see
 * distance.ts) and `measures` (Art. 17 measures with their dates).
 *
 * Keys are derived data: when the engine's folding changes (new dictionaries or confusables), the
 * fingerprint changes and every key is recomputed when the file is opened.
 */
import { createHash } from 'node:crypto';
import type { Engine } from '@mingzheng/precheck';
import type BetterSqlite3 from 'better-sqlite3';
import { ACCOUNT_LIMITS } from '../account-info.js';
import { deletionVariants, distance, MAX_VARIANT_LENGTH, maxDistance } from './distance.js';
import { type Folding, filingKeys, hasHan, loadFolding, type NameKeys, nameKeys } from './keys.js';
import {
  type ClosedAccount,
  type ClosedAccountRegistry,
  type ClosureInput,
  type DateInput,
  type ListOptions,
  type MatchKind,
  MEASURE_KINDS,
  type Measure,
  type MeasureInput,
  type MeasureKind,
  type RegistryMatch,
} from './types.js';

/** The schema this module writes; a file with a newer one is refused rather than misread. */
export const SCHEMA_VERSION = 1;

export interface SqliteRegistryOptions {
  /** Fold names with this engine's dictionaries instead of loading them again. */
  engine?: Pick<Engine, 'compiled'>;
}

const SCHEMA = `
CREATE TABLE registry_version (
  schema INTEGER NOT NULL,
  keys TEXT NOT NULL
);
CREATE TABLE closed_accounts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  account_id TEXT,
  reason TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  lifted_at TEXT,
  normalized_key TEXT NOT NULL,
  pinyin_key TEXT
);
CREATE INDEX closed_accounts_normalized_key ON closed_accounts (normalized_key);
CREATE INDEX closed_accounts_pinyin_key ON closed_accounts (pinyin_key);
CREATE TABLE closed_account_variants (
  variant TEXT NOT NULL,
  account INTEGER NOT NULL REFERENCES closed_accounts (id),
  PRIMARY KEY (variant, account)
) WITHOUT ROWID;
CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  account INTEGER NOT NULL REFERENCES closed_accounts (id),
  kind TEXT NOT NULL CHECK (kind IN (${MEASURE_KINDS.map((kind) => `'${kind}'`).join(', ')})),
  at TEXT NOT NULL,
  until TEXT,
  note TEXT
);
CREATE INDEX measures_account ON measures (account, at);
`;

interface AccountRow {
  id: number;
  name: string;
  account_id: string | null;
  reason: string;
  closed_at: string;
  lifted_at: string | null;
  normalized_key: string;
  pinyin_key: string | null;
}

/** A row of the measures table: the columns are the Measure's own. */
type MeasureRow = Measure;

/** Opens (creating if needed) the registry in the SQLite file at `path` (':memory:' for a private one). */
export async function createSqliteRegistry(
  path: string,
  options: SqliteRegistryOptions = {},
): Promise<ClosedAccountRegistry> {
  const folding: Folding = options.engine?.compiled ?? (await loadFolding());
  // Loaded here, not at the top: importing the package must not load a native module it may not use.
  const { default: Database } = await import('better-sqlite3');
  let db: BetterSqlite3.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw missingBinding(error) ?? error;
  }
  try {
    return new SqliteRegistry(db, folding);
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * better-sqlite3 loads its compiled addon when the first database opens. Installed without its
 * install script (`--ignore-scripts`), after a failed build, or built for another Node, it throws
 * `bindings`' "Could not locate the bindings file" (or a dlopen error): say what that means here
 * and how to get out of it. Any other error (a path that cannot be opened, …) is left as it is.
 */
function missingBinding(error: unknown): Error | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const isBinding =
    /Could not locate the bindings file|better_sqlite3\.node|NODE_MODULE_VERSION/.test(message) ||
    code === 'ERR_DLOPEN_FAILED';
  if (!isBinding) return undefined;
  return new Error(
    'createSqliteRegistry: better-sqlite3 is installed without a working native binding ' +
      '(it was installed with --ignore-scripts, its build failed, or it was built for another Node ' +
      `version than ${process.version}). Build it with \`npm rebuild better-sqlite3\` (it downloads a ` +
      'prebuilt binary, or compiles one with a C++ tool chain and Python), or run without the SQLite ' +
      'registry: createPrecheckHandler works without `registry`, or with your own ClosedAccountLookup. ' +
      `better-sqlite3 said: ${message.split('\n')[0]}`,
    { cause: error },
  );
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

function foldingFingerprint(folding: Folding): string {
  const keys = FINGERPRINT_PROBES.map((probe) => nameKeys(probe, folding));
  return createHash('sha256').update(JSON.stringify(keys)).digest('hex').slice(0, 16);
}

/** Every statement the registry runs, prepared once. */
function prepareStatements(db: BetterSqlite3.Database) {
  return {
    insertAccount: db.prepare<[string, string | null, string, string, string, string | null], AccountRow>(
      'INSERT INTO closed_accounts (name, account_id, reason, closed_at, normalized_key, pinyin_key) VALUES (?, ?, ?, ?, ?, ?) RETURNING *',
    ),
    insertVariant: db.prepare<[string, number]>(
      'INSERT OR IGNORE INTO closed_account_variants (variant, account) VALUES (?, ?)',
    ),
    insertMeasure: db.prepare<[number, string, string, string | null, string | null], MeasureRow>(
      'INSERT INTO measures (account, kind, at, until, note) VALUES (?, ?, ?, ?, ?) RETURNING *',
    ),
    byId: db.prepare<[number], AccountRow>('SELECT * FROM closed_accounts WHERE id = ?'),
    byKey: db.prepare<[string], AccountRow>(
      'SELECT * FROM closed_accounts WHERE normalized_key = ? AND lifted_at IS NULL ORDER BY id',
    ),
    byName: db.prepare<[string], AccountRow>(
      "SELECT * FROM closed_accounts WHERE normalized_key = '' AND name = ? AND lifted_at IS NULL ORDER BY id",
    ),
    byPinyin: db.prepare<[string], AccountRow>(
      'SELECT * FROM closed_accounts WHERE pinyin_key = ? AND lifted_at IS NULL ORDER BY id',
    ),
    byVariants: db.prepare<[string], AccountRow>(
      `SELECT * FROM closed_accounts WHERE lifted_at IS NULL AND id IN (
         SELECT account FROM closed_account_variants WHERE variant IN (SELECT value FROM json_each(?))
       ) ORDER BY id`,
    ),
    list: db.prepare<[number, number, number], AccountRow>(
      'SELECT * FROM closed_accounts WHERE (? OR lifted_at IS NULL) ORDER BY id LIMIT ? OFFSET ?',
    ),
    measuresOf: db.prepare<[number], MeasureRow>('SELECT * FROM measures WHERE account = ? ORDER BY at, id'),
    allMeasures: db.prepare<[], MeasureRow>('SELECT * FROM measures ORDER BY at, id'),
    lift: db.prepare<[string, number]>('UPDATE closed_accounts SET lifted_at = ? WHERE id = ? AND lifted_at IS NULL'),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

const MATCH_RANK: Readonly<Record<MatchKind, number>> = { exact: 0, normalized: 1, pinyin: 2, edit: 3 };

class SqliteRegistry implements ClosedAccountRegistry {
  readonly #db: BetterSqlite3.Database;
  readonly #folding: Folding;
  readonly #statements: Statements;

  constructor(db: BetterSqlite3.Database, folding: Folding) {
    this.#db = db;
    this.#folding = folding;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const fingerprint = foldingFingerprint(folding);
    const stale = db.transaction(() => this.#migrate(fingerprint))();

    this.#statements = prepareStatements(db);
    if (stale) this.#rekey();
  }

  /** Creates or checks the schema; true when the stored keys were made by another folding. */
  #migrate(fingerprint: string): boolean {
    const exists = this.#db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'registry_version'")
      .get();
    if (!exists) {
      this.#db.exec(SCHEMA);
      this.#db.prepare('INSERT INTO registry_version (schema, keys) VALUES (?, ?)').run(SCHEMA_VERSION, fingerprint);
      return false;
    }
    const version = this.#db.prepare('SELECT schema, keys FROM registry_version').get() as
      | { schema: number; keys: string }
      | undefined;
    if (!version || version.schema > SCHEMA_VERSION) {
      throw new Error(
        `the closed-account registry has schema ${version?.schema ?? 'unknown'}; this version of @mingzheng/server reads ${SCHEMA_VERSION}`,
      );
    }
    if (version.keys === fingerprint) return false;
    this.#db.prepare('UPDATE registry_version SET keys = ?').run(fingerprint);
    return true;
  }

  /** Recomputes every key and variant (the folding changed since they were stored). */
  #rekey(): void {
    const rows = this.#db.prepare<[], AccountRow>('SELECT * FROM closed_accounts').all();
    const update = this.#db.prepare<[string, string | null, number]>(
      'UPDATE closed_accounts SET normalized_key = ?, pinyin_key = ? WHERE id = ?',
    );
    this.#db.transaction(() => {
      this.#db.exec('DELETE FROM closed_account_variants');
      for (const row of rows) {
        const keys = filingKeys(nameKeys(row.name, this.#folding));
        update.run(keys.key, keys.pinyin, row.id);
        this.#fileVariants(keys.key, row.id);
      }
    })();
  }

  #fileVariants(key: string, id: number): void {
    const length = Array.from(key).length;
    const deletions = maxDistance(length);
    if (deletions === 0 || length > MAX_VARIANT_LENGTH) return;
    for (const variant of deletionVariants(key, deletions)) this.#statements.insertVariant.run(variant, id);
  }

  add(name: string, closure: ClosureInput): ClosedAccount {
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
    const keys = filingKeys(nameKeys(name, this.#folding));
    return this.#db.transaction(() => {
      const row = this.#statements.insertAccount.get(
        name,
        closure.accountId ?? null,
        closure.reason,
        closedAt,
        keys.key,
        keys.pinyin,
      );
      if (!row) throw new Error('the closed account was not stored');
      this.#fileVariants(keys.key, row.id);
      for (const measure of measures) {
        this.#statements.insertMeasure.run(row.id, measure.kind, measure.at, measure.until, measure.note);
      }
      return toAccount(row);
    })();
  }

  lookup(name: string): RegistryMatch[] {
    if (typeof name !== 'string' || name.length === 0) return [];
    const keys = nameKeys(name, this.#folding);
    const found = new Map<number, RegistryMatch>();
    // A name is looked up as written and as displayed (keys.shown): an entry found both ways keeps
    // the stronger match, and of equals the one found as written (its `via` has no `bidi`).
    const take = (row: AccountRow, match: MatchKind, via: NameKeys['via'], edits = 0) => {
      const before = found.get(row.id);
      if (before && (MATCH_RANK[before.match] < MATCH_RANK[match] || before.match === match)) return;
      const severity = match === 'exact' || match === 'normalized' ? 'block' : 'review';
      found.set(row.id, { account: toAccount(row), match, severity, distance: edits, via });
    };

    if (keys.key === '') {
      // Nothing but separators and invisible characters: only the very same text counts.
      for (const row of this.#statements.byName.all(name)) take(row, 'exact', []);
      return [...found.values()];
    }
    for (const reading of [keys, ...(keys.shown ?? [])]) this.#lookupKeys(name, reading, take);
    return [...found.values()].sort(
      (a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match] || a.distance - b.distance || a.account.id - b.account.id,
    );
  }

  /** The entries one reading of `name` (as written, or as displayed) matches. */
  #lookupKeys(
    name: string,
    keys: Omit<NameKeys, 'shown'>,
    take: (row: AccountRow, match: MatchKind, via: NameKeys['via'], edits?: number) => void,
  ): void {
    if (keys.key === '') return;
    for (const row of this.#statements.byKey.all(keys.key)) {
      if (row.name === name) take(row, 'exact', []);
      else take(row, 'normalized', keys.via);
    }

    if (keys.pinyin !== null) {
      const queryHan = hasHan(keys.key);
      for (const row of this.#statements.byPinyin.all(keys.pinyin)) {
        const rowHan = hasHan(row.normalized_key);
        if (!queryHan && !rowHan) continue; // two Latin keys: equal pinyin is equal text, found above
        const via = new Set(keys.via);
        if (queryHan) via.add('homophone');
        if (rowHan && /[a-z]/.test(keys.key)) via.add('pinyin');
        take(row, 'pinyin', [...via].sort());
      }
    }

    const length = Array.from(keys.key).length;
    const deletions = maxDistance(length);
    if (deletions > 0 && length <= MAX_VARIANT_LENGTH + 2) {
      const variants = JSON.stringify([...deletionVariants(keys.key, deletions)]);
      for (const row of this.#statements.byVariants.all(variants)) {
        const limit = maxDistance(Math.min(length, Array.from(row.normalized_key).length));
        const edits = distance(keys.key, row.normalized_key, limit);
        if (edits > 0 && edits <= limit) take(row, 'edit', keys.via, edits);
      }
    }
  }

  get(id: number): ClosedAccount | undefined {
    const row = this.#statements.byId.get(id);
    return row ? toAccount(row) : undefined;
  }

  list(options: ListOptions = {}): ClosedAccount[] {
    const limit = Math.max(0, Math.trunc(options.limit ?? 100));
    const offset = Math.max(0, Math.trunc(options.offset ?? 0));
    return this.#statements.list.all(options.includeLifted ? 1 : 0, limit, offset).map(toAccount);
  }

  recordMeasure(id: number, measure: MeasureInput): Measure {
    if (!this.#statements.byId.get(id)) throw new RangeError(`no closed account has id ${id}`);
    const checked = checkedMeasure(measure, new Date().toISOString());
    const row = this.#statements.insertMeasure.get(id, checked.kind, checked.at, checked.until, checked.note);
    if (!row) throw new Error('the measure was not stored');
    return { ...row };
  }

  measures(id?: number): Measure[] {
    const rows = id === undefined ? this.#statements.allMeasures.all() : this.#statements.measuresOf.all(id);
    return rows.map((row) => ({ ...row }));
  }

  lift(id: number, at: DateInput = new Date()): boolean {
    return this.#statements.lift.run(isoDate(at, 'at'), id).changes > 0;
  }

  close(): void {
    this.#db.close();
  }
}

function toAccount(row: AccountRow): ClosedAccount {
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

interface CheckedMeasure {
  kind: MeasureKind;
  at: string;
  until: string | null;
  note: string | null;
}

function checkedMeasure(measure: MeasureInput, defaultAt: string): CheckedMeasure {
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
function isoDate(value: DateInput, what: string): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new TypeError(`${what} is not a date: ${String(value)}`);
  return date.toISOString();
}
