import type { ProviderProfile } from '../knowledge/types';
import { readProviderProfile } from '../profiles/provider-profile';
import {
  describeChange,
  errorOf,
  type MigrationAnalyticsEvent,
  type MigrationError,
  type MigrationEventBody,
} from './analytics';
import { createEngineConfig, type KnowledgeOptions, withPhoneValidator } from './config';
import { dropUnjustifiedSteps, evaluateRequirements, findScenario, resolveCurrentStep } from './evaluate';
import { createLiveRunner, type HostActions } from './live-runner';
import { restoreState, serializeState } from './persistence';
import { replaceEqualDeep } from './share';
import { addsAttemptsTo, foldProgress, withStoredAttempts } from './shared-progress';
import { deriveSnapshot, phoneNumberE164, phoneNumberRemembered } from './snapshot';
import { memoryStorage, type StorageAdapter } from './storage';
import { createTransition, effectiveNow, initialState, rejectEvent } from './transition';
import type {
  EngineConfig,
  Knowledge,
  MigrationCommand,
  MigrationSnapshot,
  MigrationState,
  Notice,
  RejectionReason,
} from './types';

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
  /** Every event's `sessionId`: one visit of the guide, for joining its events (default: a random id). */
  readonly sessionId?: string;
  /** Once, when stored progress has been read and the guide shows it. */
  readonly onReady?: (snapshot: MigrationSnapshot) => void;
  /** When the last step of the path is done. */
  readonly onComplete?: (snapshot: MigrationSnapshot) => void;
  /** When progress cannot be read or kept, a host check fails, or a backend call of live mode fails. */
  readonly onError?: (error: MigrationError) => void;
  /** Full phone validation, e.g. `validatePhoneNumber` from `@wamigrate/core/phone`; default: E.164 shape. */
  readonly validatePhoneNumber?: EngineConfig['validatePhoneNumber'];
  /**
   * Fetches the full validator once the engine is in use (its first `subscribe`), for a bundle that keeps
   * `@wamigrate/core/phone` in a chunk of its own: `() => import('@wamigrate/core/phone').then((m) =>
   * m.validatePhoneNumber)`. Until it arrives numbers are checked for their E.164 form only
   * (`snapshot.phoneValidation` is `shape`); when it does, the typed number is checked again. A validator
   * given in `validatePhoneNumber` wins and nothing is fetched.
   */
  readonly loadPhoneValidator?: () => Promise<EngineConfig['validatePhoneNumber']>;
  /** Replace or extend the knowledge base: each list given replaces the library's. */
  readonly knowledge?: KnowledgeOptions;
  /**
   * Live mode: the portal's backend makes Meta's calls and the code step runs them (start, request the
   * code, verify it, register, check the status), each counted against Meta's limits before it is sent.
   * Needs the full phone validator (`@wamigrate/core/phone`), which splits the number for Meta.
   */
  readonly hostActions?: HostActions;
}

export interface Migration {
  /** The one catalogue this engine reads, and every view with it. */
  readonly knowledge: Knowledge;
  /**
   * The phone validator the engine uses (the full one once loaded), remembering its last answer: a form or
   * an advice that asks about the text the engine has just seen costs no second validation.
   */
  readonly validatePhoneNumber: EngineConfig['validatePhoneNumber'];
  getSnapshot(): MigrationSnapshot;
  /** Subscribers receive the new snapshot. */
  subscribe(listener: (snapshot: MigrationSnapshot) => void): () => void;
  /**
   * Sends a command. Says whether the engine took it and, if not, why (the same reason the snapshot's
   * `rejection` holds). While stored progress is being read, commands wait and count as accepted.
   */
  send(command: MigrationCommand): SendResult;
  /** Whether the engine would take the command now, and why not; nothing is changed. */
  can(command: MigrationCommand): SendResult;
  /** Asks the host checks again (all, or one requirement's). */
  recheck(requirementId?: string): void;
  /** Resolves once stored progress has been read (at once for synchronous storage). */
  readonly ready: Promise<void>;
  /**
   * The snapshot from before stored progress was read (status `loading`): what a server renders for a guide
   * whose progress lives in the browser, and what hydration renders again on the client before the stored
   * progress is applied. React's `useSyncExternalStore` takes it as the server snapshot.
   */
  getInitialSnapshot(): MigrationSnapshot;
  /** Stops timers and listeners; the store ignores events afterwards. */
  destroy(): void;
}

