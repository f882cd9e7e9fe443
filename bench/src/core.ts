import { performance } from 'node:perf_hooks';
import {
  createEngineConfig,
  createMigration,
  createTransition,
  deriveSnapshot,
  type EngineConfig,
  type InputField,
  initialState,
  type MigrationCommand,
  type MigrationSnapshot,
  type MigrationState,
  memoryStorage,
  REQUIREMENTS,
  restoreState,
  SCENARIOS,
  serializeState,
  TROUBLESHOOTING_ENTRIES,
  UNKNOWN_ERROR_ENTRY,
  zendeskProfile,
} from '@wamigrate/core';
import type { Measurement, Section } from './results.ts';
import { summarize } from './stats.ts';

export interface CoreOptions {
  /** Random valid events per run (the issue asks for 100,000). */
  readonly events: number;
  /** Timed runs (at least 30 normally; 1 in a smoke run). */
  readonly runs: number;
}

/** The property test's configuration: the seed's knowledge, with the host answering provider-admin. */
const config: EngineConfig = createEngineConfig({ profile: zendeskProfile, hostCheckIds: ['provider-admin'] });
const transition = createTransition(config);

const SEED = 0x5eed_c0de;
const START = Date.UTC(2026, 10, 24);
const WARM_UP_REPLAYS = 2;
/**
 * The store replays the first this many events: subscribed, it runs about ten times slower than the pure
 * transition, and 100,000 events times 32 replays would take minutes. Fixed, so the rows mean the same in
 * every run.
 */
const STORE_EVENTS = 20_000;
/** Persist and restore are timed in batches this long, well above the timer's resolution. */
const BATCH_MS = 20;
/** Reported errors the engine keeps at once (MAX_ERRORS in transition.ts); the full snapshot holds this many. */
const MAX_ERRORS = 20;

/** A tiny seeded PRNG (mulberry32), so every run replays the same sequence. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const SCENARIO_IDS = SCENARIOS.map((s) => s.id);
const ALL_STEP_IDS = [...new Set(SCENARIOS.flatMap((s) => s.steps.map((step) => step.id)))];
/** Attested requirements only: an attestation of provider-admin would be ignored here but count in the store. */
const ATTESTED = REQUIREMENTS.filter((r) => r.check.kind !== 'input' && !config.hostCheckIds.has(r.id)).map(
  (r) => r.id,
);
const KNOWN_CODES = [...new Set(TROUBLESHOOTING_ENTRIES.flatMap((e) => e.codes))];
const ENTRY_IDS = [null, UNKNOWN_ERROR_ENTRY.id, ...TROUBLESHOOTING_ENTRIES.map((e) => e.id)];
/** Valid values only; the first of each pair matches its partner, so most draws meet the identity rule. */
const FIELD_VALUES: Readonly<Record<InputField, readonly string[]>> = {
  phoneNumber: ['+81 90-1234-5678', '+14155550123', '+447700900123'],
  currentBusinessManagerId: ['123456789012345', '123456789012345', '987654321098765'],
  newBusinessManagerId: ['１２３４５６７８９０１２３４５', '123 456 789 012 345', '987654321098765'],
  currentDisplayName: ['Acme 株式会社', 'Acme 株式会社', 'Globex'],
  newDisplayName: ['  Acme 株式会社 ', 'Acme 株式会社', 'Globex'],
};
const FIELDS = Object.keys(FIELD_VALUES) as InputField[];

const scenarioOf = (state: MigrationState) => SCENARIOS.find((s) => s.id === state.scenarioId);
const stepIdsOf = (state: MigrationState) => scenarioOf(state)?.steps.map((s) => s.id) ?? ALL_STEP_IDS;
const isComplete = (state: MigrationState): boolean =>
  scenarioOf(state)?.steps.every((s) => state.steps[s.id] !== undefined) ?? false;

type Draw = (random: Random, state: MigrationState) => MigrationCommand;

/**
 * The property test's vocabulary, weighted towards progress: answers are mostly "yes", steps are drawn from
 * the chosen scenario (often the current one), and RESET is rare, so runs reach completion many times.
 */
