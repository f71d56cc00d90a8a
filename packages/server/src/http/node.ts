/**
 * A fetch-API handler as a Node request listener, for `http.createServer`, Express (`app.use`) and
 * anything else that hands out Node's IncomingMessage and ServerResponse (Fastify's `request.raw`
 * and `reply.raw`).
 *
 * The request body is streamed to the handler, not buffered: the handler's size cap decides how much
 * is read. What the handler leaves unread is discarded, so the connection stays usable. The whole
 * body must arrive within `bodyTimeout` of the headers: a client trickling it (a slow-body attack
 * holds a connection and a handler for as long as the server lets it) gets 408 and the connection
 * is closed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { FetchHandler } from './handler.js';
import { errorResponse } from './responses.js';

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** Milliseconds a client has to send the whole request body, from the end of its headers. */
export const DEFAULT_BODY_TIMEOUT = 10_000;

export interface NodeListenerOptions {
  /**
   * Milliseconds from the end of the request headers to the end of the body; a body not in by then
   * is answered 408 `request-timeout` (or, if the answer was already sent, the connection is
   * closed). DEFAULT_BODY_TIMEOUT by default; 0 or Infinity for none (then only the server's own
   * `requestTimeout` limits a slow client).
   */
  bodyTimeout?: number;
}

/**
 * Methods the fetch API refuses to carry (`new Request()` throws on them): node:http hands TRACE to
 * the listener; the others are refused by Node before (TRACK) or go elsewhere (CONNECT), but a
 * framework may pass them on.
 */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * `handler` as a Node request listener. The handler sees the socket's peer address as `context.ip`;
 * it applies its own trusted proxies to X-Forwarded-For. The returned promise never rejects (node:http
 * ignores it, and a rejection would end the process).
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}): NodeListener {
  const bodyTimeout = options.bodyTimeout ?? DEFAULT_BODY_TIMEOUT;
  if (!(bodyTimeout >= 0)) throw new TypeError(`bodyTimeout must be a number of milliseconds, not ${bodyTimeout}`);
  return async (incoming, outgoing) => {
    try {
      if (bodyWasRead(incoming)) {
        const message =
          'the request body was read before the handler saw it: mount the handler before any body-parsing middleware (such as express.json())';
        await writeResponse(errorResponse(500, 'body-already-read', message), outgoing);
        return;
      }
      const context = { ip: incoming.socket.remoteAddress };
      const method = (incoming.method ?? 'GET').toUpperCase();
      if (FORBIDDEN_METHODS.has(method)) {
        await writeResponse(await forbiddenMethod(handler, incoming, method, context), outgoing);
        return;
      }
      const body = bodyOf(incoming);
      const deadline =
        body && bodyTimeout > 0 && Number.isFinite(bodyTimeout)
          ? bodyDeadline(incoming, outgoing, body, bodyTimeout)
          : undefined;
      const handled = (async () => {
        try {
          return await handler(toRequest(incoming, body?.stream), context);
        } catch {
          return errorResponse(500, 'internal-error', 'the request could not be handled');
        }
      })();
      const response = deadline ? await Promise.race([handled, deadline.expired]) : await handled;
      body?.discard();
      await writeResponse(response, outgoing);
    } catch {
      // Writing failed half-way (the client went away): nothing more can be said on this connection.
      outgoing.destroy();
    }
  };
}

/**
 * The body deadline of one request: `expired` resolves to the 408 answer when the body has not
 * ended `ms` after the headers. The handler's read then fails, so it stops waiting too. When the
 * answer has gone out already (the handler did not need the body), the connection is closed instead:
 * a keep-alive connection would otherwise wait for the rest of the body.
 */
function bodyDeadline(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  body: Body,
  ms: number,
): { expired: Promise<Response> } {
  let expire: (response: Response) => void = () => {};
  const expired = new Promise<Response>((resolve) => {
    expire = resolve;
  });
  const timer = setTimeout(() => {
    body.fail(new Error(`the request body did not arrive within ${ms} ms`));
    if (outgoing.headersSent) {
      incoming.socket.destroy();
      return;
    }
    expire(
      errorResponse(408, 'request-timeout', `the request body did not arrive within ${ms.toLocaleString('en-US')} ms`, {
        headers: { connection: 'close' },
      }),
    );
  }, ms);
  const stop = () => clearTimeout(timer);
  if (incoming.complete) stop();
  else {
    incoming.once('end', stop);
    incoming.once('close', stop);
  }
  return { expired };
}

