import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asyncStorage, createMigration, type Migration, memoryStorage, type StorageAdapter } from '../src';
import { completeUntil, manualClock, manualTimers, meetAllRequirements, settle } from './helpers';

/**
 * Two tabs of one browser: two engines on one store. The memory store tells each engine of the other's
 * saves a moment later (as localStorage's storage event does), or not at all when it is left out.
 */
const KEY = 'wamigrate:migration';

/** A tab of bsp-to-provider on `storage`, shown (subscribed to, as a view is), with its own clock. */
function tab(storage: StorageAdapter, clock = manualClock()) {
  const migration = createMigration({ scenario: 'bsp-to-provider', storage, clock });
  migration.subscribe(() => undefined);
  return { migration, clock };
}

/** A tab at the code step, its progress saved (the other tab opens after it). */
async function atCodeStep(storage: StorageAdapter) {
  const first = tab(storage);
  meetAllRequirements(first.migration);
  completeUntil(first.migration, 'add-whatsapp-channel');
  await settle();
  return first;
}

/** `count` code requests in one tab, a second apart. */
function requestCodes(at: ReturnType<typeof tab>, count: number) {
  for (let i = 0; i < count; i++) {
    at.clock.advance(1000);
    at.migration.send({ type: 'REQUEST_CODE' });
  }
}

const used = (migration: Migration) => migration.getSnapshot().verificationCode.used;
const storedAttempts = (storage: StorageAdapter) =>
  (JSON.parse(String(storage.getItem(KEY))) as { attempts: { verificationCode: number[] } }).attempts.verificationCode;

