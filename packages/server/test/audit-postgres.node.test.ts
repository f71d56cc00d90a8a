/**
 * `mingzheng audit --from postgres://… --query "SELECT …"` against a real PostgreSQL database (the
 * throw-away cluster of test/postgres.ts): the rows of the query give the output and counts that
 * the same accounts give as a JSON Lines file, on one thread and on two, and a run killed with
 * SIGKILL resumes from its checkpoint to the same result.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import pg from 'pg';
import type { AuditSummary } from '../src/audit/summary.js';
import { inProcess } from './cli-in-process.js';
import { freshDatabase } from './postgres.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const testRuleSet = createRequire(import.meta.url).resolve('@mingzheng/tooling/test-ruleset.json');

function start(args: readonly string[]): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/bin/mingzheng.js', ...args],
    { cwd: root, stdio: 'ignore' },
  );
  return { child, done: new Promise((resolve) => child.on('close', resolve)) };
}

const NAMES = ['小明', '新华社', '王医生', '快乐小猫', '国务院办公厅', '夜航船', 'CCTV中文'];
const BIOS = [null, '喜欢摄影', '加微信 abc12345', '电话 13800138000', '热爱生活'];
const ROWS = 4000;

const counted = ({ run, input, ...rest }: AuditSummary) => ({ ...rest, sessions: run.sessions });

describe('mingzheng audit --from postgres', function () {
  this.timeout(120_000);

  let dir: string;
  let url: string;
  const query = 'SELECT id, name, bio, domain AS "profession.domain" FROM accounts ORDER BY seq';
  /** The same accounts as a JSON Lines file, audited: the output and summary the query must give. */
  let expected: { output: string; summary: AuditSummary };

  const audit = async (name: string, source: readonly string[], extra: readonly string[] = []) => {
    const output = join(dir, `${name}.jsonl`);
    const summaryFile = join(dir, `${name}.summary.json`);
    const run = await inProcess([
      'audit',
      ...source,
      '--ruleset',
      testRuleSet,
      '-o',
      output,
      '-s',
      summaryFile,
      ...extra,
    ]);
    expect(run.status, run.stderr).to.be.oneOf([0, 1]);
    return {
      output: await readFile(output, 'utf8'),
      summary: JSON.parse(await readFile(summaryFile, 'utf8')) as AuditSummary,
    };
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-audit-pg-'));
    url = await freshDatabase();
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      id: i % 5 === 0 ? null : `u${i}`,
      name: i % 400 === 7 ? 'x'.repeat(1001) : `${NAMES[i % NAMES.length]}${i % 11}`, // some names too long
      bio: BIOS[i % BIOS.length] ?? null,
      domain: i % 50 === 3 ? 'healthcare' : null,
    }));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE TABLE accounts (seq integer PRIMARY KEY, id text, name text, bio text, domain text)');
      await client.query(
        `INSERT INTO accounts SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[])`,
        [
          rows.map((_, i) => i),
          rows.map((r) => r.id),
          rows.map((r) => r.name),
          rows.map((r) => r.bio),
          rows.map((r) => r.domain),
        ],
      );
    } finally {
      await client.end();
    }
    const file = join(dir, 'accounts.jsonl');
    const lines = rows.map((row) =>
      JSON.stringify({
        ...(row.id !== null && { id: row.id }),
        name: row.name,
        ...(row.bio !== null && { bio: row.bio }),
        ...(row.domain !== null && { profession: { domain: row.domain } }),
      }),
    );
    await writeFile(file, `${lines.join('\n')}\n`);
    expected = await audit('file', [file], ['--workers', '1']);
    expect(expected.summary.malformed.count).to.be.greaterThan(0);
    expect(expected.summary.verdicts.block).to.be.greaterThan(0);
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives the output and counts of the same accounts in a JSON Lines file, on one thread and on two', async () => {
    for (const workers of ['1', '2']) {
      const run = await audit(`query-${workers}`, ['--from', url, '--query', query], ['--workers', workers]);
      expect(run.output === expected.output, `--workers ${workers}: output`).to.equal(true);
      expect(counted(run.summary), `--workers ${workers}`).to.deep.equal(counted(expected.summary));
    }
  });

  it('resumes a run killed with SIGKILL from its checkpoint, to the same output and counts', async () => {
    const output = join(dir, 'killed.jsonl');
    const summaryFile = join(dir, 'killed.summary.json');
    const args = ['audit', '--from', url, '--query', query, '--ruleset', testRuleSet, '-o', output, '-s', summaryFile];
    const first = start([...args, '--workers', '1', '--checkpoint-every', '500']);
    const checkpoint = `${output}.checkpoint`;
    const deadline = Date.now() + 90_000;
    while (!existsSync(checkpoint) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill('SIGKILL');
    expect(await first.done, 'killed before it finished').to.equal(null);
    const saved = JSON.parse(await readFile(checkpoint, 'utf8')) as { offset: number };
    expect(saved.offset).to.be.within(1, ROWS - 1);

    const resumed = await inProcess([...args, '--resume', '--workers', '2']);
    expect(resumed.status, resumed.stderr).to.equal(1);
    expect((await readFile(output, 'utf8')) === expected.output).to.equal(true);
    const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as AuditSummary;
    expect(counted(summary)).to.deep.equal({ ...counted(expected.summary), sessions: 2 });
  });

  it('refuses a query whose columns are not account fields, and names them', async () => {
    const run = await inProcess([
      'audit',
      '--from',
      url,
      '--query',
      'SELECT id, nickname FROM (SELECT 1 AS id, 2 AS nickname) t',
    ]);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.match(/"nickname"/);
  });
});
