/**
 * The closed-account registry, one suite run unchanged against each store: a real SQLite file in a
 * temporary directory, and a real PostgreSQL database on a throw-away cluster (test/postgres.ts).
 * Which names it finds and how (exact and normalized names block, homophones, spelled pinyin and
 * near spellings ask for review, unrelated names pass), that it survives closing and reopening, that
 * the measures of Art. 17 are kept with their dates, that the schema is versioned and its keys
 * indexed, and that two processes filing and looking up names at once lose nothing and agree.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import pg from 'pg';
import {
  type AsyncClosedAccountRegistry,
  type ClosedAccountRegistry,
  createPostgresRegistry,
  createSqliteRegistry,
  deletionVariants,
  distance,
  type Folding,
  loadFolding,
  maxDistance,
  nameKeys,
  POSTGRES_SCHEMA_VERSION,
  SCHEMA_VERSION,
} from '../src/registry/index.js';
import { hasHan } from '../src/registry/keys.js';
import { freshDatabase } from './postgres.js';

type Registry = ClosedAccountRegistry | AsyncClosedAccountRegistry;

/** `[match, severity, via]` of each match, strongest first. */
const found = async (registry: Registry, name: string) =>
  (await registry.lookup(name)).map((m) => [m.account.name, m.match, m.severity, m.via.join(',')]);

/** Awaits `action` and asserts that it failed with `type` (and a message matching `message`). */
async function rejects(action: () => unknown, type: new (...args: never[]) => Error, message?: RegExp) {
  let error: unknown;
  try {
    await action();
  } catch (caught) {
    error = caught;
  }
  expect(error).to.be.instanceOf(type);
  if (message) expect(String(error)).to.match(message);
}

/** A store the suite runs against, and the direct SQL access its storage tests need. */
interface Backend {
  name: string;
  /** A new, empty store: a file path or a connection string. */
  create(): Promise<string>;
  open(store: string): Promise<Registry>;
  /** Runs one SQL statement on the store, outside the registry; resolves to its rows. */
  sql(store: string, statement: string): Promise<Record<string, unknown>[]>;
  tables: { version: string; accounts: string; variants: string };
  /** The names of the store's indexes. */
  indexes(store: string): Promise<string[]>;
  schemaVersion: number;
  /** The module a child process opens the store with. */
  kind: 'sqlite' | 'postgres';
}

const directories: string[] = [];
after(async () => {
  for (const dir of directories) await rm(dir, { recursive: true, force: true });
});

const sqlite: Backend = {
  name: 'SQLite',
  kind: 'sqlite',
  async create() {
    const dir = await mkdtemp(join(tmpdir(), 'mingzheng-registry-'));
    directories.push(dir);
    return join(dir, 'closed-accounts.db');
  },
  open: (file) => createSqliteRegistry(file),
  async sql(file, statement) {
    const db = new Database(file);
    try {
      const prepared = db.prepare(statement);
      if (prepared.reader) return prepared.all() as Record<string, unknown>[];
      prepared.run();
      return [];
    } finally {
      db.close();
    }
  },
  tables: { version: 'registry_version', accounts: 'closed_accounts', variants: 'closed_account_variants' },
  async indexes(file) {
    const rows = await this.sql(file, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
    return rows.map((row) => String(row.name));
  },
  schemaVersion: SCHEMA_VERSION,
};

const postgres: Backend = {
  name: 'PostgreSQL',
  kind: 'postgres',
  create: () => freshDatabase(),
  open: (url) => createPostgresRegistry(url),
  async sql(url, statement) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(statement)).rows;
    } finally {
      await client.end();
    }
  },
  tables: {
    version: 'mingzheng_registry_version',
    accounts: 'mingzheng_closed_accounts',
    variants: 'mingzheng_closed_account_variants',
  },
  async indexes(url) {
    const rows = await this.sql(url, "SELECT indexname FROM pg_indexes WHERE tablename LIKE 'mingzheng_%'");
    return rows.map((row) => String(row.indexname));
  },
  schemaVersion: POSTGRES_SCHEMA_VERSION,
};

