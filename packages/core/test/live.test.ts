import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMigration, type MigrationCommand, memoryStorage, normaliseCode, parseGraphError } from '../src';
import { connectLive } from '../src/connect/live.connect';
import { validatePhoneNumber } from '../src/phone';
import {
  type FakeMetaBackendOptions,
  fakeMetaBackend,
  HOUR,
  manualClock,
  manualTimers,
  meetRequirements,
  portalRefusal,
  walkTo,
} from '../src/testing';
import { i18nFor } from './helpers';

/** Lets every promise the store and the fake backend chained settle. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** An engine at bsp-to-provider's code step, in live mode, in front of the fake backend. */
function live(options: FakeMetaBackendOptions = {}, { storage = memoryStorage(), events = [] as unknown[] } = {}) {
  const clock = manualClock();
  const timers = manualTimers();
  const backend = fakeMetaBackend(options, () => clock.now());
  const store = createMigration({
    clock,
    timers,
    storage,
    scenario: 'bsp-to-provider',
    hostActions: backend.actions,
    validatePhoneNumber: (input) => validatePhoneNumber(input),
    onEvent: (event) => events.push(event),
  });
  meetRequirements(store);
  walkTo(store, 'add-whatsapp-channel');
  return { store, backend, clock, timers, storage, events };
}

const phase = (store: ReturnType<typeof live>['store']) => store.getSnapshot().live.phase;

/** The whole sequence as a person walks it: start, SMS, the code, register, status, the name. */
async function walk(store: ReturnType<typeof live>['store'], code = '123456') {
  store.send({ type: 'LIVE_START' });
  await settle();
  store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
  await settle();
  store.send({ type: 'LIVE_VERIFY_CODE', code });
  await settle();
  store.send({ type: 'LIVE_REGISTER' });
  await settle();
  store.send({ type: 'LIVE_CHECK_STATUS' });
  await settle();
}

