import { describe, expect, it } from 'vitest';
import {
  asyncStorage,
  createMigration,
  type MigrationAnalyticsEvent,
  type MigrationError,
  type MigrationSnapshot,
  memoryStorage,
} from '../src';
import { validatePhoneNumber } from '../src/phone';
import { fakeMetaBackend, manualClock, manualTimers, meetRequirements, walkTo } from '../src/testing';

/** What an embedder hears, as Stripe's and Plaid's embedded flows tell theirs: ready, complete, error. */
function heard() {
  const events: MigrationAnalyticsEvent[] = [];
  const ready: MigrationSnapshot[] = [];
  const complete: MigrationSnapshot[] = [];
  const errors: MigrationError[] = [];
  return {
    events,
    ready,
    complete,
    errors,
    options: {
      onEvent: (e: MigrationAnalyticsEvent) => events.push(e),
      onReady: (s: MigrationSnapshot) => ready.push(s),
      onComplete: (s: MigrationSnapshot) => complete.push(s),
      onError: (e: MigrationError) => errors.push(e),
    },
  };
}

describe('callbacks an embedder expects', () => {
  it('every event carries one session id per engine; a host may give its own', () => {
    const a = heard();
    const first = createMigration({ scenario: 'bsp-to-provider', clock: manualClock(), ...a.options });
    meetRequirements(first);
    const b = heard();
    const second = createMigration({ scenario: 'bsp-to-provider', clock: manualClock(), ...b.options });
    meetRequirements(second);
    const ids = new Set(a.events.map((e) => e.sessionId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[\w-]{8,}$/u);
    expect(b.events[0]?.sessionId).not.toBe(a.events[0]?.sessionId);
    const c = heard();
    meetRequirements(createMigration({ scenario: 'bsp-to-provider', sessionId: 'portal-visit-42', ...c.options }));
    expect(c.events.every((e) => e.sessionId === 'portal-visit-42')).toBe(true);
  });

  it('onReady once the stored progress is read (at once, or when an async store answers); onComplete at the end', async () => {
    const sync = heard();
    const migration = createMigration({ scenario: 'provider-to-bsp', storage: memoryStorage(), ...sync.options });
    expect(sync.ready).toHaveLength(1);
    expect(sync.ready[0]?.status).toBe('ready');
    meetRequirements(migration);
    walkTo(migration, (s) => s.isComplete);
    expect(sync.complete).toHaveLength(1);
    expect(sync.complete[0]?.isComplete).toBe(true);
    const map = new Map<string, string>();
    const later = heard();
    const slow = createMigration({
      storage: asyncStorage({
        get: async (k) => map.get(k),
        set: async (k, v) => void map.set(k, v),
        delete: async () => undefined,
      }),
      ...later.options,
    });
    expect(later.ready).toHaveLength(0);
    await slow.ready;
    expect(later.ready).toHaveLength(1);
  });

  it('onError for progress that cannot be kept, a host check that fails, and a live call that fails; a throwing handler breaks nothing', async () => {
    const h = heard();
    const failing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const migration = createMigration({
      scenario: 'bsp-to-provider',
      storage: failing,
      hostChecks: { 'provider-admin': () => Promise.reject(new Error('portal down')) },
      ...h.options,
    });
    migration.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    await migration.ready;
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(h.errors).toContainEqual({ kind: 'storage', reason: 'storage-failed' });
    expect(h.errors).toContainEqual({ kind: 'host-check', requirementId: 'provider-admin' });

    const live = heard();
    const timers = manualTimers();
    const engine = createMigration({
      scenario: 'bsp-to-provider',
      timers,
      validatePhoneNumber: (input) => validatePhoneNumber(input),
      hostActions: fakeMetaBackend({ twoStepOn: true }).actions,
      ...live.options,
      onError: (e) => {
        live.errors.push(e);
        throw new Error('a host handler that throws');
      },
    });
    meetRequirements(engine);
    walkTo(engine, 'add-whatsapp-channel');
    engine.send({ type: 'LIVE_START' });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(live.errors).toContainEqual({ kind: 'host-action', call: 'start', code: '2388001' });
    expect(engine.getSnapshot().live.calls.start?.status).toBe('failed');
  });

  it('onError for a profile from plain JavaScript that was not one: the guide goes on with a default', () => {
    const h = heard();
    const migration = createMigration({ profile: { id: 'half' } as never, scenario: 'bsp-to-provider', ...h.options });
    expect(h.errors).toEqual([{ kind: 'props', problem: expect.stringContaining('using Zendesk') }]);
    expect(migration.getSnapshot().profile.id).toBe('zendesk');
  });
});
