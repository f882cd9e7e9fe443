import i18next, { type i18n } from 'i18next';
import {
  createMigration,
  type Locale,
  type Migration,
  type MigrationAnalyticsEvent,
  type MigrationOptions,
} from '../src';
import { REQUIREMENTS } from '../src/knowledge/requirements';
import { MESSAGE_NAMESPACE, resources } from '../src/messages';

export const HOUR = 60 * 60 * 1000;

/** A clock the test moves by hand, forwards or backwards. */
export function manualClock(start = Date.UTC(2026, 10, 24, 9, 0)) {
  let now = start;
  return {
    now: () => now,
    set: (t: number) => {
      now = t;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Timers that never fire by themselves; `pending` shows what the store scheduled. */
export function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  return {
    pending,
    setTimeout: (callback: () => void, ms: number) => {
      pending.set(next, { callback, ms });
      return next++;
    },
    clearTimeout: (handle: unknown) => {
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

export function setup(options: MigrationOptions = {}) {
  const clock = manualClock();
  const timers = manualTimers();
  const events: MigrationAnalyticsEvent[] = [];
  const store = createMigration({ clock, timers, onEvent: (e) => events.push(e), ...options });
  return { store, clock, timers, events };
}

export const ATTESTED = REQUIREMENTS.filter((r) => r.check.kind !== 'input').map((r) => r.id);

/** Meets every requirement the way a user would: ticks the boxes and types matching identities. */
export function meetAllRequirements(store: Migration, phone = '+81 90-1234-5678') {
  for (const requirementId of ATTESTED) store.send({ type: 'ATTEST', requirementId, value: true });
  store.send({ type: 'SET_FIELD', field: 'phoneNumber', value: phone });
  store.send({ type: 'SET_FIELD', field: 'currentBusinessManagerId', value: '123456789012345' });
  store.send({ type: 'SET_FIELD', field: 'newBusinessManagerId', value: '１２３４５６７８９０１２３４５' });
  store.send({ type: 'SET_FIELD', field: 'currentDisplayName', value: 'Acme 株式会社' });
  store.send({ type: 'SET_FIELD', field: 'newDisplayName', value: '  Acme 株式会社 ' });
}

/** Completes steps in order until the given one is current (confirming where a step asks for it). */
export function completeUntil(store: Migration, stepId: string) {
  for (let guard = 0; guard < 20 && store.getSnapshot().currentStepId !== stepId; guard++) {
    const current = store.getSnapshot().currentStepId;
    if (current === null) throw new Error(`never reached ${stepId}`);
    store.send({ type: 'COMPLETE_STEP', stepId: current, confirmed: true });
  }
}

export const statusOf = (store: Migration, stepId: string) =>
  store.getSnapshot().steps.find((s) => s.step.id === stepId)?.status;

/** A private i18next instance over the core's catalogues, set up as a host would. */
export function i18nFor(lng: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng,
    ns: [MESSAGE_NAMESPACE],
    defaultNS: MESSAGE_NAMESPACE,
    fallbackLng: false,
    initAsync: false,
  });
  return instance;
}
