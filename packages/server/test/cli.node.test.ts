/**
 * End-to-end tests of the `mingzheng` command: each test runs the real bin exactly as the root's
 * `pnpm mingzheng` script does, from the repository root, and looks only at what a user sees —
 * standard output, standard error, files and the exit status.
 *
 * The engine's test rule set is passed with --ruleset so that these tests do not depend on the
 * contents of the default rule set; one test checks that the default is used without it.
 */

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AccountInfo, createEngine, type Engine } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { expect } from 'chai';
import { MAX_RECORD_BYTES } from '../src/cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const testRuleSet = createRequire(import.meta.url).resolve('@mingzheng/tooling/test-ruleset.json');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `pnpm mingzheng ...args` from the repository root, with `input` on standard input. With
 * `peakRssFile`, the process writes its peak resident set size there as it exits.
 */
function mingzheng(args: readonly string[], input: string | Uint8Array = '', peakRssFile?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const preload = peakRssFile === undefined ? [] : ['--import', './packages/server/test/fixtures/peak-rss.mjs'];
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', ...preload, 'packages/server/bin/mingzheng.js', ...args],
      {
        cwd: root,
        stdio: ['pipe', 'pipe', 'pipe'],
        ...(peakRssFile !== undefined && { env: { ...process.env, MINGZHENG_PEAK_RSS_FILE: peakRssFile } }),
      },
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
    child.stdin.on('error', () => {}); // the program may exit before reading (e.g. --help)
    child.stdin.end(input);
  });
}