/** A store with no way to tell of another tab's saves: only the merge on writing and counting protects. */
function silentStorage(): StorageAdapter {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('two tabs on one store', () => {
  it('reopen here a step the other tab completed on a number this tab’s own typing does not justify', async () => {
    const storage = memoryStorage();
    const a = tab(storage);
    const b = tab(storage, a.clock);
    // A is half way through typing a number; B, with the whole number, completes the first step (its number
    // is not stored, only that it was valid).
    a.migration.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81 9' });
    await settle();
    meetAllRequirements(b.migration);
    expect(b.migration.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' })).toEqual({ accepted: true });
    await settle();
    const seen = a.migration.getSnapshot();

    // A keeps what was typed in it, and the step its number does not justify is open again, said so.
    expect(seen.fields.phoneNumber).toBe('+81 9');
    expect(seen.steps.find((s) => s.step.id === 'check-requirements')?.status).not.toBe('complete');
    expect(seen.notice).toEqual({ kind: 'storage-adjusted', reason: 'inconsistent' });
    // Nothing is locked: A finishes typing its number.
    expect(a.migration.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81 90 1234 5678' })).toEqual({
      accepted: true,
    });
  });

  it('count code requests together: the tab that hears of the others offers what is left, then none', async () => {
    const storage = memoryStorage();
    const a = await atCodeStep(storage);
    const b = tab(storage, a.clock);
    expect(b.migration.getSnapshot().currentStepId).toBe('add-whatsapp-channel');
    a.migration.send({ type: 'REQUEST_CODE' });
    a.clock.advance(1000);
    a.migration.send({ type: 'REQUEST_CODE' });
    await settle();
    expect(used(b.migration)).toBe(2);
    a.clock.advance(1000);
    expect(b.migration.send({ type: 'REQUEST_CODE' })).toEqual({ accepted: true });
    await settle();
    expect(used(a.migration)).toBe(3);
    expect(a.migration.send({ type: 'REQUEST_CODE' })).toMatchObject({ accepted: false, reason: 'limit-reached' });
    expect(storedAttempts(storage)).toHaveLength(3);
  });

  it('a tab that has not heard yet still cannot ask for a fourth: it reads the count before counting', async () => {
    const storage = memoryStorage();
    const a = await atCodeStep(storage);
    const b = tab(storage, a.clock);
    requestCodes(a, 3);
    // No await: the other tab's save has not been delivered to b yet.
    expect(used(b.migration)).toBe(0);
    expect(b.migration.send({ type: 'REQUEST_CODE' })).toMatchObject({ accepted: false, reason: 'limit-reached' });
  });

  it('without any news of the other tab, a write keeps its requests: read, merge, write', async () => {
    const storage = silentStorage();
    const a = await atCodeStep(storage);
    const b = tab(storage, a.clock);
    requestCodes(a, 2);
    // The stale tab writes its own change: the two requests stay in storage.
    expect(b.migration.send({ type: 'GO_TO_STEP', stepId: 'check-requirements' })).toEqual({ accepted: true });
    await settle();
    expect(JSON.parse(String(storage.getItem(KEY))).currentStepId).toBe('check-requirements');
    expect(storedAttempts(storage)).toHaveLength(2);
    a.migration.destroy();
    b.migration.destroy();
    // After a reload, the policy counts both.
    expect(used(tab(storage, a.clock).migration)).toBe(2);
  });

  it('a write that finds the other tab’s requests tells the view and sets the wake-up for them', async () => {
    const storage = silentStorage();
    const a = await atCodeStep(storage);
    const timers = manualTimers();
    const b = createMigration({ scenario: 'bsp-to-provider', storage, clock: a.clock, timers });
    const seen: number[] = [];
    b.subscribe((snapshot) => seen.push(snapshot.verificationCode.used));
    requestCodes(a, 2);
    b.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    expect(timers.pending.size).toBe(0);
    await settle();
    // B heard nothing, but its write read A's two requests first: its view shows them, as its snapshot does.
    expect(seen.at(-1)).toBe(2);
    expect(b.getSnapshot().verificationCode.used).toBe(2);
    expect(timers.pending.size).toBe(1);
  });

  it('folds the other tab’s progress in, keeps its own step in view, and never writes it back', async () => {
    const storage = memoryStorage();
    const a = await atCodeStep(storage);
    const b = tab(storage, a.clock);
    b.migration.send({ type: 'GO_TO_STEP', stepId: 'check-requirements' });
    await settle();
    const writes: string[] = [];
    const set = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes.push(value);
      return set(key, value);
    };
    a.migration.send({ type: 'COMPLETE_STEP', stepId: 'add-whatsapp-channel', confirmed: true });
    await settle();
    const done = (m: Migration) => m.getSnapshot().steps.filter((s) => s.status === 'complete').length;
    expect(done(b.migration)).toBe(done(a.migration));
    expect(b.migration.getSnapshot().currentStepId).toBe('check-requirements');
    // Only a's save was written: b folded it in without echoing.
    expect(writes).toHaveLength(1);
  });

  it('a reset in one tab starts the path over in the other, and the requests still count in both', async () => {
    const storage = memoryStorage();
    const a = await atCodeStep(storage);
    const b = tab(storage, a.clock);
    requestCodes(a, 3);
    a.migration.send({ type: 'RESET' });
    await settle();
    expect(b.migration.getSnapshot()).toMatchObject({ currentStepId: 'check-requirements' });
    expect(b.migration.getSnapshot().verificationCode.remaining).toBe(0);
  });

  it('an async store merges the same way: each save reads, merges and writes', async () => {
    const map = new Map<string, string>();
    const shared = () =>
      asyncStorage({
        get: async (k) => map.get(k),
        set: async (k, v) => void map.set(k, v),
        delete: async (k) => void map.delete(k),
      });
    const clock = manualClock();
    const a = createMigration({ scenario: 'bsp-to-provider', storage: shared(), clock });
    const b = createMigration({ scenario: 'bsp-to-provider', storage: shared(), clock });
    await Promise.all([a.ready, b.ready]);
    meetAllRequirements(a);
    completeUntil(a, 'add-whatsapp-channel');
    a.send({ type: 'REQUEST_CODE' });
    clock.advance(1000);
    a.send({ type: 'REQUEST_CODE' });
    for (let i = 0; i < 50; i++) await Promise.resolve();
    b.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    for (let i = 0; i < 50; i++) await Promise.resolve();
    const stored = JSON.parse(String(map.get(KEY))) as { attempts: { verificationCode: number[] } };
    expect(stored.attempts.verificationCode).toHaveLength(2);
    expect(b.getSnapshot().verificationCode.used).toBe(2);
  });

  it('any interleaving of two tabs: never more requests than the policy, and none of them lost', async () => {
    const action = fc.record({
      tab: fc.constantFrom(0, 1),
      kind: fc.constantFrom('request', 'request', 'attest', 'wait', 'reload'),
      ms: fc.integer({ min: 0, max: 60_000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 30 }), fc.boolean(), async (actions, silent) => {
        const storage = silent ? silentStorage() : memoryStorage();
        const clock = manualClock();
        const first = await atCodeStep(storage);
        first.migration.destroy();
        const tabs = [tab(storage, clock).migration, tab(storage, clock).migration];
        let accepted = 0;
        for (const { tab: i, kind, ms } of actions) {
          clock.advance(ms);
          const migration = tabs[i] as Migration;
          if (kind === 'request') {
            if (migration.send({ type: 'REQUEST_CODE' }).accepted) accepted += 1;
          } else if (kind === 'attest') {
            migration.send({ type: 'ATTEST', requirementId: 'not-test-number', value: ms % 2 === 0 });
          } else if (kind === 'wait') {
            await settle();
          } else {
            migration.destroy();
            tabs[i] = tab(storage, clock).migration;
          }
        }
        // The seed's policy: three, then eight hours; the actions span at most half an hour.
        expect(accepted).toBeLessThanOrEqual(3);
        expect(storedAttempts(storage)).toHaveLength(accepted);
        await settle();
        // Each tab shows them all: at once where it hears of the other, after a reload where it cannot.
        const reload = (m: Migration) => {
          m.destroy();
          return tab(storage, clock).migration;
        };
        const shown = silent ? tabs.map(reload) : tabs;
        for (const migration of shown) expect(used(migration)).toBe(accepted);
      }),
      { numRuns: 150 },
    );
  });
});