const VOCABULARY: readonly (readonly [number, Draw])[] = [
  [2, (r) => ({ type: 'SELECT_SCENARIO', scenarioId: pick(r, SCENARIO_IDS) })],
  [12, (r) => ({ type: 'ATTEST', requirementId: pick(r, ATTESTED), value: r() < 0.9 })],
  [
    8,
    (r) => {
      const field = pick(r, FIELDS);
      return { type: 'SET_FIELD', field, value: pick(r, FIELD_VALUES[field]) };
    },
  ],
  [
    2,
    (r) => ({
      type: 'HOST_CHECK_RESULT',
      requirementId: 'provider-admin',
      result: r() < 0.8 ? 'met' : pick(r, ['unmet', 'error'] as const),
    }),
  ],
  [
    12,
    (r, s) => ({
      type: 'COMPLETE_STEP',
      stepId: s.currentStepId !== null && r() < 0.5 ? s.currentStepId : pick(r, stepIdsOf(s)),
      confirmed: true,
    }),
  ],
  [1, (r, s) => ({ type: 'SKIP_STEP', stepId: pick(r, stepIdsOf(s)) })],
  [1, (r, s) => ({ type: 'REOPEN_STEP', stepId: pick(r, stepIdsOf(s)) })],
  [2, (r, s) => ({ type: 'GO_TO_STEP', stepId: pick(r, stepIdsOf(s)) })],
  [2, () => ({ type: 'REQUEST_CODE' })],
  [1, () => ({ type: 'RECORD_REGISTRATION' })],
  [2, (r) => ({ type: 'REPORT_ERROR', code: pick(r, KNOWN_CODES) })],
  [
    1,
    (r, s) =>
      s.errors.length > 0 && r() < 0.5
        ? { type: 'DISMISS_ERROR', code: pick(r, s.errors).code }
        : { type: 'DISMISS_ERROR' },
  ],
  [1, (r) => ({ type: 'OPEN_TROUBLESHOOTING', entryId: pick(r, ENTRY_IDS) })],
  [2, () => ({ type: 'TICK' })],
  [0.05, () => ({ type: 'RESET' })],
];
const TOTAL_WEIGHT = VOCABULARY.reduce((sum, [weight]) => sum + weight, 0);

function drawEvent(random: Random, state: MigrationState): MigrationCommand {
  let roll = random() * TOTAL_WEIGHT;
  for (const [weight, draw] of VOCABULARY) {
    roll -= weight;
    if (roll < 0) return draw(random, state);
  }
  return { type: 'TICK' };
}

type Recorded = readonly [event: MigrationCommand, now: number];

interface Sequence {
  readonly events: readonly Recorded[];
  readonly final: MigrationState;
  readonly completions: number;
  readonly counts: Readonly<Record<string, number>>;
}

/** Untimed: draws candidates and keeps only those the engine accepts, with the time each was sent at. */
function generate(count: number): Sequence {
  const random = mulberry32(SEED);
  const events: Recorded[] = [];
  const counts: Record<string, number> = {};
  let state = initialState(START);
  let now = START;
  let completions = 0;
  while (events.length < count) {
    const at = now + Math.floor(random() * 120_001);
    const event = drawEvent(random, state);
    const next = transition(state, event, at);
    if (next === state || next.rejection !== null) continue;
    if (!isComplete(state) && isComplete(next)) completions++;
    events.push([event, at]);
    counts[event.type] = (counts[event.type] ?? 0) + 1;
    state = next;
    now = at;
  }
  return { events, final: state, completions, counts };
}

function replay(events: readonly Recorded[]): MigrationState {
  let state = initialState(START);
  for (const [event, at] of events) state = transition(state, event, at);
  return state;
}

/**
 * A store takes host-check answers only from the host's own check, which answers asynchronously. Without
 * one, the store judges provider-admin by attestation, so the same answer sent as ATTEST leads to the same
 * steps.
 */
const forStore = ([event, at]: Recorded): Recorded =>
  event.type === 'HOST_CHECK_RESULT'
    ? [{ type: 'ATTEST', requirementId: event.requirementId, value: event.result === 'met' }, at]
    : [event, at];

const NEVER_FIRING = { setTimeout: () => undefined, clearTimeout: () => undefined };

/**
 * The events sent to a store in one go, and its snapshot read at the end. `subscribed`: with a listener, as
 * a view has one, so every change is derived into a snapshot as it happens. `destroy` at the end writes what
 * is still waiting to be written, so the last save is timed too.
 */
function replayThroughStore(events: readonly Recorded[], subscribed: boolean): MigrationSnapshot {
  let clock = START;
  const store = createMigration({ storage: memoryStorage(), clock: { now: () => clock }, timers: NEVER_FIRING });
  if (subscribed) store.subscribe(() => undefined);
  for (const [event, at] of events) {
    clock = at;
    store.send(event);
  }
  const snapshot = store.getSnapshot();
  store.destroy();
  return snapshot;
}

