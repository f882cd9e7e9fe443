import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGraph, startFakeGraph } from '../src/fake-graph';
import { createGraphClient } from '../src/graph-client';
import { createMigrationHandler, REQUEST_HEADER } from '../src/handler';
import { memoryPinStore } from '../src/pin-store';
import { redisAttemptStore } from '../src/redis-attempt-store';
import { redisOwnerStore } from '../src/redis-owner-store';
import { startRedis } from './redis-server';

const TOKEN = 'token';
const ID = '106540352242922';

let graph: FakeGraph;
let redis: Awaited<ReturnType<typeof startRedis>>;
const clients: Redis[] = [];

/** A connection of its own, failing at once when Redis is away (the handler then fails closed). */
const connect = () => {
  const client = new Redis(redis.port, '127.0.0.1', {
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => 50,
    lazyConnect: false,
  });
  client.on('error', () => undefined);
  clients.push(client);
  return client;
};

const ready = (client: Redis) =>
  new Promise<void>((resolve) => {
    if (client.status === 'ready') resolve();
    else client.once('ready', () => resolve());
  });

beforeAll(async () => {
  [graph, redis] = await Promise.all([startFakeGraph({ accessToken: TOKEN }), startRedis()]);
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all([graph.close(), redis.close()]);
});
beforeEach(async () => {
  graph.configure({ accessToken: TOKEN });
  graph.calls.length = 0;
  const admin = connect();
  await ready(admin);
  await admin.flushall();
});

/** One handler instance, as one server behind a load balancer has, with its own Redis connection. */
async function instance(principal: string) {
  const client = connect();
  await ready(client);
  const handle = createMigrationHandler({
    client: createGraphClient({ accessToken: TOKEN, baseUrl: graph.url }),
    destinationWabaId: '102290129340398',
    authorize: () => principal,
    attempts: redisAttemptStore(client),
    owners: redisOwnerStore(client),
    pins: memoryPinStore(),
    log: () => undefined,
  });
  return (route: string, body: unknown) =>
    handle(
      new Request(`https://portal.example/api/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REQUEST_HEADER]: '1' },
        body: JSON.stringify(body),
      }),
    );
}

/** Starts the move on one instance; the others learn its owner from Redis. */
async function start(post: Awaited<ReturnType<typeof instance>>) {
  expect((await post('start', { cc: '81', phoneNumber: '9012345678' })).status).toBe(200);
  graph.calls.length = 0;
}

describe('limits shared across server instances in a real Redis', () => {
  it('knows on every instance who started a move: another principal is refused, even when both start at once', async () => {
    const [a, b, intruder] = await Promise.all([instance('user-a'), instance('user-a'), instance('user-b')]);
    const starts = await Promise.all(
      [a, intruder, b, intruder].map((post) => post('start', { cc: '81', phoneNumber: '9012345678' })),
    );
    const byPrincipal = starts.map((response) => response.status);
    // Whoever claimed first owns it; the other principal's starts are refused, never both.
    expect(new Set([byPrincipal[0], byPrincipal[2]]).size).toBe(1);
    expect(new Set([byPrincipal[1], byPrincipal[3]]).size).toBe(1);
    expect([byPrincipal[0], byPrincipal[1]].sort()).toEqual([200, 403]);
    const [owner, other] = byPrincipal[0] === 200 ? [b, intruder] : [intruder, a];
    expect((await owner('status', { phoneNumberId: ID })).status).toBe(200);
    expect((await other('status', { phoneNumberId: ID })).status).toBe(403);
  });

  it('a tampered owner record is neither trusted nor replaced: the call fails closed and nothing is sent', async () => {
    const post = await instance('user-a');
    await start(post);
    const admin = connect();
    await ready(admin);
    await admin.set(`wamigrate:owners:${ID}`, '{"principal":1}');
    const refused = await post('status', { phoneNumberId: ID });
    expect(refused.status).toBe(503);
    expect(graph.calls).toHaveLength(0);
  });

  it('an owner record expires with its time to live, in Redis as in memory', async () => {
    const client = connect();
    await ready(client);
    const owners = redisOwnerStore(client);
    const owner = { principal: 'user-a', wabaId: '1' };
    expect(await owners.claim('42', owner, 50, Date.now())).toEqual(owner);
    expect(await owners.claim('42', { principal: 'user-b', wabaId: '1' }, 50, Date.now())).toEqual(owner);
    await expect.poll(() => owners.get('42', Date.now()), { timeout: 5000, interval: 20 }).toBeUndefined();
    expect(await owners.claim('42', { principal: 'user-b', wabaId: '1' }, 50, Date.now())).toMatchObject({
      principal: 'user-b',
    });
  });

  it('200 concurrent code requests for one number through two instances: exactly the policy’s 3 reach Graph', async () => {
    // One user whose requests the load balancer spreads over two instances.
    const [a, b] = await Promise.all([instance('user-a'), instance('user-a')]);
    await start(b);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? a : b)('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' }),
      ),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(3);
    const refused = answers.filter((r) => r.status === 429);
    expect(refused).toHaveLength(197);
    const body = (await refused[0]?.json()) as { error: { next_allowed_at: number } };
    expect(body.error.next_allowed_at).toBeGreaterThan(Date.now());
    expect(graph.calls.filter((c) => c.call === 'request_code')).toHaveLength(3);
  });

  it('the same for register: 10 in 72 hours, however many instances ask at once', async () => {
    const instances = await Promise.all([instance('user-a'), instance('user-a'), instance('user-a')]);
    await start(instances[0] as (typeof instances)[0]);
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (instances[i % 3] as (typeof instances)[0])('register', { phoneNumberId: ID }),
      ),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(10);
    expect(graph.calls.filter((c) => c.call === 'register')).toHaveLength(10);
  });

  it('fails closed while Redis is away (503, nothing sent to Graph) and recovers when it is back', async () => {
    const post = await instance('user-a');
    await start(post);
    await redis.stop();
    const during = await post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' });
    expect(during.status).toBe(503);
    expect(graph.calls).toHaveLength(0);
    await redis.start();
    await expect
      .poll(async () => (await post('request-code', { phoneNumberId: ID, method: 'SMS', language: 'ja_JP' })).status, {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(200);
    expect(graph.calls.filter((c) => c.call === 'request_code')).toHaveLength(1);
  });
});
