/**
 * The closed-account registry on one SQLite file (better-sqlite3, write-ahead log), so that it
 * survives restarts and can be shared by the processes of one machine.
 *
 * Tables: `registry_version` (the schema version and a fingerprint of the key folding),
 * `closed_accounts` (one row per filed name, with its normalized and pinyin keys, both indexed),
 * `closed_account_variants` (the deletion variants of each key with the key itself, for edit-distance
 * look-ups; see distance.ts) and `measures` (Art. 17 measures with their dates).
 *
 * Schema 2 (2026-12) keeps each variant's key beside it, so that a look-up measures the candidates a
 * variant finds in the variants table itself and reads only the near ones' rows; a schema-1 file is
 * migrated when it is opened (the variants table is rebuilt from the accounts' stored keys).
 *
 * Keys are derived data: when the engine's folding changes (new dictionaries or confusables), the
 * fingerprint changes and every key is recomputed when the file is opened.
 */
import type { Engine } from '@mingzheng/precheck';
import type BetterSqlite3 from 'better-sqlite3';
import {
  type AccountRow,
  checkedMeasure,
  collectMatches,
  filedVariants,
  filing,
  foldingFingerprint,
  isoDate,
  listWindow,
  newerSchema,
  planLookup,
  sameTextMatches,
  toAccount,
} from './common.js';
import { characterCount, nearEdits } from './distance.js';
import { type Folding, filingKeys, loadFolding, nameKeys } from './keys.js';
import {
  type ClosedAccount,
  type ClosedAccountRegistry,
  type ClosureInput,
  type DateInput,
  type ListOptions,
  MEASURE_KINDS,
  type Measure,
  type MeasureInput,
  type RegistryMatch,
} from './types.js';

/** Bytes of the file read through a memory map (address space, not memory: the OS pages it in and out). */
const MMAP_SIZE = 2 ** 30;

/** The schema this module writes; a file with a newer one is refused rather than misread. */
export const SCHEMA_VERSION = 2;

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
  key TEXT NOT NULL,
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

/** The SQL function that measures a candidate: `nearEdits(key, length, filed)` (distance.ts). */
const NEAR_EDITS = 'mingzheng_near_edits';

/** Every statement the registry runs, prepared once. */
function prepareStatements(db: BetterSqlite3.Database) {
  return {
    insertAccount: db.prepare<[string, string | null, string, string, string, string | null], AccountRow>(
      'INSERT INTO closed_accounts (name, account_id, reason, closed_at, normalized_key, pinyin_key) VALUES (?, ?, ?, ?, ?, ?) RETURNING *',
    ),
    insertVariant: db.prepare<[string, number, string]>(
      'INSERT OR IGNORE INTO closed_account_variants (variant, account, key) VALUES (?, ?, ?)',
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
    // The candidates a name's variants find, measured in the variants table (its rows carry their
    // key, NEAR_EDITS) before an account's row is read: a short variant is shared by many filed
    // keys, most of them not near the name, and those are never looked up by id.
    byVariants: db.prepare<[{ variants: string; key: string; length: number }], AccountRow>(
      `SELECT * FROM closed_accounts WHERE lifted_at IS NULL AND id IN (
         SELECT account FROM closed_account_variants
         WHERE variant IN (SELECT value FROM json_each(@variants)) AND ${NEAR_EDITS}(@key, @length, key) > 0
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
    // Pages read through a memory map rather than copied into SQLite's own small cache: a look-up
    // reads a few hundred scattered rows of a table of millions.
    db.pragma(`mmap_size = ${MMAP_SIZE}`);
    db.function(NEAR_EDITS, { deterministic: true }, (key, length, filed) =>
      nearEdits(key as string, length as number, filed as string),
    );
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
      throw newerSchema(version?.schema, SCHEMA_VERSION);
    }
    if (version.schema < 2) this.#migrateTo2();
    if (version.keys === fingerprint) return false;
    this.#db.prepare('UPDATE registry_version SET keys = ?').run(fingerprint);
    return true;
  }

  /**
   * Schema 1 → 2: the variants table gains each row's key. Rebuilt rather than altered, in the
   * primary key's order, from the keys stored with the accounts (if the folding changed too, the
   * rekeying that follows files everything again).
   */
  #migrateTo2(): void {
    this.#db.exec(`
      CREATE TABLE closed_account_variants_2 (
        variant TEXT NOT NULL,
        account INTEGER NOT NULL REFERENCES closed_accounts (id),
        key TEXT NOT NULL,
        PRIMARY KEY (variant, account)
      ) WITHOUT ROWID;
      INSERT INTO closed_account_variants_2 (variant, account, key)
        SELECT v.variant, v.account, a.normalized_key
        FROM closed_account_variants v JOIN closed_accounts a ON a.id = v.account
        ORDER BY v.variant, v.account;
      DROP TABLE closed_account_variants;
      ALTER TABLE closed_account_variants_2 RENAME TO closed_account_variants;
    `);
    this.#db.prepare('UPDATE registry_version SET schema = ?').run(SCHEMA_VERSION);
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
    for (const variant of filedVariants(key)) this.#statements.insertVariant.run(variant, id, key);
  }

  add(name: string, closure: ClosureInput): ClosedAccount {
    const filed = filing(name, closure, this.#folding);
    return this.#db.transaction(() => {
      const row = this.#statements.insertAccount.get(
        filed.name,
        filed.accountId,
        filed.reason,
        filed.closedAt,
        filed.keys.key,
        filed.keys.pinyin,
      );
      if (!row) throw new Error('the closed account was not stored');
      for (const variant of filed.variants) this.#statements.insertVariant.run(variant, row.id, filed.keys.key);
      for (const measure of filed.measures) {
        this.#statements.insertMeasure.run(row.id, measure.kind, measure.at, measure.until, measure.note);
      }
      return toAccount(row);
    })();
  }

  lookup(name: string): RegistryMatch[] {
    const plan = planLookup(name, this.#folding);
    if (plan.type === 'none') return [];
    // Nothing but separators and invisible characters: only the very same text counts.
    if (plan.type === 'name') return sameTextMatches(this.#statements.byName.all(plan.name));
    // A name is looked up as written and as displayed (keys.shown).
    const rows = plan.readings.map(({ keys, variants }) => ({
      byKey: this.#statements.byKey.all(keys.key),
      byPinyin: keys.pinyin === null ? [] : this.#statements.byPinyin.all(keys.pinyin),
      byVariants:
        variants.length === 0
          ? []
          : this.#statements.byVariants.all({
              variants: JSON.stringify(variants),
              key: keys.key,
              length: characterCount(keys.key),
            }),
    }));
    return collectMatches(plan.name, plan.readings, rows);
  }

  get(id: number): ClosedAccount | undefined {
    const row = this.#statements.byId.get(id);
    return row ? toAccount(row) : undefined;
  }

  list(options: ListOptions = {}): ClosedAccount[] {
    const { limit, offset } = listWindow(options);
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
