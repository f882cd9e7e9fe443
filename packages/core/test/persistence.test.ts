import { describe, expect, it } from 'vitest';
import { asyncStorage, createMigration, memoryStorage, STORAGE_SCHEMA, webStorage } from '../src';
import { completeUntil, manualClock, meetAllRequirements, setup } from './helpers';

const KEY = 'wamigrate:migration';

function progressed(options: Parameters<typeof setup>[0] = {}) {
  const storage = memoryStorage();
  const context = setup({ scenario: 'bsp-to-provider', storage, ...options });
  meetAllRequirements(context.store);
  completeUntil(context.store, 'add-whatsapp-channel');
  return { ...context, storage };
}

describe('persistence', () => {
  it('restores progress by step id after a reload', () => {
    const { store, storage } = progressed();
    const reloaded = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(reloaded.steps.map((s) => s.status)).toEqual(store.getSnapshot().steps.map((s) => s.status));
    expect(reloaded.currentStepId).toBe('add-whatsapp-channel');
    const stored = JSON.parse(String(storage.getItem(KEY)));
    expect(stored).toMatchObject({ schema: STORAGE_SCHEMA, version: 1 });
    expect(Object.keys(stored.steps)).toEqual(['check-requirements', 'current-bsp-disables-two-step']);
  });

  it('stores the phone number only when the host opts in, and keeps progress either way', () => {
    const { storage } = progressed();
    expect(String(storage.getItem(KEY))).not.toContain('+81 90-1234-5678');
    expect(JSON.parse(String(storage.getItem(KEY))).fields).not.toHaveProperty('phoneNumber');
    const reloaded = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(reloaded).toMatchObject({
      phoneNumberE164: null,
      phoneNumberRemembered: true,
      currentStepId: 'add-whatsapp-channel',
    });

    const optedIn = progressed({ persistPhoneNumber: true });
    expect(String(optedIn.storage.getItem(KEY))).toContain('+81 90-1234-5678');
    expect(
      setup({ scenario: 'bsp-to-provider', storage: optedIn.storage }).store.getSnapshot().fields.phoneNumber,
    ).toBe('+81 90-1234-5678');
  });

  it('never stores error details', () => {
    const { store, storage } = progressed();
    store.send({ type: 'REPORT_ERROR', code: 133005, details: 'secret details' });
    expect(String(storage.getItem(KEY))).not.toContain('secret');
    expect(String(storage.getItem(KEY))).toContain('133005');
  });

  it.each([
    ['not JSON', '{"schema":', 'unreadable'],
    ['another app', JSON.stringify({ todos: [] }), 'foreign'],
    ['a future version', JSON.stringify({ schema: STORAGE_SCHEMA, version: 99 }), 'unsupported-version'],
    ['wrong types', JSON.stringify({ schema: STORAGE_SCHEMA, version: 1, steps: 'all' }), 'invalid'],
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

  it('drops tampered progress that the stored answers do not justify', () => {
    const { storage } = progressed();
    const stored = JSON.parse(String(storage.getItem(KEY)));
    stored.attestations['not-banned'] = false;
    stored.steps['add-whatsapp-channel'] = { status: 'complete', at: 0 };
    storage.setItem(KEY, JSON.stringify(stored));
    const snapshot = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(snapshot.steps.map((s) => s.status)).toEqual(['current', 'locked', 'locked', 'locked']);
  });

  it('keeps what is still valid when a stored step no longer exists', () => {
    const { storage } = progressed();
    const stored = JSON.parse(String(storage.getItem(KEY)));
    stored.steps['a-step-removed-in-a-later-release'] = { status: 'complete', at: 0 };
    storage.setItem(KEY, JSON.stringify(stored));
    const snapshot = setup({ scenario: 'bsp-to-provider', storage }).store.getSnapshot();
    expect(snapshot).toMatchObject({ notice: null, currentStepId: 'add-whatsapp-channel' });
  });

  it('treats progress of another scenario than the host fixed as foreign', () => {
    const { storage } = progressed();
    expect(setup({ scenario: 'provider-to-bsp', storage }).store.getSnapshot().notice?.reason).toBe('foreign');
  });

  it('reports a storage that throws, and goes on in memory', () => {
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
    await Promise.resolve();
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
