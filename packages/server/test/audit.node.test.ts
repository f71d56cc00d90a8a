/**
 * End-to-end tests of `mingzheng audit`: the real bin, run as the root's `pnpm mingzheng` runs it,
 * judged by what a user sees — standard error, the output and summary files, the checkpoint and
 * the exit status — against what the engine computes in this process for the same accounts.
 *
 * The engine's test rule set is passed with --ruleset, as in cli.node.test.ts.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type AccountInfo, createEngine, type Engine, type Verdict } from '@mingzheng/precheck';
import { mulberry32 } from '@mingzheng/tooling/random';
import { expect } from 'chai';
import fc from 'fast-check';
import { accountLineSchema } from '../src/account-info.js';
import { type Checkpoint, resumeRefusal } from '../src/audit/checkpoint.js';
import { FileOutput, StreamOutput } from '../src/audit/output.js';
import { Progress } from '../src/audit/progress.js';
import { parseCsvRow } from '../src/audit/records.js';
import type { AuditSummary } from '../src/audit/summary.js';
import { plainAccountLine } from '../src/audit/validate.js';
import { inProcess, type Run } from './cli-in-process.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const testRuleSet = createRequire(import.meta.url).resolve('@mingzheng/tooling/test-ruleset.json');
const LARGE = 200_000;

/** Starts `pnpm mingzheng ...args` from the repository root; `onStderr` sees standard error as it grows. */
function start(
  args: readonly string[],
  onStderr?: (stderr: string) => void,
): { child: ChildProcess; done: Promise<Run>; stderr: () => string } {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/bin/mingzheng.js', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    onStderr?.(stderr);
  });
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

const mingzheng = (args: readonly string[]) => start(args).done;

/** A seeded generator, so the large file is the same every run. */
const random = mulberry32;

const ORDINARY_NAMES = [
  '风吹麦浪',
  '小明',
  '陈静',
  '刘洋',
  '赵磊',
  '林小雨',
  '快乐小猫',
  '周末爬山',
  '夜航船',
  '一只鱼',
];
const FLAGGED_NAMES = [
  '新华社',
  '新 华 社',
  '新華社',
  '王医生',
  '国务院办公厅',
  '杭州市公安局',
  '首席专家',
  'CCTV中文',
  '天安门下',
];
const PHRASES = [
  '喜欢摄影和旅行',
  '周末常去爬山',
  '欢迎交流',
  '坐标杭州',
  '热爱生活',
  '养了两只猫',
  '谢谢关注',
  '认真生活',
];
const FLAGGED_PHRASES = ['加微信 abc12345', '电话 13800138000', '代开发票', '人民日报特约', '中国好声音'];

/** `count` accounts as JSON lines: most ordinary, about one in ten with something to find. */
function accountLines(count: number): string[] {
  const rng = random(15);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const account: Record<string, unknown> = {};
    if (rng() < 0.8) account.id = `u${i + 1}`;
    account.name = rng() < 0.05 ? pick(FLAGGED_NAMES) : pick(ORDINARY_NAMES);
    if (rng() < 0.6) {
      account.bio = `${pick(PHRASES)}，${rng() < 0.05 ? pick(FLAGGED_PHRASES) : pick(PHRASES)}`;
    }
    if (rng() < 0.01) {
      account.kind = 'entity';
      account.entity = { name: '杭州某某科技有限公司', uscc: '91330100MA2XXXXXX1' };
    }
    lines.push(JSON.stringify(account));
  }
  return lines;
}

/** What the audit must find, computed with the engine here: output lines and summary counts. */
interface Expected {
  output: string;
  counts: Pick<AuditSummary, 'records' | 'accounts' | 'blank' | 'verdicts' | 'articles'>;
}

