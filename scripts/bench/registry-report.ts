/**
 * The sections of docs/benchmarks.md measured by their own scripts, past one machine: the
 * closed-account registry at scale (registry.ts) and `mingzheng audit` on worker threads
 * (audit-scaling.ts). Each script saves its figures in scripts/bench/results/*.json and rewrites
 * its section in docs/benchmarks.md between markers; report.ts renders the same sections from the
 * saved figures, so `pnpm bench` (which rewrites the whole file) keeps them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, 'scripts/bench/results');
const DOC = join(ROOT, 'docs/benchmarks.md');

/** One timing of the look-up set: milliseconds, and the 1-minute load average of the machine. */
export interface LookupRound {
  p50: number;
  p99: number;
  max: number;
  load: number;
}

export interface RegistryBench extends LookupRound {
  store: 'SQLite' | 'PostgreSQL';
  accounts: number;
  /** Deletion variants filed (rows of the variants table). */
  variants: number;
  /** Generating the rows (names, keys, variants) for the load, shared by both stores. */
  generateSeconds?: number;
  /** Loading the generated rows into the store, indexes built and statistics gathered. */
  loadSeconds: number;
  /** The database on disk after the load. */
  diskBytes?: number;
  lookups: number;
  /** Look-ups that found at least one entry. */
  matched: number;
  /** Every timing of the set; the figures above are those of the least disturbed (lowest p99). */
  rounds?: LookupRound[];
  /** The niceness the look-ups were timed at (0: the ordinary priority). */
  niceness?: number;
  /** Which version of the look-up was timed, when the table shows more than one. */
  label?: string;
}

export interface AuditScaling {
  workers: number;
  wallSeconds: number;
  accountsPerSecond: number;
  maxRssBytes: number;
  /** Whether the output was byte-identical to the one-worker run. */
  identical: boolean;
}

/** `mingzheng audit --from postgres` on the first `rows` rows of a generated table (audit-postgres.ts). */
export interface AuditFromPostgres {
  rows: number;
  workers: number;
  wallSeconds: number;
  accounts: number;
  /** Accounts over the whole command's wall time. */
  accountsPerSecond: number;
  maxRssBytes: number;
  /** The 1-minute load average during the run (the larger of its start and end). */
  load: number;
}

interface Saved<T> {
  measured: string;
  machine: { cores: number; cpu: string; loadAverage: number[] };
  note?: string;
  results: T[];
}

function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

function load<T>(name: string): Saved<T> | undefined {
  const file = join(RESULTS, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Saved<T>) : undefined;
}

const loadText = (saved: Saved<unknown>) =>
  saved.machine.loadAverage.length === 0 ? '' : `; load average ${saved.machine.loadAverage.join(' / ')} at the end`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(2));
const gb = (bytes: number) =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;

export function registrySection(): string {
  const saved = load<RegistryBench>('registry');
  if (!saved) return '';
  const rows = saved.results
    .map(
      (r) =>
        `| ${r.store}${r.label ? ` (${r.label})` : ''} | ${int(r.accounts)} | ${int(r.variants)} | ${int(r.loadSeconds)} s${r.diskBytes === undefined ? '' : `, ${gb(r.diskBytes)}`} | ${int(r.lookups)} (${int(r.matched)} matched) | ${ms(r.p50)} ms | ${ms(r.p99)} ms | ${ms(r.max)} ms | ${r.load === undefined ? '–' : r.load.toFixed(1)} | ${r.p99 <= 2 ? 'within' : '**over**'} |`,
    )
    .join('\n');
  const rounds = saved.results
    .filter((r) => (r.rounds?.length ?? 0) > 1)
    .map(
      (r) =>
        `- ${r.store}${r.label ? ` (${r.label})` : ''}, ${int(r.accounts)}: ${(r.rounds ?? []).map((round) => `p50 ${ms(round.p50)} ms, p99 ${ms(round.p99)} ms at load ${round.load.toFixed(1)}`).join('; ')}`,
    )
    .join('\n');
  const generated = saved.results.find((r) => r.generateSeconds !== undefined)?.generateSeconds;
  return `## 5. The closed-account registry at scale

\`lookup(name)\` with many closed accounts, on SQLite (\`createSqliteRegistry\`, in-process) and on
PostgreSQL (\`createPostgresRegistry\`, a throw-away PostgreSQL ${''}cluster on the same machine over TCP,
one connection), measured by \`scripts/bench/registry.ts\` on ${saved.measured} (${saved.machine.cores} cores, ${saved.machine.cpu}${loadText(saved)}). The names are generated (two to eight
common Han characters, most three to five, a tenth Latin) and filed under the keys and deletion
variants the registry computes, loaded in bulk into the registry's own tables with its indexes built
afterwards. The look-ups are a mix of what a signup sends, each timed alone through the registry's
\`lookup\`: a filed name, the same spaced in traditional characters, a near spelling (one character
more), the name reversed and a name never filed. DESIGN.md's budget: ≤ 2 ms p99 at 10 million.
${saved.note ? `\n${saved.note}\n` : ''}
| store | closed accounts | variants filed | bulk load, size on disk | look-ups | p50 | p99 | max | load average | budget (p99 ≤ 2 ms) |
|---|--:|--:|--:|--:|--:|--:|--:|--:|---|
${rows}

The bulk load (\`registry.ts\`) generates the rows once for both stores${generated === undefined ? '' : ` (${int(generated)} s: each name's keys and deletion variants, by the registry's own \`filing\`)`}, the variants
in files by first character, each sorted on loading, so every row goes in in primary-key order.
SQLite: one transaction of prepared inserts into the registry's tables (the variants table is
WITHOUT ROWID, its primary key is the table), journal and synchronous off for the load only, the
name indexes built afterwards, then ANALYZE. PostgreSQL: \`COPY … FROM STDIN (FREEZE)\` into the
tables truncated in the same transaction, on a cluster with \`wal_level=minimal\`, so the rows are
written once and not to the write-ahead log; the indexes, primary key and foreign key (validated)
built afterwards, then VACUUM ANALYZE. The look-up set is timed ${saved.results[0]?.rounds?.length ?? 1} times on each store, at the ordinary priority (the
loads run at \`nice -n 19\`): the table gives the round with the lowest p99, and the 1-minute load
average during it${rounds ? `; every round:\n\n${rounds}` : '.'}

Every look-up is index probes only: the normalized key and the pinyin key in B-tree indexes, and
near spellings through the name's own deletion variants probed in the (variant, account) primary
key — never a scan (a PostgreSQL test asserts the plan has no \`Seq Scan\`). Its cost grows with the
depth of the B-trees, O(log n), and with the number of candidates a variant shares — which, for the
short variants of short names, grows with n.
`;
}

