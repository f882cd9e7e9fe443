import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseGraphError } from '@wamigrate/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AttemptStore, memoryAttemptStore } from '../src/attempt-store';
import { type FakeGraph, startFakeGraph } from '../src/fake-graph';
import { createGraphClient } from '../src/graph-client';
import { createMigrationHandler, REQUEST_HEADER } from '../src/handler';
import { toNodeListener } from '../src/node-http';
import { memoryPinStore } from '../src/pin-store';

const TOKEN = 'server-side-token';
const WABA = '102290129340398';
const ID = '106540352242922';

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph({ accessToken: TOKEN });
});
afterAll(async () => {
  await graph.close();
});
beforeEach(() => {
  graph.configure({ accessToken: TOKEN });
  graph.calls.length = 0;
});

function setup(overrides: Partial<Parameters<typeof createMigrationHandler>[0]> = {}) {
  const logged: string[] = [];
  const pins = memoryPinStore();
  const handle = createMigrationHandler({
    client: createGraphClient({ accessToken: TOKEN, baseUrl: graph.url, sleep: async () => undefined }),
    destinationWabaId: WABA,
    authorize: () => 'user-1',
    pins,
    log: (message) => logged.push(message),
    ...overrides,
  });
  const post = (route: string, body: unknown, headers: Record<string, string> = { [REQUEST_HEADER]: '1' }) =>
    handle(
      new Request(`https://portal.example/api/whatsapp/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  return { handle, post, logged, pins };
}

const bodyOf = async (response: Response) =>
  (await response.json()) as { error?: Record<string, unknown> } & Record<string, unknown>;

describe('the migration handler: the JSON API hostActions calls', () => {
  it('runs start, request-code, verify-code, register and status, choosing and keeping the PIN', async () => {
    const { post, pins } = setup();
    expect(await bodyOf(await post('start', { cc: '81', phoneNumber: '9012345678' }))).toEqual({ phoneNumberId: ID });
    expect((await post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' })).status).toBe(200);
    expect((await post('verify-code', { phoneNumberId: ID, code: '１２３ ４５６' })).status).toBe(200);
    const registered = await post('register', { phoneNumberId: ID });
    expect(registered.status).toBe(200);
    const pin = await pins.get(ID);
    expect(pin).toMatch(/^\d{6}$/u);
    // The PIN went to Meta and nowhere else: not in the answer.
    expect(JSON.stringify(await bodyOf(registered))).not.toContain(pin as string);
    expect(graph.calls.find((c) => c.call === 'register')?.body).toEqual({ messaging_product: 'whatsapp', pin });
    expect(graph.calls.find((c) => c.call === 'verify_code')?.body).toEqual({ code: '123456' });
    expect(await bodyOf(await post('status', { phoneNumberId: ID }))).toEqual({
      status: 'CONNECTED',
      codeVerificationStatus: 'VERIFIED',
      nameStatus: 'APPROVED',
      verifiedName: 'Acme Coffee',
    });
    // A second registration (after 133005, say) uses the same PIN.
    await post('register', { phoneNumberId: ID });
    expect(graph.calls.filter((c) => c.call === 'register').map((c) => (c.body as { pin: string }).pin)).toEqual([
      pin,
      pin,
    ]);
  });

  it('passes Meta’s error on as it came, marked as Meta’s, so the guide opens the right entry', async () => {
    graph.configure({ accessToken: TOKEN, twoStepOn: true });
    const response = await setup().post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(response.status).toBe(400);
    const body = await bodyOf(response);
    expect(body.error).toMatchObject({ error_subcode: 2388001, wamigrate_code: 'graph-error' });
    expect(parseGraphError(body).code).toBe('2388001');
    expect(JSON.stringify(body)).not.toContain(TOKEN);
  });

  it('counts code requests per number and per principal before Graph: the fourth is refused with the time', async () => {
    const { post } = setup({ now: () => Date.UTC(2026, 11, 1, 9) });
    for (let i = 0; i < 3; i++) {
      expect((await post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' })).status).toBe(200);
    }
    const refused = await post('request-code', { phoneNumberId: ID, method: 'VOICE', language: 'ja_JP' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(8 * 60 * 60));
    expect((await bodyOf(refused)).error).toMatchObject({
      wamigrate_code: 'limit-reached',
      next_allowed_at: Date.UTC(2026, 11, 1, 17),
    });
    expect(graph.calls.filter((c) => c.call === 'request_code')).toHaveLength(3);
    // Another number of the same principal is refused too: the principal's own count is used up.
    expect((await post('request-code', { phoneNumberId: '999', method: 'SMS', language: 'ja_JP' })).status).toBe(429);
  });

  it('200 concurrent code requests for one number: exactly the policy’s 3 reach Graph', async () => {
    const attempts = memoryAttemptStore();
    const a = setup({ attempts, authorize: () => 'user-a' });
    const b = setup({ attempts, authorize: () => 'user-b' });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? a : b).post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' }),
      ),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(3);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(197);
    expect(graph.calls.filter((c) => c.call === 'request_code')).toHaveLength(3);
  });

  it('fails closed when the attempt store cannot be reached: 503 and nothing sent to Graph', async () => {
    const broken: AttemptStore = { record: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')) };
    const { post, logged } = setup({ attempts: broken });
    const response = await post('register', { phoneNumberId: ID });
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).error).toMatchObject({ wamigrate_code: 'store-unavailable' });
    expect(graph.calls).toHaveLength(0);
    expect(logged.join('\n')).not.toContain('6379');
  });

  it.each([
    ['start', { cc: 81, phoneNumber: '9012345678' }, ['cc']],
    ['start', { cc: '81' }, ['phoneNumber']],
    ['start', { cc: '+81', phoneNumber: '090-1234-5678' }, ['cc', 'phoneNumber']],
    ['request-code', { phoneNumberId: ID, method: 'FAX', language: 'ja_JP' }, ['method']],
    ['request-code', { phoneNumberId: '../me', method: 'SMS', language: 'ja-JP' }, ['phoneNumberId', 'language']],
    ['status', [], []],
  ] as const)('%s %j: 400 with the fields named, nothing sent', async (route, body, fields) => {
    const response = await setup().post(route, body);
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).error).toMatchObject({ wamigrate_code: 'bad-request', fields });
    expect(graph.calls).toHaveLength(0);
  });

  it('refuses a code that is not 6 digits, a body that is not JSON, and a 1 MB body, before Graph', async () => {
    const { post } = setup();
    expect((await bodyOf(await post('verify-code', { phoneNumberId: ID, code: '12345' }))).error).toMatchObject({
      wamigrate_code: 'code-malformed',
    });
    expect((await bodyOf(await post('status', '{"phoneNumberId":'))).error).toMatchObject({
      wamigrate_code: 'bad-request',
    });
    const huge = await post('status', JSON.stringify({ phoneNumberId: ID, pad: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(graph.calls).toHaveLength(0);
  });

  it('asks who is calling (401, 403) and refuses requests from other origins without the header', async () => {
    expect((await setup({ authorize: () => null }).post('status', { phoneNumberId: ID })).status).toBe(401);
    expect((await setup({ authorize: () => false }).post('status', { phoneNumberId: ID })).status).toBe(403);
    const { post } = setup();
    const forged = await post('register', { phoneNumberId: ID }, { origin: 'https://evil.example' });
    expect((await bodyOf(forged)).error).toMatchObject({ wamigrate_code: 'cross-origin' });
    expect((await post('register', { phoneNumberId: ID }, {})).status).toBe(403);
    expect((await post('register', { phoneNumberId: ID }, { origin: 'https://portal.example' })).status).toBe(200);
    expect((await post('nothing-here', {})).status).toBe(404);
    expect(graph.calls.filter((c) => c.call === 'register')).toHaveLength(1);
  });

  it('serves node:http through toNodeListener', async () => {
    const { handle } = setup();
    const server = createServer(toNodeListener(handle));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/whatsapp/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REQUEST_HEADER]: '1' },
        body: JSON.stringify({ phoneNumberId: ID }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'PENDING' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
