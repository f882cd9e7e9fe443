import { describe, expect, it } from 'vitest';
import {
  createMigration,
  defineProviderProfile,
  MIGRATION_EVENT_TYPES,
  memoryStorage,
  VERIFICATION_CODE_POLICY_META,
  zendeskProfile,
} from '../src';
import { validatePhoneNumber } from '../src/phone';
import { completeUntil, HOUR, meetAllRequirements, setup, statusOf } from './helpers';

describe('choosing a scenario', () => {
  it('starts with no scenario and lets the user pick one', () => {
    const { store, events } = setup();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', scenario: null, steps: [], scenarioFixed: false });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'provider-to-bsp' });
    const snapshot = store.getSnapshot();
    expect(snapshot.scenario?.id).toBe('provider-to-bsp');
    expect(snapshot.currentStepId).toBe('check-requirements');
    expect(snapshot.steps.map((s) => s.status)).toEqual(['current', 'locked', 'locked', 'locked']);
    expect(events.map((e) => e.type)).toEqual(['scenario-select', 'step-change']);
  });

  it('refuses an unknown scenario, and another one when the host fixed it', () => {
    const { store } = setup({ scenario: 'hosted-to-self-hosted' });
    expect(store.getSnapshot()).toMatchObject({ scenarioFixed: true, currentStepId: 'check-requirements' });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'provider-to-bsp' });
    expect(store.getSnapshot().rejection?.reason).toBe('scenario-fixed');
    expect(store.getSnapshot().scenario?.id).toBe('hosted-to-self-hosted');
    expect(() => createMigration({ scenario: 'nope' })).toThrow(RangeError);
  });

  it('keeps what the user typed when the scenario changes', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    store.send({ type: 'SET_FIELD', field: 'currentDisplayName', value: 'Acme' });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'provider-to-bsp' });
    expect(store.getSnapshot().fields.currentDisplayName).toBe('Acme');
  });
});

describe('guards', () => {
  it('cannot complete a step whose requirements are unmet, nor jump to a locked step', () => {
    const { store, events } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    expect(store.getSnapshot().rejection).toMatchObject({ eventType: 'COMPLETE_STEP', reason: 'requirements-unmet' });
    store.send({ type: 'GO_TO_STEP', stepId: 'add-whatsapp-channel' });
    expect(store.getSnapshot().rejection?.reason).toBe('step-locked');
    store.send({ type: 'COMPLETE_STEP', stepId: 'add-whatsapp-channel' });
    expect(store.getSnapshot().rejection?.reason).toBe('step-locked');
    expect(store.getSnapshot().progress.done).toBe(0);
    expect(events.filter((e) => e.type === 'guard-reject')).toHaveLength(3);
  });

  it('counts the requirements left and completes the first step once all are met', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    expect(store.getSnapshot().requirementsLeft).toBe(13);
    meetAllRequirements(store);
    // Two-step verification is attested later, in its own step.
    store.send({ type: 'ATTEST', requirementId: 'two-step-verification-off', value: false });
    const ready = store.getSnapshot();
    expect(ready.requirements.filter((r) => r.status !== 'met').map((r) => r.requirement.id)).toEqual([
      'two-step-verification-off',
    ]);
    expect(ready.steps[0]).toMatchObject({ canComplete: true, unmetRequirements: [] });
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    expect(statusOf(store, 'check-requirements')).toBe('complete');
    expect(store.getSnapshot().currentStepId).toBe('current-bsp-disables-two-step');
    store.send({ type: 'COMPLETE_STEP', stepId: 'current-bsp-disables-two-step' });
    expect(store.getSnapshot().rejection?.reason).toBe('requirements-unmet');
  });

  it('walks a whole scenario to the end, skipping the optional last step', () => {
    const { store, events } = setup({ scenario: 'bsp-to-provider' });
    meetAllRequirements(store);
    completeUntil(store, 'add-whatsapp-channel');
    expect(store.getSnapshot().rejection).toBeNull();
    store.send({ type: 'COMPLETE_STEP', stepId: 'add-whatsapp-channel' });
    store.send({ type: 'SKIP_STEP', stepId: 'verify-number-works' });
    const done = store.getSnapshot();
    expect(done.steps.map((s) => s.status)).toEqual(['complete', 'complete', 'complete', 'skipped']);
    expect(done).toMatchObject({
      isComplete: true,
      currentStepId: null,
      progress: { done: 4, total: 4, percent: 100 },
    });
    expect(events.at(-1)?.type).toBe('migration-complete');
  });

  it('asks for confirmation before the step that takes the number offline', () => {
    const { store } = setup({ scenario: 'hosted-to-self-hosted' });
    meetAllRequirements(store);
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    store.send({ type: 'COMPLETE_STEP', stepId: 'request-two-step-off' });
    store.send({ type: 'COMPLETE_STEP', stepId: 'provider-disables-two-step' });
    expect(store.getSnapshot().currentStepId).toBe('remove-integration');
    store.send({ type: 'COMPLETE_STEP', stepId: 'remove-integration' });
    expect(store.getSnapshot().rejection?.reason).toBe('confirmation-required');
    store.send({ type: 'COMPLETE_STEP', stepId: 'remove-integration', confirmed: true });
    expect(statusOf(store, 'remove-integration')).toBe('complete');
  });

  it('refuses to skip a step that is not optional', () => {
    const { store } = setup({ scenario: 'provider-to-bsp' });
    meetAllRequirements(store);
    store.send({ type: 'SKIP_STEP', stepId: 'check-requirements' });
    expect(store.getSnapshot().rejection?.reason).toBe('not-optional');
  });

  it('reopening a step reopens the steps that depend on it', () => {
    const { store, events } = setup({ scenario: 'bsp-to-provider' });
    meetAllRequirements(store);
    completeUntil(store, 'add-whatsapp-channel');
    store.send({ type: 'REOPEN_STEP', stepId: 'check-requirements' });
    const snapshot = store.getSnapshot();
    expect(snapshot.steps.map((s) => s.status)).toEqual(['current', 'locked', 'locked', 'locked']);
    expect(events.some((e) => e.type === 'step-reopen')).toBe(true);
  });

  it('refuses a change that would unmeet a requirement a finished step relies on, and keeps the answer', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    meetAllRequirements(store);
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: false });
    expect(store.getSnapshot().rejection?.reason).toBe('requirement-locked');
    expect(store.getSnapshot().requirements.find((r) => r.requirement.id === 'not-banned')).toMatchObject({
      status: 'met',
      lockedBy: 'check-requirements',
    });
    // A change that keeps the requirement met is fine.
    store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81 80 1234 5678' });
    expect(store.getSnapshot()).toMatchObject({ rejection: null, fields: { phoneNumber: '+81 80 1234 5678' } });
  });

  it('ignores events it does not know instead of crashing', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    // @ts-expect-error: an untyped host may send anything
    store.send({ type: 'HACK' });
    // @ts-expect-error: a field that must never be stored
    store.send({ type: 'SET_FIELD', field: 'twoStepPin', value: '123456' });
    expect(store.getSnapshot().rejection?.reason).toBe('unknown-field');
    expect(JSON.stringify(store.getSnapshot().fields)).not.toContain('123456');
  });
});