export function auditScalingSection(): string {
  const saved = load<AuditScaling>('audit-scaling');
  if (!saved) return '';
  const base = saved.results.find((r) => r.workers === 1);
  const rows = saved.results
    .map(
      (r) =>
        `| ${r.workers} | ${r.wallSeconds.toFixed(1)} s | ${int(r.accountsPerSecond)} | ${base ? (base.wallSeconds / r.wallSeconds).toFixed(2) : '–'}× | ${int(r.maxRssBytes / 2 ** 20)} MB | ${r.identical ? 'yes' : '**no**'} |`,
    )
    .join('\n');
  return `## 6. \`mingzheng audit --workers N\`

The same command with 1, 2, … worker threads (\`scripts/bench/audit-scaling.ts\`: the built
\`mingzheng audit --workers N\` in a fresh process, timed whole, not pinned to a CPU), on a file generated as in section 4, measured on ${saved.measured}
(${saved.machine.cores} cores${loadText(saved)}). The main thread
reads and cuts the file and applies the results in order; the workers read, check and format the
records. The output of every run is compared byte for byte with the one-worker run's.
${saved.note ? `\n${saved.note}\n` : ''}
| workers | wall time (whole command) | accounts/s | speed-up | peak RSS | output identical |
|--:|--:|--:|--:|--:|---|
${rows}
${fromPostgresSection()}`;
}

/** `--from postgres` at several table sizes (audit-postgres.ts), under section 6. */
function fromPostgresSection(): string {
  const saved = load<AuditFromPostgres>('audit-postgres');
  if (!saved) return '';
  const rows = saved.results
    .map(
      (r) =>
        `| ${int(r.rows)} | ${r.workers} | ${r.wallSeconds.toFixed(1)} s | ${int(r.accountsPerSecond)} | ${int(r.maxRssBytes / 2 ** 20)} MB | ${r.load.toFixed(1)} |`,
    )
    .join('\n');
  return `
### \`--from postgres\`

The rows of a query instead of a file (\`scripts/bench/audit-postgres.ts\`, measured on ${saved.measured}): a throw-away
PostgreSQL cluster on the same machine holds a table of accounts of section 4's mix, one column per
CSV column, loaded by COPY; the built \`mingzheng audit --from postgres://… --query "SELECT … FROM
accounts WHERE seq <= N ORDER BY seq"\` reads the first N rows through a server-side cursor, a
thousand at a time, in a fresh process timed whole (start-up and rule set included), with its peak
resident set size. The memory must not grow with N.
${saved.note ? `\n${saved.note}\n` : ''}
| rows | workers | wall time | accounts/s | peak RSS | load average |
|--:|--:|--:|--:|--:|--:|
${rows}
`;
}

function save<T>(name: string, results: T[], note?: string): void {
  const saved: Saved<T> = {
    measured: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    machine: machine(),
    ...(note !== undefined && { note }),
    results,
  };
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(saved, null, 2)}\n`);
}

/** Rewrites the part of docs/benchmarks.md between `<!-- NAME -->` markers (added at the end if missing). */
function splice(name: string, section: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(DOC, 'utf8');
  const block = `${start}\n${section}${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, next);
}

/** Saves the figures of the stores measured, keeping those of a store measured by another run. */
export function writeRegistryResults(results: RegistryBench[], note?: string): void {
  const kept = (load<RegistryBench>('registry')?.results ?? []).filter(
    (old) => !results.some((r) => r.store === old.store) && old.accounts === results[0]?.accounts,
  );
  const order = (r: RegistryBench) => (r.store === 'SQLite' ? 0 : 1);
  save(
    'registry',
    [...kept, ...results].sort((a, b) => order(a) - order(b)),
    note,
  );
  splice('registry', registrySection());
}

export function writeAuditFromPostgres(results: AuditFromPostgres[], note?: string): void {
  save('audit-postgres', results, note);
  splice('audit-scaling', auditScalingSection());
}

export function writeAuditScaling(results: AuditScaling[], note?: string): void {
  save('audit-scaling', results, note);
  splice('audit-scaling', auditScalingSection());
}

/** Rewrites both sections of docs/benchmarks.md from the saved figures, as they are. */
export function refreshSections(): void {
  if (registrySection()) splice('registry', registrySection());
  if (auditScalingSection()) splice('audit-scaling', auditScalingSection());
}
