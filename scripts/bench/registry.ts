/**
 * The closed-account registry at scale: p50/p99 of `lookup(name)` with N closed accounts, on SQLite
 * and on PostgreSQL (DESIGN.md's budget: ≤ 2 ms p99 at 10 million, on both).
 *
 *   node --conditions=source --import tsx scripts/bench/registry.ts [ACCOUNTS] [--only sqlite|postgres]
 *
 * ACCOUNTS (default 10,000,000) names are generated deterministically: two to eight common Han
 * characters (most names three to five), a tenth with Latin letters. Each is filed under the keys
 * and deletion variants the registry itself computes (common.ts: `filing`), loaded in bulk with
 * the indexes built afterwards — the tables and indexes are the registry's own, created by
 * createSqliteRegistry / createPostgresRegistry. PostgreSQL is a throw-away cluster started here
 * (scripts/postgres/cluster.ts), tuned only as a test cluster is (no fsync).
 *
 * Then 4,000 look-ups through the registry's `lookup`, a mix of what a signup sends: a filed name
 * (exact), the same in traditional characters or spaced (normalized), a homophone or near spelling
 * of a filed name (pinyin, edit), and a new name (mostly no match). Each is timed alone; the
 * figures are written to scripts/bench/results/registry.json and into docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filing } from '../../packages/server/src/registry/common.ts';
import {
  createPostgresRegistry,
  createSqliteRegistry,
  type Folding,
  loadFolding,
} from '../../packages/server/src/registry/index.ts';
import { startCluster } from '../postgres/cluster.ts';
import { type RegistryBench, writeRegistryResults } from './registry-report.ts';

// better-sqlite3 and pg are the server package's dependencies, not the workspace root's.
const fromServer = createRequire(new URL('../../packages/server/package.json', import.meta.url));
interface Statement {
  run(...values: unknown[]): unknown;
}
interface SqliteDatabase {
  pragma(text: string): unknown;
  exec(text: string): void;
  prepare(text: string): Statement;
  transaction(work: () => void): () => void;
  close(): void;
}
const Database = fromServer('better-sqlite3') as new (file: string) => SqliteDatabase;
interface PgClient {
  connect(): Promise<void>;
  query(text: string, values?: unknown[]): Promise<unknown>;
  end(): Promise<void>;
}
const pg = fromServer('pg') as { Client: new (config: object) => PgClient };

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10_000_000);
const LOOKUPS = 4_000;
const BATCH = 20_000;

const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你说而过子后自' +
  '家心多天小学么年动都同现所方发工样都如还进回民长物意明高手月之力起见与把好主头机水实定正' +
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程' +
  '风云雨雪花月山海星光夜梦晨晚春秋冬夏心语歌诗书画茶酒琴剑鱼鸟猫狗熊龙凤虎鹿兔羊';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th generated name (the same for every run). */
function nameOf(i: number): string {
  const random = rng(i * 2654435761);
  if (random() < 0.1) {
    const length = 5 + Math.floor(random() * 8);
    let name = '';
    for (let c = 0; c < length; c++) name += LATIN[Math.floor(random() * LATIN.length)];
    return `${name}${i % 1000}`;
  }
  const roll = random();
  const length = roll < 0.1 ? 2 : roll < 0.85 ? 3 + Math.floor(random() * 3) : 6 + Math.floor(random() * 3);
  let name = '';
  for (let c = 0; c < length; c++) name += COMMON[Math.floor(random() * COMMON.length)];
  return name;
}

interface Row {
  name: string;
  key: string;
  pinyin: string | null;
  variants: string[];
}