describe('identity requirements', () => {
  it('says which value differs, beside which field', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'SET_FIELD', field: 'currentBusinessManagerId', value: '111' });
    store.send({ type: 'SET_FIELD', field: 'newBusinessManagerId', value: '112' });
    store.send({ type: 'SET_FIELD', field: 'currentDisplayName', value: 'Acme' });
    store.send({ type: 'SET_FIELD', field: 'newDisplayName', value: 'Acme\u202E' });
    const results = store.getSnapshot().requirements;
    expect(results.find((r) => r.requirement.id === 'same-business-manager')).toMatchObject({
      status: 'failed',
      issue: { messageKey: 'validation.identity.businessManagerMismatch' },
    });
    expect(results.find((r) => r.requirement.id === 'same-display-name')).toMatchObject({
      status: 'failed',
      issueField: 'newDisplayName',
      issue: { code: 'unsafe-characters' },
    });
    // The mismatch makes the matching troubleshooting entry apply.
    expect(store.getSnapshot().troubleshooting.applicable.map((a) => a.entry.id)).toContain(
      'e2388103-different-business-manager',
    );
  });
});

describe('phone number', () => {
  it('checks the E.164 shape by default and uses the full validator when the host passes it', () => {
    const shape = setup({ scenario: 'provider-to-bsp' });
    shape.store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '090 1234 5678' });
    expect(shape.store.getSnapshot().requirements[0]).toMatchObject({
      status: 'failed',
      issue: { messageKey: 'validation.phoneNumber.notE164' },
    });
    const full = setup({
      scenario: 'provider-to-bsp',
      validatePhoneNumber: (input) => validatePhoneNumber(input, { defaultCountry: 'JP' }),
    });
    full.store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '090 1234 5678' });
    expect(full.store.getSnapshot()).toMatchObject({ phoneNumberE164: '+819012345678' });
    full.store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '12' });
    expect(full.store.getSnapshot().requirements[0]?.issue?.messageKey).toBe('phone.errors.too-short');
    // What the user typed is kept even when it is refused.
    expect(full.store.getSnapshot().fields.phoneNumber).toBe('12');
  });
});