export const DEFAULT_STORAGE_KEY = 'wamigrate:migration';

/** What `send` and `can` answer. `destroyed`: the engine was destroyed and takes nothing more. */
export type SendResult =
  | { readonly accepted: true; readonly queued?: true }
  | { readonly accepted: false; readonly reason: RejectionReason | 'destroyed'; readonly nextAllowedAt?: number };

const resultOf = (next: MigrationState): SendResult =>
  next.rejection === null
    ? { accepted: true }
    : next.rejection.nextAllowedAt === undefined
      ? { accepted: false, reason: next.rejection.reason }
      : { accepted: false, reason: next.rejection.reason, nextAllowedAt: next.rejection.nextAllowedAt };

/** A random id for one visit of the guide; it identifies nothing but the visit. */
function newSessionId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Commands that count an attempt Meta limits: each is judged against every tab's attempts. */
const COUNTED: ReadonlySet<unknown> = new Set([
  'REQUEST_CODE',
  'RECORD_REGISTRATION',
  'LIVE_REQUEST_CODE',
  'LIVE_REGISTER',
  'LIVE_RETRY',
]);

/** Answers only the host's own functions give (a check, a backend call); a command claiming to be one is refused. */
const HOST_ONLY: ReadonlySet<unknown> = new Set([
  'HOST_CHECK_STARTED',
  'HOST_CHECK_RESULT',
  'LIVE_RESULT',
  'LIVE_RETRY',
]);
/**
 * A command from plain JavaScript, read once into a plain object of its own fields: a getter that throws,
 * or answers differently on each read, cannot reach the engine. Anything unreadable is `null`.
 */
function readCommand(command: unknown): MigrationCommand | null {
  if (typeof command !== 'object' || command === null) return null;
  try {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(command)) copy[key] = (command as Record<string, unknown>)[key];
    return copy as unknown as MigrationCommand;
  } catch {
    return null;
  }
}

const isHostAnswer = (command: unknown) =>
  HOST_ONLY.has(typeof command === 'object' && command !== null ? (command as { type?: unknown }).type : undefined);

