import { describe, expect, it } from 'vitest';
import { createMigration, memoryStorage, STORAGE_SCHEMA, type StorageAdapter } from '../src';
import { completeUntil, manualClock, meetAllRequirements, setup } from './helpers';

const KEY = 'wamigrate:migration';

/** A store at the step that sends the code, with the code requested three times (cool-down running). */
function inCooldown(options: Parameters<typeof setup>[0] = {}) {
  const storage = options.storage ?? memoryStorage();
  const context = setup({ scenario: 'bsp-to-provider', storage, ...options });
  meetAllRequirements(context.store);
  completeUntil(context.store, 'add-whatsapp-channel');
  for (let i = 0; i < 3; i++) context.store.send({ type: 'REQUEST_CODE' });
  return { ...context, storage, until: context.store.getSnapshot().verificationCode.nextAllowedAt };
}

describe('hostile input from untyped callers', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'COMPLETE_STEP'],
    ['an object without type', { stepId: 'check-requirements' }],
    ['a code that is an object without prototype', { type: 'REPORT_ERROR', code: Object.create(null) }],
    ['a code that is a symbol', { type: 'REPORT_ERROR', code: Symbol('x') }],
    ['a requirement id that is an object', { type: 'ATTEST', requirementId: {}, value: true }],
    ['COMPLETE_STEP without a step', { type: 'COMPLETE_STEP' }],
  ])('refuses %s without throwing', (_, event) => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    expect(() => store.send(event as never)).not.toThrow();
    expect(store.getSnapshot().progress.done).toBe(0);
  });

  it('a command whose getters throw, or answer differently on each read, is read once and never throws', () => {
    const throwing = (field: string, base: Record<string, unknown>) =>
      Object.defineProperty({ ...base }, field, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    const { store } = setup({ scenario: 'bsp-to-provider' });
    const commands = [
      throwing('type', {}),
      throwing('stepId', { type: 'COMPLETE_STEP' }),
      { type: 'REPORT_ERROR', error: throwing('error', {}) },
      { type: 'REPORT_ERROR', error: { error: throwing('code', { message: 'x' }) } },
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const command of commands) {
      expect(() => store.send(command as never)).not.toThrow();
      expect(() => store.can(command as never)).not.toThrow();
    }
    // A type that is COMPLETE_STEP when checked and something else when applied: the engine sees one value.
    let reads = 0;
    const shifty = Object.defineProperty({ stepId: 'check-requirements' }, 'type', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'COMPLETE_STEP' : 'RESET'),
    });
    store.send(shifty as never);
    expect(reads).toBe(1);
    expect(store.getSnapshot().progress.done).toBe(0);
  });

  it('never echoes an unknown event type into analytics', () => {
    const { store, events } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'my phone is +819012345678' } as never);
    expect(events.at(-1)).toMatchObject({ type: 'guard-reject', eventType: 'unknown', reason: 'unknown-event' });
    expect(JSON.stringify(events)).not.toContain('819012345678');
  });

  it('refuses host-check answers sent from outside the host functions', async () => {
    const { store } = setup({ scenario: 'provider-to-bsp', hostChecks: { 'provider-admin': async () => false } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.send({ type: 'HOST_CHECK_RESULT', requirementId: 'provider-admin', result: 'met' });
    expect(store.getSnapshot().rejection?.reason).toBe('host-only');
    expect(store.getSnapshot().requirements.find((r) => r.requirement.id === 'provider-admin')?.status).toBe('unmet');
  });

  it('asks the host checks again after a reset', async () => {
    let calls = 0;
    const { store } = setup({
      scenario: 'provider-to-bsp',
      hostChecks: {
        'provider-admin': async () => {
          calls++;
          return true;
        },
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.send({ type: 'RESET' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(2);
    expect(store.getSnapshot().requirements.find((r) => r.requirement.id === 'provider-admin')?.status).toBe('met');
  });

  it('keeps the cool-down when the clock returns something that is not a time', () => {
    const { store, clock, storage, until } = inCooldown();
    clock.set(Number.NaN);
    store.send({ type: 'TICK' });
    store.send({ type: 'REQUEST_CODE' });
    expect(store.getSnapshot().verificationCode).toMatchObject({ remaining: 0, nextAllowedAt: until });
    const reloaded = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(reloaded.verificationCode).toMatchObject({ remaining: 0, nextAllowedAt: until });
  });

  it('closes only the entry a dismissed error opened', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'REPORT_ERROR', code: 2494100 });
    store.send({ type: 'OPEN_TROUBLESHOOTING', entryId: 'banned-by-meta' });
    store.send({ type: 'DISMISS_ERROR', code: '2494100' });
    expect(store.getSnapshot().troubleshooting.openEntryId).toBe('banned-by-meta');
  });

  it('returns the same state for an event that changes nothing, so nothing is saved or re-rendered', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    const before = store.getSnapshot();
    let calls = 0;
    store.subscribe(() => calls++);
    store.send({ type: 'TICK' });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    expect(store.getSnapshot()).toBe(before);
    expect(calls).toBe(0);
  });
});

describe('the code cool-down survives whatever happens to stored progress', () => {
  it('a flood of error reports', () => {
    const { store, storage, until } = inCooldown();
    for (let i = 0; i < 60; i++) store.send({ type: 'REPORT_ERROR', code: 1000 + i });
    expect(store.getSnapshot().errors).toHaveLength(20);
    const reloaded = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(reloaded).toMatchObject({ notice: null, verificationCode: { remaining: 0, nextAllowedAt: until } });
  });

  it.each([
    ['another scenario fixed by the host', (s: Record<string, unknown>) => s, 'provider-to-bsp', 'foreign'],
    [
      'a future version',
      (s: Record<string, unknown>) => ({ ...s, version: 2 }),
      'bsp-to-provider',
      'unsupported-version',
    ],
    ['one damaged field', (s: Record<string, unknown>) => ({ ...s, steps: 'all' }), 'bsp-to-provider', 'invalid'],
  ])('a record from %s', (_, change, scenario, reason) => {
    const { storage, until } = inCooldown();
    storage.setItem(KEY, JSON.stringify(change(JSON.parse(String(storage.getItem(KEY))))));
    const reloaded = setup({ scenario, storage }).store.getSnapshot();
    expect(reloaded).toMatchObject({
      notice: { reason },
      progress: { done: 0 },
      verificationCode: { remaining: 0, nextAllowedAt: until },
    });
  });

  it('tampered progress is reopened, and the user is told', () => {
    const { storage } = inCooldown();
    const stored = JSON.parse(String(storage.getItem(KEY)));
    stored.attestations['not-banned'] = false;
    storage.setItem(KEY, JSON.stringify(stored));
    const { store, events } = setup({ scenario: 'bsp-to-provider', storage });
    expect(store.getSnapshot()).toMatchObject({
      notice: { kind: 'storage-adjusted', reason: 'inconsistent' },
      currentStepId: 'check-requirements',
      verificationCode: { remaining: 0 },
    });
    expect(events).toContainEqual(expect.objectContaining({ type: 'storage-error', reason: 'inconsistent' }));
    expect(stored.schema).toBe(STORAGE_SCHEMA);
  });
});

describe('async storage', () => {
  it('never lets an older write land after a newer one', async () => {
    const items = new Map<string, string>();
    const pending: Array<() => void> = [];
    // Each write completes only when released, the later ones first.
    const slow: StorageAdapter = {
      getItem: async (key) => items.get(key) ?? null,
      setItem: (key, value) =>
        new Promise<void>((resolve) => {
          pending.push(() => {
            items.set(key, value);
            resolve();
          });
        }),
      removeItem: async (key) => void items.delete(key),
    };
    const store = createMigration({ storage: slow, clock: manualClock() });
    await store.ready;
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    store.send({ type: 'ATTEST', requirementId: 'not-test-number', value: true });
    // Each save reads before it writes, so writes are asked for a moment later: release them as they come.
    for (let turn = 0; turn < 20; turn++) {
      pending.pop()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(pending).toEqual([]);
    const saved = JSON.parse(String(items.get(KEY)));
    expect(saved.attestations).toEqual({ 'not-banned': true, 'not-test-number': true });
  });

  it('reports nothing after destroy()', async () => {
    const failing: StorageAdapter = {
      getItem: () => null,
      setItem: () => Promise.reject(new Error('offline')),
      removeItem: () => undefined,
    };
    const events: string[] = [];
    const store = createMigration({ storage: failing, onEvent: (e) => events.push(e.type) });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    store.destroy();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).not.toContain('storage-error');
  });
});
