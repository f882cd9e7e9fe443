import { INPUT_FIELDS } from '../knowledge/requirements';
import type { Scenario, Step } from '../knowledge/types';
import { type AttemptPolicy, evaluateAttempts, pruneAttempts } from '../rules/attempt-policy';
import { cleanDetails, entriesForCode, normalizeErrorCode } from './errors';
import {
  codeStepOpen,
  dropUnjustifiedSteps,
  evaluateRequirements,
  findScenario,
  isDone,
  prerequisitesDone,
  requirementsMet,
  resolveCurrentStep,
} from './evaluate';
import type {
  EngineConfig,
  HostCheckStatus,
  MigrationEvent,
  MigrationState,
  Rejection,
  RejectionReason,
} from './types';

export function initialState(now = 0): MigrationState {
  return {
    scenarioId: null,
    currentStepId: null,
    steps: {},
    attestations: {},
    fields: {},
    rememberedValid: [],
    hostChecks: {},
    attempts: { verificationCode: [], registration: [] },
    errors: [],
    openEntryId: null,
    lastSeenAt: now,
    rejection: null,
    notice: null,
  };
}

const INPUT_FIELD_SET: ReadonlySet<string> = new Set(INPUT_FIELDS);

/** Longest value a field keeps; longer input is refused by its validator anyway. */
const MAX_FIELD_LENGTH = 1024;

/**
 * The engine: a pure function of state, event and time. Every guard lives here, so no sequence of events,
 * from any component or host, can complete or skip a step whose prerequisites or requirements are unmet.
 */
export function createTransition(config: EngineConfig) {
  const apply = createApply(config);
  return function transition(previous: MigrationState, event: MigrationEvent, now: number): MigrationState {
    const at = effectiveNow(now, previous.lastSeenAt);
    // Untyped callers (a custom element, a script) may send anything; nothing they send may throw.
    const wellFormed = typeof event === 'object' && event !== null && typeof event.type === 'string';
    let next: MigrationState;
    try {
      next = wellFormed ? apply(previous, event, at) : rejectAt(previous, 'unknown', 'unknown-event', at);
    } catch {
      next = rejectAt(previous, 'unknown', 'unknown-event', at);
    }
    // An event that changed nothing returns the same object, so stores skip saving and re-rendering.
    return shallowEqual(previous, next) ? previous : next;
  };
}

/** Time as the engine sees it: never earlier than what it has seen, and a clock that returns NaN is ignored. */
export function effectiveNow(now: number, lastSeenAt: number): number {
  return Number.isFinite(now) ? Math.max(now, lastSeenAt) : lastSeenAt;
}

/** Reported errors kept at once; older ones give way, so a flood of reports cannot outgrow storage. */
const MAX_ERRORS = 20;

/** A rejection the store issues itself (a forged host answer), in the same form as the engine's. */
export const rejectEvent = (
  state: MigrationState,
  eventType: Rejection['eventType'],
  reason: RejectionReason,
  now: number,
): MigrationState => rejectAt(state, eventType, reason, effectiveNow(now, state.lastSeenAt));

function rejectAt(
  state: MigrationState,
  eventType: Rejection['eventType'],
  reason: RejectionReason,
  at: number,
  nextAllowedAt?: number,
): MigrationState {
  const rejection = nextAllowedAt === undefined ? { eventType, reason, at } : { eventType, reason, at, nextAllowedAt };
  return { ...state, lastSeenAt: at, rejection };
}

function shallowEqual(a: MigrationState, b: MigrationState): boolean {
  return (Object.keys(a) as (keyof MigrationState)[]).every((key) => a[key] === b[key]);
}

