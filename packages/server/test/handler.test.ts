import { parseGraphError, REGISTRATION_POLICY } from '@wamigrate/core';
import { describe, expect, it } from 'vitest';
import { type AttemptStore, memoryAttemptStore } from '../src/attempt-store';
import { createGraphClient } from '../src/graph-client';
import { createMigrationHandler, REQUEST_HEADER } from '../src/handler';
import { memoryOwnerStore, type OwnerStore } from '../src/owner-store';
import { memoryPinStore } from '../src/pin-store';
import { useFakeGraph } from './fake-graph-fixture';
import { withNodeServer } from './node-server';

const TOKEN = 'server-side-token';
const WABA = '102290129340398';
const ID = '106540352242922';
/** The id the stand-in gives the second number started. */
const SECOND_ID = '106540352242923';

const graph = useFakeGraph({ accessToken: TOKEN });

function setup(overrides: Partial<Parameters<typeof createMigrationHandler>[0]> = {}) {
  const logged: string[] = [];
  const pins = memoryPinStore();
  const handle = createMigrationHandler({
    client: createGraphClient({ accessToken: TOKEN, baseUrl: graph.url, sleep: async () => undefined }),
    // A tenant's WABA, when the test resolves one, instead of the one destination.
    ...(overrides.resolveWaba ? {} : { destinationWabaId: WABA }),
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
  /** Starts the move of a number as this principal; later calls need that first. */
  const start = async (phoneNumber = '9012345678') => {
    const response = await post('start', { cc: '81', phoneNumber });
    expect(response.status).toBe(200);
    const { phoneNumberId } = (await response.json()) as { phoneNumberId: string };
    graph.calls.length = 0;
    return phoneNumberId;
  };
  return { handle, post, start, logged, pins };
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
    const { post, start } = setup({ now: () => Date.UTC(2026, 11, 1, 9) });
    await start();
    for (let i = 0; i < 3; i++) {
      expect((await post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' })).status).toBe(200);
    }
    const refused = await post('request-code', { phoneNumberId: ID, method: 'VOICE', language: 'ja_JP' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(8 * 60 * 60));
    expect((await bodyOf(refused)).error).toMatchObject({
      wamigrate_code: 'code-limit-reached',
      next_allowed_at: Date.UTC(2026, 11, 1, 17),
    });
    expect(graph.calls.filter((c) => c.call === 'request_code')).toHaveLength(3);
    // Another number of the same principal is refused too: the principal's own count is used up.
    expect(await start('8011112222')).toBe(SECOND_ID);
    const other = await post('request-code', { phoneNumberId: SECOND_ID, method: 'SMS', language: 'ja_JP' });
    expect(other.status).toBe(429);
    expect(graph.calls).toHaveLength(0);
  });

  it('200 concurrent code requests for one number: exactly the policy’s 3 reach Graph', async () => {
    // Two instances of one portal, sharing their stores; the user's tabs reach both.
    const attempts = memoryAttemptStore();
    const owners = memoryOwnerStore();
    const a = setup({ attempts, owners });
    const b = setup({ attempts, owners });
    await a.start();
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
    // Reachable for the start, gone by the registration.
    const working = memoryAttemptStore();
    let reachable = true;
    const broken: AttemptStore = {
      record: (keys, policy, now) =>
        reachable ? working.record(keys, policy, now) : Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
    };
    const { post, start, logged } = setup({ attempts: broken });
    await start();
    reachable = false;
    const response = await post('register', { phoneNumberId: ID });
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).error).toMatchObject({ wamigrate_code: 'store-unavailable' });
    expect(graph.calls).toHaveLength(0);
    expect(logged.join('\n')).not.toContain('6379');
  });

  it('fails closed when the owner store cannot be reached: 503 and nothing sent to Graph', async () => {
    const broken: OwnerStore = {
      claim: () => Promise.reject(new Error('ECONNREFUSED')),
      get: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const { post } = setup({ owners: broken });
    const response = await post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' });
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).error).toMatchObject({ wamigrate_code: 'store-unavailable' });
    expect(graph.calls).toHaveLength(0);
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

  it.each([
    ['empty', ''],
    ['with a plus', '+819012345678'],
    ['with dashes', '90-1234-5678'],
    ['with spaces around', ' 9012345678 '],
    ['in full-width digits', '９０１２３４５６７８'],
    ['in Arabic-Indic digits', '٩٠١٢٣٤٥٦٧٨'],
    ['as a number', 9012345678],
    ['in exponent form', '9e9'],
    ['too long', '1234567890123456'],
    ['with an extension', '9012345678x12'],
    ['as an array', ['9012345678']],
    ['as null', null],
    ['hostile', '9012345678\r\nBcc: x@evil.example'],
  ])('a phone number %s is refused with 400 on phoneNumber, nothing sent', async (_, phoneNumber) => {
    const response = await setup().post('start', { cc: '81', phoneNumber });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).error).toMatchObject({ wamigrate_code: 'bad-request', fields: ['phoneNumber'] });
    expect(graph.calls).toHaveLength(0);
  });

  it('refuses a code that is not 6 digits, a body that is not JSON, and a 1 MB body, before Graph', async () => {
    const { post } = setup();
    for (const code of ['12345', '1234567', 'abcdef', '12 34 5', '']) {
      expect((await bodyOf(await post('verify-code', { phoneNumberId: ID, code }))).error).toMatchObject({
        wamigrate_code: 'code-malformed',
      });
    }
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
    // A blank id, or no text at all from a host written in plain JavaScript, is no identity.
    for (const blank of ['', ' ', '\t', undefined, 0]) {
      const answer = await setup({ authorize: () => blank as never }).post('status', { phoneNumberId: ID });
      expect(answer.status).toBe(401);
    }
    const { post, start } = setup();
    await start();
    const forged = await post('register', { phoneNumberId: ID }, { origin: 'https://evil.example' });
    expect((await bodyOf(forged)).error).toMatchObject({ wamigrate_code: 'cross-origin' });
    expect((await post('register', { phoneNumberId: ID }, {})).status).toBe(403);
    expect((await post('register', { phoneNumberId: ID }, { origin: 'https://portal.example' })).status).toBe(200);
    expect((await post('nothing-here', {})).status).toBe(404);
    expect(graph.calls.filter((c) => c.call === 'register')).toHaveLength(1);
  });

  it('lets only the principal who started a move continue it; others are refused before Graph and count nothing', async () => {
    const owners = memoryOwnerStore();
    const owner = setup({ owners });
    const intruder = setup({ owners, authorize: () => 'user-2' });
    // A number nobody started: 409, whoever asks.
    const unknown = await owner.post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' });
    expect(unknown.status).toBe(409);
    expect((await bodyOf(unknown)).error).toMatchObject({ wamigrate_code: 'not-started' });
    await owner.start();
    for (const [route, body] of [
      ['request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' }],
      ['request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' }],
      ['request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' }],
      ['request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' }],
      ['verify-code', { phoneNumberId: ID, code: '123456' }],
      ['register', { phoneNumberId: ID }],
      ['status', { phoneNumberId: ID }],
    ] as const) {
      const refused = await intruder.post(route, body);
      expect(refused.status).toBe(403);
      expect((await bodyOf(refused)).error).toMatchObject({ wamigrate_code: 'not-owner' });
    }
    // Starting the same number does not hand it over, and does not tell the intruder its id.
    const restarted = await intruder.post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(restarted.status).toBe(403);
    expect(JSON.stringify(await bodyOf(restarted))).not.toContain(ID);
    // Nothing at all reached Graph for the intruder: the number was the owner's before any call.
    expect(graph.calls).toEqual([]);
    // The intruder's four tries used none of the owner's three code requests.
    for (let i = 0; i < 3; i++) {
      expect((await owner.post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' })).status).toBe(
        200,
      );
    }
  });

  it('a number already in the destination that no one here started: its id goes to no one (409)', async () => {
    // Moved in by a first portal user; this server (its owners forgotten, as after a restart) does not know.
    await setup().start();
    const stranger = setup({ authorize: () => 'user-2' });
    const answer = await stranger.post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(answer.status).toBe(409);
    const body = await bodyOf(answer);
    expect(body.error).toMatchObject({ wamigrate_code: 'already-in-account' });
    expect(JSON.stringify(body)).not.toContain(ID);
    // Nor can the stranger act on the id if they learnt it elsewhere.
    const status = await stranger.post('status', { phoneNumberId: ID });
    expect(status.status).toBe(409);
    expect(graph.calls.filter((c) => c.call === 'status')).toEqual([]);
  });

  it('counts starts per principal: the eleventh in an hour is refused before Graph', async () => {
    const { post } = setup({ now: () => Date.UTC(2026, 11, 1, 9) });
    for (let i = 0; i < 10; i++) {
      expect((await post('start', { cc: '81', phoneNumber: '9012345678' })).status).toBe(200);
    }
    graph.calls.length = 0;
    const refused = await post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(refused.status).toBe(429);
    expect((await bodyOf(refused)).error).toMatchObject({ wamigrate_code: 'start-limit-reached' });
    expect(graph.calls).toEqual([]);
  });

  it.each([
    ['a start answer without an id', 'start', { status: 200, body: {} }],
    ['a start answer whose id is not digits', 'start', { status: 200, body: { id: { $gt: '' } } }],
  ] as const)('%s is a bad gateway, no id is kept', async (_, call, failure) => {
    graph.configure({ accessToken: TOKEN, fail: { [call]: failure } });
    const answer = await setup().post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(answer.status).toBe(502);
    expect(parseGraphError(await bodyOf(answer)).code).toBe('?');
  });

  it.each([
    ['no data', {}],
    ['data that is not a list', { data: null }],
    ['records that are not records', { data: [null, 7, { id: '1', display_phone_number: 819012345678 }] }],
  ])('2388012 with a list of %s passes Meta’s answer on, never crashes', async (_, list) => {
    const odd: typeof fetch = async (input, init) =>
      String(input).endsWith('/phone_numbers') && (init?.method ?? 'GET') === 'GET'
        ? Response.json(list)
        : fetch(input, init);
    const { post } = setup({ client: createGraphClient({ accessToken: TOKEN, baseUrl: graph.url, fetch: odd }) });
    await post('start', { cc: '81', phoneNumber: '9012345678' });
    const again = await post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(again.status).toBe(400);
    expect(parseGraphError(await bodyOf(again)).code).toBe('2388012');
  });

  it('a PIN store that fails costs no registration: 503 before the count and before Graph', async () => {
    const attempts = memoryAttemptStore();
    const pins = { get: () => Promise.reject(new Error('down')), set: () => Promise.reject(new Error('down')) };
    const { post, start } = setup({ pins, attempts });
    await start();
    for (let i = 0; i < 12; i++) expect((await post('register', { phoneNumberId: ID })).status).toBe(503);
    expect(graph.calls).toEqual([]);
    // Had they been counted, Meta's 10 in 72 hours would now be used up.
    const decision = await attempts.record([`number:${ID}`], REGISTRATION_POLICY, Date.now());
    expect(decision.ok).toBe(true);
  });

  it('refuses an owner time to live that is not a positive number of milliseconds', () => {
    for (const ownerTtlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.5]) {
      expect(() => setup({ ownerTtlMs })).toThrow(TypeError);
    }
  });

  it('keeps a tenant’s move to its own WABA: the same principal under another WABA is refused', async () => {
    let tenant = '102290129340398';
    const { post, start } = setup({ resolveWaba: () => tenant });
    await start();
    tenant = '102290129340399';
    const response = await post('status', { phoneNumberId: ID });
    expect(response.status).toBe(403);
    expect(graph.calls).toHaveLength(0);
  });

  it('subscribes the destination’s webhooks first when no app is, and reuses the id of a number already there', async () => {
    graph.configure({ accessToken: TOKEN, subscribed: false });
    const { post } = setup();
    const first = await post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(await bodyOf(first)).toEqual({ phoneNumberId: ID });
    expect(graph.calls.map((c) => `${c.call} ${c.path}`)).toEqual([
      `subscribed_apps /v25.0/${WABA}/subscribed_apps`,
      `subscribed_apps /v25.0/${WABA}/subscribed_apps`,
      `start /v25.0/${WABA}/phone_numbers`,
    ]);
    // A reload starts again: Meta answers 2388012, and the id is found in the destination's list (§8.4 step 1).
    graph.calls.length = 0;
    const again = await post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(await bodyOf(again)).toEqual({ phoneNumberId: ID });
    expect(graph.calls.map((c) => c.call)).toEqual(['subscribed_apps', 'subscribed_apps', 'start', 'phone_numbers']);
  });

  it('passes 2388012 on, as Meta sent it, when the number is not in the destination’s list after all', async () => {
    // The list is read through a fetch that hides every number, as a list of another WABA would.
    const hidingList: typeof fetch = async (input, init) =>
      String(input).endsWith('/phone_numbers') && (init?.method ?? 'GET') === 'GET'
        ? Response.json({ data: [] })
        : fetch(input, init);
    const client = createGraphClient({ accessToken: TOKEN, baseUrl: graph.url, fetch: hidingList });
    const { post } = setup({ client });
    await post('start', { cc: '81', phoneNumber: '9012345678' });
    const response = await post('start', { cc: '81', phoneNumber: '9012345678' });
    expect(response.status).toBe(400);
    expect(parseGraphError(await bodyOf(response)).code).toBe('2388012');
  });

  it('serves node:http through toNodeListener', async () => {
    const { handle, start } = setup();
    await start();
    await withNodeServer(handle, async (port) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/whatsapp/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REQUEST_HEADER]: '1' },
        body: JSON.stringify({ phoneNumberId: ID }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'PENDING' });
    });
  });
});
