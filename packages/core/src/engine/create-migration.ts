import { REQUIREMENTS } from '../knowledge/requirements';
import { SCENARIOS } from '../knowledge/scenarios';
import { TROUBLESHOOTING_ENTRIES, UNKNOWN_ERROR_ENTRY } from '../knowledge/troubleshooting';
import type { ProviderProfile, Requirement, Scenario, TroubleshootingEntry } from '../knowledge/types';
import { zendeskProfile } from '../profiles/provider-profile';
import { invalid, type ValidationResult, valid } from '../validation/result';
import { describeChange, type MigrationAnalyticsEvent } from './analytics';
import { restoreState, serializeState } from './persistence';
import { deriveSnapshot } from './snapshot';
import { memoryStorage, type StorageAdapter } from './storage';
import { createTransition, effectiveNow, initialState, rejectEvent } from './transition';
import type { EngineConfig, MigrationEvent, MigrationSnapshot, MigrationState, Notice } from './types';

// Timers exist in every JavaScript host (browsers, Node, workers); declared here because the core is
// compiled without DOM or Node typings.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

export interface Clock {
  now(): number;
}

/** Timers, injectable so tests and hosts with their own scheduler control them. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Answers a host-check requirement, e.g. "is this user an admin in the provider?". */
export type HostCheck = (context: {
  readonly requirementId: string;
  readonly profile: ProviderProfile;
}) => boolean | Promise<boolean>;

export interface MigrationOptions {
  /** The provider that embeds the guide; default: the seed's Zendesk profile. */
  readonly profile?: ProviderProfile;
  /** A fixed scenario id; without it the user picks one. */
  readonly scenario?: string;
  readonly storage?: StorageAdapter;
  /** Several guides on one page need their own keys. */
  readonly storageKey?: string;
  /** Store the phone number with the progress (off by default). */
  readonly persistPhoneNumber?: boolean;
  readonly clock?: Clock;
  readonly timers?: Timers;
  readonly hostChecks?: Readonly<Record<string, HostCheck>>;
  readonly onEvent?: (event: MigrationAnalyticsEvent) => void;
  /** Full phone validation, e.g. `validatePhoneNumber` from `@wamigrate/core/phone`; default: E.164 shape. */
  readonly validatePhoneNumber?: EngineConfig['validatePhoneNumber'];
  /** Replace or extend the knowledge base. */
  readonly knowledge?: {
    readonly scenarios?: readonly Scenario[];
    readonly requirements?: readonly Requirement[];
    readonly troubleshooting?: readonly TroubleshootingEntry[];
  };
}

export interface Migration {
  getSnapshot(): MigrationSnapshot;
  subscribe(listener: () => void): () => void;
  send(event: MigrationEvent): void;
  /** Asks the host checks again (all, or one requirement's). */
  recheck(requirementId?: string): void;
  /** Resolves once stored progress has been read (at once for synchronous storage). */
  readonly ready: Promise<void>;
  /** Stops timers and listeners; the store ignores events afterwards. */
  destroy(): void;
}

export const DEFAULT_STORAGE_KEY = 'wamigrate:migration';

/** The shape check used when the host does not pass the full validator from `@wamigrate/core/phone`. */
export function validateE164Shape(input: string): ValidationResult<{ readonly e164: string }> {
  const compact = input.replace(/[\s\-().]/gu, '');
  return /^\+[1-9]\d{6,14}$/u.test(compact)
    ? valid({ e164: compact })
    : invalid('not-e164', 'validation.phoneNumber.notE164');
}

