/**
 * The HTTP API end to end: the handler behind `toNodeListener` on a real node:http server on
 * loopback, spoken to with fetch. Verdicts are compared byte for byte with what the engine computes
 * in-process, since the browser computes exactly that; the answer's findings in words (`locale`,
 * `messages`) follow the Verdict's fields and are the sentences the components show.
 *
 * The engine's small test rule set keeps these tests independent of the default rule set's contents;
 * one test checks that the default is what a handler without options serves.
 */

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AccountInfo, createEngine, type Engine, type RuleSet, RuleSetError } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { expect } from 'chai';
import {
  type AttributionResolver,
  type ClosedAccountRegistry,
  composeRuleSet,
  createPrecheckHandler,
  createSqliteRegistry,
  DEFAULT_BODY_TIMEOUT,
  DEFAULT_MAX_BODY_BYTES,
  type PrecheckHandlerOptions,
  toNodeListener,
} from '../src/index.js';
import { expectError, jsonOf, type Listening, listen, type RawResponse, rawRequest } from './serve.js';

const testRuleSetFile = createRequire(import.meta.url).resolve('@mingzheng/tooling/test-ruleset.json');

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const postJson = (url: string, value: unknown, headers: Record<string, string> = {}) =>
  post(url, JSON.stringify(value), headers);

/** An answer's Verdict, as the engine serializes it: the answer without its findings in words. */
function verdictOf(body: string): string {
  const words = body.lastIndexOf(',"locale":');
  expect(words, body).to.be.greaterThan(0);
  expect(JSON.parse(body)).to.have.keys(['verdict', 'findings', 'requires', 'rulesetVersion', 'locale', 'messages']);
  return `${body.slice(0, words)}}`;
}