/** Lets the event loop run (the child's output is read) during a long computation here. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

async function expectedAudit(
  engine: Engine,
  accounts: readonly { id: string | number; info: AccountInfo }[],
): Promise<Expected> {
  let output = '';
  const verdicts = { pass: 0, review: 0, block: 0 };
  const articles = new Map<string, { accounts: number; findings: number }>();
  // The generated accounts repeat (a few names and phrases): each distinct one is checked once.
  const memo = new Map<string, Verdict>();
  for (const [index, { id, info }] of accounts.entries()) {
    if (index % 5_000 === 0) await breathe();
    const key = JSON.stringify(info);
    let verdict = memo.get(key);
    if (verdict === undefined) {
      verdict = engine.check(info);
      memo.set(key, verdict);
    }
    verdicts[verdict.verdict]++;
    for (const finding of verdict.findings) {
      const count = articles.get(finding.article) ?? { accounts: 0, findings: 0 };
      count.findings++;
      articles.set(finding.article, count);
    }
    for (const article of new Set(verdict.findings.map((f) => f.article))) {
      const count = articles.get(article);
      if (count) count.accounts++;
    }
    if (verdict.verdict !== 'pass') {
      const { findings, rulesetVersion } = verdict;
      output += `${JSON.stringify({ id, verdict: verdict.verdict, findings, rulesetVersion })}\n`;
    }
  }
  const byArticle = [...articles.keys()].sort((a, b) => {
    const [a1 = 0, a2 = 0] = a.split('.').map(Number);
    const [b1 = 0, b2 = 0] = b.split('.').map(Number);
    return a1 - b1 || a2 - b2;
  });
  return {
    output,
    counts: {
      records: accounts.length,
      accounts: accounts.length,
      blank: 0,
      verdicts,
      articles: byArticle.map((article) => ({ article, ...(articles.get(article) ?? { accounts: 0, findings: 0 }) })),
    },
  };
}

/** The lines as accounts with the id the audit gives them (their own, or their line number). */
const parsedAccounts = (lines: readonly string[]) =>
  lines.map((line, index) => {
    const { id, ...info } = JSON.parse(line) as AccountInfo & { id?: string };
    return { id: id ?? index + 1, info };
  });

const readSummary = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as AuditSummary;
const withoutRun = ({ run: _run, ...summary }: AuditSummary) => summary;