function* rows(folding: Folding, total: number): Generator<Row[]> {
  let batch: Row[] = [];
  for (let i = 0; i < total; i++) {
    const filed = filing(nameOf(i), { reason: 'bench', closedAt: '2026-01-01T00:00:00Z' }, folding);
    batch.push({ name: filed.name, key: filed.keys.key, pinyin: filed.keys.pinyin, variants: filed.variants });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The look-ups: filed names and their variations, and new names, in a fixed order. */
function queries(total: number): string[] {
  const random = rng(99);
  const list: string[] = [];
  const TRAD: Record<string, string> = {
    国: '國',
    学: '學',
    长: '長',
    风: '風',
    云: '雲',
    梦: '夢',
    书: '書',
    画: '畫',
    鱼: '魚',
    鸟: '鳥',
    龙: '龍',
    凤: '鳳',
  };
  for (let q = 0; q < LOOKUPS; q++) {
    const name = nameOf(Math.floor(random() * total));
    const kind = q % 5;
    if (kind === 0) list.push(name);
    else if (kind === 1) list.push([...name].map((c) => TRAD[c] ?? c).join(' '));
    else if (kind === 2)
      list.push(`${name}啊`); // one insertion: a near spelling
    else if (kind === 3) list.push([...name].reverse().join(''));
    else list.push(nameOf(total + q)); // a name never filed
  }
  return list;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeLookups(lookup: (name: string) => unknown, names: string[]) {
  for (const name of names.slice(0, 200)) await lookup(name); // warm the caches
  const times: number[] = [];
  let matched = 0;
  for (const name of names) {
    const started = performance.now();
    const result = (await lookup(name)) as unknown[];
    times.push(performance.now() - started);
    if (result.length > 0) matched++;
  }
  times.sort((a, b) => a - b);
  return {
    lookups: names.length,
    matched,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? 0,
  };
}

const log = (text: string) => console.error(`[registry bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

async function benchSqlite(folding: Folding, names: string[]): Promise<RegistryBench> {
  const dir = mkdtempSync(join(tmpdir(), 'mingzheng-registry-bench-'));
  const file = join(dir, 'closed.db');
  try {
    (await createSqliteRegistry(file, { engine: { compiled: folding } as never })).close();
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.exec('DROP INDEX closed_accounts_normalized_key; DROP INDEX closed_accounts_pinyin_key;');
    const account = db.prepare(
      "INSERT INTO closed_accounts (id, name, reason, closed_at, normalized_key, pinyin_key) VALUES (?, ?, 'bench', '2026-01-01T00:00:00.000Z', ?, ?)",
    );
    const variant = db.prepare('INSERT OR IGNORE INTO closed_account_variants (variant, account) VALUES (?, ?)');
    const started = performance.now();
    let id = 0;
    let variants = 0;
    for (const batch of rows(folding, count)) {
      db.transaction(() => {
        for (const row of batch) {
          id++;
          account.run(id, row.name, row.key, row.pinyin);
          for (const v of row.variants) variant.run(v, id);
          variants += row.variants.length;
        }
      })();
      if (id % 1_000_000 === 0) log(`sqlite: ${id.toLocaleString('en-US')} accounts`);
    }
    db.exec(
      'CREATE INDEX closed_accounts_normalized_key ON closed_accounts (normalized_key); CREATE INDEX closed_accounts_pinyin_key ON closed_accounts (pinyin_key); ANALYZE;',
    );
    db.close();
    const loadSeconds = (performance.now() - started) / 1000;
    log(`sqlite: loaded in ${loadSeconds.toFixed(0)} s; timing look-ups`);
    const registry = await createSqliteRegistry(file, { engine: { compiled: folding } as never });
    const figures = await timeLookups((name) => registry.lookup(name), names);
    registry.close();
    return { store: 'SQLite', accounts: count, variants, loadSeconds, ...figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(folding: Folding, names: string[]): Promise<RegistryBench> {
  const cluster = await startCluster();
  // A long load stopped with Ctrl-C or kill still stops its cluster and deletes its files.
  const stop = () => {
    cluster.stop();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const url = await cluster.createDatabase('registry_bench');
    await (await createPostgresRegistry(url, { engine: { compiled: folding } as never })).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      'DROP INDEX mingzheng_closed_accounts_normalized_key, mingzheng_closed_accounts_pinyin_key, mingzheng_closed_account_variants_account',
    );
    await client.query(
      'ALTER TABLE mingzheng_closed_account_variants DROP CONSTRAINT mingzheng_closed_account_variants_account_fkey, DROP CONSTRAINT mingzheng_closed_account_variants_pkey',
    );
    const started = performance.now();
    let id = 0;
    let variants = 0;
    for (const batch of rows(folding, count)) {
      const ids = batch.map(() => ++id);
      await client.query(
        `INSERT INTO mingzheng_closed_accounts (id, name, reason, closed_at, normalized_key, pinyin_key)
         SELECT id, name, 'bench', '2026-01-01T00:00:00.000Z', key, pinyin FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[]) AS r(id, name, key, pinyin)`,
        [ids, batch.map((r) => r.name), batch.map((r) => r.key), batch.map((r) => r.pinyin)],
      );
      const variantIds: number[] = [];
      const variantTexts: string[] = [];
      batch.forEach((row, i) => {
        for (const v of row.variants) {
          variantIds.push(ids[i] as number);
          variantTexts.push(v);
        }
      });
      variants += variantTexts.length;
      await client.query(
        'INSERT INTO mingzheng_closed_account_variants (variant, account) SELECT * FROM unnest($1::text[], $2::integer[])',
        [variantTexts, variantIds],
      );
      if (id % 1_000_000 === 0) log(`postgres: ${id.toLocaleString('en-US')} accounts`);
    }
    log('postgres: building the indexes');
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query(
      'CREATE INDEX mingzheng_closed_accounts_normalized_key ON mingzheng_closed_accounts (normalized_key)',
    );
    await client.query('CREATE INDEX mingzheng_closed_accounts_pinyin_key ON mingzheng_closed_accounts (pinyin_key)');
    await client.query(
      'ALTER TABLE mingzheng_closed_account_variants ADD PRIMARY KEY (variant, account), ADD FOREIGN KEY (account) REFERENCES mingzheng_closed_accounts (id) NOT VALID',
    );
    await client.query(
      'CREATE INDEX mingzheng_closed_account_variants_account ON mingzheng_closed_account_variants (account)',
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('mingzheng_closed_accounts', 'id'), $1)`, [id]);
    await client.query('VACUUM ANALYZE');
    await client.end();
    const loadSeconds = (performance.now() - started) / 1000;
    log(`postgres: loaded in ${loadSeconds.toFixed(0)} s; timing look-ups`);
    const registry = await createPostgresRegistry(url, { engine: { compiled: folding } as never, pool: { max: 1 } });
    const figures = await timeLookups((name) => registry.lookup(name), names);
    await registry.close();
    return { store: 'PostgreSQL', accounts: count, variants, loadSeconds, ...figures };
  } finally {
    cluster.stop();
  }
}

const folding = await loadFolding();
const names = queries(count);
const results: RegistryBench[] = [];
if (only !== 'postgres') results.push(await benchSqlite(folding, names));
if (only !== 'sqlite') results.push(await benchPostgres(folding, names));
for (const result of results) log(JSON.stringify(result));
writeRegistryResults(results);
