/**
 * `mingzheng audit --from postgres://… --query "SELECT …"` on many rows: accounts/s and the peak
 * resident set size of the command, at several table sizes — the rows come through a server-side
 * cursor a thousand at a time, so the memory must not grow with the table.
 *
 *   pnpm --filter @mingzheng/server build     # the built command line is timed, as users run it
 *   nice -n 19 node --conditions=source --import tsx scripts/bench/audit-postgres.ts [ROWS...] [--workers N]
 *
 * A throw-away PostgreSQL cluster (scripts/postgres/cluster.ts) gets a table `accounts` of the
 * largest ROWS (default 100,000 and 1,000,000) accounts of section 4's mix (audit-data.ts), loaded
 * by COPY, one column per CSV column (at the priority the script was started with: `nice -n 19`).
 * For each ROWS, the built `mingzheng audit` (a fresh process at the ordinary priority, as is the
 * server, --workers 1 by default) reads `SELECT … FROM accounts WHERE seq <= ROWS ORDER BY seq`; it is
 * timed whole, with its peak resident set size (VmHWM, test/fixtures/peak-rss.mjs). The figures go
 * to scripts/bench/results/audit-postgres.json and into section 6 of docs/benchmarks.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyField, psql, startCluster } from '../postgres/cluster.ts';
import { auditAccounts } from './audit-data.ts';
import { loadBenchData } from './corpus.ts';
import { type AuditFromPostgres, writeAuditFromPostgres } from './registry-report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const workers = args.includes('--workers') ? Number(args[args.indexOf('--workers') + 1]) : 1;
const sizes = args
  .filter((arg, i) => /^\d+$/.test(arg) && args[i - 1] !== '--workers')
  .map(Number)
  .sort((a, b) => a - b);
if (sizes.length === 0) sizes.push(100_000, 1_000_000);
const largest = sizes.at(-1) as number;

/** The table's columns, named as the audit's CSV columns, and where each is in an account. */
const COLUMNS = [
  ['id', (a: Account) => a.id],
  ['kind', (a: Account) => a.kind],
  ['name', (a: Account) => a.name],
  ['bio', (a: Account) => a.bio],
  ['signature', (a: Account) => a.signature],
  ['profession.domain', (a: Account) => a.profession?.domain],
  ['entity.name', (a: Account) => a.entity?.name],
  ['entity.uscc', (a: Account) => a.entity?.uscc],
] as const;
interface Account {
  id?: string;
  kind?: string;
  name?: string;
  bio?: string;
  signature?: string;
  profession?: { domain?: string };
  entity?: { name?: string; uscc?: string };
}

/** Runs a command to its end at the ordinary priority (if this process may give it). */
function timed(
  command: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    if (child.pid !== undefined) setPriority(child.pid, 0);
  } catch {
    // not allowed: the run's own priority
  }
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

const log = (text: string) => console.error(`[audit-postgres ${new Date().toISOString().slice(11, 19)}] ${text}`);
const dir = mkdtempSync(join(tmpdir(), 'mingzheng-audit-postgres-'));
const cluster = await startCluster({ settings: ['wal_level=minimal', 'max_wal_senders=0'] });
const stop = () => {
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stop();
    process.exit(130);
  });
}
try {
  const url = await cluster.createDatabase('audit_bench');
  const started = performance.now();
  await psql(url, async (write) => {
    await write(
      `BEGIN;\nCREATE TABLE accounts (seq integer PRIMARY KEY, ${COLUMNS.map(([name]) => `"${name}" text`).join(', ')});\n` +
        `COPY accounts FROM STDIN;\n`,
    );
    let seq = 0;
    let chunk = '';
    for (const line of auditAccounts(loadBenchData(), largest)) {
      const account = JSON.parse(line) as Account;
      chunk += `${++seq}\t${COLUMNS.map(([, get]) => copyField(get(account))).join('\t')}\n`;
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(`${chunk}\\.\nCOMMIT;\nANALYZE accounts;\n`);
  });
  log(`${largest.toLocaleString('en-US')} rows loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // The load ran at the lowest priority (`nice -n 19`); the command is timed at the ordinary one,
  // with its server, as it runs in production (raising a priority needs root: without it, both
  // keep the run's priority).
  try {
    setPriority(cluster.serverPid(), 0);
  } catch {
    // not allowed
  }
  const select = COLUMNS.map(([name]) => `"${name}"`).join(', ');
  const results: AuditFromPostgres[] = [];
  for (const rows of sizes) {
    const out = join(dir, String(rows));
    spawnSync('mkdir', ['-p', out]);
    const peakFile = join(out, 'peak');
    const load = loadavg()[0] ?? 0;
    const begun = performance.now();
    const run = await timed(
      process.execPath,
      [
        '--import',
        join(ROOT, 'packages/server/test/fixtures/peak-rss.mjs'),
        join(ROOT, 'packages/server/bin/mingzheng.js'),
        'audit',
        '--from',
        url,
        '--query',
        `SELECT ${select} FROM accounts WHERE seq <= ${rows} ORDER BY seq`,
        '-o',
        join(out, 'findings.jsonl'),
        '-s',
        join(out, 'summary.json'),
        '--workers',
        String(workers),
      ],
      { ...process.env, MINGZHENG_PEAK_RSS_FILE: peakFile },
    );
    const wallSeconds = (performance.now() - begun) / 1000;
    if (run.status !== 0) throw new Error(`the audit of ${rows} rows failed: ${run.stderr.slice(-2000)}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      accounts: number;
      accountsPerSecond?: number;
    };
    const result: AuditFromPostgres = {
      rows,
      workers,
      wallSeconds,
      accounts: summary.accounts,
      accountsPerSecond: summary.accounts / wallSeconds,
      maxRssBytes: Number(readFileSync(peakFile, 'utf8')),
      load: Math.round(Math.max(load, loadavg()[0] ?? 0) * 100) / 100,
    };
    results.push(result);
    log(
      `${rows.toLocaleString('en-US')} rows: ${wallSeconds.toFixed(1)} s, ${Math.round(result.accountsPerSecond)} accounts/s, peak ${Math.round(result.maxRssBytes / 2 ** 20)} MB (load ${result.load})`,
    );
  }
  writeAuditFromPostgres(results);
} finally {
  stop();
}