describe('verification-code requests', () => {
  function atCodeStep(options = {}) {
    const context = setup({ scenario: 'bsp-to-provider', ...options });
    meetAllRequirements(context.store);
    completeUntil(context.store, 'add-whatsapp-channel');
    return context;
  }

  it('are only recorded once the step that sends the code is reached', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'REQUEST_CODE' });
    expect(store.getSnapshot().rejection?.reason).toBe('no-code-step');
    expect(store.getSnapshot().verificationCode).toMatchObject({ remaining: 3, available: false });
  });

  it('allow three, then block for the profile cool-down and open the seed troubleshooting entry', () => {
    const { store, clock, timers, events } = atCodeStep();
    expect(store.getSnapshot().verificationCode).toMatchObject({ remaining: 3, available: true });
    for (let i = 0; i < 3; i++) {
      store.send({ type: 'REQUEST_CODE' });
      clock.advance(60_000);
    }
    const blocked = store.getSnapshot();
    expect(blocked.verificationCode).toMatchObject({ remaining: 0, nextAllowedAt: clock.now() - 60_000 + 8 * HOUR });
    // The step itself stays open: a code that arrived late can still be used.
    expect(blocked.steps.find((s) => s.step.id === 'add-whatsapp-channel')).toMatchObject({
      status: 'current',
      canComplete: true,
    });
    expect(blocked.troubleshooting.applicable.map((a) => a.entry.id)).toContain('too-many-code-requests');
    store.send({ type: 'REQUEST_CODE' });
    expect(store.getSnapshot().rejection).toMatchObject({
      reason: 'limit-reached',
      nextAllowedAt: blocked.verificationCode.nextAllowedAt,
    });
    expect(events.filter((e) => e.type === 'code-request').map((e) => ('remaining' in e ? e.remaining : -1))).toEqual([
      2, 1, 0,
    ]);
    // The store woke itself when the wait ends.
    expect(timers.pending.size).toBe(1);
    clock.set(blocked.verificationCode.nextAllowedAt ?? 0);
    timers.fireAll();
    expect(store.getSnapshot().verificationCode.remaining).toBe(3);
    expect(statusOf(store, 'add-whatsapp-channel')).toBe('current');
  });

  it('use 12 hours for a profile that follows Meta Embedded Signup', () => {
    const profile = defineProviderProfile({
      ...zendeskProfile,
      id: 'meta-es',
      verificationCodePolicy: VERIFICATION_CODE_POLICY_META,
    });
    const { store, clock } = atCodeStep({ profile });
    for (let i = 0; i < 3; i++) store.send({ type: 'REQUEST_CODE' });
    expect(store.getSnapshot().verificationCode.nextAllowedAt).toBe(clock.now() + 12 * HOUR);
  });

  it('are remembered across a reload, and a clock set back does not shorten the wait', () => {
    const storage = memoryStorage();
    const first = atCodeStep({ storage });
    for (let i = 0; i < 3; i++) first.store.send({ type: 'REQUEST_CODE' });
    const until = first.store.getSnapshot().verificationCode.nextAllowedAt;
    first.store.destroy();

    const second = setup({ scenario: 'bsp-to-provider', storage });
    second.clock.set(first.clock.now() - 24 * HOUR);
    second.store.send({ type: 'TICK' });
    // Still blocked, for the whole period from the clock as it is now: not shorter, and not 24 hours longer.
    const wait = (until as number) - first.clock.now();
    expect(second.store.getSnapshot().verificationCode).toMatchObject({
      remaining: 0,
      nextAllowedAt: second.clock.now() + wait,
    });
    expect(second.store.getSnapshot().currentStepId).toBe('add-whatsapp-channel');
  });

  it('survive a reset', () => {
    const { store } = atCodeStep();
    for (let i = 0; i < 3; i++) store.send({ type: 'REQUEST_CODE' });
    store.send({ type: 'RESET' });
    expect(store.getSnapshot()).toMatchObject({
      currentStepId: 'check-requirements',
      verificationCode: { remaining: 0 },
    });
  });
});

describe('registration limit', () => {
  it('allows ten registrations in 72 hours', () => {
    const { store } = setup();
    for (let i = 0; i < 10; i++) store.send({ type: 'RECORD_REGISTRATION' });
    expect(store.getSnapshot().registration.remaining).toBe(0);
    expect(store.getSnapshot().troubleshooting.applicable.map((a) => a.entry.id)).toContain(
      'e133016-registration-limit',
    );
    store.send({ type: 'RECORD_REGISTRATION' });
    expect(store.getSnapshot().rejection?.reason).toBe('limit-reached');
  });
});

