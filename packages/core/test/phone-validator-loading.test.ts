import { describe, expect, it } from 'vitest';
import type { MigrationSnapshot } from '../src';
import { memoryStorage } from '../src';
import { validatePhoneNumber } from '../src/phone';
import { fakeMetaBackend, meetRequirements, walkTo } from '../src/testing';
import { setup } from './helpers';

/** A loader the test settles itself, as a bundle's chunk arrives (or fails) after the engine is made. */
function deferredValidator() {
  let calls = 0;
  let settle: { resolve: (v: typeof validatePhoneNumber) => void; reject: (e: unknown) => void } | undefined;
  const load = () => {
    calls += 1;
    return new Promise<(input: string) => ReturnType<typeof validatePhoneNumber>>((resolve, reject) => {
      settle = { resolve: (v) => resolve((input) => v(input, { defaultCountry: 'JP' })), reject };
    });
  };
  return {
    load,
    calls: () => calls,
    arrive: () => settle?.resolve(validatePhoneNumber),
    fail: () => settle?.reject(new Error('chunk failed')),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const phoneResult = (snapshot: MigrationSnapshot) =>
  snapshot.requirements.find((r) => r.requirement.id === 'phone-number');

describe('a phone validator loaded after the engine is made', () => {
  it('is fetched on first use only, then checks the typed number again', async () => {
    const loader = deferredValidator();
    const { store } = setup({ scenario: 'provider-to-bsp', loadPhoneValidator: loader.load });
    // Made but never used (a render that did not commit): nothing is fetched.
    await flush();
    expect(loader.calls()).toBe(0);
    expect(store.getSnapshot().phoneValidation).toBe('shape');

    const seen: MigrationSnapshot[] = [];
    store.subscribe((s) => seen.push(s));
    store.subscribe(() => undefined);
    await flush();
    expect(loader.calls()).toBe(1);

    // Well formed, but too short for any Japanese number: the shape check takes it.
    store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81 12 345' });
    expect(phoneResult(store.getSnapshot())?.status).toBe('met');
    expect(store.getSnapshot().phoneNumberE164).toBe('+8112345');

    loader.arrive();
    await flush();
    const after = store.getSnapshot();
    expect(after.phoneValidation).toBe('full');
    expect(phoneResult(after)).toMatchObject({ status: 'failed', issue: { code: 'too-short' } });
    expect(after.phoneNumberE164).toBeNull();
    expect(seen.at(-1)).toBe(after);
    // The engine's own validator answers with the full one from now on, as the form asks it.
    expect(store.validatePhoneNumber('090 1234 5678')).toMatchObject({ ok: true, value: { e164: '+819012345678' } });
    // What the user typed is kept.
    expect(after.fields.phoneNumber).toBe('+81 12 345');
  });

  it('reopens a step completed on a number the full validator refuses, says why, and locks nothing', async () => {
    const loader = deferredValidator();
    const { store, events } = setup({ scenario: 'provider-to-bsp', loadPhoneValidator: loader.load });
    store.subscribe(() => undefined);
    await flush();
    meetRequirements(store, { phoneNumber: '+81 12 345' });
    expect(store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' })).toEqual({ accepted: true });
    events.length = 0;
    loader.arrive();
    await flush();
    const after = store.getSnapshot();
    expect(after.steps.find((s) => s.step.id === 'check-requirements')?.status).not.toBe('complete');
    expect(after.currentStepId).toBe('check-requirements');
    expect(after.notice).toEqual({ kind: 'phone-rechecked', reason: 'inconsistent' });
    expect(phoneResult(after)).toMatchObject({ status: 'failed' });
    expect(phoneResult(after)?.lockedBy).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['requirement-change', 'step-reopen']));
    expect(events.find((e) => e.type === 'step-reopen')).toMatchObject({ stepId: 'check-requirements' });
    // Nothing is locked: the user corrects the number key by key, and answers another question.
    expect(store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81 90' })).toEqual({ accepted: true });
    expect(store.send({ type: 'ATTEST', requirementId: 'not-banned', value: false })).toEqual({ accepted: true });
  });

  it('live mode asks for the number until the validator can split it for Meta, then starts', async () => {
    const loader = deferredValidator();
    const backend = fakeMetaBackend();
    const { store } = setup({
      scenario: 'bsp-to-provider',
      loadPhoneValidator: loader.load,
      hostActions: backend.actions,
    });
    store.subscribe(() => undefined);
    await flush();
    meetRequirements(store);
    walkTo(store, 'add-whatsapp-channel');
    // The shape check knows the number is well formed, not its country code: Meta's `cc` cannot be sent yet.
    expect(store.getSnapshot().live.phase).toBe('number');
    expect(store.send({ type: 'LIVE_START' })).toMatchObject({ accepted: false });
    expect(backend.calls).toEqual([]);
    loader.arrive();
    await flush();
    expect(store.getSnapshot().live.phase).toBe('start');
    expect(store.send({ type: 'LIVE_START' })).toEqual({ accepted: true });
    await flush();
    expect(backend.calls[0]).toEqual({ name: 'startMigration', input: { cc: '81', phoneNumber: '9012345678' } });
  });

  it('remembers a number as valid (when the number itself is not kept) only once the full validator says so', async () => {
    const loader = deferredValidator();
    const storage = memoryStorage();
    const { store } = setup({ scenario: 'provider-to-bsp', storage, loadPhoneValidator: loader.load });
    store.subscribe(() => undefined);
    await flush();
    const remembered = () =>
      (JSON.parse(String(storage.getItem('wamigrate:migration'))) as { rememberedValid: string[] }).rememberedValid;
    store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81 90 1234 5678' });
    await flush();
    // Well formed, but not checked yet: after a reload it would justify steps without ever being checked.
    expect(remembered()).toEqual([]);
    loader.arrive();
    await flush();
    expect(remembered()).toEqual(['phoneNumber']);
  });

  it('fetches nothing when the host gave a validator', async () => {
    const loader = deferredValidator();
    const { store } = setup({
      loadPhoneValidator: loader.load,
      validatePhoneNumber: (input) => validatePhoneNumber(input),
    });
    store.subscribe(() => undefined);
    await flush();
    expect(loader.calls()).toBe(0);
    expect(store.getSnapshot().phoneValidation).toBe('full');
  });

  it('keeps the shape check when the chunk fails, or a loader throws or gives no function', async () => {
    const loader = deferredValidator();
    const failed = setup({ scenario: 'provider-to-bsp', loadPhoneValidator: loader.load }).store;
    failed.subscribe(() => undefined);
    await flush();
    loader.fail();
    const throwing = setup({
      loadPhoneValidator: () => {
        throw new Error('no');
      },
    }).store;
    throwing.subscribe(() => undefined);
    const nothing = setup({ loadPhoneValidator: () => Promise.resolve(undefined as never) }).store;
    nothing.subscribe(() => undefined);
    await flush();
    for (const store of [failed, throwing, nothing]) expect(store.getSnapshot().phoneValidation).toBe('shape');
    failed.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+819012345678' });
    expect(phoneResult(failed.getSnapshot())?.status).toBe('met');
  });

  it('does nothing once the engine is destroyed', async () => {
    const loader = deferredValidator();
    const { store } = setup({ loadPhoneValidator: loader.load });
    const seen: MigrationSnapshot[] = [];
    store.subscribe((s) => seen.push(s));
    await flush();
    store.destroy();
    loader.arrive();
    await flush();
    expect(seen).toEqual([]);
    expect(store.getSnapshot().phoneValidation).toBe('shape');
  });

  it('arriving while stored progress is read, applies to the progress once read', async () => {
    const loader = deferredValidator();
    let release: (value: string | null) => void = () => undefined;
    const stored = memoryStorage();
    const storage = {
      ...stored,
      getItem: () =>
        new Promise<string | null>((resolve) => {
          release = resolve;
        }),
    };
    const writer = setup({ scenario: 'provider-to-bsp', storage: stored, persistPhoneNumber: true }).store;
    writer.send({ type: 'SET_FIELD', field: 'phoneNumber', value: '+81 12 345' });
    writer.destroy();
    const raw = stored.getItem('wamigrate:migration') as string;

    const { store } = setup({ scenario: 'provider-to-bsp', storage, loadPhoneValidator: loader.load });
    store.subscribe(() => undefined);
    await flush();
    loader.arrive();
    await flush();
    // Still reading: nothing is written over the stored progress.
    expect(store.getSnapshot().status).toBe('loading');
    expect(stored.getItem('wamigrate:migration')).toBe(raw);
    release(raw);
    await flush();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', phoneValidation: 'full' });
    expect(phoneResult(store.getSnapshot())?.status).toBe('failed');
  });
});
