/**
 * Test helpers: a real HTTP server on loopback (port 0, so tests never collide), and checks that
 * every JSON response shares.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';

export interface Listening {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 with `listener` (or an already created server). */
export async function listen(listener: RequestListener | Server): Promise<Listening> {
  const server = typeof listener === 'function' ? createServer(listener) : listener;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** The response's JSON body, after checking its content type. */
export async function jsonOf<T = Record<string, unknown>>(response: Response): Promise<T> {
  expect(response.headers.get('content-type'), `content type of ${response.status}`).to.equal(JSON_TYPE);
  return (await response.json()) as T;
}

export interface ErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

/** Checks an error response's status and code; returns its body. */
export async function expectError(response: Response, status: number, code: string): Promise<ErrorJson['error']> {
  const body = await jsonOf<ErrorJson>(response);
  expect(response.status, JSON.stringify(body)).to.equal(status);
  expect(body.error.code).to.equal(code);
  expect(body.error.message).to.be.a('string').and.not.equal('');
  return body.error;
}