export function createMigration(options: MigrationOptions = {}): Migration {
  const config = buildConfig(options);
  const transition = createTransition(config);
  const clock = options.clock ?? { now: () => Date.now() };
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  };
  const storage = options.storage ?? memoryStorage();
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const persistPhoneNumber = options.persistPhoneNumber === true;
  const listeners = new Set<() => void>();
  const queued: MigrationEvent[] = [];
  const checkRuns = new Map<string, number>();
  let destroyed = false;
  let loading = true;
  let timer: unknown;
  let writing = false;
  let waiting: string | null = null;
  /** The host's clock, or the last moment the engine saw if it returns something that is not a time. */
  const time = () => {
    const t = clock.now();
    return Number.isFinite(t) ? t : state.lastSeenAt;
  };
  let state = initialState(Number.isFinite(clock.now()) ? clock.now() : 0);
  let snapshot = deriveSnapshot(config, state, time(), 'loading');

  const emit = (event: MigrationAnalyticsEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A host's analytics handler must never break the guide.
    }
  };

  const noticeOf = (notice: Notice) => {
    emit({ type: 'storage-error', at: time(), reason: notice.reason });
  };

  function save() {
    const phoneNumberValid = snapshot.phoneNumberE164 !== null || snapshot.phoneNumberRemembered;
    write(serializeState(state, { persistPhoneNumber, phoneNumberValid }));
  }

  function writeFailed() {
    const notice: Notice = { kind: 'storage-write-failed', reason: 'storage-failed' };
    if (destroyed || state.notice?.kind === notice.kind) return;
    state = { ...state, notice };
    snapshot = deriveSnapshot(config, state, time());
    noticeOf(notice);
    notify();
  }

  /**
   * Synchronous storage is written at once, so progress is kept even if the page closes next. With async
   * storage one write is in flight at a time and only the latest state waits behind it, so an older write
   * can never land after a newer one.
   */
  function write(data: string) {
    if (writing) {
      waiting = data;
      return;
    }
    try {
      const pending = storage.setItem(storageKey, data);
      if (!(pending instanceof Promise)) return;
      writing = true;
      pending.catch(writeFailed).finally(() => {
        writing = false;
        const next = waiting;
        waiting = null;
        if (next !== null && !destroyed) write(next);
      });
    } catch {
      writeFailed();
    }
  }

  function notify() {
    for (const listener of [...listeners]) listener();
  }

  function commit(next: MigrationState, event: MigrationEvent | null) {
    if (next === state) return;
    const before = snapshot;
    const scenarioChanged = next.scenarioId !== state.scenarioId;
    state = next;
    snapshot = deriveSnapshot(config, state, time());
    if (event) for (const change of describeChange(event, before, snapshot)) emit(change);
    save();
    schedule();
    notify();
    // A new scenario or a fresh start asks the host again; answers are not carried across.
    if (scenarioChanged || event?.type === 'RESET') runHostChecks();
  }

  function dispatch(event: MigrationEvent) {
    commit(transition(state, event, time()), event);
  }

  /** Wakes the store when a limit's wait ends, so "requests left" and step statuses refresh by themselves. */
  function schedule() {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    const now = effectiveNow(time(), state.lastSeenAt);
    const policies = [
      [config.profile.verificationCodePolicy, state.attempts.verificationCode],
      [config.profile.registrationPolicy, state.attempts.registration],
    ] as const;
    const boundaries = policies.flatMap(([policy, attempts]) => attempts.map((t) => t + policy.periodMs));
    const next = Math.min(...boundaries.filter((t) => t > now));
    if (!Number.isFinite(next)) return;
    // setTimeout takes at most 2^31-1 ms; a longer wait simply wakes once more on the way.
    timer = timers.setTimeout(
      () => {
        timer = undefined;
        dispatch({ type: 'TICK' });
      },
      Math.min(next - time(), 2 ** 31 - 1),
    );
  }

  function runHostChecks(only?: string) {
    const scenario = snapshot.scenario;
    if (!scenario || destroyed) return;
    for (const result of snapshot.requirements) {
      const id = result.requirement.id;
      const check = options.hostChecks?.[id];
      if (!check || (only !== undefined && only !== id) || result.lockedBy !== undefined) continue;
      const run = (checkRuns.get(id) ?? 0) + 1;
      checkRuns.set(id, run);
      dispatch({ type: 'HOST_CHECK_STARTED', requirementId: id });
      Promise.resolve()
        .then(() => check({ requirementId: id, profile: config.profile }))
        .then(
          (met): 'met' | 'unmet' => (met === true ? 'met' : 'unmet'),
          (): 'error' => 'error',
        )
        .then((outcome) => {
          // A later run, a scenario change or destroy() makes this answer stale.
          if (destroyed || checkRuns.get(id) !== run || snapshot.scenario?.id !== scenario.id) return;
          dispatch({ type: 'HOST_CHECK_RESULT', requirementId: id, result: outcome });
        });
    }
  }

  function finishLoading(raw: string | null, readFailed: boolean) {
    if (destroyed) return;
    loading = false;
    let notice: Notice | null = readFailed ? { kind: 'storage-reset', reason: 'storage-failed' } : null;
    if (raw !== null && !readFailed) {
      const restored = restoreState(config, raw, time());
      if (restored.ok) {
        state = { ...restored.state, lastSeenAt: Math.max(restored.state.lastSeenAt, state.lastSeenAt) };
        if (restored.adjusted) notice = { kind: 'storage-adjusted', reason: 'inconsistent' };
      } else {
        notice = { kind: 'storage-reset', reason: restored.reason };
        // Whatever else is lost, recorded code requests are kept: starting over must not lift a cool-down.
        if (restored.salvaged) {
          const { attempts, lastSeenAt } = restored.salvaged;
          state = { ...state, attempts, lastSeenAt: Math.max(lastSeenAt, state.lastSeenAt) };
        }
      }
    }
    if (notice) {
      state = { ...state, notice };
      noticeOf(notice);
    }
    if (state.scenarioId === null && config.fixedScenarioId !== null) {
      state = transition(state, { type: 'SELECT_SCENARIO', scenarioId: config.fixedScenarioId }, time());
    }
    snapshot = deriveSnapshot(config, state, time());
    schedule();
    notify();
    runHostChecks();
    for (const event of queued.splice(0)) dispatch(event);
  }

  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  try {
    const raw = storage.getItem(storageKey);
    if (raw instanceof Promise || (typeof raw === 'object' && raw !== null)) {
      Promise.resolve(raw)
        .then(
          (value) => finishLoading(typeof value === 'string' ? value : null, false),
          () => finishLoading(null, true),
        )
        .finally(resolveReady);
    } else {
      finishLoading(raw, false);
      resolveReady();
    }
  } catch {
    finishLoading(null, true);
    resolveReady();
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(event) {
      if (destroyed) return;
      // Host checks are answered by the host's own functions only; a forged answer is refused.
      const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
      if (type === 'HOST_CHECK_STARTED' || type === 'HOST_CHECK_RESULT') {
        commit(rejectEvent(state, type, 'host-only', time()), event);
      } else if (loading) queued.push(event);
      else dispatch(event);
    },
    recheck(requirementId) {
      if (!loading) runHostChecks(requirementId);
    },
    ready,
    destroy() {
      destroyed = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      listeners.clear();
      queued.length = 0;
    },
  };
}

