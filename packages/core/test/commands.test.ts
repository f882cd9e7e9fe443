import { describe, expect, it } from 'vitest';
import {
  COMMAND_GUARDS,
  COMMAND_TYPES,
  type MigrationCommand,
  type MigrationSnapshot,
  REJECTION_REASONS,
  type RejectionReason,
} from '../src';
import { HOUR, meetAllRequirements, setup } from './helpers';

/** Reasons the store or the transition give outside any command's own guards. */
const OUTSIDE_THE_TABLE: readonly RejectionReason[] = ['unknown-event', 'host-only'];

describe('the engine as a table', () => {
  it('has a rule for every command, and every refusal reason comes from a named guard or the store', () => {
    expect(Object.keys(COMMAND_GUARDS).sort()).toEqual([...COMMAND_TYPES].sort());
    const given = new Set(Object.values(COMMAND_GUARDS).flatMap((guards) => guards.map((g) => g.reason)));
    for (const reason of REJECTION_REASONS) {
      expect(given.has(reason) || OUTSIDE_THE_TABLE.includes(reason), reason).toBe(true);
    }
    for (const reason of given) expect(REJECTION_REASONS, reason).toContain(reason);
  });

  it('lists a step command’s guards in the order they are checked', () => {
    expect(COMMAND_GUARDS.COMPLETE_STEP.map((g) => g.reason)).toEqual([
      'no-scenario',
      'unknown-step',
      'step-done',
      'step-locked',
      'requirements-unmet',
      'confirmation-required',
      'live-not-done',
    ]);
    expect(COMMAND_GUARDS.SET_FIELD.map((g) => g.guard)).toEqual(['field-known', 'done-steps-still-justified']);
  });
});

describe('send and can', () => {
  it('send says whether a command was taken, and why not, as the snapshot does', () => {
    const { store } = setup();
    expect(store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' })).toEqual({
      accepted: false,
      reason: 'no-scenario',
    });
    expect(store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' })).toEqual({ accepted: true });
    const refused = store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    expect(refused).toEqual({ accepted: false, reason: 'requirements-unmet' });
    expect(store.getSnapshot().rejection?.reason).toBe('requirements-unmet');
  });

  it('can answers without changing anything or telling subscribers', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    meetAllRequirements(store);
    const before = store.getSnapshot();
    let told = 0;
    store.subscribe(() => {
      told += 1;
    });
    expect(store.can({ type: 'COMPLETE_STEP', stepId: 'check-requirements' })).toEqual({ accepted: true });
    expect(store.can({ type: 'GO_TO_STEP', stepId: 'add-whatsapp-channel' })).toEqual({
      accepted: false,
      reason: 'step-locked',
    });
    expect(store.can({ type: 'HOST_CHECK_RESULT', requirementId: 'provider-admin', result: 'met' })).toEqual({
      accepted: false,
      reason: 'host-only',
    });
    expect(store.getSnapshot()).toBe(before);
    expect(told).toBe(0);
  });

  it('a limit reached says when the next attempt is allowed', () => {
    const { store, clock } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    meetAllRequirements(store);
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    store.send({ type: 'COMPLETE_STEP', stepId: 'current-bsp-disables-two-step' });
    for (let i = 0; i < 3; i++) expect(store.send({ type: 'REQUEST_CODE' }).accepted).toBe(true);
    const refused = store.send({ type: 'REQUEST_CODE' });
    expect(refused).toEqual({ accepted: false, reason: 'limit-reached', nextAllowedAt: clock.now() + 8 * HOUR });
  });

  it('subscribers receive the new snapshot; a destroyed engine takes nothing', () => {
    const { store } = setup();
    const seen: MigrationSnapshot[] = [];
    store.subscribe((snapshot) => seen.push(snapshot));
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'provider-to-bsp' });
    expect(seen.at(-1)).toBe(store.getSnapshot());
    store.destroy();
    expect(store.send({ type: 'RESET' })).toEqual({ accepted: false, reason: 'destroyed' });
    expect(store.can({ type: 'RESET' })).toEqual({ accepted: false, reason: 'destroyed' });
  });

  it('tells of every refusal, even one equal to the last in the same millisecond', () => {
    const { store, events } = setup();
    const refusals = () => events.filter((e) => e.type === 'guard-reject').length;
    const seen: unknown[] = [];
    store.subscribe((snapshot) => seen.push(snapshot.rejection));
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    expect(refusals()).toBe(2);
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
  });

  it('an unknown or malformed command is refused, never thrown', () => {
    const { store } = setup();
    for (const junk of [{ type: 'DROP_TABLES' }, { type: 42 }, null, 'RESET', {}] as unknown as MigrationCommand[]) {
      expect(store.send(junk)).toEqual({ accepted: false, reason: 'unknown-event' });
    }
  });

  it('commands sent while stored progress is read wait, and count as accepted', async () => {
    let release: (value: string | null) => void = () => undefined;
    const { store } = setup({
      storage: {
        getItem: () =>
          new Promise<string | null>((resolve) => {
            release = resolve;
          }),
        setItem: () => undefined,
        removeItem: () => undefined,
      },
    });
    expect(store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' })).toEqual({
      accepted: true,
      queued: true,
    });
    expect(store.can({ type: 'SELECT_SCENARIO', scenarioId: 'provider-to-bsp' })).toEqual({
      accepted: true,
      queued: true,
    });
    release(null);
    await store.ready;
    expect(store.getSnapshot().scenario?.id).toBe('bsp-to-provider');
  });
});