export function createMigration(options: MigrationOptions = {}): Migration {
  let config = createEngineConfig({
    ...options,
    hostCheckIds: Object.keys(options.hostChecks ?? {}).filter((id) => options.hostChecks?.[id] !== undefined),
    live: options.hostActions !== undefined,
  });
  let transition = createTransition(config);
  const clock = options.clock ?? { now: () => Date.now() };
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  };
  const storage = options.storage ?? memoryStorage();
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const sessionId =
    typeof options.sessionId === 'string' && options.sessionId !== '' ? options.sessionId : newSessionId();
  const persistPhoneNumber = options.persistPhoneNumber === true;
  const listeners = new Set<(snapshot: MigrationSnapshot) => void>();
  const queued: MigrationCommand[] = [];
  const checkRuns = new Map<string, number>();
  let destroyed = false;
  let loading = true;
  let timer: unknown;
  let writing = false;
  /** A save asked for while one is in flight: the latest state is written once it lands. */
  let saveAgain = false;
  /** What this engine last wrote (or read at start): anything else in storage came from another tab. */
  let lastWritten: string | null = null;
  const ours = (raw: string) => raw === lastWritten;
  /** The host's clock, or the last moment the engine saw if it returns something that is not a time. */
  const time = () => {
    const t = clock.now();
    return Number.isFinite(t) ? t : state.lastSeenAt;
  };
  let state = initialState(Number.isFinite(clock.now()) ? clock.now() : 0);
  /** The last snapshot derived; `current()` is the one to read. */
  let snapshot = deriveSnapshot(config, state, time(), 'loading');
  const initialSnapshot = snapshot;
  /**
   * The moment of a state not yet put into a snapshot. A snapshot is derived when something reads it (a
   * subscriber, `getSnapshot`, a host's handler, the next write), not on every change: a burst of commands
   * in one task derives once. It is derived as of the moment the state changed, so reading it later, or
   * twice, gives the same snapshot.
   */
  let changedAt: number | undefined;
  /** The state changed: its snapshot is derived when it is next read. */
  const changed = () => {
    changedAt = time();
  };
  /** The snapshot of the state now, sharing every part that did not change with the last one, so views can skip it. */
  const current = () => {
    if (changedAt === undefined) return snapshot;
    const next = deriveSnapshot(config, state, changedAt);
    changedAt = undefined;
    const shared = replaceEqualDeep(snapshot, next);
    // A refusal is news each time, even one equal to the last (the same reason in the same millisecond):
    // analytics and the live region tell it by identity.
    snapshot = shared.rejection === next.rejection ? shared : { ...shared, rejection: next.rejection };
    return snapshot;
  };
  /** Whether the host listens for analytics, errors or completion: only then is each change described. */
  const reporting = options.onEvent !== undefined || options.onError !== undefined || options.onComplete !== undefined;

  /** A host's handler, called so that it can never break the guide. */
  const call = <T>(handler: ((value: T) => void) | undefined, value: T) => {
    try {
      handler?.(value);
    } catch {
      // A host's handler must never break the guide.
    }
  };
  const emit = (event: MigrationEventBody) => {
    call(options.onEvent, { ...event, sessionId } as MigrationAnalyticsEvent);
    const error = errorOf(event);
    if (error) call(options.onError, error);
    if (event.type === 'migration-complete') call(options.onComplete, current());
  };

  const noticeOf = (notice: Notice) => {
    emit({ type: 'storage-error', at: time(), reason: notice.reason });
  };

  /** Folds the attempts of another tab's record in; re-derives the snapshot when that changed anything. */
  function foldStoredAttempts(raw: string | null) {
    if (raw === null || ours(raw)) return false;
    const next = withStoredAttempts(config, state, raw, time());
    if (next === state) return false;
    state = next;
    changed();
    return true;
  }

  /**
   * Reads, merges, writes: what another tab stored since our last write gives its attempts to ours before
   * ours are written, so no tab's code requests are ever overwritten. With async storage one save is in
   * flight at a time and only the latest state is written after it, so an older write can never land after
   * a newer one.
   */
  function save() {
    if (writing) {
      saveAgain = true;
      return;
    }
    let stored: string | null | Promise<string | null>;
    try {
      stored = storage.getItem(storageKey);
    } catch {
      stored = null;
    }
    if (!(stored instanceof Promise)) {
      foldStoredAttempts(stored);
      writeNow();
      return;
    }
    writing = true;
    stored
      .catch(() => null)
      .then((raw) => {
        writing = false;
        // Written even if the engine was destroyed meanwhile (a guide closed right after a change): the
        // change is the user's. Nothing else happens then.
        if (foldStoredAttempts(typeof raw === 'string' ? raw : null) && !destroyed) {
          schedule();
          notify();
        }
        writeNow();
      });
  }

  let saveQueued = false;
  /**
   * Saves once the task that changed the state is done: a burst of commands in one task (a host replaying
   * answers, a restore) is written once. Synchronous storage still holds it before anything else can run,
   * a reload or another tab included, so progress is kept even if the page closes next; `destroy` writes
   * at once what is waiting.
   */
  function saveSoon() {
    if (saveQueued) return;
    saveQueued = true;
    Promise.resolve().then(flushSave);
  }
  function flushSave() {
    if (!saveQueued || destroyed) return;
    const before = state;
    saveNow();
    // Reading before writing folded another tab's attempts in: views and the wake-up hear of them.
    if (state !== before) {
      schedule();
      notify();
    }
  }
  function saveNow() {
    saveQueued = false;
    save();
  }

  function writeNow() {
    // Remembered as valid only once the full validator could say so: a number only the shape check has seen
    // would otherwise justify its steps after a reload without ever being checked.
    const awaitingValidator = options.loadPhoneValidator !== undefined && config.phoneValidation === 'shape';
    const phoneNumberValid =
      (phoneNumberE164(config, state) !== null && !awaitingValidator) || phoneNumberRemembered(state);
    const data = serializeState(state, { persistPhoneNumber, phoneNumberValid });
    lastWritten = data;
    try {
      const pending = storage.setItem(storageKey, data);
      if (!(pending instanceof Promise)) return;
      writing = true;
      pending.catch(writeFailed).finally(() => {
        writing = false;
        if (saveAgain) {
          saveAgain = false;
          save();
        }
      });
    } catch {
      writeFailed();
    }
  }

  /** The stored record when storage answers at once; null for async storage or a storage that fails. */
  function readNow(): string | null {
    try {
      const raw = storage.getItem(storageKey);
      // Async storage cannot answer now; its rejection is not left unhandled.
      if (raw instanceof Promise) raw.catch(() => undefined);
      return typeof raw === 'string' ? raw : null;
    } catch {
      return null;
    }
  }

  /**
   * `candidate` with every completed step its answers no longer justify reopened (no step is ever done on a
   * requirement that is not met, or every later answer would be refused), the current step one that can be
   * shown, and `notice` saying so; the same object when nothing had to change.
   */
  function justified(candidate: MigrationState, notice: Notice): MigrationState {
    const kept = dropUnjustifiedSteps(config, candidate);
    if (kept === candidate) return candidate;
    const scenario = findScenario(config, kept.scenarioId);
    const currentStepId = scenario ? resolveCurrentStep(scenario, kept, kept.currentStepId) : null;
    return { ...kept, currentStepId, notice };
  }

  /** Another tab saved: its progress is folded in without being written back, so tabs never echo. */
  function adoptStored(raw: string | null) {
    if (loading || destroyed || raw === null || ours(raw)) return;
    // Their steps with our answers: a number typed here that theirs did not store may not justify a step
    // they completed on their own number; such a step is reopened here.
    const next = justified(foldProgress(config, state, raw, time()), {
      kind: 'storage-adjusted',
      reason: 'inconsistent',
    });
    // Ours held an attempt their record lacks (its save raced ours): written back, so none is lost.
    const writeBack = addsAttemptsTo(config, state.attempts, raw, time());
    lastWritten = raw;
    if (writeBack) {
      state = next;
      changed();
      saveSoon();
      schedule();
      notify();
      return;
    }
    if (next === state) return;
    const scenarioChanged = next.scenarioId !== state.scenarioId;
    state = next;
    changed();
    schedule();
    notify();
    if (scenarioChanged) runHostChecks();
  }

  function writeFailed() {
    const notice: Notice = { kind: 'storage-write-failed', reason: 'storage-failed' };
    if (destroyed || state.notice?.kind === notice.kind) return;
    state = { ...state, notice };
    changed();
    noticeOf(notice);
    notify();
  }

  function notify() {
    if (listeners.size === 0) return;
    const now = current();
    for (const listener of [...listeners]) listener(now);
  }

  function commit(next: MigrationState, event: MigrationCommand | null) {
    if (next === state) return;
    const before = reporting && event ? current() : undefined;
    const scenarioChanged = next.scenarioId !== state.scenarioId;
    const counted = next.attempts !== state.attempts;
    state = next;
    changed();
    if (event && before) for (const change of describeChange(event, before, current())) emit(change);
    // A code request or a registration is written at once: another tab reads it before it counts its own.
    if (counted) saveNow();
    else saveSoon();
    schedule();
    notify();
    // A new scenario or a fresh start asks the host again; answers are not carried across.
    if (scenarioChanged || event?.type === 'RESET') runHostChecks();
  }

  function dispatch(event: MigrationCommand): SendResult {
    // A count is taken from storage first: another tab may have asked for a code a moment ago.
    if (COUNTED.has(event.type)) foldStoredAttempts(readNow());
    const next = transition(state, event, time());
    commit(next, event);
    const result = resultOf(next);
    if (result.accepted) live?.accepted(event);
    return result;
  }

  const live = options.hostActions
    ? createLiveRunner({
        actions: options.hostActions,
        config: () => config,
        state: () => state,
        dispatch: (command) => !destroyed && dispatch(command).accepted,
        setTimeout: (callback, ms) => timers.setTimeout(callback, ms),
        clearTimeout: (handle) => timers.clearTimeout(handle),
      })
    : null;

  /** What the wake-up below was worked out from: the same attempts at the same moment give the same one. */
  let scheduledFor: MigrationState['attempts'] | undefined;
  let scheduledAt = Number.NaN;
  let scheduledNow = Number.NaN;
  /** Wakes the store when a limit's wait ends, so "requests left" and step statuses refresh by themselves. */
  function schedule() {
    const at = time();
    const now = effectiveNow(at, state.lastSeenAt);
    // Commands sent in one go (one moment, attempts unchanged) leave the wake-up as it is.
    if (state.attempts === scheduledFor && at === scheduledAt && now === scheduledNow) return;
    scheduledFor = state.attempts;
    scheduledAt = at;
    scheduledNow = now;
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    // The first end of a wait still ahead. As the policies read them: an attempt the clock puts in the
    // future counts as made now.
    let next = Number.POSITIVE_INFINITY;
    const ends = (policy: { readonly periodMs: number }, attempts: readonly number[]) => {
      for (const t of attempts) {
        const end = Math.min(t, now) + policy.periodMs;
        if (end > now && end < next) next = end;
      }
    };
    ends(config.profile.verificationCodePolicy, state.attempts.verificationCode);
    ends(config.profile.registrationPolicy, state.attempts.registration);
    if (!Number.isFinite(next)) return;
    // setTimeout takes at most 2^31-1 ms; a longer wait simply wakes once more on the way.
    timer = timers.setTimeout(
      () => {
        timer = undefined;
        scheduledFor = undefined;
        dispatch({ type: 'TICK' });
      },
      Math.min(next - at, 2 ** 31 - 1),
    );
  }

  function runHostChecks(only?: string) {
    const scenario = findScenario(config, state.scenarioId);
    if (!scenario || destroyed || !options.hostChecks) return;
    for (const result of evaluateRequirements(config, state)) {
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
          if (destroyed || checkRuns.get(id) !== run || state.scenarioId !== scenario.id) return;
          dispatch({ type: 'HOST_CHECK_RESULT', requirementId: id, result: outcome });
        });
    }
  }

  function finishLoading(raw: string | null, readFailed: boolean) {
    if (destroyed) return;
    loading = false;
    lastWritten = raw;
    let notice: Notice | null = readFailed ? { kind: 'storage-reset', reason: 'storage-failed' } : null;
    if (raw !== null && !readFailed) {
      const restored = restoreState(config, raw, time());
      if (restored.ok) {
        state = restored.state;
        // Damage is said before inconsistency: a value left out may be why a step was reopened.
        if (restored.damaged) notice = { kind: 'storage-adjusted', reason: 'invalid' };
        else if (restored.clockAhead) notice = { kind: 'storage-adjusted', reason: 'clock-ahead' };
        else if (restored.adjusted) notice = { kind: 'storage-adjusted', reason: 'inconsistent' };
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
    changed();
    schedule();
    notify();
    runHostChecks();
    for (const event of queued.splice(0)) dispatch(event);
    call(options.onReady, current());
  }

  // A profile from plain JavaScript or JSON that was not what it should be: the engine used the seed's.
  if (options.profile !== undefined) {
    for (const problem of readProviderProfile(options.profile).problems)
      call(options.onError, { kind: 'props', problem });
  }

  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  /**
   * The full phone validator has arrived: every answer of the shape check is asked again. A step completed
   * on a number it now refuses is reopened, and the notice says why (restoring checks stored steps alike).
   */
  function adoptPhoneValidator(validate: EngineConfig['validatePhoneNumber']) {
    if (destroyed || typeof validate !== 'function') return;
    // What the views saw, with the validator they saw it with.
    const before = loading ? undefined : current();
    config = withPhoneValidator(config, validate);
    transition = createTransition(config);
    // While stored progress is read, finishing derives the snapshot with the new validator (and restoring
    // reopens what it does not justify).
    if (before === undefined) return;
    state = justified(state, { kind: 'phone-rechecked', reason: 'inconsistent' });
    changed();
    const after = current();
    // As for a timer's wake-up: what changed (a requirement, the current step) is told as the user's changes
    // are, and each step reopened as a reopening.
    for (const change of describeChange({ type: 'TICK' }, before, after)) emit(change);
    const scenarioId = after.scenario?.id;
    for (const step of before.steps) {
      const now = after.steps.find((s) => s.step.id === step.step.id)?.status;
      const wasDone = step.status === 'complete' || step.status === 'skipped';
      if (scenarioId && wasDone && now !== 'complete' && now !== 'skipped')
        emit({ type: 'step-reopen', at: after.now, scenarioId, stepId: step.step.id });
    }
    saveSoon();
    schedule();
    notify();
  }
  let validatorRequested = false;
  /** Once, when the engine is first in use: an engine made in a render that never commits fetches nothing. */
  const loadPhoneValidator = () => {
    if (validatorRequested || destroyed || options.loadPhoneValidator === undefined) return;
    if (options.validatePhoneNumber !== undefined) return;
    validatorRequested = true;
    // A chunk that fails to load (a deploy replaced it) leaves the shape check, which keeps the guide going;
    // live mode goes on asking for the number, as it cannot split it for Meta without the validator.
    Promise.resolve()
      .then(options.loadPhoneValidator)
      .then(adoptPhoneValidator)
      .catch(() => undefined);
  };

  // Another tab's saves, where the storage can tell (localStorage's storage event, a shared memory store),
  // heard from the first `subscribe`: an engine made in a render that never commits leaves no listener.
  let unsubscribe: (() => void) | undefined;
  const hearOtherTabs = () => {
    if (unsubscribe || destroyed) return;
    try {
      unsubscribe = storage.subscribe?.(storageKey, adoptStored) ?? (() => undefined);
    } catch {
      unsubscribe = () => undefined;
    }
  };
  // Read first, then finish: a failure while finishing must not read as a storage failure (and finish twice).
  let raw: ReturnType<StorageAdapter['getItem']> | undefined;
  let readFailed = false;
  try {
    raw = storage.getItem(storageKey);
  } catch {
    readFailed = true;
  }
  if (raw instanceof Promise || (typeof raw === 'object' && raw !== null)) {
    Promise.resolve(raw)
      .then(
        (value) => finishLoading(typeof value === 'string' ? value : null, false),
        () => finishLoading(null, true),
      )
      .finally(resolveReady);
  } else {
    finishLoading(readFailed ? null : (raw ?? null), readFailed);
    resolveReady();
  }

  return {
    knowledge: config.knowledge,
    validatePhoneNumber: (input) => config.validatePhoneNumber(input),
    getSnapshot: current,
    getInitialSnapshot: () => initialSnapshot,
    subscribe(listener) {
      hearOtherTabs();
      loadPhoneValidator();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(given) {
      if (destroyed) return { accepted: false, reason: 'destroyed' };
      // Unreadable, it is no command: the engine refuses it as it refuses any unknown one.
      const command = readCommand(given) ?? ({} as MigrationCommand);
      if (isHostAnswer(command)) {
        const refused = rejectEvent(state, command.type, 'host-only', time());
        commit(refused, command);
        return resultOf(refused);
      }
      if (loading) {
        queued.push(command);
        return { accepted: true, queued: true };
      }
      return dispatch(command);
    },
    can(given) {
      if (destroyed) return { accepted: false, reason: 'destroyed' };
      const command = readCommand(given) ?? ({} as MigrationCommand);
      if (isHostAnswer(command)) return { accepted: false, reason: 'host-only' };
      // As `send` would: while stored progress is read, a command waits.
      if (loading) return { accepted: true, queued: true };
      return resultOf(transition(state, command, time()));
    },
    recheck(requirementId) {
      if (!loading) runHostChecks(requirementId);
    },
    ready,
    destroy() {
      // What the last commands changed is written before the engine stops.
      if (saveQueued) saveNow();
      destroyed = true;
      unsubscribe?.();
      live?.destroy();
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      listeners.clear();
      queued.length = 0;
    },
  };
}
