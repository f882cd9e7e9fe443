import { performance } from 'node:perf_hooks';
import type { AttemptPolicy } from '@wamigrate/core';
import {
  type AttemptStore,
  createGraphClient,
  createMigrationHandler,
  memoryAttemptStore,
  memoryOwnerStore,
  memoryPinStore,
  type OwnerStore,
  REQUEST_HEADER,
  redisAttemptStore,
  redisOwnerStore,
} from '@wamigrate/server';
import { Redis } from 'ioredis';
import { startRedis } from '../../packages/server/test/redis-server.ts';
import type { Measurement, Section } from './results.ts';
import { summarize } from './stats.ts';

export interface ServerOptions {
  readonly runs: number;
  /** Requests per run. */
  readonly requests: number;
}

/** A policy that never refuses: what is measured is the counting, not a refusal. */
const UNLIMITED: AttemptPolicy = {
  id: 'bench-unlimited',
  mode: 'moving-window',
  limit: 1e9,
  periodMs: 60_000,
  sources: [],
};

/** A Graph that answers at once, so the figures are the handler's own work (parse, validate, count, answer). */
const instantGraph = createGraphClient({
  accessToken: 'bench',
  baseUrl: 'http://graph.invalid',
  fetch: async () => new Response('{"success":true}', { status: 200 }),
});

const WABA = '102290129340398';

/** A handler and its owner store: each number's move is claimed for its caller before it is measured. */
const handlerWith = (attempts: AttemptStore, owners: OwnerStore) => ({
  owners,
  handle: createMigrationHandler({
    client: instantGraph,
    destinationWabaId: WABA,
    // Each request names its caller, so each number's and caller's list is as short as a real one's.
    authorize: (request) => request.headers.get('x-bench-user') ?? 'bench-user',
    attempts,
    pins: memoryPinStore(),
    codePolicy: UNLIMITED,
    owners,
    log: () => undefined,
  }),
});
type Instance = ReturnType<typeof handlerWith>;

const codeRequest = (phoneNumberId: string, user: string) =>
  new Request('http://portal.local/api/whatsapp/request-code', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REQUEST_HEADER]: '1', 'x-bench-user': user },
    body: JSON.stringify({ phoneNumberId, method: 'SMS', language: 'ja_JP' }),
  });
let serial = 0;
/** A number and a caller not used before, the number's move started by that caller (as `start` does). */
const fresh = async (owners: OwnerStore) => {
  serial += 1;
  const started = { number: String(1e12 + serial), user: `user-${serial}` };
  await owners.claim(started.number, { principal: started.user, wabaId: WABA }, 60_000, Date.now());
  return started;
};

const percentile = (samples: readonly number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] as number;
};

/** Per-request time in µs: each run sends `requests` code requests one after another. */
async function overhead(id: string, label: string, { handle, owners }: Instance, o: ServerOptions) {
  const medians: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < o.runs + 1; run++) {
    const times: number[] = [];
    for (let i = 0; i < o.requests; i++) {
      const { number, user } = await fresh(owners);
      const t0 = performance.now();
      const response = await handle(codeRequest(number, user));
      times.push((performance.now() - t0) * 1000);
      if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status}`);
    }
    // The first run warms the code up and is not kept.
    if (run === 0) continue;
    medians.push(percentile(times, 0.5));
    all.push(...times);
  }
  return {
    id,
    label,
    unit: 'µs',
    ours: summarize(medians),
    peers: {},
    detail: { p99: Math.round(percentile(all, 0.99)), requests: all.length },
  } satisfies Measurement;
}

/** 200 code requests at once through two instances sharing one Redis: requests per second. */
async function concurrent(a: Instance, b: Instance, runs: number) {
  const rates: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    // One number and one caller per run: all 200 contend for the same two counts.
    const { number, user } = await fresh(a.owners);
    const t0 = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).handle(codeRequest(number, user))),
    );
    const seconds = (performance.now() - t0) / 1000;
    const failed = answers.find((r) => r.status !== 200);
    if (failed) throw new Error(`a concurrent request failed: HTTP ${failed.status} ${await failed.text()}`);
    if (run > 0) rates.push(200 / seconds);
  }
  return {
    id: 'server-concurrent-redis',
    label: '200 concurrent code requests, two instances, one Redis',
    unit: 'ops/s',
    ours: summarize(rates),
    peers: {},
  } satisfies Measurement;
}

export async function benchServer(options: ServerOptions): Promise<Section> {
  const redis = await startRedis();
  const connections: Redis[] = [];
  const connect = () => {
    const client = new Redis(redis.port, '127.0.0.1', { maxRetriesPerRequest: 0, enableOfflineQueue: false });
    connections.push(client);
    return new Promise<Redis>((resolve) => client.once('ready', () => resolve(client)));
  };
  try {
    const memory = handlerWith(memoryAttemptStore(), memoryOwnerStore());
    const [one, two] = await Promise.all([connect(), connect()]);
    const shared = [
      handlerWith(redisAttemptStore(one), redisOwnerStore(one)),
      handlerWith(redisAttemptStore(two), redisOwnerStore(two)),
    ] as const;
    return {
      title: '@wamigrate/server handler, in Node',
      method:
        `Each run sends ${options.requests} code requests one after another to createMigrationHandler, whose Graph ` +
        'client answers at once (a fetch stub), so the figures are the handler’s own work: parse, validate, check ' +
        `who started the number's move, count, answer (the move is claimed for its caller before the clock starts). A warm-up run, then ${options.runs} runs; the median of each run is one sample, and the p99 over ` +
        'every request is in the JSON. The Redis figures use a real redis-server on loopback. The concurrent ' +
        'figure sends 200 at once through two handler instances sharing that Redis.',
      rows: [
        await overhead('server-overhead-memory', 'handler overhead per request, memory store', memory, options),
        await overhead('server-overhead-redis', 'handler overhead per request, Redis store', shared[0], options),
        await concurrent(shared[0], shared[1], options.runs),
      ],
    };
  } finally {
    for (const client of connections) client.disconnect();
    await redis.close();
  }
}