/** What the store and the pure replay must agree on (requirement statuses differ: attested, not host-checked). */
const outcome = (s: MigrationSnapshot): string =>
  JSON.stringify({
    scenario: s.scenario?.id ?? null,
    currentStepId: s.currentStepId,
    done: s.steps.map((step) => (step.status === 'complete' || step.status === 'skipped' ? step.status : 'open')),
    fields: s.fields,
    errors: s.errors,
    verificationCode: s.verificationCode,
    registration: s.registration,
    now: s.now,
  });

const timed = <T>(work: () => T): { readonly ms: number; readonly result: T } => {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
};

const perSecond = (events: number, ms: number) => events / (ms / 1000);
const formatCount = (n: number) => n.toLocaleString('en-US');

function benchTransitions(sequence: Sequence, runs: number): Measurement {
  const expected = JSON.stringify(sequence.final);
  const check = (state: MigrationState) => {
    if (JSON.stringify(state) !== expected) throw new Error('core.transitions: replay ended in a different state');
  };
  for (let i = 0; i < WARM_UP_REPLAYS; i++) check(replay(sequence.events));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, result } = timed(() => replay(sequence.events));
    check(result);
    samples.push(perSecond(sequence.events.length, ms));
  }
  const counts = Object.fromEntries(Object.entries(sequence.counts).map(([type, n]) => [`count.${type}`, n]));
  return {
    id: 'core.transitions',
    label: `engine transitions, ${formatCount(sequence.events.length)} random valid events (pure transition)`,
    unit: 'ops/s',
    ours: summarize(samples),
    peers: {},
    detail: { events: sequence.events.length, scenarioCompletions: sequence.completions, ...counts },
  };
}

/** Issue 18's goal for the store: at least half the pure transitions' events per second, in the same run. */
function withStoreGoal(rows: Measurement[]): Measurement[] {
  const pure = rows.find((row) => row.id === 'core.transitions')?.ours.median ?? 0;
  return rows.map((row) => {
    if (row.id !== 'core.store-send' || pure === 0) return row;
    const share = row.ours.median / pure;
    return { ...row, goal: { text: `>= 0.50x the pure transitions (${share.toFixed(2)}x)`, met: share >= 0.5 } };
  });
}

function benchStore(sequence: Sequence, runs: number, subscribed: boolean): Measurement {
  const all = sequence.events.map(forStore);
  /** What the store must show after the first `count` events: what the pure replay reached. */
  const expectedAfter = (count: number) =>
    outcome(deriveSnapshot(config, replay(sequence.events.slice(0, count)), all[count - 1]?.[1] ?? START));
  const check = (snapshot: MigrationSnapshot, expected: string) => {
    if (outcome(snapshot) !== expected) throw new Error('core.store-send: the store ended elsewhere than the engine');
  };
  const events = all.slice(0, STORE_EVENTS);
  const expected = expectedAfter(events.length);
  for (let i = 0; i < WARM_UP_REPLAYS; i++) check(replayThroughStore(events, subscribed), expected);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, result } = timed(() => replayThroughStore(events, subscribed));
    check(result, expected);
    samples.push(perSecond(events.length, ms));
  }
  return {
    id: subscribed ? 'core.store-send-subscribed' : 'core.store-send',
    label: subscribed
      ? `the same with a subscriber (a snapshot derived per event), first ${formatCount(events.length)}`
      : `engine transitions through the store (commands sent in one go), first ${formatCount(events.length)}`,
    unit: 'ops/s',
    ours: summarize(samples),
    peers: {},
    detail: {
      events: events.length,
      hostCheckResults: 'sent as ATTEST provider-admin: a store takes host answers only from its own check',
    },
  };
}

/**
 * The largest progress a user can have: the longest scenario, every requirement met, every field set,
 * every step complete, the most code requests and registrations a policy keeps, and the most errors.
 */