describe('mingzheng audit (the bin, run as `pnpm mingzheng` runs it)', function () {
  this.timeout(60_000);

  let engine: Engine;
  let dir: string;
  let large: string;
  let lines: string[];
  let expected: Promise<Expected> | undefined;
  /** The engine's results for the large file, computed once (while the first run goes on). */
  const expectedLarge = () => {
    expected ??= expectedAudit(engine, parsedAccounts(lines));
    return expected;
  };

  before(async () => {
    engine = await createEngine(JSON.parse(await readFile(testRuleSet, 'utf8')));
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-audit-'));
    large = join(dir, 'accounts.jsonl');
    lines = accountLines(LARGE);
    await writeFile(large, `${lines.join('\n')}\n`);
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(`reviews a ${LARGE.toLocaleString('en-US')}-line file: progress, then exactly the findings and counts of the engine`, async () => {
    const output = join(dir, 'large-findings.jsonl');
    const summaryFile = join(dir, 'large-summary.json');
    const running = mingzheng(['audit', large, '--ruleset', testRuleSet, '-o', output, '-s', summaryFile]);
    const expected = await expectedLarge();
    const run = await running;
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout, 'findings go to --output').to.equal('');

    // Standard error is not a terminal here: a plain line every 10 % (or 5 s), with the speed.
    const progress = run.stderr.split('\n').filter((line) => /^mingzheng audit: +\d+ % read, /.test(line));
    expect(progress.length, run.stderr).to.be.at.least(5);
    for (const line of progress) expect(line).to.match(/ % read, [\d,]+ accounts, [\d,]+ accounts\/s$/);
    expect(progress.at(-1)).to.match(/^mingzheng audit: 100 % read, 200,000 accounts, /);
    expect(run.stderr).to.match(/mingzheng audit: 200,000 accounts checked in [\d.]+ s \([\d,]+ accounts\/s\)/);
    expect(run.stderr).to.match(new RegExp(`\\n  review +${expected.counts.verdicts.review.toLocaleString('en-US')} `));

    expect(await readFile(output, 'utf8')).to.equal(expected.output);
    const summary = await readSummary(summaryFile);
    expect(summary).to.deep.include({ ...expected.counts, complete: true, lines: LARGE, format: 'jsonl' });
    expect(summary.malformed).to.deep.equal({ count: 0, listed: [] });
    expect(summary.rulesetVersion).to.equal('test-1');
    expect(summary.run.sessions).to.equal(1);
    expect(summary.run.accountsPerSecond).to.be.above(0);
    // Every article the engine cited, with accounts and findings.
    expect(summary.articles.map((a) => a.article)).to.include.members(['8.4', '8.6', '11']);
    expect(existsSync(`${output}.checkpoint`), 'no checkpoint is left after a complete run').to.equal(false);
  });

  it('stops on SIGINT with a checkpoint (exit 130), and --resume ends as an uninterrupted run would', async () => {
    const count = LARGE / 2;
    const input = join(dir, 'half.jsonl');
    await writeFile(input, `${lines.slice(0, count).join('\n')}\n`);
    const output = join(dir, 'resumed-findings.jsonl');
    const summaryFile = join(dir, 'resumed-summary.json');
    const args = [
      'audit',
      input,
      '--ruleset',
      testRuleSet,
      '-o',
      output,
      '-s',
      summaryFile,
      '--checkpoint-every',
      '7000',
    ];
    // Interrupted once the run is under way: at its first progress line.
    let signalled = false;
    const first = start(args, (stderr) => {
      if (!signalled && / % read, /.test(stderr)) {
        signalled = true;
        first.child.kill('SIGINT');
      }
    });
    const expected = await expectedAudit(engine, parsedAccounts(lines.slice(0, count)));
    const interrupted = await first.done;
    expect(interrupted.status, interrupted.stderr).to.equal(130);
    expect(interrupted.stderr).to.match(
      /interrupted \(SIGINT\) after [\d,]+ accounts, line [\d,]+; the checkpoint is in /,
    );
    expect(interrupted.stderr).to.include('--resume');
    expect(interrupted.stderr, 'no summary yet').to.not.include('accounts checked in');
    expect(existsSync(`${output}.checkpoint`)).to.equal(true);
    expect(existsSync(summaryFile)).to.equal(false);
    const checkpoint = JSON.parse(await readFile(`${output}.checkpoint`, 'utf8')) as { lines: number };
    expect(checkpoint.lines).to.be.within(1, count - 1);

    // Without --resume, the checkpoint is not overwritten.
    const refused = await inProcess(args);
    expect(refused.status).to.equal(2);
    expect(refused.stderr).to.include('add --resume to continue it, or delete it to start over');

    const resumed = await mingzheng([...args, '--resume']);
    expect(resumed.status, resumed.stderr).to.equal(0);
    // Progress goes on from the checkpoint, not from zero.
    const firstProgress = resumed.stderr.split('\n').find((line) => / % read, /.test(line)) ?? '';
    expect(Number(/(\d+) % read/.exec(firstProgress)?.[1])).to.be.at.least(10);
    expect(await readFile(output, 'utf8')).to.equal(expected.output);
    const summary = await readSummary(summaryFile);
    expect(summary.run.sessions).to.equal(2);
    expect(withoutRun(summary)).to.deep.equal({
      input,
      format: 'jsonl',
      rulesetVersion: 'test-1',
      complete: true,
      lines: count,
      ...expected.counts,
      malformed: { count: 0, listed: [] },
    });
    expect(existsSync(`${output}.checkpoint`)).to.equal(false);
  });

  it('reports a malformed line with its line number, skips it and goes on (exit 1)', async () => {
    const input = join(dir, 'malformed.jsonl');
    const lines = [
      JSON.stringify({ id: 'first', name: '新华社' }),
      '{"id": "broken", "name": "新华社"',
      JSON.stringify({ id: 'typed', name: 5 }),
      '',
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'unknown-key', name: '风吹麦浪', nickname: '小风' }),
      JSON.stringify({ id: 'big', name: '长'.repeat(1_001) }),
      JSON.stringify({ id: 'huge', bio: 'x'.repeat(1_100_000) }),
      JSON.stringify({ name: '王医生' }),
      JSON.stringify({ id: 'fine', name: '风吹麦浪' }),
    ];
    await writeFile(input, `${lines.join('\r\n')}\r\n`);
    const summaryFile = join(dir, 'malformed-summary.json');
    const run = await mingzheng(['audit', input, '--ruleset', testRuleSet, '--summary', summaryFile]);
    expect(run.status, run.stderr).to.equal(1);
    const expectedOutput = await expectedAudit(engine, [
      { id: 'first', info: { name: '新华社' } },
      { id: 9, info: { name: '王医生' } },
      { id: 'fine', info: { name: '风吹麦浪' } },
    ]);
    expect(run.stdout).to.equal(expectedOutput.output);
    const summary = await readSummary(summaryFile);
    expect(summary.malformed.count).to.equal(6);
    expect(summary.malformed.listed.map(({ line, id, code }) => ({ line, id, code }))).to.deep.equal([
      { line: 2, id: undefined, code: 'invalid-json' },
      { line: 3, id: 'typed', code: 'invalid-account' },
      { line: 5, id: undefined, code: 'invalid-account' },
      { line: 6, id: 'unknown-key', code: 'invalid-account' },
      { line: 7, id: 'big', code: 'invalid-account' },
      { line: 8, id: undefined, code: 'invalid-account' },
    ]);
    expect(summary.malformed.listed[1]?.message).to.equal('name must be a string, not a number');
    expect(summary.malformed.listed[3]?.message).to.equal('the account has an unknown field "nickname"');
    expect(summary.malformed.listed[4]?.message).to.equal('name is 1,001 characters long; the limit is 1,000');
    expect(summary.malformed.listed[5]?.message).to.equal('the line is longer than 262,144 bytes; skipped unread');
    expect(summary).to.deep.include({ lines: 10, records: 9, accounts: 3, blank: 1 });
    expect(run.stderr).to.include('mingzheng audit: line 2 skipped: not valid JSON: ');
    expect(run.stderr).to.include(
      'mingzheng audit: line 3 (id "typed") skipped: name must be a string, not a number\n',
    );
    expect(run.stderr).to.include('malformed records skipped: 6');
  });

  it('reports a record that is not valid UTF-8 as malformed and skips it, in JSON Lines and CSV', async () => {
    const utf8 = (text: string) => Buffer.from(text);
    const jsonlInput = join(dir, 'latin1.jsonl');
    await writeFile(
      jsonlInput,
      Buffer.concat([
        utf8(`${JSON.stringify({ id: 'a', name: '新华社' })}\n`),
        Buffer.from('{"id":"b","name":"caf\xe9"}\r\n', 'latin1'),
        utf8(`${JSON.stringify({ id: 'c', name: '王医生' })}\n`),
        Buffer.from([...utf8('{"id":"d","name":"'), 0xed, 0xa0, 0x80, ...utf8('"}')]), // no line end
      ]),
    );
    const csvInput = join(dir, 'latin1.csv');
    await writeFile(
      csvInput,
      Buffer.concat([
        utf8('id,name,bio\n'),
        utf8('e,新华社,"two\nlines"\n'),
        Buffer.concat([utf8('f,"caf'), Buffer.from([0xe9]), utf8('\nand more",\n')]),
        utf8('g,王医生,\n'),
      ]),
    );
    const audit = (input: string) =>
      mingzheng(['audit', input, '--ruleset', testRuleSet, '--all', '--summary', `${input}.summary.json`]);
    const [jsonl, csv] = await Promise.all([audit(jsonlInput), audit(csvInput)]);
    const written = (accounts: { id: string; info: AccountInfo }[]) =>
      accounts
        .map(({ id, info }) => {
          const { verdict, findings, rulesetVersion } = engine.check(info);
          return `${JSON.stringify({ id, verdict, findings, rulesetVersion })}\n`;
        })
        .join('');
    expect(jsonl.status, jsonl.stderr).to.equal(1);
    expect(jsonl.stdout).to.equal(
      written([
        { id: 'a', info: { name: '新华社' } },
        { id: 'c', info: { name: '王医生' } },
      ]),
    );
    expect(jsonl.stderr).to.include('mingzheng audit: line 2 skipped: the line is not valid UTF-8\n');
    expect((await readSummary(`${jsonlInput}.summary.json`)).malformed).to.deep.equal({
      count: 2,
      listed: [
        { line: 2, code: 'invalid-json', message: 'the line is not valid UTF-8' },
        { line: 4, code: 'invalid-json', message: 'the line is not valid UTF-8' },
      ],
    });
    expect(csv.status, csv.stderr).to.equal(1);
    expect(csv.stdout).to.equal(
      written([
        { id: 'e', info: { name: '新华社', bio: 'two\nlines' } },
        { id: 'g', info: { name: '王医生' } },
      ]),
    );
    expect((await readSummary(`${csvInput}.summary.json`)).malformed).to.deep.equal({
      count: 1,
      listed: [{ line: 4, code: 'invalid-csv', message: 'the row is not valid UTF-8' }],
    });
  });

  it('reads CSV: a header, quoted fields with commas, quotes and line ends; an id is the line a row starts on', async () => {
    const input = join(dir, 'accounts.csv');
    const csv = [
      '\ufeffid,name,bio,kind,entity.name,entity.uscc',
      'c1,新华社,"喜欢旅行, 也喜欢""摄影""",,,',
      ',风吹麦浪,"第一行',
      '第二行：人民日报',
      '第三行",,,',
      'c3,小明,,,,',
      'c4,"杭州某某科技",,entity,杭州某某科技有限公司,91330100MA2XXXXXX1',
      'c5,too,few',
      'c6,"王医生"x,,,,',
      ',加微信 abc12345,"平常的一句话,',
      '""引号""在这里",,,',
      'c8,"没有结束的引号,,,,',
    ].join('\r\n');
    await writeFile(input, csv);
    const summaryFile = join(dir, 'csv-summary.json');
    const run = await mingzheng(['audit', input, '--ruleset', testRuleSet, '--all', '--summary', summaryFile]);
    expect(run.status, run.stderr).to.equal(1);
    const accounts: { id: string | number; info: AccountInfo }[] = [
      { id: 'c1', info: { name: '新华社', bio: '喜欢旅行, 也喜欢"摄影"' } },
      { id: 3, info: { name: '风吹麦浪', bio: '第一行\r\n第二行：人民日报\r\n第三行' } },
      { id: 'c3', info: { name: '小明' } },
      {
        id: 'c4',
        info: {
          name: '杭州某某科技',
          kind: 'entity',
          entity: { name: '杭州某某科技有限公司', uscc: '91330100MA2XXXXXX1' },
        },
      },
      { id: 10, info: { name: '加微信 abc12345', bio: '平常的一句话,\r\n"引号"在这里' } },
    ];
    // --all: every account, in file order, as `mingzheng check` writes it.
    const lines = accounts.map(({ id, info }) => {
      const { verdict, findings, rulesetVersion } = engine.check(info);
      return `${JSON.stringify({ id, verdict, findings, rulesetVersion })}\n`;
    });
    expect(run.stdout).to.equal(lines.join(''));
    const summary = await readSummary(summaryFile);
    expect(summary).to.deep.include({ format: 'csv', lines: 12, records: 8, accounts: 5 });
    expect(summary.malformed.listed).to.deep.equal([
      { line: 8, code: 'invalid-csv', message: 'the row has 3 fields; the header has 6' },
      { line: 9, code: 'invalid-csv', message: 'the row has a character after the closing quote of a field' },
      { line: 12, code: 'invalid-csv', message: 'the row has a quoted field that is never closed' },
    ]);
  });

  it('gives what `mingzheng check` gives with --all, and refuses what it cannot do with exit 2', async () => {
    const input = join(dir, 'small.jsonl');
    await writeFile(input, `${accountLines(300).join('\n')}\n`);
    const header = join(dir, 'bad-header.csv');
    await writeFile(header, 'id,name,nickname\n1,小明,小小明\n');
    const [all, check, missing] = await Promise.all([
      mingzheng(['audit', input, '--all', '--ruleset', testRuleSet]),
      mingzheng(['check', input, '--ruleset', testRuleSet]),
      mingzheng(['audit', join(dir, 'nothing.jsonl'), '--ruleset', testRuleSet]),
    ]);
    expect(all.status, all.stderr).to.equal(0);
    expect(all.stdout).to.equal(check.stdout);
    // The findings in words (--locale), on one thread and on worker threads alike.
    const [worded, wordedCheck, wordedWorkers] = await Promise.all([
      mingzheng(['audit', input, '--all', '--locale', 'zh-TW', '--ruleset', testRuleSet]),
      mingzheng(['check', input, '--locale', 'zh-TW', '--ruleset', testRuleSet]),
      inProcess(['audit', input, '--all', '--locale', 'zh-TW', '--workers', '2', '--ruleset', testRuleSet]),
    ]);
    expect(worded.status, worded.stderr).to.equal(0);
    expect(worded.stdout).to.equal(wordedCheck.stdout);
    expect(wordedWorkers.stdout).to.equal(wordedCheck.stdout);
    expect(worded.stdout).to.include('"messages":[{"field":"name"').and.to.include('請換一個名稱');
    expect(missing.status).to.equal(2);
    expect(missing.stdout).to.equal('');
    expect(missing.stderr).to.match(/^mingzheng audit: cannot read .*nothing\.jsonl: no such file\n$/);

    const help = await inProcess(['audit', '--help']);
    expect(help.status).to.equal(0);
    expect(help.stdout).to.match(/^Usage: mingzheng audit \[options\] FILE/);
    for (const text of ['--output FILE', '--summary FILE', '--format', '--resume', 'Exit status', '130']) {
      expect(help.stdout).to.include(text);
    }
    const refusals: [string[], string][] = [
      [['audit', join(dir, 'accounts.txt')], 'add --format jsonl or --format csv'],
      [['audit', input, '--output', join(dir, 'never.jsonl'), '--resume', '-r', testRuleSet], 'nothing to resume'],
      [['audit', header, '--ruleset', testRuleSet], 'unknown column "nickname"'],
      [['audit', input, '--resume'], '--resume needs --output'],
      [['audit', input, '--format', 'xml'], '--format must be jsonl or csv'],
      [['audit', input, '-o', input], 'must be three files'],
      [['audit', input, '--locale', 'fr'], 'the messages come in zh-CN, zh-TW and en'],
    ];
    for (const [args, message] of refusals) {
      const run = await inProcess(args);
      expect(run.status, args.join(' ')).to.equal(2);
      expect(run.stderr, args.join(' ')).to.include(message);
    }
  });
});