function createApply(config: EngineConfig) {
  return function apply(previous: MigrationState, event: MigrationEvent, at: number): MigrationState {
    const state: MigrationState = { ...previous, lastSeenAt: at, rejection: null };
    const reject = (reason: RejectionReason, nextAllowedAt?: number): MigrationState =>
      rejectAt(state, event.type, reason, at, nextAllowedAt);
    const scenario = findScenario(config, state.scenarioId);
    const stepOf = (id: string) => scenario?.steps.find((s) => s.id === id);
    /** The step an event names in the chosen scenario, or why it cannot be acted on. */
    const target = (id: string): { scenario: Scenario; step: Step } | RejectionReason => {
      const step = stepOf(id);
      return !scenario ? 'no-scenario' : step ? { scenario, step } : 'unknown-step';
    };
    /** Applies a change to the user's answers unless it would unmeet a requirement a done step relies on. */
    const changeAnswers = (next: MigrationState): MigrationState =>
      dropUnjustifiedSteps(config, next) === next || !scenario ? next : reject('requirement-locked');

    switch (event.type) {
      case 'SELECT_SCENARIO': {
        if (config.fixedScenarioId !== null && event.scenarioId !== config.fixedScenarioId)
          return reject('scenario-fixed');
        const chosen = findScenario(config, event.scenarioId);
        if (!chosen) return reject('unknown-scenario');
        if (chosen.id === state.scenarioId) return state;
        // What the user typed and attested is kept; progress belongs to one scenario.
        const switched = { ...state, scenarioId: chosen.id, steps: {}, errors: [], openEntryId: null };
        return { ...switched, currentStepId: resolveCurrentStep(chosen, switched, null) };
      }
      case 'RESET': {
        // Recorded attempts survive a reset: starting over must not lift a cool-down.
        const fresh = initialState(at);
        const scenarioId = config.fixedScenarioId;
        const reset = { ...fresh, attempts: state.attempts, scenarioId };
        const fixed = findScenario(config, scenarioId);
        return fixed ? { ...reset, currentStepId: resolveCurrentStep(fixed, reset, null) } : reset;
      }
      case 'ATTEST': {
        if (!config.requirements.some((r) => r.id === event.requirementId)) return reject('unknown-requirement');
        return changeAnswers({
          ...state,
          attestations: { ...state.attestations, [event.requirementId]: event.value === true },
        });
      }
      case 'SET_FIELD': {
        if (!INPUT_FIELD_SET.has(event.field) || typeof event.value !== 'string') return reject('unknown-field');
        const value = event.value.slice(0, MAX_FIELD_LENGTH);
        const rememberedValid = state.rememberedValid.filter((field) => field !== event.field);
        return changeAnswers({ ...state, rememberedValid, fields: { ...state.fields, [event.field]: value } });
      }
      case 'HOST_CHECK_STARTED':
      case 'HOST_CHECK_RESULT': {
        if (!config.hostCheckIds.has(event.requirementId)) return reject('unknown-requirement');
        const status: HostCheckStatus = event.type === 'HOST_CHECK_STARTED' ? 'checking' : event.result;
        if (!['checking', 'met', 'unmet', 'error'].includes(status)) return reject('unknown-event');
        const next = { ...state, hostChecks: { ...state.hostChecks, [event.requirementId]: status } };
        return changeAnswers(next);
      }
      case 'GO_TO_STEP': {
        const found = target(event.stepId);
        if (typeof found === 'string') return reject(found);
        const { step } = found;
        if (!prerequisitesDone(state, step)) return reject('step-locked');
        return { ...state, currentStepId: step.id };
      }
      case 'COMPLETE_STEP':
      case 'SKIP_STEP': {
        const found = target(event.stepId);
        if (typeof found === 'string') return reject(found);
        const { scenario, step } = found;
        if (isDone(state, step.id)) return reject('step-done');
        if (!prerequisitesDone(state, step)) return reject('step-locked');
        if (!requirementsMet(evaluateRequirements(config, state), step)) return reject('requirements-unmet');
        if (event.type === 'SKIP_STEP' && step.optional !== true) return reject('not-optional');
        if (event.type === 'COMPLETE_STEP' && step.requiresConfirmation === true && event.confirmed !== true) {
          return reject('confirmation-required');
        }
        const status = event.type === 'SKIP_STEP' ? 'skipped' : 'complete';
        const done = { ...state, steps: { ...state.steps, [step.id]: { status, at } } } as const;
        // The step's own errors are settled by finishing it.
        const errors = done.errors.filter((e) => e.stepId !== step.id);
        const next = { ...done, errors };
        const following = scenario.steps.slice(scenario.steps.indexOf(step) + 1).find((s) => !isDone(next, s.id));
        return { ...next, currentStepId: resolveCurrentStep(scenario, next, following?.id ?? null) };
      }
      case 'REOPEN_STEP': {
        const found = target(event.stepId);
        if (typeof found === 'string') return reject(found);
        const { scenario, step } = found;
        if (!isDone(state, step.id)) return reject('step-not-done');
        // Reopening a step reopens every step that depends on it, directly or not.
        const reopened = new Set([step.id]);
        for (const s of scenario.steps) {
          if (s.prerequisites.some((p) => reopened.has(p))) reopened.add(s.id);
        }
        const steps = Object.fromEntries(Object.entries(state.steps).filter(([id]) => !reopened.has(id)));
        return { ...state, steps, currentStepId: step.id };
      }
      case 'REQUEST_CODE': {
        if (!scenario) return reject('no-scenario');
        if (!codeStepOpen(scenario, state)) return reject('no-code-step');
        return recordAttempt(state, 'verificationCode', config.profile.verificationCodePolicy, at, reject);
      }
      case 'RECORD_REGISTRATION':
        return recordAttempt(state, 'registration', config.profile.registrationPolicy, at, reject);
      case 'REPORT_ERROR': {
        const code = normalizeErrorCode(event.code);
        const [first] = entriesForCode(config, state, code);
        const details = cleanDetails(event.details);
        const stepId = event.stepId !== undefined && stepOf(event.stepId) ? event.stepId : state.currentStepId;
        const reported = { code, stepId, at, ...(details === undefined ? {} : { details }) };
        const errors = [...state.errors.filter((e) => e.code !== code), reported].slice(-MAX_ERRORS);
        return { ...state, errors, openEntryId: first?.id ?? config.unknownErrorEntry.id };
      }
      case 'DISMISS_ERROR': {
        const dismissed = state.errors.filter((e) => event.code === undefined || e.code === event.code);
        const errors = state.errors.filter((e) => !dismissed.includes(e));
        // Close the entry only if it was opened for a dismissed error and no remaining error still needs it.
        const entryOf = (code: string) => entriesForCode(config, state, code)[0]?.id ?? config.unknownErrorEntry.id;
        const openedFor = (list: readonly { code: string }[]) =>
          list.some((e) => entryOf(e.code) === state.openEntryId);
        const close = openedFor(dismissed) && !openedFor(errors);
        return { ...state, errors, openEntryId: close ? null : state.openEntryId };
      }
      case 'OPEN_TROUBLESHOOTING': {
        const known =
          event.entryId === null ||
          event.entryId === config.unknownErrorEntry.id ||
          config.troubleshooting.some((e) => e.id === event.entryId);
        return known ? { ...state, openEntryId: event.entryId } : reject('unknown-entry');
      }
      case 'DISMISS_NOTICE':
        return { ...state, notice: null };
      case 'TICK':
        return state;
      default:
        // Events from untyped callers (a custom element, a script) that name nothing the engine knows;
        // their type is not echoed back, since it may be any text.
        return rejectAt(state, 'unknown', 'unknown-event', at);
    }
  };
}

function recordAttempt(
  state: MigrationState,
  kind: 'verificationCode' | 'registration',
  policy: AttemptPolicy,
  at: number,
  reject: (reason: RejectionReason, nextAllowedAt?: number) => MigrationState,
): MigrationState {
  const current = evaluateAttempts(policy, state.attempts[kind], at);
  if (current.remaining === 0) return reject('limit-reached', current.nextAllowedAt ?? at);
  const attempts = pruneAttempts(policy, [...state.attempts[kind], at], at);
  return { ...state, attempts: { ...state.attempts, [kind]: attempts } };
}
