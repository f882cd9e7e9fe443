import { describe, expect, it } from 'vitest';
import type { MigrationSnapshot } from '../src';
import { memoryStorage } from '../src';
import { validatePhoneNumber } from '../src/phone';
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