/**
 * The answer to a method the fetch API cannot carry: 405, with the methods the target allows when
 * the handler says (it is asked about an OPTIONS request to the same URL, which it refuses with its
 * own Allow header when the route does not take OPTIONS either).
 */
async function forbiddenMethod(
  handler: FetchHandler,
  incoming: IncomingMessage,
  method: string,
  context: { ip: string | undefined },
): Promise<Response> {
  incoming.resume();
  let allow: string | null = null;
  try {
    const probe = await handler(toRequest(incoming, undefined, 'OPTIONS'), context);
    if (probe.status === 405) allow = probe.headers.get('allow');
    await probe.body?.cancel();
  } catch {
    // No Allow header then.
  }
  return errorResponse(405, 'method-not-allowed', `${method} is not allowed here${allow ? `; use ${allow}` : ''}`, {
    ...(allow && { headers: { allow } }),
  });
}

function toRequest(
  incoming: IncomingMessage,
  body: ReadableStream<Uint8Array> | undefined,
  method = incoming.method ?? 'GET',
): Request {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    try {
      headers.append(name, raw[i + 1] ?? '');
    } catch {
      // A header the fetch API cannot hold is one the handler does not read.
    }
  }
  const scheme = (incoming.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  // Express rewrites `url` below a mount path and keeps the client's in `originalUrl`: the handler
  // sees the path the client asked for, so that the URLs it hands out are the client's too.
  const path = (incoming as IncomingMessage & { originalUrl?: string }).originalUrl ?? incoming.url ?? '/';
  let url: URL;
  try {
    url = new URL(path, `${scheme}://${incoming.headers.host ?? 'localhost'}`);
  } catch {
    url = new URL(path, `${scheme}://localhost`);
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (body) {
    init.body = body;
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** Whether middleware (a body parser) consumed the body: it ended unread by us and left `body` behind. */
function bodyWasRead(incoming: IncomingMessage): boolean {
  const parsed = (incoming as IncomingMessage & { body?: unknown }).body;
  return incoming.readableEnded && parsed !== undefined && incoming.method !== 'GET' && incoming.method !== 'HEAD';
}

interface Body {
  stream: ReadableStream<Uint8Array>;
  /** Drops whatever the handler did not read (the socket is resumed, the data thrown away). */
  discard(): void;
  /** Ends the handler's reading with `error`, and drops the rest. */
  fail(error: Error): void;
}

/**
 * The body of a request that may have one, as a web stream that pauses the socket when the handler
 * is not reading.
 */
function bodyOf(incoming: IncomingMessage): Body | undefined {
  if (incoming.method === 'GET' || incoming.method === 'HEAD') return undefined;
  let discarded = false;
  let onData: ((chunk: Buffer) => void) | undefined;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const discard = () => {
    if (discarded) return;
    discarded = true;
    if (onData) incoming.off('data', onData);
    incoming.resume();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (incoming.readableEnded) {
        streamController.close();
        return;
      }
      onData = (chunk) => {
        streamController.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((streamController.desiredSize ?? 0) <= 0) incoming.pause();
      };
      incoming.on('data', onData);
      incoming.on('end', () => {
        if (!discarded) streamController.close();
      });
      incoming.on('error', (error) => {
        if (!discarded) streamController.error(error);
      });
    },
    pull() {
      incoming.resume();
    },
    cancel() {
      discard();
    },
  });
  const fail = (error: Error) => {
    if (!discarded) {
      try {
        controller?.error(error);
      } catch {
        // Already closed.
      }
    }
    discard();
  };
  return { stream, discard, fail };
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  if (outgoing.headersSent) return;
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) outgoing.setHeader('set-cookie', cookies);
  if (response.body === null) {
    outgoing.end();
    return;
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!outgoing.hasHeader('content-length')) outgoing.setHeader('content-length', bytes.byteLength);
  outgoing.end(bytes);
}