describe('errors reported by the host', () => {
  it('open the matching entry and mark the step', () => {
    const { store, events } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'REPORT_ERROR', code: '(#133016) Account register deregister rate limit exceeded' });
    const snapshot = store.getSnapshot();
    expect(snapshot.troubleshooting.openEntryId).toBe('e133016-registration-limit');
    expect(snapshot.errors[0]).toMatchObject({ code: '133016', stepId: 'check-requirements' });
    expect(statusOf(store, 'check-requirements')).toBe('error');
    expect(
      events.filter((e) => e.type === 'error-report' || e.type === 'troubleshooting-open').map((e) => e.type),
    ).toEqual(['error-report', 'troubleshooting-open']);
  });

  it('list every cause of a code with several, the one tied to a failed requirement first', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'SET_FIELD', field: 'currentBusinessManagerId', value: '1' });
    store.send({ type: 'SET_FIELD', field: 'newBusinessManagerId', value: '2' });
    store.send({ type: 'REPORT_ERROR', code: 2388103 });
    const snapshot = store.getSnapshot();
    expect(snapshot.troubleshooting.openEntryId).toBe('e2388103-different-business-manager');
    expect(snapshot.troubleshooting.applicable.filter((a) => a.code === '2388103').length).toBeGreaterThanOrEqual(9);
  });

  it('open the generic entry for an unknown code and keep the code, cleaned', () => {
    const { store, events } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'REPORT_ERROR', code: '<b>E\u0000-42</b>', details: 'x'.repeat(2000) });
    const [applicable] = store.getSnapshot().troubleshooting.applicable;
    expect(applicable).toMatchObject({ entry: { id: 'unknown-error' }, code: '<b>E-42</b>' });
    expect(applicable?.details).toHaveLength(500);
    expect(events.find((e) => e.type === 'error-report')).toMatchObject({ code: 'other', entryId: 'unknown-error' });
  });

  it('are settled by finishing the step or by dismissing them', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    store.send({ type: 'REPORT_ERROR', code: 2494100 });
    store.send({ type: 'DISMISS_ERROR', code: '2494100' });
    expect(store.getSnapshot()).toMatchObject({ errors: [], troubleshooting: { openEntryId: null } });
  });
});

describe('host checks', () => {
  it('answer admin rights asynchronously and fall back to attestation without them', async () => {
    let answer = false;
    const { store } = setup({
      scenario: 'provider-to-bsp',
      hostChecks: {
        'provider-admin': async () => answer,
        'meta-business-admin': () => Promise.reject(new Error('down')),
      },
    });
    const admin = () => store.getSnapshot().requirements.find((r) => r.requirement.id === 'provider-admin');
    expect(admin()).toMatchObject({ status: 'checking', via: 'host' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(admin()?.status).toBe('unmet');
    expect(store.getSnapshot().requirements.find((r) => r.requirement.id === 'meta-business-admin')?.status).toBe(
      'error',
    );
    answer = true;
    store.recheck('provider-admin');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(admin()?.status).toBe('met');
    // Without a host check the same requirement is an attestation.
    const plain = setup({ scenario: 'provider-to-bsp' });
    expect(plain.store.getSnapshot().requirements.find((r) => r.requirement.id === 'provider-admin')?.via).toBe(
      'attestation',
    );
  });

  it('ignore answers that arrive after destroy()', async () => {
    const { store } = setup({ scenario: 'provider-to-bsp', hostChecks: { 'provider-admin': async () => true } });
    const before = store.getSnapshot();
    store.destroy();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getSnapshot()).toBe(before);
  });
});

describe('store', () => {
  it('notifies subscribers and keeps the snapshot stable between changes', () => {
    const { store } = setup();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    expect(calls).toBe(1);
    unsubscribe();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'provider-to-bsp' });
    expect(calls).toBe(1);
  });

  it('survives a host analytics handler that throws', () => {
    const store = createMigration({
      onEvent: () => {
        throw new Error('analytics down');
      },
    });
    expect(() => store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' })).not.toThrow();
    expect(store.getSnapshot().scenario?.id).toBe('bsp-to-provider');
  });

  it('documents every event name it emits', () => {
    const { store, events } = setup({ scenario: 'bsp-to-provider' });
    meetAllRequirements(store);
    completeUntil(store, 'add-whatsapp-channel');
    store.send({ type: 'REQUEST_CODE' });
    store.send({ type: 'REPORT_ERROR', code: 1 });
    for (const event of events) expect(MIGRATION_EVENT_TYPES).toContain(event.type);
  });

  it('never puts a phone number, display name, Business Manager ID or PIN into analytics events', () => {
    const { store, events } = setup({ scenario: 'provider-to-bsp' });
    meetAllRequirements(store, '+81 90-5555-4444');
    store.send({ type: 'REPORT_ERROR', code: '+81 90-5555-4444', details: 'PIN 123456 for +819055554444' });
    completeUntil(store, 'connect-new-bsp');
    const text = JSON.stringify(events);
    for (const secret of ['5555', 'Acme', '123456789', '123456']) expect(text).not.toContain(secret);
  });
});
