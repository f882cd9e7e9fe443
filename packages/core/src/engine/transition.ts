import type { InputField } from '../knowledge/types';
import { type AttemptPolicy, evaluateAttempts, pruneAttempts } from '../rules/attempt-policy';
import { cleanDetails, entriesForCode, normalizeErrorCode } from './errors';
import {
  dropUnjustifiedSteps,
  evaluateRequirements,
  findScenario,
  isDone,
  prerequisitesDone,
  requirementsMet,
  resolveCurrentStep,
} from './evaluate';
import type { EngineConfig, HostCheckStatus, MigrationEvent, MigrationState, RejectionReason } from './types';

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

const INPUT_FIELDS: ReadonlySet<string> = new Set<InputField>([
  'phoneNumber',
  'currentBusinessManagerId',
  'newBusinessManagerId',
  'currentDisplayName',
  'newDisplayName',
]);

/** Longest value a field keeps; longer input is refused by its validator anyway. */
const MAX_FIELD_LENGTH = 1024;

/**
 * The engine: a pure function of state, event and time. Every guard lives here, so no sequence of events,
 * from any component or host, can complete or skip a step whose prerequisites or requirements are unmet.
 */
export function createTransition(config: EngineConfig) {
  return function transition(previous: MigrationState, event: MigrationEvent, now: number): MigrationState {
    // A clock that moves backwards is ignored: time as the engine sees it never decreases.
    const at = Math.max(now, previous.lastSeenAt);
    const state: MigrationState = { ...previous, lastSeenAt: at, rejection: null };
    const reject = (reason: RejectionReason, nextAllowedAt?: number): MigrationState => ({
      ...state,
      rejection:
        nextAllowedAt === undefined
          ? { eventType: event.type, reason, at }
          : { eventType: event.type, reason, at, nextAllowedAt },
    });
    const scenario = findScenario(config, state.scenarioId);
    const stepOf = (id: string) => scenario?.steps.find((s) => s.id === id);
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
        if (!INPUT_FIELDS.has(event.field) || typeof event.value !== 'string') return reject('unknown-field');
        const value = event.value.slice(0, MAX_FIELD_LENGTH);
        const rememberedValid = state.rememberedValid.filter((field) => field !== event.field);
        return changeAnswers({ ...state, rememberedValid, fields: { ...state.fields, [event.field]: value } });
      }
      case 'HOST_CHECK_STARTED':
      case 'HOST_CHECK_RESULT': {
        if (!config.hostCheckIds.has(event.requirementId)) return reject('unknown-requirement');
        const status: HostCheckStatus = event.type === 'HOST_CHECK_STARTED' ? 'checking' : event.result;
        const next = { ...state, hostChecks: { ...state.hostChecks, [event.requirementId]: status } };
        return changeAnswers(next);
      }
      case 'GO_TO_STEP': {
        if (!scenario) return reject('no-scenario');
        const step = stepOf(event.stepId);
        if (!step) return reject('unknown-step');
        if (!prerequisitesDone(state, step)) return reject('step-locked');
        return { ...state, currentStepId: step.id };
      }
      case 'COMPLETE_STEP':
      case 'SKIP_STEP': {
        if (!scenario) return reject('no-scenario');
        const step = stepOf(event.stepId);
        if (!step) return reject('unknown-step');
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
        if (!scenario) return reject('no-scenario');
        const step = stepOf(event.stepId);
        if (!step) return reject('unknown-step');
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
        const codeStepOpen = scenario.steps.some(
          (s) => s.verificationCode === true && !isDone(state, s.id) && prerequisitesDone(state, s),
        );
        if (!codeStepOpen) return reject('no-code-step');
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
        const errors = [...state.errors.filter((e) => e.code !== code), reported];
        return { ...state, errors, openEntryId: first?.id ?? config.unknownErrorEntry.id };
      }
      case 'DISMISS_ERROR': {
        const errors = event.code === undefined ? [] : state.errors.filter((e) => e.code !== event.code);
        const stillOpen = errors.some((e) =>
          entriesForCode(config, state, e.code).some((x) => x.id === state.openEntryId),
        );
        return { ...state, errors, openEntryId: stillOpen ? state.openEntryId : null };
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
        // Events from untyped callers (a custom element, a script) that name nothing the engine knows.
        return reject('unknown-event');
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
