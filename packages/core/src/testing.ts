/**
 * `@wamigrate/core/testing`: what a test of a guide needs, for this library's tests and for a host's: a
 * clock and timers moved by hand, valid answers, and walking an engine to a step as a user would.
 * No test framework is assumed.
 */
import type { Clock, Migration, Timers } from './engine/create-migration';
import type { MigrationSnapshot } from './engine/types';
import type { InputField } from './knowledge/types';

export const HOUR = 60 * 60 * 1000;

/** A clock the test moves by hand, forwards or backwards. */
export function manualClock(start = Date.UTC(2026, 10, 24, 9, 0)): Clock & {
  set(t: number): void;
  advance(ms: number): void;
} {
  let now = start;
  return {
    now: () => now,
    set: (t) => {
      now = t;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Timers that never fire by themselves; `pending` shows what was scheduled, `fireAll` runs it. */
export function manualTimers(): Timers & {
  readonly pending: Map<number, { readonly callback: () => void; readonly ms: number }>;
  fireAll(): void;
} {
  const pending = new Map<number, { readonly callback: () => void; readonly ms: number }>();
  let next = 1;
  return {
    pending,
    setTimeout: (callback, ms) => {
      pending.set(next, { callback, ms });
      return next++;
    },
    clearTimeout: (handle) => {
      pending.delete(handle as number);
    },
    fireAll: () => {
      for (const [handle, timer] of [...pending]) {
        pending.delete(handle);
        timer.callback();
      }
    },
  };
}

/** Valid answers for every field a scenario asks for, the identity pairs matching. */
export const VALID_ANSWERS: Readonly<Record<InputField, string>> = {
  phoneNumber: '+81 90 1234 5678',
  currentBusinessManagerId: '123456789012345',
  newBusinessManagerId: '123456789012345',
  currentDisplayName: 'Sakura Dental Clinic',
  newDisplayName: 'Sakura Dental Clinic',
};

/**
 * Meets every requirement of the chosen scenario as a user would: ticks each box, types each answer.
 * Host checks are left to the host's own functions.
 */
export function meetRequirements(migration: Migration, answers: Partial<Record<InputField, string>> = {}) {
  for (const { requirement, via } of migration.getSnapshot().requirements) {
    if (requirement.check.kind === 'input') {
      for (const field of requirement.check.fields) {
        migration.send({ type: 'SET_FIELD', field, value: answers[field] ?? VALID_ANSWERS[field] });
      }
    } else if (via === 'attestation') {
      migration.send({ type: 'ATTEST', requirementId: requirement.id, value: true });
    }
  }
}

/**
 * Completes steps in order, confirming where a step asks for it, until `until` holds (a step id: until it
 * is current). Throws if the steps run out first, so a test cannot pass by walking nowhere.
 */
export function walkTo(migration: Migration, until: string | ((snapshot: MigrationSnapshot) => boolean)) {
  const reached = typeof until === 'string' ? (s: MigrationSnapshot) => s.currentStepId === until : until;
  for (let guard = 0; guard < 50 && !reached(migration.getSnapshot()); guard++) {
    const current = migration.getSnapshot().currentStepId;
    if (current === null) throw new Error(`[@wamigrate/core/testing] the steps ran out before the target was reached`);
    const result = migration.send({ type: 'COMPLETE_STEP', stepId: current, confirmed: true });
    if (!result.accepted) throw new Error(`[@wamigrate/core/testing] step "${current}" was refused: ${result.reason}`);
  }
  if (!reached(migration.getSnapshot())) throw new Error('[@wamigrate/core/testing] the target was not reached');
}

export {
  type FakeMetaBackend,
  type FakeMetaBackendOptions,
  fakeMetaBackend,
  graphError,
  META_ERRORS,
  portalRefusal,
} from './testing/fake-meta-backend';