describe('audit internals', () => {
  it('takes the fast path only for lines the zod schema accepts unchanged', () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constant('x'.repeat(1_001)), fc.constant('y'.repeat(101)));
    const value = fc.oneof(text, fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.array(text));
    const section = fc.dictionary(
      fc.constantFrom('domain', 'credential', 'name', 'uscc', 'address', 'contentCategory', 'contact', 'other'),
      value,
    );
    const line = fc.dictionary(
      fc.constantFrom('id', 'kind', 'name', 'bio', 'signature', 'avatar', 'cover', 'profession', 'entity', 'nick'),
      fc.oneof(value, section, fc.constantFrom('personal', 'professional', 'entity', 'company')),
    );
    fc.assert(
      fc.property(fc.oneof(line, value), (candidate) => {
        const parsed = JSON.parse(JSON.stringify(candidate)) as unknown;
        const plain = plainAccountLine(parsed);
        if (plain === undefined) return;
        const result = accountLineSchema.safeParse(parsed);
        expect(result.success, JSON.stringify(parsed)).to.equal(true);
        expect(result.data).to.deep.equal(plain);
      }),
      { numRuns: 1_500 },
    );
    expect(plainAccountLine({ id: 'a', name: '风吹麦浪', profession: { domain: 'law' } })).to.not.equal(undefined);
    expect(plainAccountLine({ entity: { name: '某某' } }), 'entity.uscc is required').to.equal(undefined);
  });

  it('resumes a checkpoint only with the --locale it was written with', () => {
    const input = { path: '/data/accounts.jsonl', size: 10, mtimeMs: 1 };
    const now = {
      name: 'accounts.jsonl',
      input,
      format: 'jsonl' as const,
      rulesetVersion: 'v1',
      all: false,
      shard: undefined,
    };
    const written = (locale?: string) =>
      ({ ...now, version: 1, ...(locale && { locale }), offset: 0, lines: 0, outputBytes: 0 }) as unknown as Checkpoint;
    expect(resumeRefusal(written('zh-TW'), { ...now, locale: 'zh-TW' })).to.equal(undefined);
    expect(resumeRefusal(written(), { ...now, locale: undefined })).to.equal(undefined);
    expect(resumeRefusal(written('zh-TW'), { ...now, locale: 'en' })).to.equal('it was written with --locale zh-TW');
    expect(resumeRefusal(written(), { ...now, locale: 'en' })).to.equal('it was written without --locale');
  });

  it('writes every line pushed, byte for byte, whatever their lengths, to a file and to a stream', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mingzheng-output-'));
    try {
      const rng = random(7);
      // Short lines, lines of CJK text, and lines longer than the output's buffer.
      const lines = Array.from({ length: 3_000 }, (_, i) => {
        const length = rng() < 0.01 ? 50_000 + Math.floor(rng() * 30_000) : Math.floor(rng() * 400);
        return `${JSON.stringify({ id: i, text: (i % 2 ? '风' : 'w').repeat(length) })}\n`;
      });
      const file = join(dir, 'out.jsonl');
      const toFile = new FileOutput(await open(file, 'w'), 0);
      let streamed = '';
      const toStream = new StreamOutput(
        new Writable({
          highWaterMark: 1024,
          write(chunk: Buffer, _encoding, callback) {
            streamed += chunk.toString('utf8');
            setImmediate(callback);
          },
        }),
      );
      for (const line of lines) {
        for (const output of [toFile, toStream]) {
          output.push(line);
          if (output.full) await output.flush();
        }
      }
      await toFile.flush();
      await toStream.flush();
      await toFile.close();
      const expected = lines.join('');
      expect(await readFile(file, 'utf8')).to.equal(expected);
      expect(streamed).to.equal(expected);
      expect(toFile.bytes).to.equal(Buffer.byteLength(expected));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('cuts CSV rows into fields, quotes undone', () => {
    expect(parseCsvRow('a,b,,c')).to.deep.equal(['a', 'b', '', 'c']);
    expect(parseCsvRow('"a,b","say ""hi""",c')).to.deep.equal(['a,b', 'say "hi"', 'c']);
    expect(parseCsvRow('"line\nend",')).to.deep.equal(['line\nend', '']);
  });

  it('draws a bar on a terminal, redrawn in place', () => {
    let written = '';
    const stream = Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.toString();
          callback();
        },
      }),
      { isTTY: true, columns: 100 },
    );
    let now = 0;
    const progress = new Progress(stream, 0, 1_000, () => now);
    now = 2_000;
    progress.update({ bytes: 500, total: 1_000, accounts: 50_000, sessionAccounts: 50_000, seconds: 1 });
    expect(written.startsWith('\rmingzheng audit [#')).to.equal(true);
    expect(written.endsWith('-]  50 %  50,000 accounts  50,000/s  ETA 0:01\x1b[K')).to.equal(true);
    progress.note('mingzheng audit: line 7 skipped: not valid JSON');
    expect(written).to.include('\r\x1b[Kmingzheng audit: line 7 skipped: not valid JSON\n');
  });
});
