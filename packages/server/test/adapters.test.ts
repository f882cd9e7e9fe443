import { request as httpRequest } from 'node:http';
import { Hono } from 'hono';
import { expect, it } from 'vitest';
import { createGraphClient } from '../src/graph-client';
import { createMigrationHandler, REQUEST_HEADER } from '../src/handler';
import { memoryPinStore } from '../src/pin-store';
import { useFakeGraph } from './fake-graph-fixture';
import { withNodeServer } from './node-server';

const graph = useFakeGraph({ accessToken: 'token' });

const handlerFor = (options: Partial<Parameters<typeof createMigrationHandler>[0]> = {}) =>
  createMigrationHandler({
    client: createGraphClient({ accessToken: 'token', baseUrl: graph.url }),
    authorize: () => 'user-1',
    pins: memoryPinStore(),
    log: () => undefined,
    destinationWabaId: '102290129340398',
    ...options,
  });

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', [REQUEST_HEADER]: '1' },
  body: JSON.stringify(body),
});

/** A handler whose principal has started the move of Meta's example number, as every later call needs. */
async function startedHandler() {
  const handler = handlerFor();
  const started = await handler(
    new Request('https://portal.example/api/whatsapp/start', json({ cc: '81', phoneNumber: '9012345678' })),
  );
  expect(started.status).toBe(200);
  graph.calls.length = 0;
  return handler;
}

it('mounts in Hono as it is: app.post(path, (c) => handler(c.req.raw))', async () => {
  const handler = await startedHandler();
  const app = new Hono().post('/api/whatsapp/*', (c) => handler(c.req.raw));
  const response = await app.request('/api/whatsapp/status', json({ phoneNumberId: '106540352242922' }));
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'PENDING' });
});

it('moves each tenant to its own WABA with resolveWaba', async () => {
  const handler = createMigrationHandler({
    client: createGraphClient({ accessToken: 'token', baseUrl: graph.url }),
    authorize: () => 'user-1',
    pins: memoryPinStore(),
    log: () => undefined,
    resolveWaba: (request) => (request.headers.get('x-tenant') === 'b' ? '200000000000002' : '100000000000001'),
  });
  const start = (tenant: string) =>
    handler(
      new Request('https://portal.example/api/whatsapp/start', {
        ...json({ cc: '81', phoneNumber: '9012345678' }),
        headers: { ...json({}).headers, 'x-tenant': tenant },
      }),
    );
  expect((await start('a')).status).toBe(200);
  expect((await start('b')).status).toBe(200);
  expect(graph.calls.filter((c) => c.call === 'start').map((c) => c.path)).toEqual([
    '/v25.0/100000000000001/phone_numbers',
    '/v25.0/200000000000002/phone_numbers',
  ]);
  expect(() =>
    createMigrationHandler({ client: createGraphClient({ accessToken: 't' }), authorize: () => 'x' }),
  ).toThrow(TypeError);
});

it('a client that goes away mid-call leaves the server standing; the call still finishes at Meta', async () => {
  const handler = await startedHandler();
  graph.configure({ accessToken: 'token', slowMs: 200 });
  await withNodeServer(handler, async (port) => {
    await new Promise<void>((resolve) => {
      const request = httpRequest({ port, host: '127.0.0.1', path: '/api/whatsapp/status', ...json({}) });
      request.on('error', () => resolve());
      request.end(JSON.stringify({ phoneNumberId: '106540352242922' }));
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 50);
    });
    await expect.poll(() => graph.calls.filter((c) => c.call === 'status').length, { timeout: 5000 }).toBe(1);
    // The server still answers the next caller.
    const next = await fetch(
      `http://127.0.0.1:${port}/api/whatsapp/status`,
      json({ phoneNumberId: '106540352242922' }),
    );
    expect(next.status).toBe(200);
  });
});

it('a request no Request can hold (TRACE, a Host with spaces) gets 400 and the server keeps serving', async () => {
  await withNodeServer(await startedHandler(), async (port) => {
    const status = (options: { method?: string; headers?: Record<string, string> }) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(
          { port, host: '127.0.0.1', path: '/api/whatsapp/status', ...options },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end();
      });
    expect(await status({ method: 'TRACE' })).toBe(400);
    expect(await status({ method: 'POST', headers: { host: 'a b' } })).toBe(400);
    const next = await fetch(
      `http://127.0.0.1:${port}/api/whatsapp/status`,
      json({ phoneNumberId: '106540352242922' }),
    );
    expect(next.status).toBe(200);
  });
});