describe('live mode: the guide performs the migration through the backend', () => {
  it('walks start → code → verify → register → status → the name Meta holds, then lets the step finish', async () => {
    const { store, backend } = live({ verifiedName: 'Sakura Dental Clinic' });
    expect(store.getSnapshot().live).toMatchObject({ enabled: true, phase: 'start', suggestedMethod: 'SMS' });
    // Meta's migration is not done: the step cannot be finished by a tick. The display name is Meta's to
    // say and the person's to confirm: the typed pair no longer answers it.
    expect(store.send({ type: 'COMPLETE_STEP', stepId: 'add-whatsapp-channel' })).toMatchObject({
      accepted: false,
      reason: 'requirements-unmet',
    });
    const displayName = () => store.getSnapshot().requirements.find((r) => r.requirement.id === 'same-display-name');
    expect(displayName()).toMatchObject({ status: 'unmet', via: 'host' });
    await walk(store, '１２３ ４５６');
    expect(backend.calls.map((c) => c.name)).toEqual([
      'startMigration',
      'requestCode',
      'verifyCode',
      'register',
      'getStatus',
    ]);
    // Meta's cc and national number; the code as six ASCII digits; the language as Meta writes it.
    expect(backend.calls[0]?.input).toEqual({ cc: '81', phoneNumber: '9012345678' });
    expect(backend.calls[1]?.input).toEqual({ phoneNumberId: '106540352242922', method: 'SMS', language: 'ja_JP' });
    expect(backend.calls[2]?.input).toEqual({ phoneNumberId: '106540352242922', code: '123456' });
    expect(store.getSnapshot().live).toMatchObject({ phase: 'confirm-name', verifiedName: 'Sakura Dental Clinic' });
    expect(store.send({ type: 'COMPLETE_STEP', stepId: 'add-whatsapp-channel' })).toMatchObject({
      reason: 'requirements-unmet',
    });
    store.send({ type: 'LIVE_CONFIRM_NAME', confirmed: false });
    expect(displayName()?.status).toBe('failed');
    store.send({ type: 'LIVE_CONFIRM_NAME', confirmed: true });
    expect(displayName()?.status).toBe('met');
    expect(phase(store)).toBe('done');
    expect(store.send({ type: 'COMPLETE_STEP', stepId: 'add-whatsapp-channel' })).toEqual({ accepted: true });
    // Each request was counted before it was sent.
    expect(store.getSnapshot().verificationCode.used).toBe(1);
    expect(store.getSnapshot().registration.used).toBe(1);
  });

  it('keeps the code out of state, storage and events', async () => {
    const events: unknown[] = [];
    const storage = memoryStorage();
    const { store } = live({ code: '987654' }, { storage, events });
    await walk(store, '987654');
    expect(JSON.stringify([store.getSnapshot(), storage.getItem('wamigrate:migration'), events])).not.toContain(
      '987654',
    );
    // The number stays in memory for the form; it is not stored (no opt-in) or sent in events.
    expect(JSON.stringify([storage.getItem('wamigrate:migration'), events])).not.toContain('9012345678');
  });

  it('reports each call to analytics as it changes: call, status, tries and Meta’s error code', async () => {
    const events: { type: string }[] = [];
    const { store } = live({ twoStepOn: true }, { events });
    store.send({ type: 'LIVE_START' });
    await settle();
    expect(events.filter((e) => e.type === 'live-call')).toEqual([
      expect.objectContaining({ call: 'start', status: 'pending', tries: 1 }),
      expect.objectContaining({ call: 'start', status: 'failed', tries: 1, code: '2388001' }),
    ]);
  });

  it('two-step verification still on: start fails with 2388001 and opens its entry; nothing else is sent', async () => {
    const { store, backend } = live({ twoStepOn: true });
    store.send({ type: 'LIVE_START' });
    await settle();
    const snapshot = store.getSnapshot();
    expect(snapshot.live.calls.start).toMatchObject({ status: 'failed', errorCode: '2388001' });
    expect(snapshot.errors.at(-1)).toMatchObject({ code: '2388001', parentCode: '100' });
    expect(snapshot.troubleshooting.openEntryId).not.toBeNull();
    expect(snapshot.live.phase).toBe('start');
    expect(backend.calls).toHaveLength(1);
    // Never again by itself: the person acts first.
    expect(store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' })).toMatchObject({
      accepted: false,
      reason: 'live-out-of-order',
    });
  });

  it('a wrong code fails with 136025 and the person enters it again', async () => {
    const { store } = live({ code: '111111' });
    store.send({ type: 'LIVE_START' });
    await settle();
    store.send({ type: 'LIVE_REQUEST_CODE', method: 'VOICE', language: 'en_US' });
    await settle();
    store.send({ type: 'LIVE_VERIFY_CODE', code: '222222' });
    await settle();
    expect(store.getSnapshot().live.calls['verify-code']).toMatchObject({ status: 'failed', errorCode: '136025' });
    expect(phase(store)).toBe('verify-code');
    store.send({ type: 'LIVE_VERIFY_CODE', code: '111111' });
    await settle();
    expect(phase(store)).toBe('register');
  });

  it('refuses a code that is not six digits before anything is sent', () => {
    for (const code of ['12345', '1234567', 'abcdef', '', '12 34 5']) expect(normaliseCode(code), code).toBeNull();
    expect(normaliseCode('１２３-４５６')).toBe('123456');
  });

  it('a PIN mismatch (133005) on register is never retried by itself', async () => {
    const { store, backend, timers } = live({ pinMismatch: true });
    store.send({ type: 'LIVE_START' });
    await settle();
    store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
    await settle();
    store.send({ type: 'LIVE_VERIFY_CODE', code: '123456' });
    await settle();
    store.send({ type: 'LIVE_REGISTER' });
    await settle();
    expect(store.getSnapshot().live.calls.register).toMatchObject({ status: 'failed', errorCode: '133005' });
    timers.fireAll();
    await settle();
    expect(backend.calls.filter((c) => c.name === 'register')).toHaveLength(1);
  });

  it('Meta refuses a register past its own 72-hour limit (133016): reported, with its entry, never retried', async () => {
    const { store, backend, timers } = live({ registrationsBefore: 10 });
    await walk(store);
    expect(store.getSnapshot().live.calls.register).toMatchObject({ status: 'failed', errorCode: '133016' });
    expect(store.getSnapshot().troubleshooting.openEntryId).not.toBeNull();
    timers.fireAll();
    await settle();
    expect(backend.calls.filter((c) => c.name === 'register')).toHaveLength(1);
  });

  it('a lost connection is the network’s: tried three times, then reported as such', async () => {
    const { store, backend, timers } = live({ offline: true });
    store.send({ type: 'LIVE_START' });
    for (let i = 0; i < 4; i++) {
      await settle();
      timers.fireAll();
    }
    await settle();
    expect(backend.calls).toHaveLength(3);
    expect(store.getSnapshot().live.calls.start).toMatchObject({ status: 'failed', errorCode: 'network' });
  });

  it('a transient 131000 is tried again after a pause, then succeeds', async () => {
    const { store, backend, timers } = live({ transient: { startMigration: 2 } });
    store.send({ type: 'LIVE_START' });
    await settle();
    expect(store.getSnapshot().live.calls.start).toMatchObject({ status: 'pending', tries: 1 });
    expect([...timers.pending.values()].map((t) => t.ms)).toContain(1000);
    timers.fireAll();
    await settle();
    expect([...timers.pending.values()].map((t) => t.ms)).toContain(2000);
    timers.fireAll();
    await settle();
    expect(backend.calls.filter((c) => c.name === 'startMigration')).toHaveLength(3);
    expect(phase(store)).toBe('request-code');
  });

  it('gives up on a transient failure after three tries and says so', async () => {
    const { store, backend, timers } = live({ transient: { requestCode: 5 } });
    store.send({ type: 'LIVE_START' });
    await settle();
    store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
    await settle();
    for (let i = 0; i < 5; i++) {
      timers.fireAll();
      await settle();
    }
    expect(backend.calls.filter((c) => c.name === 'requestCode')).toHaveLength(3);
    expect(store.getSnapshot().live.calls['request-code']).toMatchObject({ status: 'failed', errorCode: '131000' });
    // Each try was a request Meta may have counted: each was counted here first.
    expect(store.getSnapshot().verificationCode.used).toBe(3);
  });

  it('refuses a code request beyond the policy before calling, with the time it opens again', async () => {
    const { store, backend } = live();
    store.send({ type: 'LIVE_START' });
    await settle();
    const limit = store.getSnapshot().profile.verificationCodePolicy.limit;
    for (let i = 0; i < limit; i++) {
      expect(store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' }).accepted).toBe(true);
      await settle();
    }
    const refused = store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
    expect(refused).toMatchObject({ accepted: false, reason: 'limit-reached' });
    expect(refused.accepted === false && refused.nextAllowedAt).toBeGreaterThan(store.getSnapshot().now);
    expect(backend.calls.filter((c) => c.name === 'requestCode')).toHaveLength(limit);
  });

  it('a slow call cannot be sent twice; other calls wait until it settles', async () => {
    const { store, backend } = live({ slow: true });
    expect(store.send({ type: 'LIVE_START' })).toEqual({ accepted: true });
    expect(store.getSnapshot().live.busy).toBe(true);
    expect(store.send({ type: 'LIVE_START' })).toMatchObject({ accepted: false, reason: 'live-pending' });
    await settle();
    expect(backend.inFlight()).toBe(1);
    backend.release();
    await settle();
    expect(store.getSnapshot().live.busy).toBe(false);
    expect(backend.calls).toHaveLength(1);
  });

  it("refuses a backend's answer sent from outside", () => {
    const { store } = live();
    const forged = { type: 'LIVE_RESULT', call: 'start', outcome: 'succeeded', value: { phoneNumberId: '1' } } as const;
    expect(store.send(forged)).toMatchObject({ accepted: false, reason: 'host-only' });
    expect(store.send({ type: 'LIVE_RETRY', call: 'register' })).toMatchObject({
      accepted: false,
      reason: 'host-only',
    });
  });

  it('resumes after a reload at the right sub-step, with the number id and not the number', async () => {
    const storage = memoryStorage();
    const first = live({}, { storage });
    first.store.send({ type: 'LIVE_START' });
    await settle();
    first.store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
    await settle();
    first.store.destroy();
    const saved = storage.getItem('wamigrate:migration') as string;
    expect(saved).toContain('106540352242922');
    expect(saved).not.toContain('9012345678');
    const again = createMigration({
      storage,
      scenario: 'bsp-to-provider',
      hostActions: fakeMetaBackend().actions,
      validatePhoneNumber: (input) => validatePhoneNumber(input),
    });
    expect(again.getSnapshot().live.phase).toBe('verify-code');
  });

  it('after a reload without the number stored, asks for it and starts with the typed number, storing none', async () => {
    const storage = memoryStorage();
    live({}, { storage }).store.destroy();
    const backend = fakeMetaBackend();
    const again = createMigration({
      storage,
      scenario: 'bsp-to-provider',
      hostActions: backend.actions,
      validatePhoneNumber: (input) => validatePhoneNumber(input),
    });
    expect(again.getSnapshot().live.phase).toBe('number');
    expect(again.send({ type: 'LIVE_START' })).toMatchObject({ accepted: false, reason: 'number-not-split' });
    expect(again.send({ type: 'LIVE_START', phoneNumber: '090-1234' })).toMatchObject({ reason: 'number-not-split' });
    expect(again.send({ type: 'LIVE_START', phoneNumber: '+81 90 1234 5678' })).toEqual({ accepted: true });
    await settle();
    expect(backend.calls[0]?.input).toEqual({ cc: '81', phoneNumber: '9012345678' });
    expect(again.getSnapshot().live.phase).toBe('request-code');
    expect(storage.getItem('wamigrate:migration')).not.toContain('9012345678');
  });

  it('a tampered live record starts live mode over and never crashes', () => {
    const storage = memoryStorage();
    const first = live({}, { storage });
    first.store.destroy();
    const record = JSON.parse(storage.getItem('wamigrate:migration') as string);
    for (const live of [
      { phoneNumberId: '<script>', calls: {} },
      { phoneNumberId: null, method: 'FAX', language: null, calls: {} },
      'nonsense',
      { calls: { start: { status: 'succeeded', at: 'yesterday' } } },
    ]) {
      storage.setItem('wamigrate:migration', JSON.stringify({ ...record, live }));
      const store = createMigration({ storage, scenario: 'bsp-to-provider', hostActions: fakeMetaBackend().actions });
      expect(store.getSnapshot().live.calls.start.status).toBe('idle');
    }
  });

  it('without hostActions live commands are refused and the guide works as before', () => {
    const store = createMigration({ scenario: 'bsp-to-provider' });
    expect(store.getSnapshot().live.enabled).toBe(false);
    expect(store.send({ type: 'LIVE_START' })).toMatchObject({ accepted: false, reason: 'live-off' });
    meetRequirements(store);
    walkTo(store, 'verify-number-works');
  });
});