describe('what review found in the merge and the clock', () => {
  it('a clock set back keeps every request counted: no new burst, no fourth request, the wait pinned', async () => {
    const storage = memoryStorage();
    const a = await atCodeStep(storage);
    a.migration.send({ type: 'REQUEST_CODE' });
    a.clock.advance(1000);
    a.migration.send({ type: 'REQUEST_CODE' });
    a.clock.set(a.clock.now() - 10 * 60 * 60 * 1000);
    expect(a.migration.send({ type: 'REQUEST_CODE' })).toEqual({ accepted: true });
    expect(a.migration.send({ type: 'REQUEST_CODE' })).toMatchObject({ accepted: false, reason: 'limit-reached' });
    const until = a.migration.getSnapshot().verificationCode.nextAllowedAt;
    a.clock.advance(60 * 60 * 1000);
    a.migration.send({ type: 'TICK' });
    // The wait runs from a fixed time: an hour later it ends at the same moment, not an hour later.
    expect(a.migration.getSnapshot().verificationCode.nextAllowedAt).toBe(until);
  });

  it('hears other tabs only once shown (subscribed), and not after destroy', () => {
    const storage = memoryStorage();
    let listening = 0;
    const subscribe = storage.subscribe?.bind(storage);
    storage.subscribe = (key, listener) => {
      listening += 1;
      const stop = subscribe?.(key, listener) ?? (() => undefined);
      return () => {
        listening -= 1;
        stop();
      };
    };
    // Made in a render that never commits: no listener is left behind.
    createMigration({ storage });
    expect(listening).toBe(0);
    const shown = createMigration({ storage });
    shown.subscribe(() => undefined);
    expect(listening).toBe(1);
    shown.destroy();
    expect(listening).toBe(0);
  });

  it('a count on an async store that fails to read raises no unhandled rejection', async () => {
    const failing: StorageAdapter = {
      getItem: () => Promise.reject(new Error('IndexedDB is gone')),
      setItem: async () => undefined,
      removeItem: async () => undefined,
    };
    const migration = createMigration({ scenario: 'bsp-to-provider', storage: failing });
    await migration.ready;
    meetAllRequirements(migration);
    completeUntil(migration, 'add-whatsapp-channel');
    migration.send({ type: 'REQUEST_CODE' });
    await settle();
    expect(migration.getSnapshot().verificationCode.used).toBe(1);
  });
});