describe('HTTP API (createPrecheckHandler on node:http)', function () {
  this.timeout(20_000);

  let testRuleSet: RuleSet;
  let engine: Engine;
  let dir: string;
  let registry: ClosedAccountRegistry;
  let server: Listening;
  const servers: Listening[] = [];

  /** A server with the shared engine and these options; closed after all tests. */
  async function serve(options: PrecheckHandlerOptions = {}): Promise<string> {
    const listening = await listen(toNodeListener(createPrecheckHandler({ engine, ...options })));
    servers.push(listening);
    return listening.url;
  }

  before(async () => {
    testRuleSet = JSON.parse(await readFile(testRuleSetFile, 'utf8')) as RuleSet;
    engine = await createEngine(testRuleSet);
    dir = await mkdtemp(join(tmpdir(), 'mingzheng-http-'));
    registry = await createSqliteRegistry(join(dir, 'closed.db'), { engine });
    registry.add('风吹麦浪', { reason: '用户协议 第 5.2 条' });
    server = await listen(toNodeListener(createPrecheckHandler({ engine, registry })));
    servers.push(server);
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.close()));
    registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('POST /precheck', () => {
    it('answers an account with exactly the verdict the engine computes', async () => {
      const accounts: AccountInfo[] = [
        { name: '新 华 社' },
        { name: '新華社官方' },
        { name: '王医生', bio: '主任医师，欢迎咨询', signature: '' },
        { kind: 'professional', name: '张律师', profession: { domain: 'law', credential: '执业证' } },
        { name: '北京市公安局', bio: '加微信 abc12345 了解更多' },
        { kind: 'entity', name: '某某科技', entity: { name: '某某科技有限公司', uscc: '91110000600037341L' } },
        { name: '月光宝盒', avatar: 'https://example.com/a.png' },
        {},
      ];
      for (const account of accounts) {
        const response = await postJson(`${server.url}/precheck`, account);
        expect(response.status).to.equal(200);
        expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
        expect(response.headers.get('cache-control')).to.equal('no-store');
        expect(verdictOf(await response.text()), JSON.stringify(account)).to.equal(
          JSON.stringify(engine.check(account)),
        );
      }
    });

    it('accepts application/json with charset=utf-8 in any case, and a byte-order mark', async () => {
      const response = await post(`${server.url}/precheck`, '\ufeff{"name":"新华社"}', {
        'content-type': 'Application/JSON; Charset="UTF-8"',
      });
      expect(response.status).to.equal(200);
      expect((await jsonOf(response)).verdict).to.equal('block');
    });

    it('refuses malformed JSON, an empty body and invalid UTF-8 with 400 invalid-json', async () => {
      await expectError(await post(`${server.url}/precheck`, '{"name": "新华社"'), 400, 'invalid-json');
      const empty = await expectError(await post(`${server.url}/precheck`, ''), 400, 'invalid-json');
      expect(empty.message).to.match(/empty/);
      const bytes = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
      const response = await fetch(`${server.url}/precheck`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bytes,
      });
      expect((await expectError(response, 400, 'invalid-json')).message).to.match(/UTF-8/);
    });

    it('refuses wrong types with 400 invalid-account, naming each field', async () => {
      const error = await expectError(
        await postJson(`${server.url}/precheck`, { name: 1, kind: 'robot', entity: { name: '某某' } }),
        400,
        'invalid-account',
      );
      expect(error.issues).to.deep.equal([
        { path: 'kind', message: 'kind must be one of "personal", "professional", "entity", not "robot"' },
        { path: 'name', message: 'name must be a string, not a number' },
        { path: 'entity.uscc', message: 'entity.uscc is required' },
      ]);
      expect(error.message).to.contain('name must be a string, not a number');
      for (const body of ['[]', 'null', '"新华社"', '42']) {
        const wrong = await expectError(await post(`${server.url}/precheck`, body), 400, 'invalid-account');
        expect(wrong.message, body).to.match(/^the account must be a JSON object/);
      }
    });

    it('refuses oversized fields with 400, naming the field and its limit', async () => {
      const error = await expectError(
        await postJson(`${server.url}/precheck`, { name: '新'.repeat(1001), bio: 'b'.repeat(10_000) }),
        400,
        'invalid-account',
      );
      expect(error.issues).to.deep.equal([
        { path: 'name', message: 'name is 1,001 characters long; the limit is 1,000' },
      ]);
    });

    it('refuses unknown fields with 400, naming them, and a verdict sent along', async () => {
      const nested = await expectError(
        await postJson(`${server.url}/precheck`, { name: 'a', entity: { name: 'b', uscc: 'c', website: 'd' } }),
        400,
        'invalid-account',
      );
      expect(nested.issues).to.deep.equal([{ path: 'entity', message: 'entity has an unknown field "website"' }]);
      const verdict = await expectError(
        await postJson(`${server.url}/precheck`, { name: '新华社', verdict: 'pass', findings: [] }),
        400,
        'invalid-account',
      );
      expect(verdict.issues).to.deep.equal([
        { path: '', message: 'the account has unknown fields "verdict", "findings"' },
      ]);
      expect(verdict.message).to.contain('the server decides the verdict itself');
    });

    it('refuses other methods with 405 and Allow: POST', async () => {
      for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
        const response = await fetch(`${server.url}/precheck`, { method });
        await expectError(response, 405, 'method-not-allowed');
        expect(response.headers.get('allow'), method).to.equal('POST');
      }
    });

    it('refuses other content types with 415', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
        const response = await post(`${server.url}/precheck`, '{"name":"a"}', { 'content-type': type });
        await expectError(response, 415, 'unsupported-media-type');
      }
      const none = await fetch(`${server.url}/precheck`, { method: 'POST', body: new Uint8Array([0x7b, 0x7d]) });
      expect((await expectError(none, 415, 'unsupported-media-type')).message).to.contain('no Content-Type');
    });

    it('refuses a body over the cap with 413, declared or streamed, and stays usable', async () => {
      const url = await serve({ maxBodyBytes: 1024 });
      const declared = await post(`${url}/precheck`, JSON.stringify({ bio: 'x'.repeat(2000) }));
      await expectError(declared, 413, 'payload-too-large');
      const chunks = [
        new TextEncoder().encode('{"bio":"'),
        new Uint8Array(4096).fill(0x78),
        new Uint8Array([0x22, 0x7d]),
      ];
      const streamed = await fetch(`${url}/precheck`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(chunk);
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      await expectError(streamed, 413, 'payload-too-large');
      const fine = await postJson(`${url}/precheck`, { name: '风吹麦浪' });
      expect(fine.status).to.equal(200);
      expect(DEFAULT_MAX_BODY_BYTES).to.be.greaterThan(3 * 42_584);
    });

    it('tells a client checking with another rule-set version that it is stale', async () => {
      const stale = await postJson(`${server.url}/precheck`, { name: '新华社' }, { 'x-mingzheng-ruleset': 'test-0' });
      expect(stale.status).to.equal(200);
      expect(stale.headers.get('x-mingzheng-ruleset-stale')).to.equal('1');
      expect(stale.headers.get('x-mingzheng-ruleset')).to.equal('test-1');
      // The verdict is the server's own, whatever the client's version.
      expect(verdictOf(await stale.text())).to.equal(JSON.stringify(engine.check({ name: '新华社' })));

      const current = await postJson(`${server.url}/precheck`, { name: '新华社' }, { 'x-mingzheng-ruleset': 'test-1' });
      expect(current.headers.get('x-mingzheng-ruleset-stale')).to.equal('0');
      const silent = await postJson(`${server.url}/precheck`, { name: '新华社' });
      expect(silent.headers.get('x-mingzheng-ruleset-stale')).to.equal(null);
      expect(silent.headers.get('x-mingzheng-ruleset')).to.equal('test-1');
    });
  });

  describe('the findings in words through POST /precheck', () => {
    const account = { name: '新 华 社', bio: '喜欢旅行' };
    /** The sentence the name field shows for 「新 华 社」, in each language (findings.browser.test.ts). */
    const NEWS: Record<string, string> = {
      'zh-CN':
        '「新 华 社」是新闻媒体的名称「新华社」的拆分写法，不能用来冒充新闻媒体（《互联网用户账号信息管理规定》第八条第（四）、（六）项）。请换一个名称；如果你是新闻单位，请先完成认证。',
      'zh-TW':
        '「新 华 社」是新聞媒體的名稱「新華社」的拆分寫法，不能用來冒充新聞媒體（《互聯網用戶賬號信息管理規定》第八條第（四）、（六）項）。請換一個名稱；如果你是新聞單位，請先完成認證。',
      en: '“新 华 社” is the name of a news outlet, “新华社”, split up with separators, and may not be used to pose as one (Art. 8(4), 8(6)). Choose another name, or verify as a news organisation first.',
    };

    it('words the findings in the language of Accept-Language, the evasion folded into the finding it disguises', async () => {
      for (const [header, locale] of [
        [undefined, 'zh-CN'],
        ['zh-CN,zh;q=0.9', 'zh-CN'],
        ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-TW'],
        ['zh-HK', 'zh-TW'],
        ['en-US,en;q=0.9', 'en'],
        ['fr, en;q=0.5', 'en'],
      ] as const) {
        const response = await postJson(`${server.url}/precheck`, account, header ? { 'accept-language': header } : {});
        expect(response.status, header).to.equal(200);
        expect(response.headers.get('vary'), header).to.equal('Accept-Language');
        const body = (await response.json()) as { findings: { rule: string }[]; locale: string; messages: unknown[] };
        expect(body.locale, header).to.equal(locale);
        expect(body.findings.map((f) => f.rule).sort(), header).to.include('evasion');
        expect(body.messages, header).to.deep.equal([{ field: 'name', findings: [0, 1], text: NEWS[locale] }]);
      }
    });

    it('takes ?locale= before Accept-Language, and refuses a language it does not speak', async () => {
      for (const [tag, locale] of [
        ['en', 'en'],
        ['zh-TW', 'zh-TW'],
        ['zh-Hant', 'zh-TW'],
        ['zh-CN', 'zh-CN'],
      ] as const) {
        const response = await postJson(`${server.url}/precheck?locale=${tag}`, account, {
          'accept-language': 'en',
        });
        const body = (await response.json()) as { locale: string; messages: { text: string }[] };
        expect([body.locale, body.messages[0]?.text], tag).to.deep.equal([locale, NEWS[locale]]);
      }
      await expectError(await postJson(`${server.url}/precheck?locale=fr`, account), 400, 'invalid-locale');
    });

    it("words every finding once, the closed-account registry's too", async () => {
      const response = await postJson(
        `${server.url}/precheck`,
        { name: '风吹麦浪', bio: '加微信 abc12345' },
        { 'accept-language': 'en' },
      );
      const body = (await response.json()) as {
        findings: { field: string }[];
        messages: { field: string; findings: number[]; text: string }[];
      };
      expect(body.messages.flatMap((m) => m.findings).sort()).to.deep.equal(body.findings.map((_, i) => i));
      expect(body.messages[0]).to.deep.equal({
        field: 'name',
        findings: [0],
        text: '“风吹麦浪” is the name of an account closed under the law or the user agreement, and cannot be registered again (Art. 10 para. 3). Choose another name.',
      });
      expect(body.messages.at(-1)?.field).to.equal('bio');
      expect(body.messages.at(-1)?.text).to.match(/^“[^”]*abc12345[^”]*” looks like a WeChat ID/);
    });
  });

  describe('closed accounts through POST /precheck (Art. 10.3)', () => {
    it('blocks the name of a closed account, also written in traditional characters', async () => {
      for (const name of ['风吹麦浪', '風吹麥浪', '风 吹 麦 浪']) {
        const verdict = await jsonOf(await postJson(`${server.url}/precheck`, { name }));
        expect(verdict.verdict, name).to.equal('block');
        expect(verdict.findings).to.deep.include({
          rule: 'closed-account',
          article: '10.3',
          severity: 'block',
          field: 'name',
          start: 0,
          end: name.length,
          match: name,
          via: name === '风吹麦浪' ? [] : name === '風吹麥浪' ? ['traditional'] : ['separator'],
          message: {
            key: 'closed-account',
            params: { match: name, closeness: name === '风吹麦浪' ? 'exact' : 'normalized' },
          },
        });
        expect(JSON.stringify(verdict)).not.to.contain('用户协议'); // nothing of the closed account leaks
      }
    });

    it('asks for review of a closely related name, keeping the engine findings in order', async () => {
      const info = { name: '风吹麦狼', bio: '加微信 abc12345' };
      const verdict = await jsonOf(await postJson(`${server.url}/precheck`, info));
      expect(verdict.verdict).to.equal('block'); // the contact in the bio blocks on its own
      const engineFindings = engine.check(info).findings;
      const findings = verdict.findings as { rule: string; severity: string; field: string }[];
      expect(findings[0]).to.include({ rule: 'closed-account', severity: 'review', field: 'name' });
      expect(findings.slice(1)).to.deep.equal(engineFindings);
      const alone = await jsonOf(await postJson(`${server.url}/precheck`, { name: '风吹麦田' }));
      expect(alone.verdict).to.equal('review');
    });

    it('passes unrelated names with the engine verdict unchanged', async () => {
      const response = await postJson(`${server.url}/precheck`, { name: '月光宝盒' });
      expect(verdictOf(await response.text())).to.equal(JSON.stringify(engine.check({ name: '月光宝盒' })));
    });

    it('answers 503 when the registry cannot be read, rather than passing the name', async () => {
      const url = await serve({
        registry: {
          lookup() {
            throw new Error('database is locked');
          },
        },
      });
      await expectError(await postJson(`${url}/precheck`, { name: '月光宝盒' }), 503, 'registry-unavailable');
    });
  });

  describe('GET /ruleset', () => {
    it('serves the rule set with a strong ETag, no-cache, and its versioned URL', async () => {
      const response = await fetch(`${server.url}/ruleset`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).to.equal('no-cache');
      expect(response.headers.get('etag')).to.match(/^"sha256-[\w-]{43}"$/);
      expect(response.headers.get('content-location')).to.equal('/ruleset/test-1');
      expect(response.headers.get('x-mingzheng-ruleset')).to.equal('test-1');
      expect(await response.json()).to.deep.equal(engine.compiled.ruleSet);
    });

    it('answers If-None-Match with 304 and no body, strong or weak', async () => {
      const etag = (await fetch(`${server.url}/ruleset`)).headers.get('etag') ?? '';
      for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const response = await fetch(`${server.url}/ruleset`, { headers: { 'if-none-match': tag } });
        expect(response.status, tag).to.equal(304);
        expect(response.headers.get('etag')).to.equal(etag);
        expect(await response.text()).to.equal('');
      }
      const changed = await fetch(`${server.url}/ruleset`, { headers: { 'if-none-match': '"sha256-old"' } });
      expect(changed.status).to.equal(200);
    });

    it('serves the versioned URL as immutable, with the same ETag', async () => {
      const bare = await fetch(`${server.url}/ruleset`);
      const versioned = await fetch(`${server.url}${bare.headers.get('content-location')}`);
      expect(versioned.status).to.equal(200);
      expect(versioned.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
      expect(versioned.headers.get('etag')).to.equal(bare.headers.get('etag'));
      expect(await versioned.text()).to.equal(await bare.text());
      const again = await fetch(`${server.url}/ruleset/test-1`, {
        headers: { 'if-none-match': versioned.headers.get('etag') ?? '' },
      });
      expect(again.status).to.equal(304);
    });

    it('answers an unknown version with 404 JSON naming the current one', async () => {
      for (const version of ['test-0', '2026.11%2Bfeedbeef', '%E0%A4%A']) {
        const response = await fetch(`${server.url}/ruleset/${version}`);
        expect(response.status, version).to.equal(404);
        expect((await jsonOf(response)).error).to.be.an('object');
      }
      const error = await expectError(await fetch(`${server.url}/ruleset/test-0`), 404, 'unknown-ruleset-version');
      expect(error.message).to.contain('test-1');
    });

    it('answers HEAD with the headers alone, and other methods with 405', async () => {
      const head = await fetch(`${server.url}/ruleset`, { method: 'HEAD' });
      expect(head.status).to.equal(200);
      expect(Number(head.headers.get('content-length'))).to.be.greaterThan(1000);
      expect(await head.text()).to.equal('');
      const put = await fetch(`${server.url}/ruleset`, { method: 'PUT', body: '{}' });
      await expectError(put, 405, 'method-not-allowed');
      expect(put.headers.get('allow')).to.equal('GET, HEAD');
    });

    it('serves the default rule set of @mingzheng/rules-cn when given none', async () => {
      const handler = createPrecheckHandler({ attribution: { resolve: () => undefined } });
      expect(await handler.ready()).to.deep.equal({ rulesetVersion: defaultRuleSet.version });
      const response = await handler(new Request('http://localhost/ruleset'));
      expect(response.headers.get('content-location')).to.equal(
        `/ruleset/${encodeURIComponent(defaultRuleSet.version)}`,
      );
      expect(await response.text()).to.equal(JSON.stringify(defaultRuleSet));
      const versioned = await handler(new Request(`http://localhost${response.headers.get('content-location')}`));
      expect(versioned.status).to.equal(200);
    });

    it('checks with and serves the rule set extended with the platform lists', async () => {
      const extension = {
        name: 'platform-extras',
        version: '3',
        lexicons: [{ category: 'platform-brand', entries: ['麦浪直播'] }],
        rules: [
          {
            id: 'platform-brand',
            article: '8.2',
            severity: 'block',
            fields: ['name'],
            match: { lexicon: ['platform-brand'] },
          },
        ],
      };
      const handler = createPrecheckHandler({ ruleSet: testRuleSet, extensions: [extension] });
      const { rulesetVersion } = await handler.ready();
      expect(rulesetVersion).to.match(/^test-1~[0-9a-f]{12}$/);
      const listening = await listen(toNodeListener(handler));
      servers.push(listening);
      const { url } = listening;
      const answer = await (await postJson(`${url}/precheck`, { name: '麦浪直播官方' })).text();
      expect(JSON.parse(answer)).to.include({ verdict: 'block', rulesetVersion });
      const document = await jsonOf<RuleSet>(await fetch(`${url}/ruleset`));
      expect(document.version).to.equal(rulesetVersion);
      const browser = await createEngine(document);
      expect(JSON.stringify(browser.check({ name: '麦浪直播官方' }))).to.equal(verdictOf(answer));
    });

    it('refuses extensions that clash, and reports an invalid rule set by ready() and 503', async () => {
      expect(() => composeRuleSet(testRuleSet, [{ ...testRuleSet, name: 'copy' }])).to.throw(
        RuleSetError,
        /rule id "prohibited" is already used/,
      );
      const handler = createPrecheckHandler({ ruleSet: { name: 'broken' } });
      let error: unknown;
      await handler.ready().catch((caught: unknown) => {
        error = caught;
      });
      expect(error).to.be.instanceOf(RuleSetError);
      const response = await handler(
        new Request('http://localhost/precheck', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
      );
      await expectError(response, 503, 'ruleset-unavailable');
    });
  });

  describe('GET /attribution', () => {
    it('knows nothing of a loopback caller, and says why', async () => {
      const body = await jsonOf(await fetch(`${server.url}/attribution`));
      expect(body).to.deep.equal({
        ip: '127.0.*.*',
        region: null,
        label: null,
        text: null,
        locale: 'zh-CN',
        reason: 'private',
      });
    });

    it('follows X-Forwarded-For from a trusted proxy', async () => {
      const url = await serve({ trustedProxies: ['loopback'] });
      const response = await fetch(`${url}/attribution`, { headers: { 'x-forwarded-for': '202.96.128.86' } });
      expect(response.headers.get('cache-control')).to.equal('private, no-store');
      expect(response.headers.get('vary')).to.equal('Accept-Language');
      expect(await jsonOf(response)).to.deep.equal({
        ip: '202.96.*.*',
        region: { country: 'CN', province: '440000' },
        label: '广东',
        text: 'IP属地：广东',
        locale: 'zh-CN',
      });
    });

    it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
      const untrusted = await serve({ trustedProxies: ['10.0.0.0/8'] });
      for (const url of [server.url, untrusted]) {
        const body = await jsonOf(await fetch(`${url}/attribution`, { headers: { 'x-forwarded-for': '8.8.8.8' } }));
        expect(body).to.include({ ip: '127.0.*.*', label: null, reason: 'private' });
      }
    });

    it('speaks the language of Accept-Language', async () => {
      const url = await serve({ trustedProxies: ['loopback'], attributionLabels: { HK: '香港' } });
      const labelFor = async (ip: string, language: string) =>
        jsonOf(await fetch(`${url}/attribution`, { headers: { 'x-forwarded-for': ip, 'accept-language': language } }));
      expect(await labelFor('202.96.128.86', 'en-US,en;q=0.9')).to.include({ label: 'Guangdong', locale: 'en' });
      expect(await labelFor('202.96.128.86', 'fr-FR, zh-TW;q=0.8, en;q=0.5')).to.include({
        label: '廣東',
        text: 'IP屬地：廣東',
        locale: 'zh-TW',
      });
      expect(await labelFor('8.8.8.8', 'de')).to.include({ label: '美国', locale: 'zh-CN' });
      expect(await labelFor('210.0.255.251', 'zh-CN')).to.include({ label: '香港' });
    });

    it('looks up ?ip= only when allowed', async () => {
      await expectError(await fetch(`${server.url}/attribution?ip=8.8.8.8`), 400, 'ip-query-not-allowed');
      const url = await serve({ allowIpQuery: true });
      expect(await jsonOf(await fetch(`${url}/attribution?ip=8.8.8.8`))).to.deep.equal({
        ip: '8.8.*.*',
        region: { country: 'US', province: null },
        label: '美国',
        text: 'IP属地：美国',
        locale: 'zh-CN',
      });
      const v6 = await jsonOf(await fetch(`${url}/attribution?ip=${encodeURIComponent('2001:da8::1')}`));
      expect(v6).to.include({ ip: '2001:da8:0:*', label: '北京' });
      expect(await jsonOf(await fetch(`${url}/attribution?ip=${encodeURIComponent('2408:8000::1')}`))).to.include({
        label: null,
        reason: 'unknown',
      });
      await expectError(await fetch(`${url}/attribution?ip=not-an-ip`), 400, 'invalid-ip');
    });

    it('uses the resolver a platform supplies, and survives one that fails', async () => {
      const resolver: AttributionResolver = { resolve: (ip) => (ip === '8.8.8.8' ? { country: 'JP' } : undefined) };
      const url = await serve({ allowIpQuery: true, attribution: resolver });
      expect(await jsonOf(await fetch(`${url}/attribution?ip=8.8.8.8`))).to.include({ label: '日本' });
      const failing = await serve({
        allowIpQuery: true,
        attribution: {
          resolve() {
            throw new Error('down');
          },
        },
      });
      expect(await jsonOf(await fetch(`${failing}/attribution?ip=8.8.8.8`))).to.include({ reason: 'unknown' });
    });

    it('has no address to place when the framework gave none', async () => {
      const handler = createPrecheckHandler({ engine });
      const body = await jsonOf(await handler(new Request('http://localhost/attribution')));
      expect(body).to.deep.equal({ region: null, label: null, text: null, locale: 'zh-CN', reason: 'no-address' });
    });
  });

  describe('slow clients', () => {
    /**
     * A POST whose body never arrives in time: the headers promise 100 bytes, one comes, then one
     * a second (the test never waits for those: the server must close the connection long before).
     */
    const trickle = (url: string) =>
      rawRequest(
        url,
        'POST /precheck HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
        (socket) => {
          const drip = setInterval(() => socket.write(' '), 1_000);
          socket.on('close', () => clearInterval(drip));
        },
      );

    const expectTimedOut = (response: RawResponse | undefined) => {
      expect(response?.status, JSON.stringify(response)).to.equal(408);
      expect(response?.headers['content-type']).to.equal('application/json; charset=utf-8');
      expect(response?.headers.connection).to.equal('close');
      const { error } = JSON.parse(response?.body ?? '') as { error: { code: string; message: string } };
      expect(error.code).to.equal('request-timeout');
      expect(error.message).to.equal('the request body did not arrive within 200 ms');
    };

    it('answers a body that does not arrive within bodyTimeout with 408 and closes the connection', async () => {
      const listening = await listen(toNodeListener(createPrecheckHandler({ engine }), { bodyTimeout: 200 }));
      servers.push(listening);
      // rawRequest resolves only once the server has closed the connection.
      expectTimedOut(await trickle(listening.url));
      // The server is still there for everyone else.
      expect((await postJson(`${listening.url}/precheck`, { name: '新华社' })).status).to.equal(200);
      expect(DEFAULT_BODY_TIMEOUT).to.equal(10_000);
    });

    it('closes 200 trickling connections at once, each with its 408', async () => {
      const listening = await listen(toNodeListener(createPrecheckHandler({ engine }), { bodyTimeout: 200 }));
      servers.push(listening);
      const responses = await Promise.all(Array.from({ length: 200 }, () => trickle(listening.url)));
      for (const response of responses) expectTimedOut(response);
    });

    it('limits reading the body only: a slow check after a complete body is answered', async () => {
      // The lookup runs once the body is in, and holds the answer until a trickling client, started
      // only then, has been timed out: longer than this request's own deadline, whatever the speed.
      let slowClient: Promise<RawResponse | undefined> | undefined;
      const slowRegistry = {
        lookup: async () => {
          slowClient = trickle(url);
          expectTimedOut(await slowClient);
          return [];
        },
      };
      const listening = await listen(
        toNodeListener(createPrecheckHandler({ engine, registry: slowRegistry }), { bodyTimeout: 200 }),
      );
      servers.push(listening);
      const url = listening.url;
      const response = await postJson(`${url}/precheck`, { name: '新华社' });
      expect(slowClient).to.not.equal(undefined);
      expect(response.status).to.equal(200);
      expect(verdictOf(await response.text())).to.equal(JSON.stringify(engine.check({ name: '新华社' })));
    });
  });

  describe('methods the fetch API cannot carry', () => {
    it('answers TRACE with 405 JSON and the Allow header of the route', async () => {
      for (const [path, allow] of [
        ['/precheck', 'POST'],
        ['/ruleset', 'GET, HEAD'],
        ['/attribution', 'GET, HEAD'],
      ] as const) {
        const response = await rawRequest(
          server.url,
          `TRACE ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
        );
        expect(response?.status, path).to.equal(405);
        expect(response?.headers.allow, path).to.equal(allow);
        expect(response?.headers['content-type']).to.equal('application/json; charset=utf-8');
        expect(JSON.parse(response?.body ?? '')).to.deep.equal({
          error: { code: 'method-not-allowed', message: `TRACE is not allowed here; use ${allow}` },
        });
      }
      // And the connection is usable after one on keep-alive.
      expect((await fetch(`${server.url}/ruleset`)).status).to.equal(200);
    });
  });

  describe('routes', () => {
    it('answers unknown routes with 404 JSON', async () => {
      for (const path of ['/', '/precheck/', '/nope', '/ruleset/', '/ruleset/a/b', '/attribution/x']) {
        await expectError(await fetch(`${server.url}${path}`), 404, 'not-found');
      }
    });

    it('mounts under a base path', async () => {
      const url = await serve({ basePath: '/api/mingzheng/' });
      const verdict = await postJson(`${url}/api/mingzheng/precheck`, { name: '新华社' });
      expect(verdict.status).to.equal(200);
      const ruleset = await fetch(`${url}/api/mingzheng/ruleset`);
      expect(ruleset.headers.get('content-location')).to.equal('/api/mingzheng/ruleset/test-1');
      await expectError(await fetch(`${url}/precheck`), 404, 'not-found');
      expect(() => createPrecheckHandler({ engine, basePath: 'api' })).to.throw(TypeError);
    });
  });
});