/** What the live part of the view says now, in English. */
const liveText = (store: ReturnType<typeof live>['store']) => {
  const i18n = i18nFor('en');
  return connectLive(store.getSnapshot(), () => undefined, {
    id: 'g1',
    locale: 'en',
    t: (key, values) => i18n.t(key, { ...values }),
  }).texts.announcement;
};

describe('live mode: refusals of the portal’s own server', () => {
  it('reads them as portal codes with entries of their own, never as Meta’s or the network’s', () => {
    expect(parseGraphError(portalRefusal('not-owner')).code).toBe('portal:not-owner');
    // Meta's code wins over the server's mark on an error it passed on.
    expect(parseGraphError({ error: { code: 100, error_subcode: 2388001, wamigrate_code: 'graph-error' } }).code).toBe(
      '2388001',
    );
    for (const odd of ['NOT-OWNER', 'not owner', 'x'.repeat(41), '9012345678', 7]) {
      expect(parseGraphError(portalRefusal(odd as string)).code).toBe('?');
    }
  });

  it('409 not-started: the move is started again, the refused request is not counted, and the person is told', async () => {
    const { store } = live({ portalRefuses: { requestCode: 'not-started' } });
    store.send({ type: 'LIVE_START' });
    await settle();
    store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
    await settle();
    const snapshot = store.getSnapshot();
    expect(snapshot.live).toMatchObject({ phase: 'start', method: 'SMS' });
    expect(snapshot.live.calls['request-code']).toMatchObject({ status: 'failed', errorCode: 'portal:not-started' });
    expect(snapshot.verificationCode.used).toBe(0);
    expect(snapshot.troubleshooting.openEntryId).toBe('portal-move-not-started');
    expect(liveText(store)).toMatch(
      /^.+'s server did not accept this \(code not-started\)\. What to do is in the troubleshooting entry\.$/u,
    );
    expect(store.send({ type: 'LIVE_START' })).toEqual({ accepted: true });
  });

  it.each([
    ['not-owner', 'portal-not-allowed'],
    ['unauthorized', 'portal-not-allowed'],
    ['internal', 'portal-server-error'],
    ['code-limit-reached', 'too-many-code-requests'],
    ['already-in-account', 'e2388012-number-already-added'],
    ['start-limit-reached', 'portal-start-limit'],
  ])('%s opens %s and is not tried again', async (code, entryId) => {
    const { store, timers } = live({ portalRefuses: { startMigration: code } });
    store.send({ type: 'LIVE_START' });
    await settle();
    timers.fireAll();
    await settle();
    expect(store.getSnapshot().live.calls.start).toMatchObject({ status: 'failed', tries: 1 });
    expect(store.getSnapshot().troubleshooting.openEntryId).toBe(entryId);
  });

  it('a refusal before Meta gives back the code request it counted; one after Meta may have been reached does not', async () => {
    const { store, timers } = live({ portalRefuses: { requestCode: 'store-unavailable' } });
    store.send({ type: 'LIVE_START' });
    await settle();
    for (let i = 0; i < 3; i++) {
      store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
      await settle();
      timers.fireAll();
      await settle();
    }
    // Three refusals, none sent to Meta: none counts, and none was tried again by itself.
    expect(store.getSnapshot().verificationCode.used).toBe(0);
    expect(store.getSnapshot().live.calls['request-code']).toMatchObject({ status: 'failed', tries: 1 });
    expect(store.getSnapshot().troubleshooting.openEntryId).toBe('portal-limits-unavailable');
    const internal = live({ portalRefuses: { requestCode: 'internal' } });
    internal.store.send({ type: 'LIVE_START' });
    await settle();
    internal.store.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
    await settle();
    expect(internal.store.getSnapshot().verificationCode.used).toBe(1);
  });

  it('the server’s mark on an answer Meta never gave (a timeout) reads as the network’s, not as a refusal', () => {
    const timeout = {
      error: { message: 'Graph did not answer in time', type: 'GraphTimeout', wamigrate_code: 'graph-error' },
    };
    expect(parseGraphError(timeout).code).toBe('?');
    expect(parseGraphError(portalRefusal('tanaka-hanako')).code).toBe('?');
  });

  it('no answer at all is said as such, not as Meta’s refusal', async () => {
    const { store, timers } = live({ offline: true });
    store.send({ type: 'LIVE_START' });
    for (let i = 0; i < 4; i++) {
      await settle();
      timers.fireAll();
    }
    await settle();
    expect(liveText(store)).toMatch(/^No answer came from .+'s server\. Check your connection, then try again\.$/u);
  });
});

describe('live mode: no sequence of events and answers breaks Meta’s limits', () => {
  const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
  const userCommand = fc.oneof(
    weighted(2, fc.constant<MigrationCommand>({ type: 'LIVE_START' })),
    weighted(
      5,
      fc.record({
        type: fc.constant('LIVE_REQUEST_CODE' as const),
        method: fc.constantFrom('SMS' as const, 'VOICE' as const),
        language: fc.constant('ja_JP'),
      }),
    ),
    weighted(
      3,
      fc.record({ type: fc.constant('LIVE_VERIFY_CODE' as const), code: fc.constantFrom('123456', '000000', 'x') }),
    ),
    weighted(6, fc.constant<MigrationCommand>({ type: 'LIVE_REGISTER' })),
    weighted(1, fc.constant<MigrationCommand>({ type: 'LIVE_CHECK_STATUS' })),
    weighted(1, fc.record({ type: fc.constant('LIVE_CONFIRM_NAME' as const), confirmed: fc.boolean() })),
    weighted(1, fc.constant<MigrationCommand>({ type: 'REOPEN_STEP', stepId: 'add-whatsapp-channel' })),
    weighted(1, fc.constant<MigrationCommand>({ type: 'RESET' })),
  );
  const step = fc.record({
    command: userCommand,
    // What happens between two commands: answers arrive, timers fire, time passes.
    settle: fc.constantFrom(true, true, true, false),
    fire: fc.boolean(),
    hours: fc.constantFrom(0, 0, 0, 0, 0, 1, 8, 30),
  });

  const REQUEST: MigrationCommand = { type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' };
  /** A command followed by its answer, with no time passing. */
  const at = (command: MigrationCommand) => ({ command, settle: true, fire: false, hours: 0 as const });

  it('never calls requestCode beyond the code policy, register beyond 10 in 72 hours, or two calls at once', async () => {
    const seen = { requests: 0, registers: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 10, maxLength: 120, size: 'large' }),
        fc.record({
          transient: fc.constantFrom({}, { requestCode: 2 }, { register: 4 }),
          // A register Meta refuses can be sent again: the way to the limit of 10.
          pinMismatch: fc.boolean(),
        }),
        async (steps, backendOptions) => {
          const { store, backend, clock, timers } = live(backendOptions);
          const sent: { name: string; at: number }[] = [];
          let maxInFlight = 0;
          const actions = backend.actions;
          const watched = Object.fromEntries(
            Object.entries(actions).map(([name, call]) => [
              name,
              (input: never) => {
                sent.push({ name, at: clock.now() });
                maxInFlight = Math.max(maxInFlight, backend.inFlight() + 1);
                return (call as (i: never) => Promise<unknown>)(input);
              },
            ]),
          );
          Object.assign(actions, watched);
          for (const s of steps) {
            if (s.command.type === 'RESET') {
              store.send(s.command);
              meetRequirements(store);
              try {
                walkTo(store, 'add-whatsapp-channel');
              } catch {
                // Already past it: fine.
              }
            } else store.send(s.command);
            if (s.settle) await settle();
            if (s.fire) timers.fireAll();
            clock.advance(s.hours * HOUR);
          }
          await settle();
          const policy = store.getSnapshot().profile.verificationCodePolicy;
          /** The most calls of `name` inside any window of `period`. */
          const busiest = (name: string, period: number) => {
            const times = sent.filter((c) => c.name === name).map((c) => c.at);
            return Math.max(0, ...times.map((t) => times.filter((o) => o > t - period && o <= t).length));
          };
          const requests = busiest('requestCode', policy.periodMs);
          seen.requests = Math.max(seen.requests, requests);
          expect(requests).toBeLessThanOrEqual(policy.limit);
          const registers = busiest('register', 72 * HOUR);
          seen.registers = Math.max(seen.registers, registers);
          expect(registers).toBeLessThanOrEqual(10);
          expect(maxInFlight).toBeLessThanOrEqual(1);
        },
      ),
      {
        numRuns: 100,
        // Besides the random walks, two that press against each limit, so the property always meets both.
        examples: [
          [
            [at({ type: 'LIVE_START' }), ...Array.from({ length: 5 }, () => at(REQUEST))],
            { transient: {}, pinMismatch: false },
          ],
          [
            [
              at({ type: 'LIVE_START' }),
              at(REQUEST),
              at({ type: 'LIVE_VERIFY_CODE', code: '123456' }),
              ...Array.from({ length: 12 }, () => at({ type: 'LIVE_REGISTER' })),
            ],
            { transient: {}, pinMismatch: true },
          ],
        ],
      },
    );
    // The walks reached both limits: the property was tested where it matters.
    expect(seen.requests).toBe(3);
    expect(seen.registers).toBe(10);
  });
});
