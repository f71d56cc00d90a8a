/**
 * A fetch-API handler as a Node request listener, for `http.createServer`, Express (`app.use`) and
 * anything else that hands out Node's IncomingMessage and ServerResponse (Fastify's `request.raw`
 * and `reply.raw`).
 *
 * The request body is streamed to the handler, not buffered: the handler's size cap decides how much
 * is read. What the handler leaves unread is discarded, so the connection stays usable.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { FetchHandler } from './handler.js';
import { errorResponse } from './responses.js';

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * `handler` as a Node request listener. The handler sees the socket's peer address as `context.ip`;
 * it applies its own trusted proxies to X-Forwarded-For. The returned promise never rejects (node:http
 * ignores it, and a rejection would end the process).
 */
export function toNodeListener(handler: FetchHandler): NodeListener {
  return async (incoming, outgoing) => {
    try {
      if (bodyWasRead(incoming)) {
        const message =
          'the request body was read before the handler saw it: mount the handler before any body-parsing middleware (such as express.json())';
        await writeResponse(errorResponse(500, 'body-already-read', message), outgoing);
        return;
      }
      const body = bodyOf(incoming);
      let response: Response;
      try {
        response = await handler(toRequest(incoming, body?.stream), { ip: incoming.socket.remoteAddress });
      } catch {
        response = errorResponse(500, 'internal-error', 'the request could not be handled');
      }
      body?.discard();
      await writeResponse(response, outgoing);
    } catch {
      // Writing failed half-way (the client went away): nothing more can be said on this connection.
      outgoing.destroy();
    }
  };
}

function toRequest(incoming: IncomingMessage, body: ReadableStream<Uint8Array> | undefined): Request {
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
  const init: RequestInit & { duplex?: 'half' } = { method: incoming.method ?? 'GET', headers };
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

/**
 * The body of a request that may have one, as a web stream that pauses the socket when the handler
 * is not reading, and `discard()`, which drops whatever the handler did not read.
 */
function bodyOf(incoming: IncomingMessage): { stream: ReadableStream<Uint8Array>; discard(): void } | undefined {
  if (incoming.method === 'GET' || incoming.method === 'HEAD') return undefined;
  let discarded = false;
  let onData: ((chunk: Buffer) => void) | undefined;
  const discard = () => {
    if (discarded) return;
    discarded = true;
    if (onData) incoming.off('data', onData);
    incoming.resume();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (incoming.readableEnded) {
        controller.close();
        return;
      }
      onData = (chunk) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) incoming.pause();
      };
      incoming.on('data', onData);
      incoming.on('end', () => {
        if (!discarded) controller.close();
      });
      incoming.on('error', (error) => {
        if (!discarded) controller.error(error);
      });
    },
    pull() {
      incoming.resume();
    },
    cancel() {
      discard();
    },
  });
  return { stream, discard };
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
