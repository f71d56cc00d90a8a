/**
 * The handler mounted in each framework exactly as the README shows, under `/mz`, with real
 * requests on loopback: a verdict (byte for byte the engine's), the rule set, and an attribution
 * through a trusted proxy (the framework must hand over the peer address and the unread body).
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { createPrecheckHandler, type PrecheckHandler, toNodeListener } from '../src/index.js';
import { type Listening, listen, rawRequest } from './serve.js';

describe('mounting the handler in a framework', function () {
  this.timeout(20_000);

  let engine: Engine;
  before(async () => {
    engine = await createEngine(
      JSON.parse(
        await readFile(createRequire(import.meta.url).resolve('@mingzheng/tooling/test-ruleset.json'), 'utf8'),
      ),
    );
  });

  const handlerAt = (basePath: string) => createPrecheckHandler({ engine, basePath, trustedProxies: ['loopback'] });

  /** The same three requests against any mounting. */
  async function exercise(url: string): Promise<void> {
    const info = { name: '新 华 社', bio: '喜欢旅行' };
    const verdict = await fetch(`${url}/mz/precheck`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-mingzheng-ruleset': 'test-0' },
      body: JSON.stringify(info),
    });
    expect(verdict.status).to.equal(200);
    expect(verdict.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    expect(verdict.headers.get('x-mingzheng-ruleset-stale')).to.equal('1');
    // The Verdict the engine computes, then its findings in words.
    const { locale, messages, ...answer } = (await verdict.json()) as Record<string, unknown>;
    expect(JSON.stringify(answer)).to.equal(JSON.stringify(engine.check(info)));
    expect(locale).to.equal('zh-CN');
    expect(messages).to.have.length(1);

    const ruleset = await fetch(`${url}/mz/ruleset`);
    expect(ruleset.status).to.equal(200);
    expect(ruleset.headers.get('content-location')).to.equal('/mz/ruleset/test-1');
    const cached = await fetch(`${url}/mz/ruleset`, {
      headers: { 'if-none-match': ruleset.headers.get('etag') ?? '' },
    });
    expect(cached.status).to.equal(304);

    const attribution = await fetch(`${url}/mz/attribution`, {
      headers: { 'x-forwarded-for': '202.106.0.20', 'accept-language': 'en' },
    });
    expect(await attribution.json()).to.include({ label: 'Beijing', text: 'IP location: Beijing' });

    const bad = await fetch(`${url}/mz/precheck`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(bad.status).to.equal(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).to.equal('invalid-json');

    // TRACE reaches the listener, but `new Request()` refuses it: still a JSON 405, not a 500.
    const trace = await rawRequest(url, 'TRACE /mz/precheck HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(trace?.status, trace?.body).to.equal(405);
    expect(trace?.headers.allow).to.equal('POST');
    expect(JSON.parse(trace?.body ?? '')).to.have.nested.property('error.code', 'method-not-allowed');
  }

  it('node:http', async () => {
    const server = await listen(toNodeListener(handlerAt('/mz')));
    try {
      await exercise(server.url);
    } finally {
      await server.close();
    }
  });

  it('Express: app.use(path, toNodeListener(handler))', async () => {
    const app = express();
    app.use('/mz', toNodeListener(handlerAt('/mz')));
    app.get('/health', (_request, response) => {
      response.send('ok');
    });
    const server = await listen(app);
    try {
      await exercise(server.url);
      expect(await (await fetch(`${server.url}/health`)).text()).to.equal('ok');
    } finally {
      await server.close();
    }
  });

  it('Express: says so when a body parser ran first', async () => {
    const app = express();
    app.use(express.json());
    app.use('/mz', toNodeListener(handlerAt('/mz')));
    const server = await listen(app);
    try {
      const response = await fetch(`${server.url}/mz/precheck`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"新华社"}',
      });
      expect(response.status).to.equal(500);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).to.equal('body-already-read');
      expect(error.message).to.contain('express.json()');
    } finally {
      await server.close();
    }
  });

  it('Fastify: a scope that leaves the body unread and hands over the raw request', async () => {
    const app = Fastify();
    const listener = toNodeListener(handlerAt('/mz'));
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
      scope.all('/mz/*', async (request, reply) => {
        reply.hijack();
        await listener(request.raw, reply.raw);
      });
    });
    app.get('/health', async () => 'ok');
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('not listening on a port');
      const url = `http://127.0.0.1:${address.port}`;
      await exercise(url);
      expect(await (await fetch(`${url}/health`)).text()).to.equal('ok');
    } finally {
      await app.close();
    }
  });

  it('Hono: c.req.raw with the connection address', async () => {
    const handler: PrecheckHandler = handlerAt('/mz');
    const app = new Hono<{ Bindings: { ip?: string } }>();
    app.all('/mz/*', (c) => handler(c.req.raw, { ip: c.env.ip }));
    app.get('/health', (c) => c.text('ok'));
    // On @hono/node-server the address is `getConnInfo(c).remote.address`; here Hono's fetch runs
    // behind toNodeListener, which passes it on as the environment.
    const server: Listening = await listen(toNodeListener(async (request, context) => app.fetch(request, context)));
    try {
      await exercise(server.url);
      expect(await (await fetch(`${server.url}/health`)).text()).to.equal('ok');
    } finally {
      await server.close();
    }
  });
});
