import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { asyncStorage, createMigration, memoryStorage, STORAGE_SCHEMA, webStorage } from '../src';
import { completeUntil, HOUR, manualClock, manualTimers, meetAllRequirements, settle, setup } from './helpers';

const KEY = 'wamigrate:migration';

/** Stored progress as a test tampers with it. */
type Stored = Record<string, unknown> & {
  attestations: Record<string, unknown>;
  fields: Record<string, unknown>;
  steps: Record<string, unknown>;
  hostChecks: Record<string, unknown>;
  attempts: { verificationCode: unknown[] };
  errors: unknown[];
};

/** Progress to the code step, saved (as it is by the time a reload or another tab reads it). */
async function progressed(options: Parameters<typeof setup>[0] = {}) {
  const storage = memoryStorage();
  const context = setup({ scenario: 'bsp-to-provider', storage, ...options });
  meetAllRequirements(context.store);
  completeUntil(context.store, 'add-whatsapp-channel');
  await settle();
  return { ...context, storage };
}

describe('persistence', () => {
  it('restores progress by step id after a reload', async () => {
    const { store, storage } = await progressed();
    const reloaded = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(reloaded.steps.map((s) => s.status)).toEqual(store.getSnapshot().steps.map((s) => s.status));
    expect(reloaded.currentStepId).toBe('add-whatsapp-channel');
    const stored = JSON.parse(String(storage.getItem(KEY)));
    expect(stored).toMatchObject({ schema: STORAGE_SCHEMA, version: 1 });
    expect(Object.keys(stored.steps)).toEqual(['check-requirements', 'current-bsp-disables-two-step']);
  });

  it('stores the phone number only when the host opts in, and keeps progress either way', async () => {
    const { storage } = await progressed();
    expect(String(storage.getItem(KEY))).not.toContain('+81 90-1234-5678');
    expect(JSON.parse(String(storage.getItem(KEY))).fields).not.toHaveProperty('phoneNumber');
    const reloaded = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(reloaded).toMatchObject({
      phoneNumberE164: null,
      phoneNumberRemembered: true,
      currentStepId: 'add-whatsapp-channel',
    });

    const optedIn = await progressed({ persistPhoneNumber: true });
    expect(String(optedIn.storage.getItem(KEY))).toContain('+81 90-1234-5678');
    expect(
      setup({ scenario: 'bsp-to-provider', storage: optedIn.storage }).store.getSnapshot().fields.phoneNumber,
    ).toBe('+81 90-1234-5678');
  });

  it('never stores error details', async () => {
    const { store, storage } = await progressed();
    store.send({ type: 'REPORT_ERROR', code: 133005, details: 'secret details' });
    await settle();
    expect(String(storage.getItem(KEY))).not.toContain('secret');
    expect(String(storage.getItem(KEY))).toContain('133005');
  });

  it.each([
    ['not JSON', '{"schema":', 'unreadable'],
    ['another app', JSON.stringify({ todos: [] }), 'foreign'],
    ['a future version', JSON.stringify({ schema: STORAGE_SCHEMA, version: 99 }), 'unsupported-version'],
    ['oversized', 'x'.repeat(70_000), 'unreadable'],
  ])('starts clean from %s and says why', (_, raw, reason) => {
    const storage = memoryStorage();
    storage.setItem(KEY, raw);
    const { store, events } = setup({ storage, scenario: 'provider-to-bsp' });
    expect(store.getSnapshot()).toMatchObject({
      notice: { kind: 'storage-reset', reason },
      progress: { done: 0 },
      currentStepId: 'check-requirements',
    });
    expect(events).toContainEqual(expect.objectContaining({ type: 'storage-error', reason }));
    store.send({ type: 'DISMISS_NOTICE' });
    expect(store.getSnapshot().notice).toBeNull();
  });

  it('a record of ours whose path cannot be read starts clean, and says it was damaged', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, JSON.stringify({ schema: STORAGE_SCHEMA, version: 1, steps: 'all' }));
    const { store } = setup({ storage, scenario: 'provider-to-bsp' });
    expect(store.getSnapshot()).toMatchObject({
      notice: { kind: 'storage-reset', reason: 'invalid' },
      progress: { done: 0 },
      currentStepId: 'check-requirements',
    });
  });

  it.each([
    [
      'an answer of the wrong type',
      (s: Stored) => {
        s.attestations['not-banned'] = 'yes';
      },
    ],
    [
      'a field that is not text',
      (s: Stored) => {
        s.fields.currentDisplayName = { evil: true };
      },
    ],
    [
      'a step record that is not one',
      (s: Stored) => {
        s.steps['a-later-step'] = 'done';
      },
    ],
    ['an attempt time that is not a time', (s: Stored) => void s.attempts.verificationCode.push('soon')],
    ['an error that is not one', (s: Stored) => void s.errors.push({ code: 42 })],
    [
      'a current step that is not text',
      (s: Stored) => {
        s.currentStepId = 7;
      },
    ],
    [
      'a last-seen time that is not a time',
      (s: Stored) => {
        s.lastSeenAt = 'yesterday';
      },
    ],
  ])('%s drops itself alone: the rest of the progress and every code request are kept', async (_, damage) => {
    const { store, storage } = await progressed();
    for (let i = 0; i < 2; i++) store.send({ type: 'REQUEST_CODE' });
    const before = store.getSnapshot();
    const stored = JSON.parse(String(storage.getItem(KEY))) as Stored;
    damage(stored);
    storage.setItem(KEY, JSON.stringify(stored));
    const after = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(after.notice).toEqual({ kind: 'storage-adjusted', reason: 'invalid' });
    expect(after.verificationCode.used).toBe(2);
    // Every other answer is kept: at most the damaged one is lost (and the steps that relied on it reopen).
    const met = (s: typeof before) => s.requirements.filter((r) => r.status === 'met').length;
    expect(met(after)).toBeGreaterThanOrEqual(met(before) - 1);
    expect(met(after)).toBeGreaterThan(0);
  });

  it('any partial corruption of a record: never a crash, and every code request not itself damaged is kept', async () => {
    const { store, storage } = await progressed();
    for (let i = 0; i < 3; i++) store.send({ type: 'REQUEST_CODE' });
    const original = String(storage.getItem(KEY));
    const paths = [
      ['steps'],
      ['steps', 'check-requirements'],
      ['steps', 'check-requirements', 'at'],
      ['attestations'],
      ['attestations', 'not-banned'],
      ['fields'],
      ['hostChecks'],
      ['rememberedValid'],
      ['errors'],
      ['scenarioId'],
      ['currentStepId'],
      ['lastSeenAt'],
      ['live'],
      ['live', 'calls'],
    ];
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('__proto__', 'constructor', Number.MAX_VALUE, -1, '', [], {}),
    );
    fc.assert(
      fc.property(
        fc.subarray(paths, { minLength: 1 }),
        fc.array(junk, { minLength: 15, maxLength: 15 }),
        (hit, values) => {
          const stored = JSON.parse(original) as Record<string, unknown>;
          hit.forEach((path, i) => {
            let bag = stored as Record<string, unknown>;
            for (const key of path.slice(0, -1)) {
              if (typeof bag[key] !== 'object' || bag[key] === null) bag[key] = {};
              bag = bag[key] as Record<string, unknown>;
            }
            bag[path.at(-1) as string] = structuredClone(values[i]);
          });
          const damaged = memoryStorage();
          damaged.setItem(KEY, JSON.stringify(stored));
          const migration = createMigration({ scenario: 'bsp-to-provider', storage: damaged, clock: manualClock() });
          const snapshot = migration.getSnapshot();
          // The code requests were not among the damaged values: all three still count.
          expect(snapshot.verificationCode.used).toBe(3);
          // Whatever survived is coherent: every done step still has its prerequisites done.
          for (const step of snapshot.steps.filter((s) => s.status === 'complete')) {
            for (const id of step.step.prerequisites) {
              expect(snapshot.steps.find((s) => s.step.id === id)?.status).toBe('complete');
            }
          }
          migration.destroy();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('times saved while the clock was a year fast: a notice, waits from the clock as it is, and a reset that works', async () => {
    const fast = manualClock(Date.UTC(2027, 11, 1, 9));
    const { store, storage } = await progressed({ clock: fast });
    for (let i = 0; i < 3; i++) store.send({ type: 'REQUEST_CODE' });
    store.destroy();
    // The clock is set right: a year back.
    const right = manualClock(Date.UTC(2026, 11, 1, 9));
    const { store: again } = setup({ scenario: 'bsp-to-provider', storage, clock: right });
    const snapshot = again.getSnapshot();
    expect(snapshot.notice).toEqual({ kind: 'storage-adjusted', reason: 'clock-ahead' });
    // The three requests still count, and the wait is the policy's 8 hours, not 8,768.
    expect(snapshot.verificationCode).toMatchObject({ remaining: 0, nextAllowedAt: right.now() + 8 * HOUR });
    expect(snapshot.now).toBe(right.now());
    again.send({ type: 'RESET' });
    right.advance(8 * HOUR);
    again.send({ type: 'TICK' });
    expect(again.getSnapshot().verificationCode.remaining).toBe(3);
    expect(again.getSnapshot().now).toBe(right.now());
  });

  it('a bad host-check answer drops that answer alone', async () => {
    const storage = memoryStorage();
    const hostChecks = { 'provider-admin': () => new Promise<boolean>(() => undefined) };
    const { store } = setup({ scenario: 'bsp-to-provider', storage, hostChecks });
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    await settle();
    const stored = JSON.parse(String(storage.getItem(KEY))) as Stored;
    stored.hostChecks = { 'provider-admin': 'perhaps' };
    storage.setItem(KEY, JSON.stringify(stored));
    const after = setup({ scenario: 'bsp-to-provider', storage, hostChecks }).store.getSnapshot();
    expect(after.notice).toEqual({ kind: 'storage-adjusted', reason: 'invalid' });
    expect(after.requirements.find((r) => r.requirement.id === 'not-banned')?.status).toBe('met');
  });

  it('drops tampered progress that the stored answers do not justify', async () => {
    const { storage } = await progressed();
    const stored = JSON.parse(String(storage.getItem(KEY)));
    stored.attestations['not-banned'] = false;
    stored.steps['add-whatsapp-channel'] = { status: 'complete', at: 0 };
    storage.setItem(KEY, JSON.stringify(stored));
    const snapshot = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(snapshot.steps.map((s) => s.status)).toEqual(['current', 'locked', 'locked', 'locked']);
  });

  it('keeps what is still valid when a stored step no longer exists', async () => {
    const { storage } = await progressed();
    const stored = JSON.parse(String(storage.getItem(KEY)));
    stored.steps['a-step-removed-in-a-later-release'] = { status: 'complete', at: 0 };
    storage.setItem(KEY, JSON.stringify(stored));
    const snapshot = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(snapshot).toMatchObject({ notice: null, currentStepId: 'add-whatsapp-channel' });
  });

  it('treats progress of another scenario than the host fixed as foreign', async () => {
    const { storage } = await progressed();
    expect(setup({ scenario: 'provider-to-bsp', storage }).store.getSnapshot().notice?.reason).toBe('foreign');
  });

  it('reports a storage that throws, and goes on in memory', async () => {
    const broken = webStorage({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    const { store, events } = setup({ storage: broken });
    expect(store.getSnapshot().notice).toEqual({ kind: 'storage-reset', reason: 'storage-failed' });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    await settle();
    expect(store.getSnapshot()).toMatchObject({
      scenario: { id: 'bsp-to-provider' },
      notice: { kind: 'storage-write-failed' },
    });
    expect(events.filter((e) => e.type === 'storage-error')).toHaveLength(2);
  });

  it('waits for an async store and replays what the user did meanwhile', async () => {
    const map = new Map<string, string>();
    const first = createMigration({
      storage: asyncStorage({
        get: async (k) => map.get(k),
        set: async (k, v) => void map.set(k, v),
        delete: async (k) => void map.delete(k),
      }),
      clock: manualClock(),
    });
    await first.ready;
    first.send({ type: 'SELECT_SCENARIO', scenarioId: 'hosted-to-self-hosted' });
    await vi.waitFor(() => expect(map.size).toBe(1));
    const second = createMigration({
      storage: asyncStorage({
        get: async (k) => map.get(k),
        set: async (k, v) => void map.set(k, v),
        delete: async (k) => void map.delete(k),
      }),
    });
    expect(second.getSnapshot().status).toBe('loading');
    second.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    await second.ready;
    expect(second.getSnapshot()).toMatchObject({ status: 'ready', scenario: { id: 'hosted-to-self-hosted' } });
    expect(second.getSnapshot().requirements.find((r) => r.requirement.id === 'not-banned')?.status).toBe('met');
  });
});

describe('when progress is written and a snapshot derived', () => {
  /** Memory storage that records every write. */
  function countedStorage() {
    const storage = memoryStorage();
    const writes: string[] = [];
    const set = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes.push(value);
      return set(key, value);
    };
    return { storage, writes };
  }

  it('writes a burst of commands once, when the task that sent them is done, and the last state', async () => {
    const { storage, writes } = countedStorage();
    const { store } = setup({ scenario: 'bsp-to-provider', storage });
    meetAllRequirements(store);
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements', confirmed: true });
    expect(writes).toEqual([]);
    await settle();
    expect(writes).toHaveLength(1);
    const reloaded = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(reloaded.steps.map((s) => s.status)).toEqual(store.getSnapshot().steps.map((s) => s.status));
    expect(reloaded.currentStepId).toBe(store.getSnapshot().currentStepId);
  });

  it('writes a code request at once: another tab counts it before counting its own', async () => {
    const { storage, writes } = countedStorage();
    const { store } = setup({ scenario: 'bsp-to-provider', storage });
    meetAllRequirements(store);
    completeUntil(store, 'add-whatsapp-channel');
    await settle();
    writes.length = 0;
    expect(store.send({ type: 'REQUEST_CODE' })).toEqual({ accepted: true });
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0] as string).attempts.verificationCode).toHaveLength(1);
    await settle();
    expect(writes).toHaveLength(1);
  });

  it('destroy writes what is waiting, and nothing is written after it', async () => {
    const { storage, writes } = countedStorage();
    const { store } = setup({ scenario: 'bsp-to-provider', storage });
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    store.destroy();
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0] as string).attestations).toEqual({ 'not-banned': true });
    await settle();
    expect(writes).toHaveLength(1);
  });

  it('an async store still gets the last change of an engine destroyed right after it', async () => {
    const items = new Map<string, string>();
    const storage = asyncStorage({
      get: async (key) => items.get(key),
      set: async (key, value) => void items.set(key, value),
      delete: async (key) => void items.delete(key),
    });
    const { store } = setup({ scenario: 'bsp-to-provider', storage });
    await store.ready;
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    store.send({ type: 'ATTEST', requirementId: 'not-test-number', value: true });
    store.destroy();
    await settle();
    expect(JSON.parse(String(items.get(KEY))).attestations).toEqual({ 'not-banned': true, 'not-test-number': true });
  });

  it('a command after the clock jumped ahead sets the wake-up from the clock as it is now', () => {
    const clock = manualClock();
    const timers = manualTimers();
    const { store } = setup({ scenario: 'bsp-to-provider', clock, timers });
    meetAllRequirements(store);
    completeUntil(store, 'add-whatsapp-channel');
    for (let i = 0; i < 3; i++) store.send({ type: 'REQUEST_CODE' });
    const waits = () => [...timers.pending.values()].map((t) => t.ms);
    expect(waits()).toEqual([8 * HOUR]);
    // Five hours pass without the timer firing (the computer slept), then the person does something.
    clock.advance(5 * HOUR);
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    expect(waits()).toEqual([3 * HOUR]);
  });

  it('derives a snapshot as of the change, however late and however often it is read', () => {
    const clock = manualClock();
    const { store } = setup({ scenario: 'bsp-to-provider', clock });
    const changedAt = clock.now();
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    clock.advance(60_000);
    const first = store.getSnapshot();
    expect(first.now).toBe(changedAt);
    expect(first.requirements.find((r) => r.requirement.id === 'not-banned')?.status).toBe('met');
    // The same object until the next change: React's useSyncExternalStore asks for exactly that.
    expect(store.getSnapshot()).toBe(first);
  });

  it('a subscriber gets the snapshot of each change as it happens', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    const seen: boolean[] = [];
    store.subscribe((snapshot) => {
      seen.push(snapshot.requirements.find((r) => r.requirement.id === 'not-banned')?.status === 'met');
      expect(store.getSnapshot()).toBe(snapshot);
    });
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: false });
    expect(seen).toEqual([true, false]);
  });
});
