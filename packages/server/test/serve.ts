/**
 * Test helpers: a real HTTP server on loopback (port 0, so tests never collide), and checks that
 * every JSON response shares.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
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

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A request written on a bare TCP connection (fetch cannot send TRACE, nor stall in a body):
 * `head` is the request line and headers, `start` may write more. Resolves once the server has
 * closed the connection, with what it answered (undefined when it answered nothing).
 */
export function rawRequest(
  url: string,
  head: string,
  start: (socket: Socket) => void = () => {},
): Promise<RawResponse | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      socket.write(head);
      start(socket);
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after the answer arrived (the client was still writing) is a close too.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') {
        resolve(undefined);
        return;
      }
      const [top = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = top.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}
