import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

function toRequest(incoming: IncomingMessage): Request {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(url, {
    method: incoming.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * `node:http` in front of a Web-standard handler: `createServer(toNodeListener(handler))`. A client that
 * goes away mid-call leaves the call to finish on the server; its answer is simply not written.
 */
export function toNodeListener(handle: (request: Request) => Promise<Response>) {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    let request: Request;
    try {
      request = toRequest(incoming);
    } catch {
      // A request no Request can hold (TRACE, a Host header with spaces): refused, never a crash.
      outgoing.writeHead(400, { 'content-type': 'application/json' });
      outgoing.end(
        JSON.stringify({ error: { message: 'Bad request', type: 'WamigrateError', wamigrate_code: 'bad-request' } }),
      );
      return;
    }
    handle(request)
      .then(async (response) => {
        if (outgoing.destroyed) return;
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        if (!outgoing.headersSent && !outgoing.destroyed) {
          outgoing.writeHead(500, { 'content-type': 'application/json' });
          outgoing.end(
            JSON.stringify({
              error: { message: 'Something went wrong', type: 'WamigrateError', wamigrate_code: 'internal' },
            }),
          );
        }
      });
  };
}