for (const backend of [sqlite, postgres]) registrySuite(backend);

function registrySuite(backend: Backend) {
  describe(`closed-account registry (${backend.name})`, function () {
    this.timeout(30_000);

    let store: string;
    let registry: Registry;
    const { tables } = backend;

    before(async () => {
      store = await backend.create();
      registry = await backend.open(store);
      await registry.add('风吹麦浪', {
        reason: '用户协议 第 5.2 条',
        closedAt: '2026-03-01T08:00:00Z',
        accountId: 'u-1001',
      });
      await registry.add('MoonWalker', { reason: '违法信息', closedAt: '2026-03-02T08:00:00Z' });
      await registry.add('张三', { reason: '冒用他人身份', closedAt: '2026-03-03T08:00:00Z' });
      await registry.add('张三丰', { reason: '冒用他人身份', closedAt: '2026-03-04T08:00:00Z' });
    });

    after(async () => {
      await registry?.close();
    });

    describe('names that block (Art. 10.3: no re-registration)', () => {
      it('the very same name', async () => {
        expect(await found(registry, '风吹麦浪')).to.deep.equal([['风吹麦浪', 'exact', 'block', '']]);
        expect(await found(registry, '张三')).to.deep.equal([['张三', 'exact', 'block', '']]);
      });

      it('traditional characters', async () => {
        expect(await found(registry, '風吹麥浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'traditional']]);
        expect(await found(registry, '張三')).to.deep.equal([['张三', 'normalized', 'block', 'traditional']]);
      });

      it('spaced letters and other separators', async () => {
        expect(await found(registry, 'm o o n w a l k e r')).to.deep.equal([
          ['MoonWalker', 'normalized', 'block', 'separator'],
        ]);
        expect(await found(registry, '风·吹·麦·浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'separator']]);
        expect(await found(registry, 'moon_walker!')).to.deep.equal([
          ['MoonWalker', 'normalized', 'block', 'separator'],
        ]);
      });

      it('full-width letters, case, invisible and look-alike characters', async () => {
        expect(await found(registry, 'ＭｏｏｎＷａｌｋｅｒ')).to.deep.equal([
          ['MoonWalker', 'normalized', 'block', 'width'],
        ]);
        expect(await found(registry, 'MOONWALKER')).to.deep.equal([['MoonWalker', 'normalized', 'block', '']]);
        expect(await found(registry, '风\u200b吹麦浪')).to.deep.equal([
          ['风吹麦浪', 'normalized', 'block', 'invisible'],
        ]);
        // Cyrillic о (U+043E) for the Latin o.
        expect(await found(registry, 'M\u043e\u043enWalker')).to.deep.equal([
          ['MoonWalker', 'normalized', 'block', 'confusable'],
        ]);
      });
    });

    describe('names that ask for review (closely related, Art. 10.3)', () => {
      it('homophones: the same pinyin', async () => {
        expect(await found(registry, '风吹麦狼')).to.deep.equal([['风吹麦浪', 'pinyin', 'review', 'homophone']]);
        expect(await found(registry, '张三峰')).to.deep.equal([['张三丰', 'pinyin', 'review', 'homophone']]);
      });

      it('spelled pinyin', async () => {
        expect(await found(registry, 'fengchuimailang')).to.deep.equal([['风吹麦浪', 'pinyin', 'review', 'pinyin']]);
        expect(await found(registry, 'Feng Chui Mai Lang')).to.deep.equal([
          ['风吹麦浪', 'pinyin', 'review', 'pinyin,separator'],
        ]);
      });

      it('one edit from a name of three to five characters', async () => {
        expect(await found(registry, '风吹麦田')).to.deep.equal([['风吹麦浪', 'edit', 'review', '']]);
        expect(await found(registry, '张四丰')).to.deep.equal([['张三丰', 'edit', 'review', '']]);
        expect(await found(registry, '风吹麦浪啊')).to.deep.equal([['风吹麦浪', 'edit', 'review', '']]);
      });

      it('up to two edits from a name of six characters or more, swaps included', async () => {
        expect((await registry.lookup('MoonWalkr'))[0]).to.include({ match: 'edit', severity: 'review', distance: 1 });
        expect((await registry.lookup('MoonWlaker'))[0]).to.include({ match: 'edit', distance: 1 });
        expect((await registry.lookup('Mo0nWa1ker'))[0]).to.include({ match: 'edit', distance: 2 });
        expect(await registry.lookup('MoonWa')).to.deep.equal([]); // four edits
      });
    });

    describe('names that pass', () => {
      it('unrelated names', async () => {
        for (const name of ['月光宝盒', '小明', 'Stargazer', '风吹草动', '李四', '']) {
          expect(await found(registry, name), name).to.deep.equal([]);
        }
      });

      it('one edit from a two-character name is another name', async () => {
        expect(await found(registry, '张四')).to.deep.equal([]);
        expect(await found(registry, '王三')).to.deep.equal([]);
      });
    });

    describe('entries', () => {
      it('reports each entry once, strongest match first', async () => {
        await registry.add('晚風', { reason: '另一账号' });
        await registry.add('晚风', { reason: '同名，简体' });
        const matches = await registry.lookup('晚风');
        expect(matches.map((m) => [m.account.name, m.match])).to.deep.equal([
          ['晚风', 'exact'],
          ['晚風', 'normalized'],
        ]);
      });

      it('stops counting a lifted entry, and keeps it as a record', async () => {
        const entry = await registry.add('一叶知秋', { reason: '误封' });
        expect(await found(registry, '一叶知秋')).to.have.length(1);
        expect(await registry.lift(entry.id, '2026-04-01T00:00:00Z')).to.equal(true);
        expect(await registry.lift(entry.id)).to.equal(false);
        expect(await found(registry, '一叶知秋')).to.deep.equal([]);
        expect(await registry.get(entry.id)).to.include({ liftedAt: '2026-04-01T00:00:00.000Z' });
        expect((await registry.list()).map((e) => e.name)).not.to.include('一叶知秋');
        expect((await registry.list({ includeLifted: true })).map((e) => e.name)).to.include('一叶知秋');
      });
    });

    describe('measures (Art. 17)', () => {
      it('records a closure with every entry, and the measures given with it, in date order', async () => {
        const entry = await registry.add('夜行者', {
          reason: '多次发布违法信息',
          closedAt: '2026-05-10T00:00:00Z',
          measures: [
            { kind: 'warning', at: '2026-05-01T00:00:00Z', note: '首次警示' },
            { kind: 'suspension', at: '2026-05-05T00:00:00Z', until: '2026-05-08T00:00:00Z' },
          ],
        });
        expect((await registry.measures(entry.id)).map((m) => [m.kind, m.at, m.until, m.note])).to.deep.equal([
          ['warning', '2026-05-01T00:00:00.000Z', null, '首次警示'],
          ['suspension', '2026-05-05T00:00:00.000Z', '2026-05-08T00:00:00.000Z', null],
          ['closure', '2026-05-10T00:00:00.000Z', null, null],
        ]);
      });

      it('records later measures, timestamped now unless a date is given', async () => {
        const [entry] = await registry.list({ limit: 1 });
        if (!entry) throw new Error('no entry');
        const before = Date.now();
        const measure = await registry.recordMeasure(entry.id, { kind: 'no-reregistration', note: '禁止重新注册' });
        expect(measure).to.include({ account: entry.id, kind: 'no-reregistration', note: '禁止重新注册' });
        expect(Date.parse(measure.at)).to.be.within(before - 1000, Date.now() + 1000);
        expect((await registry.measures(entry.id)).map((m) => m.kind)).to.deep.equal(['closure', 'no-reregistration']);
        expect((await registry.measures()).length).to.be.greaterThan(4);
      });

      it('refuses unknown measures, dates and entries', async () => {
        const [entry] = await registry.list({ limit: 1 });
        if (!entry) throw new Error('no entry');
        await rejects(() => registry.recordMeasure(entry.id, { kind: 'ban' as 'closure' }), TypeError, /warning/);
        await rejects(
          () => registry.recordMeasure(entry.id, { kind: 'warning', at: 'yesterday' }),
          TypeError,
          /not a date/,
        );
        await rejects(() => registry.recordMeasure(999_999, { kind: 'warning' }), RangeError);
        await rejects(() => registry.add('', { reason: 'x' }), TypeError);
        await rejects(() => registry.add('某某', { reason: '' }), TypeError);
      });
    });

    describe('a short deletion variant shared by many filed names', () => {
      // 云海 is a deletion variant of every three-character name below: a look-up of 星云海 finds
      // them all as candidates, of which only some are one edit away. The answer must be exactly
      // what the definition gives, entry by entry, however many share the variant.
      const OTHERS = '春夏秋冬日月辰山川江河湖风雨雷电花草树木金水火土天地人东南西北红黄蓝白黑青紫';
      const filed = [...OTHERS].flatMap((c) => [`${c}云海`, `云${c}海`, `云海${c}`, `${c}云海${c}`]);
      filed.push('星云海', '云星海', '星云', '云海', '星云海洋', '星 雲 海');
      let many: Registry;
      let folding: Folding;

      before(async () => {
        folding = await loadFolding();
        many = await backend.open(await backend.create());
        for (const name of filed) await many.add(name, { reason: '违法信息', closedAt: '2026-03-01T08:00:00Z' });
        for (let id = 3; id <= filed.length; id += 7) await many.lift(id); // lifted entries no longer count
      });
      after(async () => {
        await many?.close();
      });

      /** The matches by the definition: every active entry compared with the name, no index. */
      async function byDefinition(name: string) {
        const rank = { exact: 0, normalized: 1, pinyin: 2, edit: 3 } as const;
        const query = nameKeys(name, folding);
        const length = Array.from(query.key).length;
        const matches: { id: number; name: string; match: keyof typeof rank; distance: number }[] = [];
        for (const entry of await many.list({ limit: 10_000 })) {
          if (entry.key === query.key) {
            matches.push({
              id: entry.id,
              name: entry.name,
              match: entry.name === name ? 'exact' : 'normalized',
              distance: 0,
            });
          } else if (
            query.pinyin !== null &&
            entry.pinyinKey === query.pinyin &&
            (hasHan(query.key) || hasHan(entry.key))
          ) {
            matches.push({ id: entry.id, name: entry.name, match: 'pinyin', distance: 0 });
          } else {
            const limit = maxDistance(Math.min(length, Array.from(entry.key).length));
            const edits = distance(query.key, entry.key, limit);
            if (edits > 0 && edits <= limit)
              matches.push({ id: entry.id, name: entry.name, match: 'edit', distance: edits });
          }
        }
        return matches
          .sort((a, b) => rank[a.match] - rank[b.match] || a.distance - b.distance || a.id - b.id)
          .map(({ name: filedName, match, distance: edits }) => [filedName, match, edits]);
      }

      it('finds exactly the entries the definition finds, no more, no fewer', async () => {
        for (const name of ['星云海', '云星海', '云海星', '云海', '月云海', '星云海洋', '星雲海', '云海之家']) {
          const answer = (await many.lookup(name)).map((m) => [m.account.name, m.match, m.distance]);
          expect(answer, name).to.deep.equal(await byDefinition(name));
        }
        // The look-up of 星云海 shares 云海 with 150 filed names, and is one edit from 50 of them.
        const edits = (await many.lookup('星云海')).filter((m) => m.match === 'edit');
        expect(edits.length).to.be.within(30, 60);
      });
    });

    describe('the store', () => {
      it('survives closing and reopening', async () => {
        const before = await registry.list({ includeLifted: true });
        const measures = await registry.measures();
        await registry.close();
        registry = await backend.open(store);
        expect(await registry.list({ includeLifted: true })).to.deep.equal(before);
        expect(await registry.measures()).to.deep.equal(measures);
        expect((await found(registry, '晚風')).map(([name, match]) => `${name} ${match}`)).to.deep.equal([
          '晚風 exact',
          '晚风 normalized',
        ]);
        expect(await found(registry, 'MoonWalkr')).to.deep.equal([['MoonWalker', 'edit', 'review', '']]);
      });

      it('has a schema version and indexed keys', async () => {
        expect(await backend.sql(store, `SELECT schema FROM ${tables.version}`)).to.deep.equal([
          { schema: backend.schemaVersion },
        ]);
        const prefix = backend.kind === 'postgres' ? 'mingzheng_' : '';
        expect(await backend.indexes(store)).to.include.members([
          `${prefix}closed_accounts_normalized_key`,
          `${prefix}closed_accounts_pinyin_key`,
        ]);
        const rows = await backend.sql(
          store,
          `SELECT normalized_key, pinyin_key FROM ${tables.accounts} WHERE name = 'MoonWalker'`,
        );
        expect(rows).to.deep.equal([{ normalized_key: 'moonwalker', pinyin_key: 'moonwalker' }]);
      });

      if (backend.kind === 'sqlite') {
        it('writes ahead (WAL)', async () => {
          const db = new Database(store, { readonly: true });
          try {
            expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
          } finally {
            db.close();
          }
        });
      } else {
        it('finds a name through index look-ups, never a scan of the table', async () => {
          // Enough rows that the planner would scan a table without a usable index.
          await backend.sql(
            store,
            `INSERT INTO ${tables.accounts} (name, reason, closed_at, normalized_key, pinyin_key)
           SELECT 'n' || i, 'bulk', '2026-01-01T00:00:00.000Z', 'n' || i, 'n' || i FROM generate_series(1, 5000) AS i`,
          );
          await backend.sql(store, `ANALYZE ${tables.accounts}`);
          await backend.sql(
            store,
            `INSERT INTO ${tables.variants} (variant, account) SELECT normalized_key, id FROM ${tables.accounts} WHERE reason = 'bulk'`,
          );
          await backend.sql(store, `ANALYZE ${tables.variants}`);
          const plan = await backend.sql(
            store,
            `EXPLAIN SELECT * FROM ${tables.accounts} WHERE lifted_at IS NULL AND id IN (
             SELECT account FROM ${tables.variants} WHERE variant = ANY(ARRAY['moonwalker', 'oonwalker']))
           UNION ALL SELECT * FROM ${tables.accounts} WHERE normalized_key = 'moonwalker' AND lifted_at IS NULL
           UNION ALL SELECT * FROM ${tables.accounts} WHERE pinyin_key = 'moonwalker' AND lifted_at IS NULL`,
          );
          const text = plan.map((row) => String(row['QUERY PLAN'])).join('\n');
          expect(text).not.to.match(/Seq Scan/);
          await backend.sql(
            store,
            `DELETE FROM ${tables.variants} WHERE account IN (SELECT id FROM ${tables.accounts} WHERE reason = 'bulk')`,
          );
          await backend.sql(store, `DELETE FROM ${tables.accounts} WHERE reason = 'bulk'`);
        });
      }

      if (backend.kind === 'postgres') {
        it('works on a pg.Pool of your own, and leaves it open when closed', async () => {
          const pool = new pg.Pool({ connectionString: store, max: 2 });
          try {
            const own = await createPostgresRegistry(pool);
            expect(await found(own, '風吹麥浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'traditional']]);
            await own.close();
            expect((await pool.query('SELECT 1 AS one')).rows).to.deep.equal([{ one: 1 }]);
          } finally {
            await pool.end();
          }
        });
      }

      it('recomputes the keys when the folding they were made with changed', async () => {
        await registry.close();
        await backend.sql(store, `UPDATE ${tables.version} SET keys = 'another folding'`);
        await backend.sql(store, `UPDATE ${tables.accounts} SET normalized_key = 'x', pinyin_key = NULL`);
        await backend.sql(store, `DELETE FROM ${tables.variants}`);
        registry = await backend.open(store);
        expect(await found(registry, '風吹麥浪')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'traditional']]);
        expect((await found(registry, '风吹麦狼'))[0]?.[1]).to.equal('pinyin');
        expect((await found(registry, 'MoonWalkr'))[0]?.[1]).to.equal('edit');
      });

      it('refuses a store written by a newer schema', async () => {
        const other = await backend.create();
        await (await backend.open(other)).close();
        await backend.sql(other, `UPDATE ${tables.version} SET schema = ${backend.schemaVersion + 1}`);
        await rejects(
          () => backend.open(other),
          Error,
          new RegExp(
            `schema ${backend.schemaVersion + 1}; this version of @mingzheng/server reads ${backend.schemaVersion}`,
          ),
        );
      });

      if (backend.kind === 'sqlite') {
        it('migrates a schema-1 file (variants without their key) and gives the same answers', async () => {
          const old = await backend.create();
          const names = ['云海', '云海飞', '白云海', '云上海', '风吹麦浪', 'MoonWalker', '晚风'];
          const asked = ['云海', '云海飞鸟', '雲海飛', '风吹麦狼', 'MoonWalkr', '晚風', '海云'];
          const writer = await backend.open(old);
          for (const name of names) await writer.add(name, { reason: 'fraud', closedAt: '2026-01-01' });
          const answers = await Promise.all(asked.map((name) => found(writer, name)));
          await writer.close();
          // The file as schema 1 wrote it: the variants table without the key column.
          const db = new Database(old);
          db.exec(`
            CREATE TABLE v1 (variant TEXT NOT NULL, account INTEGER NOT NULL REFERENCES closed_accounts (id),
              PRIMARY KEY (variant, account)) WITHOUT ROWID;
            INSERT INTO v1 SELECT variant, account FROM closed_account_variants;
            DROP TABLE closed_account_variants;
            ALTER TABLE v1 RENAME TO closed_account_variants;
            UPDATE registry_version SET schema = 1;
          `);
          const filed = (db.prepare('SELECT count(*) AS n FROM closed_account_variants').get() as { n: number }).n;
          db.close();
          expect(filed).to.be.above(names.length);

          const migrated = await backend.open(old);
          expect(await Promise.all(asked.map((name) => found(migrated, name)))).to.deep.equal(answers);
          await migrated.close();
          expect(await backend.sql(old, 'SELECT schema FROM registry_version')).to.deep.equal([{ schema: 2 }]);
          expect(
            await backend.sql(
              old,
              `SELECT count(*) AS n, sum(v.key = a.normalized_key) AS same FROM closed_account_variants v
               JOIN closed_accounts a ON a.id = v.account`,
            ),
          ).to.deep.equal([{ n: filed, same: filed }]);
        });
      }

      it('two processes filing and looking up names at once lose nothing and agree', async function () {
        this.timeout(60_000);
        const shared = await backend.create();
        await (await backend.open(shared)).close(); // the schema, before the race
        const [a, b] = await Promise.all([
          concurrentWorker(backend.kind, shared, '甲'),
          concurrentWorker(backend.kind, shared, '乙'),
        ]);
        // Each saw every name it filed right after filing it, and at the end every name of both.
        expect(a.filed).to.have.length(WORKER_NAMES);
        expect(b.filed).to.have.length(WORKER_NAMES);
        expect(a.missed).to.deep.equal([]);
        expect(b.missed).to.deep.equal([]);
        // The names whose matches the two saw differently, with both answers (none).
        const differing = [...new Set([...Object.keys(a.final), ...Object.keys(b.final)])]
          .filter((name) => JSON.stringify(a.final[name]) !== JSON.stringify(b.final[name]))
          .map((name) => ({ name, a: a.final[name], b: b.final[name] }));
        expect(differing).to.deep.equal([]);
        const names = [...a.filed, ...b.filed];
        for (const name of names) expect(a.final[name]?.[0], name).to.deep.equal([name, 'exact']);
        const check = await backend.open(shared);
        try {
          const listed = await check.list({ limit: 10_000 });
          expect(listed.map((entry) => entry.name).sort()).to.deep.equal([...names].sort());
          expect(new Set(listed.map((entry) => entry.id)).size).to.equal(names.length);
        } finally {
          await check.close();
        }
      });
    });
  });
}

const WORKER_NAMES = 40;

interface WorkerReport {
  filed: string[];
  /** Names of its own it did not find right after filing them. */
  missed: string[];
  /** Every name of both workers, looked up once both had filed: `[entry name, match]` of each match. */
  final: Record<string, [string, string][]>;
}

/** Runs test/fixtures/registry-worker.ts: it files WORKER_NAMES names while the other worker does. */
function concurrentWorker(kind: string, store: string, tag: string): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        join(import.meta.dirname, 'fixtures', 'registry-worker.ts'),
        kind,
        store,
        tag,
        String(WORKER_NAMES),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the ${tag} worker exited with ${code}: ${err}`));
      else resolve(JSON.parse(out) as WorkerReport);
    });
  });
}

describe('registry keys and distances', () => {
  let folding: Folding;
  before(async () => {
    folding = await loadFolding();
  });

  it('folds names the way the engine folds user text', async () => {
    expect(nameKeys('新 華 社', folding)).to.deep.equal({
      key: '新华社',
      pinyin: 'xinhuashe',
      via: ['separator', 'traditional'],
    });
    expect(nameKeys('ＣＣＴＶ', folding)).to.deep.equal({ key: 'cctv', pinyin: 'cctv', via: ['width'] });
    expect(nameKeys('😀小明😀', folding)).to.deep.equal({ key: '小明', pinyin: 'xiaoming', via: ['separator'] });
    expect(nameKeys('李', folding).pinyin).to.equal(null);
    expect(nameKeys('· · ·', folding).key).to.equal('');
  });

  it('measures the optimal-string-alignment distance in characters', async () => {
    expect(distance('abc', 'abc')).to.equal(0);
    expect(distance('abc', 'acb')).to.equal(1);
    expect(distance('abc', 'ab')).to.equal(1);
    expect(distance('kitten', 'sitting')).to.equal(3);
    expect(distance('kitten', 'sitting', 2)).to.equal(3);
    expect(distance('𠀀a', 'a')).to.equal(1);
    expect(distance('ca', 'abc')).to.equal(3); // restricted: no edit of a swapped pair
  });

  it('allows no edit below three characters, one below six, two from six', async () => {
    expect([1, 2, 3, 5, 6, 30].map(maxDistance)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });

  it('finds every key within the distance through deletion variants', async () => {
    const stored = 'moonwalker';
    const index = deletionVariants(stored, 2);
    for (const query of ['moonwalkr', 'moonwlaker', 'mo0nwa1ker', 'xmoonwalkerx', 'oonwalke']) {
      const shared = [...deletionVariants(query, 2)].some((variant) => index.has(variant));
      expect(shared, query).to.equal(true);
      expect(distance(query, stored), query).to.be.at.most(2);
    }
    expect(deletionVariants('abc', 1)).to.deep.equal(new Set(['abc', 'bc', 'ac', 'ab']));
  });
});