const jsonl = (lines: readonly unknown[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join('');

/** The output lines, each parsed. */
function parsedLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith('\n'), 'output ends with a newline').to.equal(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** What the engine computes in-process, as the CLI's line: `{ id, verdict, findings, rulesetVersion }`. */
function expectedLine(engine: Engine, id: string | number, info: AccountInfo): string {
  const { verdict, findings, rulesetVersion } = engine.check(info);
  return JSON.stringify({ id, verdict, findings, rulesetVersion });
}

describe('mingzheng check (the bin, run as `pnpm mingzheng` runs it)', function () {
  // Each test starts Node with tsx and loads the dictionaries.
  this.timeout(60_000);

  let engine: Engine;
  let dir: string;

  before(async () => {
    engine = await createEngine(JSON.parse(await readFile(testRuleSet, 'utf8')));
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-cli-'));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one verdict per account, in input order, with its id', async () => {
    const run = await mingzheng(
      ['check', '--ruleset', testRuleSet],
      jsonl([
        { id: 'a', name: '新华社' },
        { id: 2, name: '王医生' },
        { name: '风吹麦浪' },
        { id: 'd', name: '新华社' },
      ]),
    );
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    const lines = parsedLines(run.stdout);
    expect(lines.map((line) => [line.id, line.verdict])).to.deep.equal([
      ['a', 'block'],
      [2, 'review'],
      [3, 'pass'], // no id: its line number
      ['d', 'block'],
    ]);
    for (const line of lines) {
      expect(Object.keys(line)).to.deep.equal(['id', 'verdict', 'findings', 'rulesetVersion']);
      expect(line.rulesetVersion).to.equal('test-1');
    }
    const articles = lines.map((line) => (line.findings as { article: string }[]).map((f) => f.article));
    expect(articles).to.deep.equal([['8.4'], ['11'], [], ['8.4']]);
  });

  it('adds the findings in words with --locale: the sentences the name field shows, in every language', async () => {
    // The name field's feedback for 「新 华 社」 (findings.browser.test.ts, test/http.node.test.ts).
    const news: Record<string, string> = {
      'zh-CN':
        '「新 华 社」是新闻媒体的名称「新华社」的拆分写法，不能用来冒充新闻媒体（《互联网用户账号信息管理规定》第八条第（四）、（六）项）。请换一个名称；如果你是新闻单位，请先完成认证。',
      'zh-TW':
        '「新 华 社」是新聞媒體的名稱「新華社」的拆分寫法，不能用來冒充新聞媒體（《互聯網用戶賬號信息管理規定》第八條第（四）、（六）項）。請換一個名稱；如果你是新聞單位，請先完成認證。',
      en: '“新 华 社” is the name of a news outlet, “新华社”, split up with separators, and may not be used to pose as one (Art. 8(4), 8(6)). Choose another name, or verify as a news organisation first.',
    };
    const input = jsonl([
      { id: 'a', name: '新 华 社' },
      { id: 'b', name: '风吹麦浪' },
    ]);
    for (const [option, locale] of [
      ['zh-CN', 'zh-CN'],
      ['zh-TW', 'zh-TW'],
      ['zh-HK', 'zh-TW'],
      ['en', 'en'],
    ] as const) {
      const run = await mingzheng(['check', '--ruleset', testRuleSet, '--locale', option], input);
      expect(run.stderr, option).to.equal('');
      expect(run.status, option).to.equal(0);
      const [news_, plain] = parsedLines(run.stdout);
      expect(Object.keys(news_ ?? {}), option).to.deep.equal([
        'id',
        'verdict',
        'findings',
        'rulesetVersion',
        'messages',
      ]);
      expect(news_?.messages, option).to.deep.equal([{ field: 'name', findings: [0, 1], text: news[locale] }]);
      expect(plain?.messages, option).to.deep.equal([]);
    }
    const wrong = await mingzheng(['check', '--ruleset', testRuleSet, '--locale', 'fr'], input);
    expect(wrong.status).to.equal(2);
    expect(wrong.stderr).to.include('--locale "fr": the messages come in zh-CN, zh-TW and en');
  });

  it('gives exactly what the engine computes in-process for the same accounts and rule set', async () => {
    const accounts: (AccountInfo & { id: string | number })[] = [
      { id: 1, name: '新 华 社' },
      { id: 2, name: '新華社官方' },
      { id: 3, name: 'ＣＣＴＶ中文' },
      { id: 4, name: '王医生', bio: '主任医师，欢迎咨询', signature: '' },
      { id: 5, kind: 'professional', name: '张律师', profession: { domain: 'law', credential: '执业证' } },
      { id: 6, name: '北京市公安局', bio: '加微信 abc12345 了解更多' },
      { id: 7, name: '', bio: '', signature: '' },
      {
        id: 8,
        kind: 'entity',
        name: '杭州某某科技有限公司',
        entity: { name: '杭州某某科技有限公司', uscc: '91330100MA2XXXXXX1', address: '杭州市', contact: '13800138000' },
      },
      { id: 'lone-surrogate', name: '\ud800新华\u0000社\u202e' },
      { id: 'long', bio: '风吹麦浪'.repeat(2_000) },
      { id: 'avatar', name: '风吹麦浪', avatar: 'https://example.com/a.png', cover: '' },
      { id: 'empty' },
    ];
    const run = await mingzheng(['check', '--ruleset', testRuleSet], jsonl(accounts));
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    const expected = accounts.map(({ id, ...info }) => expectedLine(engine, id, info));
    expect(run.stdout).to.equal(`${expected.join('\n')}\n`);
    expect(parsedLines(run.stdout)).to.deep.equal(expected.map((line) => JSON.parse(line)));
  });

  it('answers a malformed line and a wrong-typed line with an error line each, and goes on', async () => {
    const input = [
      JSON.stringify({ id: 'first', name: '风吹麦浪' }),
      '{"id": "broken", "name": "新华社"', // not JSON: no id can be read, so the line number stands in
      JSON.stringify({ id: 'typed', name: 5 }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'unknown-key', name: '风吹麦浪', nickname: '小风' }),
      JSON.stringify({ id: 'entity', entity: { name: '某某公司', uscc: 18 } }),
      JSON.stringify({ id: 'last', name: '新华社' }),
    ].join('\n');
    const run = await mingzheng(['check', '--ruleset', testRuleSet], `${input}\n`);
    expect(run.status, 'exit status 1: some lines were invalid').to.equal(1);
    expect(run.stderr).to.match(/5 of 7 accounts could not be checked/);
    const lines = parsedLines(run.stdout);
    expect(lines.map((line) => line.id)).to.deep.equal(['first', 2, 'typed', 4, 'unknown-key', 'entity', 'last']);

    expect(lines[1]).to.have.keys('id', 'error');
    expect(lines[1]).to.have.nested.property('error.code', 'invalid-json');
    expect(lines[1])
      .to.have.nested.property('error.message')
      .that.matches(/^line 2 is not valid JSON: /);

    expect(lines[2]).to.deep.equal({
      id: 'typed',
      error: { code: 'invalid-account', message: 'name must be a string, not a number' },
    });
    expect(lines[3]).to.deep.equal({
      id: 4,
      error: { code: 'invalid-account', message: 'the account must be a JSON object, not an array' },
    });
    expect(lines[4]).to.deep.equal({
      id: 'unknown-key',
      error: { code: 'invalid-account', message: 'the account has an unknown field "nickname"' },
    });
    expect(lines[5]).to.deep.equal({
      id: 'entity',
      error: { code: 'invalid-account', message: 'entity.uscc must be a string, not a number' },
    });

    expect(lines[0]).to.include({ id: 'first', verdict: 'pass' });
    expect(run.stdout.split('\n')[6]).to.equal(expectedLine(engine, 'last', { name: '新华社' }));
  });

  it('skips an over-long line unread with an error line naming it, and goes on, in flat memory', async () => {
    // 200 MB on one line, between good lines: far over the cap, and far over what the process may
    // hold. Written in pieces, so that this process does not hold it either.
    const input = join(dir, 'long-line.jsonl');
    const file = createWriteStream(input);
    const write = (text: string) =>
      new Promise<void>((resolve, reject) => file.write(text, (error) => (error ? reject(error) : resolve())));
    await write(`${JSON.stringify({ id: 'before', name: '新华社' })}\n{"id":"huge","bio":"`);
    const piece = '风吹麦浪 '.repeat(100_000); // 1.3 MB of UTF-8
    for (let written = 0; written < 200_000_000; written += Buffer.byteLength(piece)) await write(piece);
    await write(`"}\n${JSON.stringify({ id: 'after', name: '王医生' })}\n\n{"name":"风吹麦浪"}`);
    await new Promise<void>((resolve, reject) =>
      file.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );

    const peakFile = join(dir, 'long-line.peak');
    const run = await mingzheng(['check', input, '--ruleset', testRuleSet], '', peakFile);
    expect(run.status, run.stderr).to.equal(1);
    expect(run.stderr).to.equal('mingzheng: 1 of 4 accounts could not be checked; see their error lines\n');
    expect(run.stdout).to.equal(
      [
        expectedLine(engine, 'before', { name: '新华社' }),
        JSON.stringify({
          id: 2,
          error: { code: 'invalid-account', message: 'line 2 is longer than 262,144 bytes; skipped unread' },
        }),
        expectedLine(engine, 'after', { name: '王医生' }),
        expectedLine(engine, 5, { name: '风吹麦浪' }), // the last line has no line end
        '',
      ].join('\n'),
    );
    expect(MAX_RECORD_BYTES).to.equal(262_144);
    // Node, tsx and the compiled rule set take about 100 MB; the 200 MB line must add nothing.
    const peak = Number(await readFile(peakFile, 'utf8'));
    expect(peak / 2 ** 20, 'peak resident set size in MB')
      .to.be.above(10)
      .and.below(150);
  });

  it('refuses a line that is not valid UTF-8 with an error line, instead of checking replacement characters', async () => {
    const good = Buffer.from(`${JSON.stringify({ id: 'ok', name: '新华社' })}\n`);
    const lines = [
      good,
      Buffer.from('{"id":"latin1","name":"caf\xe9"}\n', 'latin1'), // é in Latin-1: not UTF-8
      good,
      Buffer.from([...Buffer.from('{"name":"新'), 0xe5, 0x8d, ...Buffer.from('"}\r\n')]), // a cut sequence
      Buffer.from([...Buffer.from('{"name":"'), 0xed, 0xa0, 0x80, ...Buffer.from('"}\n')]), // a UTF-16 surrogate
      good,
    ];
    const run = await mingzheng(['check', '--ruleset', testRuleSet], Buffer.concat(lines));
    expect(run.status, run.stderr).to.equal(1);
    expect(run.stderr).to.include('3 of 6 accounts could not be checked');
    const okLine = expectedLine(engine, 'ok', { name: '新华社' });
    const notUtf8 = (line: number) =>
      JSON.stringify({ id: line, error: { code: 'invalid-json', message: `line ${line} is not valid UTF-8` } });
    expect(run.stdout).to.equal(`${[okLine, notUtf8(2), okLine, notUtf8(4), notUtf8(5), okLine].join('\n')}\n`);
  });

  it('rejects oversized fields and ids of the wrong type, naming the field', async () => {
    const run = await mingzheng(
      ['check', '--ruleset', testRuleSet],
      jsonl([
        { id: 'big', name: '长'.repeat(1_001) },
        { id: null, name: '风吹麦浪' },
        { id: 'kind', kind: 'company' },
      ]),
    );
    expect(run.status).to.equal(1);
    expect(parsedLines(run.stdout)).to.deep.equal([
      { id: 'big', error: { code: 'invalid-account', message: 'name is 1,001 characters long; the limit is 1,000' } },
      { id: 2, error: { code: 'invalid-account', message: 'id must be a string or a number, not null' } },
      {
        id: 'kind',
        error: {
          code: 'invalid-account',
          message: 'kind must be one of "personal", "professional", "entity", not "company"',
        },
      },
    ]);
  });

  it('skips blank lines, which still count for line numbers', async () => {
    const input = `\n${JSON.stringify({ name: '新华社' })}\r\n   \n\n${JSON.stringify({ name: '风吹麦浪' })}\n\n`;
    const run = await mingzheng(['check', '--ruleset', testRuleSet], input);
    expect(run.status).to.equal(0);
    expect(parsedLines(run.stdout).map((line) => [line.id, line.verdict])).to.deep.equal([
      [2, 'block'],
      [5, 'pass'],
    ]);
  });

  it('checks with the rule set given by --ruleset', async () => {
    const file = join(dir, 'tiny-ruleset.json');
    await writeFile(
      file,
      JSON.stringify({
        name: 'tiny',
        version: 'tiny-1',
        lexicons: [{ category: 'pets', entries: ['小猫'] }],
        rules: [{ id: 'no-pets', article: '8.1', severity: 'block', fields: ['name'], match: { lexicon: ['pets'] } }],
      }),
    );
    const run = await mingzheng(
      ['check', '--ruleset', file],
      jsonl([
        { id: 'cat', name: '快乐小猫' },
        { id: 'news', name: '新华社' },
      ]),
    );
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    const lines = parsedLines(run.stdout);
    expect(lines.map((line) => [line.id, line.verdict, line.rulesetVersion])).to.deep.equal([
      ['cat', 'block', 'tiny-1'],
      ['news', 'pass', 'tiny-1'],
    ]);
    expect(lines[0]?.findings).to.have.length(1);
    expect(lines[0]?.findings).to.have.nested.property('[0].rule', 'no-pets');
    expect(lines[0]?.findings).to.have.nested.property('[0].match', '小猫');
  });

  it('refuses an invalid rule set: exit 2, a clear message on stderr, nothing checked', async () => {
    const invalid = join(dir, 'invalid-ruleset.json');
    await writeFile(
      invalid,
      JSON.stringify({
        name: 'broken',
        version: 'broken-1',
        lexicons: [],
        rules: [{ id: 'r', article: '8.1', severity: 'fatal', fields: ['name'], match: { lexicon: ['x'] } }],
      }),
    );
    const run = await mingzheng(['check', '--ruleset', invalid], jsonl([{ name: '新华社' }]));
    expect(run.status).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.include(`mingzheng: the rule set ${invalid} is invalid:`);
    expect(run.stderr).to.include('rules[0].severity');

    const notJson = join(dir, 'not-json.json');
    await writeFile(notJson, '{ "name": ');
    const second = await mingzheng(['check', '--ruleset', notJson], jsonl([{ name: '新华社' }]));
    expect(second.status).to.equal(2);
    expect(second.stdout).to.equal('');
    expect(second.stderr).to.match(new RegExp(`^mingzheng: the rule set ${notJson} is not valid JSON: `));
  });

  it('reads the file argument and writes to --output FILE', async () => {
    const input = join(dir, 'accounts.jsonl');
    const output = join(dir, 'verdicts.jsonl');
    const accounts = [
      { id: 'x', name: '新华社' },
      { id: 'y', name: '王医生' },
    ];
    await writeFile(input, jsonl(accounts));
    const run = await mingzheng(['check', input, '--ruleset', testRuleSet, '--output', output]);
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    expect(run.stdout, 'nothing on standard output').to.equal('');
    const expected = accounts.map(({ id, ...info }) => `${expectedLine(engine, id, info)}\n`).join('');
    expect(await readFile(output, 'utf8')).to.equal(expected);
  });

  it('uses the default rule set of @mingzheng/rules-cn without --ruleset', async () => {
    const run = await mingzheng(['check'], jsonl([{ id: 1, name: '风吹麦浪' }]));
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    const [line] = parsedLines(run.stdout);
    expect(line).to.include({ id: 1, rulesetVersion: defaultRuleSet.version });
  });

  it('prints its usage with --help and its version with --version', async () => {
    const [help, checkHelp, version] = await Promise.all([
      mingzheng(['--help']),
      mingzheng(['check', '--help']),
      mingzheng(['--version']),
    ]);
    expect(help.status).to.equal(0);
    expect(help.stdout).to.match(/^Usage: mingzheng check \[options\] \[FILE\]/);
    for (const text of ['--ruleset FILE', '--output FILE', '--version', 'Exit status']) {
      expect(help.stdout).to.include(text);
    }
    expect(checkHelp.stdout).to.equal(help.stdout);

    const pkg = JSON.parse(await readFile(join(root, 'packages/server/package.json'), 'utf8')) as { version: string };
    expect(version.status).to.equal(0);
    expect(version.stdout).to.equal(`${pkg.version}\n`);
  });

  it('rejects unknown commands and options with exit 2 and a hint', async () => {
    const commands = [[], ['verify'], ['check', '--colour']];
    const runs = await Promise.all(commands.map((args) => mingzheng(args)));
    runs.forEach((run, i) => {
      expect(run.status, commands[i]?.join(' ')).to.equal(2);
      expect(run.stdout).to.equal('');
      expect(run.stderr).to.match(/^mingzheng: .+\nRun "mingzheng --help" for usage\.\n$/);
    });
  });
});
