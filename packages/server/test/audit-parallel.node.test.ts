/**
 * `mingzheng audit` on several threads and several machines, judged by what a user compares: the
 * output file, the summary and standard error of a run on worker threads are those of a run on one
 * thread, byte for byte; a run killed with SIGKILL on worker threads resumes to the same result;
 * the N shards of `--shard K/N` together are the whole run, with no account in two; and
 * `mingzheng check` answers each line before it reads the next, so it can sit in a pipe
 * (Spark's RDD.pipe) as a streaming filter.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { mulberry32 } from '@mingzheng/tooling/random';
import { expect } from 'chai';
import { runAudit } from '../src/audit/run.js';
import { shardOf } from '../src/audit/shard.js';
import type { AuditSummary } from '../src/audit/summary.js';
import { inProcess, type Run } from './cli-in-process.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const testRuleSet = createRequire(import.meta.url).resolve('@mingzheng/tooling/test-ruleset.json');

/** `pnpm mingzheng ...args` as a process of its own. */
function start(args: readonly string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/bin/mingzheng.js', ...args],
    { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return { child, done };
}

const NAMES = ['小明', '新华社', '王医生', '快乐小猫', '国务院办公厅', '夜航船', 'CCTV中文', '林小雨'];
const BIOS = ['喜欢摄影', '加微信 abc12345', '电话 13800138000', '热爱生活', '代开发票'];
/** JSON whitespace inside each line: a file of many 256 KB chunks (many batches) from few accounts. */
const PADDING = ' '.repeat(900);

/** `count` records: accounts with and without ids, a malformed line now and then, blank lines. */
function records(count: number): string[] {
  const rng = mulberry32(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)] as T;
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    const roll = rng();
    if (roll < 0.01) lines.push('{"name": 42}');
    else if (roll < 0.02) lines.push('{not json');
    else if (roll < 0.03) lines.push('');
    else {
      const id = rng() < 0.8 ? `"id":"u${i}",` : '';
      const bio = rng() < 0.6 ? `,"bio":${JSON.stringify(pick(BIOS))}` : '';
      lines.push(`{${id}${PADDING}"name":${JSON.stringify(`${pick(NAMES)}${i % 7}`)}${bio}}`);
    }
  }
  return lines;
}

/** The summary without its timing (the only part that may differ between two runs). */
const counted = (summary: AuditSummary) => {
  const { run, ...rest } = summary;
  return { ...rest, sessions: run.sessions };
};

/** Standard error without progress and timing lines. */
const reports = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => !/ % read, |accounts checked in|accounts\/s/.test(line))
    .join('\n');