function buildConfig(options: MigrationOptions): EngineConfig {
  const scenarios = options.knowledge?.scenarios ?? SCENARIOS;
  const requirements = options.knowledge?.requirements ?? REQUIREMENTS;
  const troubleshooting = options.knowledge?.troubleshooting ?? TROUBLESHOOTING_ENTRIES;
  assertKnowledge(scenarios, requirements);
  const fixed = options.scenario ?? null;
  if (fixed !== null && !scenarios.some((s) => s.id === fixed)) {
    throw new RangeError(
      `[@wamigrate/core] unknown scenario "${fixed}"; known: ${scenarios.map((s) => s.id).join(', ')}`,
    );
  }
  const hostCheckIds = new Set(
    requirements
      .filter((r) => r.check.kind === 'host-check' && options.hostChecks?.[r.id] !== undefined)
      .map((r) => r.id),
  );
  return {
    profile: options.profile ?? zendeskProfile,
    scenarios,
    requirements,
    troubleshooting,
    unknownErrorEntry: UNKNOWN_ERROR_ENTRY,
    hostCheckIds,
    validatePhoneNumber: options.validatePhoneNumber ?? validateE164Shape,
    fixedScenarioId: fixed,
  };
}

/** A host's own knowledge must be coherent: a step's prerequisites come before it, requirements exist. */
function assertKnowledge(scenarios: readonly Scenario[], requirements: readonly Requirement[]) {
  const known = new Set(requirements.map((r) => r.id));
  for (const scenario of scenarios) {
    const seen = new Set<string>();
    for (const step of scenario.steps) {
      const missing = step.prerequisites.find((p) => !seen.has(p)) ?? step.requirements.find((r) => !known.has(r));
      if (missing !== undefined) {
        throw new RangeError(
          `[@wamigrate/core] step "${step.id}" of scenario "${scenario.id}" refers to "${missing}", which is not an earlier step or a known requirement`,
        );
      }
      seen.add(step.id);
    }
  }
}
