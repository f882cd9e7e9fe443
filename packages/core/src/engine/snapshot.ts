import { REGISTRATION_LIMIT_ENTRY_ID, TOO_MANY_CODE_REQUESTS_ENTRY_ID } from '../knowledge/troubleshooting';
import { evaluateAttempts } from '../rules/attempt-policy';
import { entriesForError } from './errors';
import {
  codeStepOpen,
  evaluateRequirements,
  failedRequirementIds,
  findScenario,
  isDone,
  prerequisitesDone,
  requirementsMet,
} from './evaluate';
import { LIVE_CALLS, livePhase } from './live';
import { own } from './own';
import { effectiveNow } from './transition';
import type {
  ApplicableEntry,
  EngineConfig,
  LiveCallState,
  LiveView,
  MigrationSnapshot,
  MigrationState,
  PhoneCheck,
  RequirementResult,
  StepState,
  StepStatus,
} from './types';

/** Everything a renderer needs, derived from state at one moment. */
export function deriveSnapshot(
  config: EngineConfig,
  state: MigrationState,
  now: number,
  status: MigrationSnapshot['status'] = 'ready',
): MigrationSnapshot {
  const at = effectiveNow(now, state.lastSeenAt);
  const scenario = findScenario(config, state.scenarioId) ?? null;
  const requirements = evaluateRequirements(config, state);
  const code = evaluateAttempts(config.profile.verificationCodePolicy, state.attempts.verificationCode, at);
  const registration = evaluateAttempts(config.profile.registrationPolicy, state.attempts.registration, at);
  const codeBlocked = code.remaining === 0;

  const steps: StepState[] = (scenario?.steps ?? []).map((step, index) => {
    const done = isDone(state, step.id);
    const reachable = prerequisitesDone(state, step);
    const met = requirementsMet(requirements, step);
    const stepRequirements = requirements.filter((r) => step.requirements.includes(r.requirement.id));
    const isCurrent = step.id === state.currentStepId;
    const hasError = state.errors.some((e) => e.stepId === step.id);
    // A failed input or host check blocks the step. The code cool-down does not: the user may already
    // hold a code that arrived late, so the step stays completable and the cool-down shows on its own.
    const stuck = stepRequirements.some((r) => r.status === 'failed' || r.status === 'error');
    const status = stepStatus({ done: own(state.steps, step.id)?.status, reachable, hasError, stuck, isCurrent });
    const canComplete = !done && reachable && met;
    return {
      step,
      index,
      status,
      isCurrent,
      canComplete,
      canSkip: canComplete && step.optional === true,
      unmetRequirements: stepRequirements.filter((r) => r.status !== 'met').map((r) => r.requirement.id),
    };
  });

  const doneCount = steps.filter((s) => s.status === 'complete' || s.status === 'skipped').length;
  const total = steps.length;
  const phoneResult = phoneCheck(config, state);

  return {
    status,
    now: at,
    profile: config.profile,
    knowledge: config.knowledge,
    scenarios: config.scenarios,
    scenario,
    scenarioFixed: config.fixedScenarioId !== null,
    currentStepId: state.currentStepId,
    steps,
    requirements,
    requirementsLeft: requirements.filter((r) => r.status !== 'met').length,
    progress: { done: doneCount, total, percent: total === 0 ? 0 : Math.round((doneCount / total) * 100) },
    isComplete: total > 0 && doneCount === total,
    verificationCode: {
      ...code,
      available: scenario !== null && codeStepOpen(scenario, state),
    },
    registration,
    troubleshooting: {
      applicable: applicableEntries(config, state, requirements, codeBlocked, registration.remaining === 0),
      openEntryId: state.openEntryId,
    },
    errors: state.errors,
    fields: state.fields,
    phoneNumberE164: phoneNumberE164(config, state, requirements),
    phoneValidation: config.phoneValidation,
    phoneNumberRemembered: phoneNumberRemembered(state),
    rejection: state.rejection,
    notice: state.notice,
    live: liveView(config, state, phoneResult?.ok === true ? phoneResult.value : undefined),
  };
}

const phoneCheck = (config: EngineConfig, state: MigrationState) =>
  state.fields.phoneNumber ? config.validatePhoneNumber(state.fields.phoneNumber) : null;