describe('mingzheng audit on worker threads and shards', function () {
  this.timeout(120_000);

  let dir: string;
  let jsonl: string;
  let csv: string;
  /** The one-thread run of the JSON Lines file: output, summary, standard error. */
  let single: { output: string; summary: AuditSummary; stderr: string };

  const audit = async (input: string, name: string, extra: readonly string[]) => {
    const output = join(dir, `${name}.jsonl`);
    const summaryFile = join(dir, `${name}.summary.json`);
    const run = await inProcess(['audit', input, '--ruleset', testRuleSet, '-o', output, '-s', summaryFile, ...extra]);
    expect(run.status, run.stderr).to.equal(1); // malformed records were skipped
    return {
      output: await readFile(output, 'utf8'),
      summary: JSON.parse(await readFile(summaryFile, 'utf8')) as AuditSummary,
      stderr: run.stderr.replaceAll(output, 'OUTPUT').replaceAll(summaryFile, 'SUMMARY'),
    };
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-parallel-'));
    jsonl = join(dir, 'accounts.jsonl');
    await writeFile(jsonl, `${records(4000).join('\n')}\n`);
    csv = join(dir, 'accounts.csv');
    const rows = records(1500).map((line) => {
      if (line === '') return '';
      try {
        const account = JSON.parse(line) as { id?: string; name: unknown; bio?: string };
        const cell = (value: unknown) => (value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`);
        return [cell(account.id), cell(account.name), cell(account.bio)].join(',');
      } catch {
        return '"unclosed,quote';
      }
    });
    await writeFile(csv, `id,name,bio\n${rows.join('\n')}\n`);
    single = await audit(jsonl, 'single', ['--workers', '1']);
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the same output, summary and reports on 2 and 3 worker threads as on one', async () => {
    expect(single.summary.accounts).to.be.greaterThan(3000);
    expect(single.summary.malformed.count).to.be.greaterThan(20);
    expect(single.summary.blank).to.be.greaterThan(10);
    for (const workers of ['2', '3']) {
      const parallel = await audit(jsonl, `workers-${workers}`, ['--workers', workers]);
      expect(parallel.output === single.output, `--workers ${workers}: output`).to.equal(true);
      expect(counted(parallel.summary), `--workers ${workers}: summary`).to.deep.equal(counted(single.summary));
      expect(reports(parallel.stderr), `--workers ${workers}: reports`).to.equal(reports(single.stderr));
    }
  });

  it('with the default rule set, 2 worker threads give the output and summary of one thread (the workers name the rule set)', async () => {
    const lines = records(600).filter((line) => line !== '' && !line.includes('42') && !line.startsWith('{not'));
    const input = join(dir, 'default.jsonl');
    await writeFile(input, `${lines.join('\n')}\n`);
    const runs = [];
    for (const workers of ['1', '2']) {
      const output = join(dir, `default-${workers}.jsonl`);
      const summaryFile = join(dir, `default-${workers}.summary.json`);
      const run = await inProcess(['audit', input, '-o', output, '-s', summaryFile, '--workers', workers]);
      expect(run.status, run.stderr).to.equal(0);
      runs.push({
        output: await readFile(output, 'utf8'),
        summary: JSON.parse(await readFile(summaryFile, 'utf8')) as AuditSummary,
      });
    }
    const [one, two] = runs as [(typeof runs)[number], (typeof runs)[number]];
    expect(one.summary.verdicts.block, 'the default rule set blocks 新华社 and 国务院办公厅').to.be.greaterThan(0);
    expect(two.output === one.output, 'output').to.equal(true);
    expect(counted(two.summary)).to.deep.equal(counted(one.summary));
    expect(two.summary.rulesetVersion).to.equal(defaultRuleSet.version);
  });

  it('runAudit() on one thread refuses to start without an engine that checks', async () => {
    let error: unknown;
    try {
      await runAudit({ input: jsonl, engine: { rulesetVersion: defaultRuleSet.version }, workers: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.match(/needs an engine \(createEngine\)/);
  });

  it('reads CSV on worker threads as on one (the header is read once, on the main thread)', async () => {
    const one = await audit(csv, 'csv-1', ['--workers', '1', '--all']);
    const two = await audit(csv, 'csv-2', ['--workers', '2', '--all']);
    expect(one.summary.accounts).to.be.greaterThan(1000);
    expect(two.output === one.output).to.equal(true);
    expect(counted(two.summary)).to.deep.equal(counted(one.summary));
    expect(reports(two.stderr)).to.equal(reports(one.stderr));
  });

  it('resumes a run killed with SIGKILL on 2 worker threads to the output and summary of an uninterrupted run', async () => {
    const output = join(dir, 'killed.jsonl');
    const summaryFile = join(dir, 'killed.summary.json');
    const args = ['audit', jsonl, '--ruleset', testRuleSet, '-o', output, '-s', summaryFile, '--workers', '2'];
    const first = start([...args, '--checkpoint-every', '100']);
    // Killed once a checkpoint is on disk: no signal handler runs, nothing is flushed.
    const checkpoint = `${output}.checkpoint`;
    const deadline = Date.now() + 90_000;
    while (!existsSync(checkpoint) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.status, 'killed before it finished').to.equal(null);
    const saved = JSON.parse(await readFile(checkpoint, 'utf8')) as { offset: number; counts: { accounts: number } };
    expect(saved.counts.accounts).to.be.within(1, single.summary.accounts - 1);

    const resumed = await inProcess([...args, '--resume']);
    expect(resumed.status, resumed.stderr).to.equal(1);
    expect((await readFile(output, 'utf8')) === single.output).to.equal(true);
    const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as AuditSummary;
    expect(counted(summary)).to.deep.equal({ ...counted(single.summary), sessions: 2 });
    expect(existsSync(checkpoint)).to.equal(false);
  });

  it('--shard K/N: the N shards together are the whole run, and no account is in two', async () => {
    const N = 3;
    const shards: Awaited<ReturnType<typeof audit>>[] = [];
    for (let k = 0; k < N; k++)
      shards.push(await audit(jsonl, `shard-${k}`, ['--workers', '1', '--shard', `${k}/${N}`]));
    const lines = (text: string) => text.split('\n').filter(Boolean);
    const whole = lines(single.output);
    const ids = shards.map((shard) =>
      lines(shard.output).map((line) => (JSON.parse(line) as { id: string | number }).id),
    );
    // No account in two shards, each where the hash puts it.
    ids.forEach((own, k) => {
      for (const id of own) expect(shardOf(id, N), String(id)).to.equal(k);
    });
    expect(new Set(ids.flat()).size).to.equal(ids.flat().length);
    // Together, the whole output; each shard in input order.
    expect(shards.flatMap((shard) => lines(shard.output)).sort()).to.deep.equal([...whole].sort());
    for (const shard of shards) {
      const own = lines(shard.output);
      expect(whole.filter((line) => own.includes(line))).to.deep.equal(own);
    }
    // And their counts add up to the whole run's.
    const sum = (pick: (summary: AuditSummary) => number) =>
      shards.reduce((total, shard) => total + pick(shard.summary), 0);
    const s = single.summary;
    expect(sum((x) => x.accounts)).to.equal(s.accounts);
    expect(sum((x) => x.records)).to.equal(s.records);
    expect(sum((x) => x.blank)).to.equal(s.blank);
    expect(sum((x) => x.malformed.count)).to.equal(s.malformed.count);
    for (const verdict of ['pass', 'review', 'block'] as const) {
      expect(sum((x) => x.verdicts[verdict])).to.equal(s.verdicts[verdict]);
    }
    expect(shards.map((shard) => shard.summary.shard)).to.deep.equal(['0/3', '1/3', '2/3']);
    expect(shards.every((shard) => shard.summary.accounts > 0)).to.equal(true);
  });

  it('refuses to resume a checkpoint written for another shard', async () => {
    const output = join(dir, 'shard-resume.jsonl');
    await writeFile(output, '');
    await writeFile(
      `${output}.checkpoint`,
      JSON.stringify({ version: 1, input: {}, offset: 0, lines: 0, outputBytes: 0, counts: {}, shard: '1/3' }),
    );
    const run = await inProcess(['audit', jsonl, '--ruleset', testRuleSet, '-o', output, '--resume', '--shard', '0/3']);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.match(/cannot resume/);
  });

  it('`mingzheng check` is a streaming filter: each answer comes before the next line is written', async () => {
    const { child, done } = start(['check', '--ruleset', testRuleSet]);
    const answers: string[] = [];
    let pending = '';
    let waiting: ((line: string) => void) | undefined;
    child.stdout?.on('data', (chunk: string) => {
      pending += chunk;
      let end = pending.indexOf('\n');
      while (end >= 0) {
        answers.push(pending.slice(0, end));
        pending = pending.slice(end + 1);
        waiting?.(answers.at(-1) as string);
        end = pending.indexOf('\n');
      }
    });
    const answer = () => new Promise<string>((resolve) => (waiting = resolve));
    for (const [id, name, verdict] of [
      ['a', '新华社', 'block'],
      ['b', '小明', 'pass'],
      ['c', '新 华 社', 'block'],
    ] as const) {
      const next = answer();
      child.stdin?.write(`${JSON.stringify({ id, name })}\n`); // no end of input: the process must answer now
      const line = JSON.parse(await next) as { id: string; verdict: string };
      expect([line.id, line.verdict]).to.deep.equal([id, verdict]);
    }
    child.stdin?.end();
    const run = await done;
    expect(run.status).to.equal(0);
    expect(answers).to.have.length(3);
  });
});
