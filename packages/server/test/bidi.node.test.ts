/**
 * Display tricks on the server (Art. 8.6, 10.3): the closed-account registry on a real SQLite file
 * finds a closed name displayed by bidi controls (`\u202E浪麦吹风` shows as 风吹麦浪), and the
 * `mingzheng` command — `check` and `audit`, run as `pnpm mingzheng` runs them — reports a name
 * reversed on screen exactly as the engine does.
 */

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine, type Finding } from '@mingzheng/precheck';
import { expect } from 'chai';
import { type ClosedAccountRegistry, checkAccount, createSqliteRegistry } from '../src/registry/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const testRuleSet = createRequire(import.meta.url).resolve('@mingzheng/tooling/test-ruleset.json');

/** `[name, match, severity, via]` of each match, strongest first. */
const found = (registry: ClosedAccountRegistry, name: string) =>
  registry.lookup(name).map((m) => [m.account.name, m.match, m.severity, m.via.join(',')]);

describe('closed-account registry: names displayed in another order', function () {
  this.timeout(30_000);
  let dir: string;
  let file: string;
  let registry: ClosedAccountRegistry;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-bidi-'));
    file = join(dir, 'closed-accounts.db');
    registry = await createSqliteRegistry(file);
    registry.add('风吹麦浪', { reason: '用户协议 第 5.2 条', closedAt: '2026-03-01T08:00:00Z' });
    // Displayed as 黄河长江: filed as people saw it.
    registry.add('\u202e江长河黄\u202c', { reason: '违法信息', closedAt: '2026-03-02T08:00:00Z' });
  });

  after(async () => {
    registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('blocks a closed name written backwards under a right-to-left override', () => {
    expect(found(registry, '\u202e浪麦吹风')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'bidi']]);
    expect(found(registry, '\u202e浪麦吹风\u202c')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'bidi']]);
  });

  it('blocks it displayed through an isolate and a right-to-left mark', () => {
    // RLI 麦浪 RLM 风吹 PDI is displayed 风吹 麦浪.
    expect(found(registry, '\u2067麦浪\u200f风吹\u2069')).to.deep.equal([
      ['风吹麦浪', 'normalized', 'block', 'bidi,invisible'],
    ]);
  });

  it('blocks the name a reversed closed account was displayed as, and the very same text', () => {
    expect(found(registry, '黄河长江')).to.deep.equal([['\u202e江长河黄\u202c', 'normalized', 'block', '']]);
    expect(found(registry, '\u202e江长河黄\u202c')).to.deep.equal([['\u202e江长河黄\u202c', 'exact', 'block', '']]);
  });

  it('lets the controls alone pass where they change nothing on screen', () => {
    expect(found(registry, '\u2066风吹麦浪\u2069')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'invisible']]);
    expect(found(registry, '\u202e麦浪\u202c')).to.deep.equal([]);
  });

  it('keeps finding them after the file is closed and opened again', async () => {
    registry.close();
    registry = await createSqliteRegistry(file);
    expect(found(registry, '\u202e浪麦吹风')).to.deep.equal([['风吹麦浪', 'normalized', 'block', 'bidi']]);
    expect(found(registry, '黄河长江')).to.deep.equal([['\u202e江长河黄\u202c', 'normalized', 'block', '']]);
  });

  it('gives the authoritative check a 10.3 finding on the whole name, with via bidi', async () => {
    const engine = await createEngine(JSON.parse(await readFile(testRuleSet, 'utf8')));
    const name = '\u202e浪麦吹风';
    const { verdict } = await checkAccount(engine, { name }, registry);
    expect(verdict.verdict).to.equal('block');
    const closed = verdict.findings.find((f) => f.rule === 'closed-account');
    expect(closed).to.include({ article: '10.3', severity: 'block', start: 0, end: name.length, match: name });
    expect(closed?.via).to.deep.equal(['bidi']);
  });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `pnpm mingzheng ...args` from the repository root, with `input` on standard input. */
function mingzheng(args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'packages/server/bin/mingzheng.js', ...args],
      { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

describe('mingzheng check and audit: names displayed in another order', function () {
  this.timeout(60_000);
  const accounts = [
    { id: 'reversed', name: '\u202e社华新\u202c' },
    { id: 'isolated', bio: '我在\u2067华社\u200f新\u2069工作' },
    { id: 'hebrew', name: 'משה כהן' },
    { id: 'plain', name: '风吹麦浪' },
  ];
  const input = accounts.map((account) => `${JSON.stringify(account)}\n`).join('');
  let engine: Engine;
  let dir: string;

  before(async () => {
    engine = await createEngine(JSON.parse(await readFile(testRuleSet, 'utf8')));
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-bidi-cli-'));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** What a user must see for the reversed name: 8.4 and 8.6 on 社华新, found through its display. */
  function expectReversedName(findings: readonly Finding[]) {
    expect(findings.map((f) => [f.rule, f.article, f.start, f.end, f.match, f.via.join(',')])).to.deep.equal([
      ['news-media', '8.4', 1, 4, '社华新', 'bidi'],
      ['evasion', '8.6', 1, 4, '社华新', 'bidi'],
    ]);
    expect(findings[1]?.message.key).to.equal('evasion.bidi');
  }

  it('check: the verdicts the engine gives, a reversed name blocked on its own characters', async () => {
    const run = await mingzheng(['check', '--ruleset', testRuleSet], input);
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).to.deep.equal(
      accounts.map(({ id, ...info }) => {
        const { verdict, findings, rulesetVersion } = engine.check(info);
        return JSON.stringify({ id, verdict, findings, rulesetVersion });
      }),
    );
    const parsed = lines.map((line) => JSON.parse(line) as { id: string; verdict: string; findings: Finding[] });
    expect(parsed.map((line) => [line.id, line.verdict])).to.deep.equal([
      ['reversed', 'block'],
      ['isolated', 'block'],
      ['hebrew', 'pass'],
      ['plain', 'pass'],
    ]);
    expectReversedName(parsed[0]?.findings ?? []);
  });

  it('audit: the same findings for the accounts that have some', async () => {
    const file = join(dir, 'accounts.jsonl');
    await writeFile(file, input);
    const output = join(dir, 'findings.jsonl');
    const run = await mingzheng(['audit', file, '--ruleset', testRuleSet, '-o', output]);
    expect(run.status, run.stderr).to.equal(0);
    const lines = (await readFile(output, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; verdict: string; findings: Finding[] });
    expect(lines.map((line) => [line.id, line.verdict])).to.deep.equal([
      ['reversed', 'block'],
      ['isolated', 'block'],
    ]);
    expectReversedName(lines[0]?.findings ?? []);
    expect(lines[1]?.findings.find((f) => f.rule === 'news-media')).to.include({ field: 'bio', match: '华社\u200f新' });
  });
});
