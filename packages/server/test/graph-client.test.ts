import { parseGraphError } from '@wamigrate/core';
import { describe, expect, it } from 'vitest';
import { createGraphClient, GraphCallError } from '../src/graph-client';
import { useFakeGraph } from './fake-graph-fixture';

const WABA = '102290129340398';
const TOKEN = 'EAAG-secret-token-123';

const graph = useFakeGraph({ accessToken: TOKEN });

/** A client of the stand-in whose pauses are recorded, not waited. */
function client(options: Partial<Parameters<typeof createGraphClient>[0]> = {}) {
  const pauses: number[] = [];
  const api = createGraphClient({
    accessToken: TOKEN,
    baseUrl: graph.url,
    sleep: async (ms) => {
      pauses.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { api, pauses };
}

/** The error a call threw, for its body. */
async function failure(promise: Promise<unknown>): Promise<GraphCallError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphCallError);
  return error as GraphCallError;
}

describe('the Graph client, against the local stand-in', () => {
  it('walks §8.4: webhooks, start, code, verify, templates, register, status', async () => {
    const { api } = client();
    expect((await api.subscribedApps(WABA)).data).toHaveLength(1);
    expect(await api.subscribeApp(WABA)).toEqual({ success: true });
    expect(await api.phoneNumbers(WABA)).toEqual({ data: [] });
    const { id } = await api.startMigration(WABA, { cc: '81', phoneNumber: '9012345678' });
    expect(id).toMatch(/^\d+$/u);
    expect(await api.requestCode(id, { method: 'SMS', language: 'ja_JP' })).toEqual({ success: true });
    expect(await api.verifyCode(id, '123456')).toEqual({ success: true });
    await api.migrateTemplates(WABA, { sourceWabaId: '100000000000001', count: 900 });
    expect(await api.register(id, '482913')).toEqual({ success: true });
    expect(await api.status(id)).toMatchObject({ status: 'CONNECTED', verified_name: 'Acme Coffee' });
    // Meta's parameters as §1.2 names them; the template page size capped at 500.
    expect(graph.calls.find((c) => c.call === 'start')?.body).toEqual({
      cc: '81',
      phone_number: '9012345678',
      migrate_phone_number: true,
    });
    expect(graph.calls.find((c) => c.call === 'request_code')?.body).toEqual({ code_method: 'SMS', language: 'ja_JP' });
    expect(graph.calls.find((c) => c.call === 'migrate_message_templates')?.body).toMatchObject({ count: 500 });
    expect(graph.calls.find((c) => c.call === 'register')?.body).toEqual({
      messaging_product: 'whatsapp',
      pin: '482913',
    });
  });

  it('throws Meta’s body as it came: 2388001 under code 100, read by parseGraphError', async () => {
    graph.configure({ accessToken: TOKEN, twoStepOn: true });
    const error = await failure(client().api.startMigration(WABA, { cc: '81', phoneNumber: '9012345678' }));
    expect(error.status).toBe(400);
    expect(error.body.error).toMatchObject({ code: 100, error_subcode: 2388001 });
    expect(parseGraphError(error.body)).toMatchObject({ code: '2388001', parentCode: '100' });
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.body);
  });

  it('a wrong code is 136025; a register past Meta’s limit is 133016 and is not tried again', async () => {
    graph.configure({ accessToken: TOKEN, registrationsBefore: 10 });
    const { api, pauses } = client();
    expect(parseGraphError((await failure(api.verifyCode('106540352242922', '000000'))).body).code).toBe('136025');
    expect(parseGraphError((await failure(api.register('106540352242922', '482913'))).body).code).toBe('133016');
    expect(graph.calls.filter((c) => c.call === 'register')).toHaveLength(1);
    expect(pauses).toEqual([]);
  });

  it('tries a transient 131000 again with doubling pauses and jitter, where the call is not a counted one', async () => {
    graph.configure({ accessToken: TOKEN, transient: { status: 2 } });
    const { api, pauses } = client();
    expect(await api.status('106540352242922')).toMatchObject({ status: 'PENDING' });
    expect(graph.calls.filter((c) => c.call === 'status')).toHaveLength(3);
    expect(pauses).toEqual([750, 1250]);
  });

  it('never tries a code request or a registration again by itself: each passes the limits first', async () => {
    graph.configure({ accessToken: TOKEN, transient: { request_code: 1, register: 1 } });
    const { api } = client();
    const error = await failure(api.requestCode('106540352242922', { method: 'SMS', language: 'en_US' }));
    expect(error.transient).toBe(true);
    await failure(api.register('106540352242922', '482913'));
    expect(graph.calls.map((c) => c.call)).toEqual(['request_code', 'register']);
  });

  it('gives up after the timeout with a body in Meta’s shape and no code (the network’s)', async () => {
    graph.configure({ accessToken: TOKEN, slowMs: 300 });
    const error = await failure(client({ timeoutMs: 50, retries: 0 }).api.status('106540352242922'));
    expect(error.status).toBeNull();
    expect(error.transient).toBe(true);
    expect(parseGraphError(error.body).code).toBe('?');
  });

  it('a body that is not Graph’s (a proxy’s 502 page) is an error with no code to act on', async () => {
    graph.configure({ accessToken: TOKEN, malformed: ['status'] });
    const error = await failure(client({ retries: 0 }).api.status('106540352242922'));
    expect(error.status).toBe(502);
    expect(error.body.error.type).toBe('WamigrateError');
  });

  it('keeps the token out of every error, and refuses an id that is not digits before any request', async () => {
    const wrong = await failure(client({ accessToken: 'another-token' }).api.status('106540352242922'));
    expect(parseGraphError(wrong.body).code).toBe('190');
    const echo = createGraphClient({
      accessToken: TOKEN,
      fetch: async () =>
        new Response(JSON.stringify({ error: { message: `bad token ${TOKEN}`, type: 'OAuthException', code: 190 } }), {
          status: 401,
        }),
    });
    const scrubbed = await failure(echo.status('1'));
    expect(JSON.stringify(scrubbed.body) + scrubbed.message + String(scrubbed.stack)).not.toContain(TOKEN);
    graph.calls.length = 0;
    const injected = await failure(client().api.status('1/../../me'));
    expect(parseGraphError(injected.body).code).toBe('100');
    expect(graph.calls).toHaveLength(0);
    expect(() => createGraphClient({ accessToken: ' ' })).toThrow(TypeError);
  });
});