/** The number in E.164 when the phone requirement is met; the snapshot's `phoneNumberE164`. */
export function phoneNumberE164(
  config: EngineConfig,
  state: MigrationState,
  requirements: readonly RequirementResult[] = evaluateRequirements(config, state),
): string | null {
  const phone = requirements.find((r) => r.requirement.id === 'phone-number');
  const result = phoneCheck(config, state);
  return phone?.status === 'met' && result?.ok ? result.value.e164 : null;
}

/** A number found valid before, not kept itself; the snapshot's `phoneNumberRemembered`. */
export const phoneNumberRemembered = (state: MigrationState) =>
  state.fields.phoneNumber === undefined && state.rememberedValid.includes('phoneNumber');

const IDLE: LiveCallState = { status: 'idle', at: 0, tries: 0 };

/** Live mode as views read it: the sub-step, each call's state, the method the number suggests. */
function liveView(config: EngineConfig, state: MigrationState, phone: PhoneCheck | undefined): LiveView {
  const { live } = state;
  const calls = Object.fromEntries(LIVE_CALLS.map((call) => [call, live.calls[call] ?? IDLE])) as LiveView['calls'];
  const advised = phone?.advice?.method;
  return {
    enabled: config.live,
    // The same validation the phone requirement made: the split comes with it.
    phase: livePhase(live, Boolean(phone?.countryCallingCode && phone.nationalNumber)),
    calls,
    method: live.method,
    // Voice for numbers that cannot take SMS (a landline); SMS where both work (M5, §1.14).
    suggestedMethod: advised === 'voice' ? 'VOICE' : advised === 'sms-or-voice' ? 'SMS' : null,
    verifiedName: live.number?.verifiedName ?? null,
    numberStatus: live.number?.status ?? null,
    nameConfirmed: live.nameConfirmed,
    busy: LIVE_CALLS.some((call) => calls[call].status === 'pending'),
  };
}

function stepStatus(facts: {
  readonly done: 'complete' | 'skipped' | undefined;
  readonly reachable: boolean;
  readonly hasError: boolean;
  readonly stuck: boolean;
  readonly isCurrent: boolean;
}): StepStatus {
  if (facts.done !== undefined) return facts.done;
  if (!facts.reachable) return 'locked';
  if (facts.hasError) return 'error';
  if (facts.stuck) return 'blocked';
  return facts.isCurrent ? 'current' : 'available';
}

/** The entries that apply now: reported errors first, then limits reached, then failed requirements. */
function applicableEntries(
  config: EngineConfig,
  state: MigrationState,
  requirements: readonly RequirementResult[],
  codeBlocked: boolean,
  registrationBlocked: boolean,
): ApplicableEntry[] {
  const byId = (id: string) => config.troubleshooting.find((e) => e.id === id);
  const found: ApplicableEntry[] = [];
  const add = (item: ApplicableEntry) => {
    if (!found.some((f) => f.entry.id === item.entry.id)) found.push(item);
  };
  for (const error of state.errors) {
    const entries = entriesForError(config, state, error);
    const details = {
      ...(error.details === undefined ? {} : { details: error.details }),
      ...(error.traceId === undefined ? {} : { traceId: error.traceId }),
    };
    if (entries.length === 0)
      add({ entry: config.unknownErrorEntry, reason: 'error-code', code: error.code, ...details });
    for (const entry of entries) add({ entry, reason: 'error-code', code: error.code, ...details });
  }
  const limits: Array<[boolean, string]> = [
    [codeBlocked, TOO_MANY_CODE_REQUESTS_ENTRY_ID],
    [registrationBlocked, REGISTRATION_LIMIT_ENTRY_ID],
  ];
  for (const [blocked, id] of limits) {
    const entry = byId(id);
    if (blocked && entry) add({ entry, reason: 'limit' });
  }
  const failed = failedRequirementIds(requirements);
  for (const entry of config.troubleshooting) {
    if ((entry.relatedRequirements ?? []).some((id) => failed.has(id))) add({ entry, reason: 'requirement' });
  }
  const opened =
    state.openEntryId === null
      ? undefined
      : (byId(state.openEntryId) ??
        (state.openEntryId === config.unknownErrorEntry.id ? config.unknownErrorEntry : undefined));
  if (opened) add({ entry: opened, reason: 'opened' });
  return found;
}
