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
import { manualClock, manualTimers, walkTo } from '../src/testing';

export { HOUR, manualClock, manualTimers } from '../src/testing';

/**
 * Lets the task end: an engine writes what a burst of commands changed once the task that sent them is
 * done (a code request at once). A reload or another tab opening comes after that.
 */
export const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

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
export const completeUntil = (store: Migration, stepId: string) => walkTo(store, stepId);

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