function fullState(): MigrationState {
  const scenario = SCENARIOS.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
  const { verificationCodePolicy, registrationPolicy } = config.profile;
  const repeat = (n: number, event: MigrationCommand) => Array.from({ length: n }, () => event);
  const events: MigrationCommand[] = [
    { type: 'SELECT_SCENARIO', scenarioId: scenario.id },
    ...ATTESTED.map((requirementId): MigrationCommand => ({ type: 'ATTEST', requirementId, value: true })),
    { type: 'HOST_CHECK_RESULT', requirementId: 'provider-admin', result: 'met' },
    ...FIELDS.map((field): MigrationCommand => ({ type: 'SET_FIELD', field, value: FIELD_VALUES[field][0] ?? '' })),
    ...repeat(registrationPolicy.limit, { type: 'RECORD_REGISTRATION' }),
    ...scenario.steps.flatMap((step): MigrationCommand[] => [
      ...(step.verificationCode === true ? repeat(verificationCodePolicy.limit, { type: 'REQUEST_CODE' }) : []),
      { type: 'COMPLETE_STEP', stepId: step.id, confirmed: true },
    ]),
    // More distinct codes than are kept, so the oldest give way and the list is at its cap.
    ...Array.from({ length: MAX_ERRORS + 5 }, (_, i): MigrationCommand => {
      const stepId = scenario.steps[i % scenario.steps.length]?.id ?? '';
      return { type: 'REPORT_ERROR', code: KNOWN_CODES[i] ?? 900_000 + i, stepId, details: 'benchmark' };
    }),
  ];
  let state = initialState(START);
  events.forEach((event, i) => {
    state = transition(state, event, START + i * 60_000);
    if (state.rejection !== null)
      throw new Error(`full snapshot: ${event.type} was rejected (${state.rejection.reason})`);
  });
  const full =
    isComplete(state) &&
    state.errors.length === MAX_ERRORS &&
    state.attempts.verificationCode.length === verificationCodePolicy.limit &&
    state.attempts.registration.length === registrationPolicy.limit;
  if (!full) throw new Error('full snapshot: the state is not full');
  return state;
}

/** Microseconds per call, from batches of about BATCH_MS; the results feed a sum that is checked. */
function microsPerOperation(operation: () => number, runs: number): { samples: number[]; batch: number } {
  let sink = 0;
  const batchMs = (n: number) =>
    timed(() => {
      for (let i = 0; i < n; i++) sink += operation();
    }).ms;
  // Doubling until a batch fills BATCH_MS also warms the code up; the batch is then sized from a warm batch.
  let batch = 1;
  while (batchMs(batch) < BATCH_MS) batch *= 2;
  batch = Math.max(1, Math.round((batch * BATCH_MS) / batchMs(batch)));
  const samples = Array.from({ length: runs }, () => (batchMs(batch) * 1000) / batch);
  if (!(sink > 0)) throw new Error('persist/restore: the timed operation produced nothing');
  return { samples, batch };
}

function benchPersistence(runs: number): Measurement[] {
  const state = fullState();
  const options = { persistPhoneNumber: false, phoneNumberValid: true };
  const json = serializeState(state, options);
  const restored = restoreState(config, json, state.lastSeenAt);
  if (!restored.ok || restored.adjusted || JSON.stringify(restored.state.steps) !== JSON.stringify(state.steps)) {
    throw new Error('core.restore: the full snapshot did not restore to the same steps');
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  const persist = microsPerOperation(() => serializeState(state, options).length, runs);
  const restore = microsPerOperation(() => {
    const result = restoreState(config, json, state.lastSeenAt);
    return result.ok ? Object.keys(result.state.steps).length : 0;
  }, runs);
  return [
    {
      id: 'core.persist',
      label: 'persist a full snapshot (serializeState)',
      unit: 'µs',
      ours: summarize(persist.samples),
      peers: {},
      detail: { bytes, operationsPerSample: persist.batch },
    },
    {
      id: 'core.restore',
      label: 'restore a full snapshot (restoreState, validated)',
      unit: 'µs',
      ours: summarize(restore.samples),
      peers: {},
      detail: { bytes, operationsPerSample: restore.batch },
    },
  ];
}

export function benchCore(options: CoreOptions): Section {
  const sequence = generate(options.events);
  return {
    title: 'Core engine, in Node',
    method:
      `A seeded PRNG (mulberry32) draws random events and keeps the ${formatCount(options.events)} the engine ` +
      'accepts, each sent 0 to 120 s after the last; this generation is untimed. The recorded sequence is ' +
      `replayed ${options.runs} times after ${WARM_UP_REPLAYS} warm-up replays, once through the pure transition ` +
      `and its first ${formatCount(STORE_EVENTS)} through a store (createMigration with memory storage, a manual ` +
      'clock and timers that never fire), sent in one go: the store writes a code request at once and the rest ' +
      'once the task is done (here at the end, by destroy, timed), and derives a snapshot when one is read. The ' +
      'second store row subscribes first, as a view does, so each event is derived into a snapshot. Each ' +
      'replay is one sample, and each must end ' +
      'in the state generation reached. Persist and restore time a full snapshot (the longest scenario done, ' +
      `every answer given, attempts and ${MAX_ERRORS} errors kept) in batches of about ${BATCH_MS} ms, one ` +
      'sample per batch.',
    rows: withStoreGoal([
      benchTransitions(sequence, options.runs),
      benchStore(sequence, options.runs, false),
      benchStore(sequence, options.runs, true),
      ...benchPersistence(options.runs),
    ]),
  };
}
