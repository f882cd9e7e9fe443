import { INPUT_FIELDS } from '../knowledge/fields';
import type { Scenario, Step } from '../knowledge/types';
import { type AttemptPolicy, evaluateAttempts, pruneAttempts } from '../rules/attempt-policy';
import { entriesForError } from './errors';
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
import { cleanText, parseGraphError } from './graph-error';
import {
  CODE_METHODS,
  INITIAL_LIVE,
  isCodeLanguage,
  isPhoneNumberId,
  isPortalCode,
  type LiveCall,
  type LiveCallState,
  type LiveNumberStatus,
  type LiveState,
  livePhase,
  NETWORK_ERROR_CODE,
  normaliseCode,
  PORTAL_CODE_PREFIX,
} from './live';
import type { EngineConfig, MigrationCommand, MigrationState, ReportedError } from './types';
import { type CommandType, HOST_CHECK_STATUSES, type HostCheckStatus, type RejectionReason } from './vocabulary';

/**
 * The engine as a table: for each command, the guards it must pass, in order, each named and mapped to the
 * reason a refusal gives; then what it changes. A command's `after` guards judge the state it would make.
 */

type CommandOf<T extends CommandType> = Extract<MigrationCommand, { readonly type: T }>;

export interface CommandContext<T extends CommandType = CommandType> {
  readonly config: EngineConfig;
  /** The state before the command, with `lastSeenAt` moved to now and the last rejection cleared. */
  readonly state: MigrationState;
  readonly command: CommandOf<T>;
  readonly at: number;
  readonly scenario: Scenario | undefined;
  /** The step a step command names, in the chosen scenario. */
  readonly step: Step | undefined;
}

/** Judged before the command changes anything. */
interface Guard {
  readonly reason: RejectionReason;
  holds(context: CommandContext): boolean;
  /** For a limit: when the next attempt is allowed. */
  nextAllowedAt?(context: CommandContext): number;
}

/** Judged on the state the command would make. */
interface AfterGuard {
  readonly reason: RejectionReason;
  holds(context: CommandContext, next: MigrationState): boolean;
}

const INPUT_FIELD_SET: ReadonlySet<string> = new Set(INPUT_FIELDS);
const HOST_STATUS_SET: ReadonlySet<string> = new Set(HOST_CHECK_STATUSES);

/** Longest value a field keeps; longer input is refused by its validator anyway. */
const MAX_FIELD_LENGTH = 1024;

/** Reported errors kept at once; older ones give way, so a flood of reports cannot outgrow storage. */
const MAX_ERRORS = 20;

const attemptsOf = (context: CommandContext, kind: 'verificationCode' | 'registration', policy: AttemptPolicy) =>
  evaluateAttempts(policy, context.state.attempts[kind], context.at);

/** Meta's `cc` and `phone_number` (§1.2), when the phone field holds a valid number the validator could split. */
export function numberForMeta(config: EngineConfig, state: MigrationState, typed?: unknown) {
  // A number typed for the start call alone (not stored) wins over the field's.
  const value = typeof typed === 'string' ? typed : state.fields.phoneNumber;
  // An empty field is not validated at all, as the requirement does not validate it.
  const result = value === undefined || value.trim() === '' ? undefined : config.validatePhoneNumber(value);
  const { countryCallingCode: cc, nationalNumber: phoneNumber } = result?.ok ? result.value : {};
  return cc && phoneNumber ? { cc, phoneNumber } : undefined;
}

/** The call each live command sends; a retry and a result name theirs. */
const CALL_OF_COMMAND: Readonly<Partial<Record<CommandType, LiveCall>>> = {
  LIVE_START: 'start',
  LIVE_REQUEST_CODE: 'request-code',
  LIVE_VERIFY_CODE: 'verify-code',
  LIVE_REGISTER: 'register',
  LIVE_CHECK_STATUS: 'status',
};
const callOf = ({ command }: CommandContext): LiveCall | undefined =>
  command.type === 'LIVE_RESULT' || command.type === 'LIVE_RETRY' ? command.call : CALL_OF_COMMAND[command.type];

/** Where each call may be sent from: in order, a new code while one is awaited or after 133006 (§8.4). */
const CALL_PHASES: Readonly<Record<LiveCall | 'confirm-name', readonly string[]>> = {
  start: ['start'],
  'request-code': ['request-code', 'verify-code', 'register'],
  'verify-code': ['verify-code'],
  register: ['register'],
  status: ['status', 'confirm-name', 'done'],
  'confirm-name': ['confirm-name'],
};

const typedNumber = ({ command }: CommandContext) => (command.type === 'LIVE_START' ? command.phoneNumber : undefined);
const phaseOf = (c: CommandContext) =>
  livePhase(c.state.live, numberForMeta(c.config, c.state, typedNumber(c)) !== undefined);
const pending = (live: LiveState) => Object.values(live.calls).some((call) => call?.status === 'pending');

/** Every guard the engine has, by name. */
const GUARDS = {
  'scenario-not-fixed': {
    reason: 'scenario-fixed',
    holds: ({ config, command }) =>
      config.fixedScenarioId === null ||
      (command as CommandOf<'SELECT_SCENARIO'>).scenarioId === config.fixedScenarioId,
  },
  'scenario-known': {
    reason: 'unknown-scenario',
    holds: ({ config, command }) =>
      findScenario(config, (command as CommandOf<'SELECT_SCENARIO'>).scenarioId) !== undefined,
  },
  'requirement-known': {
    reason: 'unknown-requirement',
    holds: ({ config, command }) =>
      config.requirements.some((r) => r.id === (command as CommandOf<'ATTEST'>).requirementId),
  },
  'field-known': {
    reason: 'unknown-field',
    holds: ({ command }) => {
      const { field, value } = command as CommandOf<'SET_FIELD'>;
      return INPUT_FIELD_SET.has(field) && typeof value === 'string';
    },
  },
  'host-answers-requirement': {
    reason: 'unknown-requirement',
    holds: ({ config, command }) => config.hostCheckIds.has((command as CommandOf<'HOST_CHECK_STARTED'>).requirementId),
  },
  'host-status-known': {
    reason: 'unknown-event',
    holds: ({ command }) => command.type !== 'HOST_CHECK_RESULT' || HOST_STATUS_SET.has(command.result),
  },
  'scenario-chosen': { reason: 'no-scenario', holds: ({ scenario }) => scenario !== undefined },
  'step-known': { reason: 'unknown-step', holds: ({ step }) => step !== undefined },
  'step-open': { reason: 'step-done', holds: ({ state, step }) => step !== undefined && !isDone(state, step.id) },
  'step-finished': {
    reason: 'step-not-done',
    holds: ({ state, step }) => step !== undefined && isDone(state, step.id),
  },
  'prerequisites-done': {
    reason: 'step-locked',
    holds: ({ state, step }) => step !== undefined && prerequisitesDone(state, step),
  },
  'requirements-met': {
    reason: 'requirements-unmet',
    holds: ({ config, state, step }) =>
      step !== undefined && requirementsMet(evaluateRequirements(config, state), step),
  },
  'step-optional': { reason: 'not-optional', holds: ({ step }) => step?.optional === true },
  'confirmed-if-needed': {
    reason: 'confirmation-required',
    holds: ({ step, command }) =>
      step?.requiresConfirmation !== true || (command as CommandOf<'COMPLETE_STEP'>).confirmed === true,
  },
  'code-step-open': {
    reason: 'no-code-step',
    holds: ({ scenario, state }) => scenario !== undefined && codeStepOpen(scenario, state),
  },
  'code-limit-not-reached': {
    reason: 'limit-reached',
    holds: (c) => attemptsOf(c, 'verificationCode', c.config.profile.verificationCodePolicy).remaining > 0,
    nextAllowedAt: (c) =>
      attemptsOf(c, 'verificationCode', c.config.profile.verificationCodePolicy).nextAllowedAt ?? c.at,
  },
  'registration-limit-not-reached': {
    reason: 'limit-reached',
    holds: (c) => attemptsOf(c, 'registration', c.config.profile.registrationPolicy).remaining > 0,
    nextAllowedAt: (c) => attemptsOf(c, 'registration', c.config.profile.registrationPolicy).nextAllowedAt ?? c.at,
  },
  'live-on': { reason: 'live-off', holds: ({ config }) => config.live },
  'live-in-order': {
    reason: 'live-out-of-order',
    holds: (c) => CALL_PHASES[callOf(c) ?? 'confirm-name'].includes(phaseOf(c)),
  },
  'live-idle': { reason: 'live-pending', holds: ({ state }) => !pending(state.live) },
  'live-call-pending': {
    reason: 'live-out-of-order',
    holds: (c) => {
      const call = callOf(c);
      return call !== undefined && c.state.live.calls[call]?.status === 'pending';
    },
  },
  'number-split': {
    reason: 'number-not-split',
    holds: (c) => numberForMeta(c.config, c.state, typedNumber(c)) !== undefined,
  },
  'method-known': {
    reason: 'unknown-method',
    holds: ({ command }) => {
      const { method, language } = command as CommandOf<'LIVE_REQUEST_CODE'>;
      return CODE_METHODS.includes(method) && isCodeLanguage(language);
    },
  },
  'code-well-formed': {
    reason: 'code-malformed',
    holds: ({ command }) => normaliseCode((command as CommandOf<'LIVE_VERIFY_CODE'>).code) !== null,
  },
  /** A retry is a new call to Meta: it passes the limit of its kind like the first try. */
  'retry-within-limits': {
    reason: 'limit-reached',
    holds: (c) => {
      const call = callOf(c);
      if (call === 'request-code')
        return attemptsOf(c, 'verificationCode', c.config.profile.verificationCodePolicy).remaining > 0;
      if (call === 'register') return attemptsOf(c, 'registration', c.config.profile.registrationPolicy).remaining > 0;
      return true;
    },
  },
  /** In live mode the code step is done when Meta says so: registered, connected, the name confirmed. */
  'live-done-if-live': {
    reason: 'live-not-done',
    holds: (c) => !c.config.live || c.step?.verificationCode !== true || phaseOf(c) === 'done',
  },
  'entry-known': {
    reason: 'unknown-entry',
    holds: ({ config, command }) => {
      const { entryId } = command as CommandOf<'OPEN_TROUBLESHOOTING'>;
      return (
        entryId === null ||
        entryId === config.unknownErrorEntry.id ||
        config.troubleshooting.some((e) => e.id === entryId)
      );
    },
  },
} as const satisfies Record<string, Guard>;

const AFTER_GUARDS = {
  /** A change to the user's answers must not unmeet a requirement a finished step relies on. */
  'done-steps-still-justified': {
    reason: 'requirement-locked',
    holds: ({ config, scenario }, next) => !scenario || dropUnjustifiedSteps(config, next) === next,
  },
} as const satisfies Record<string, AfterGuard>;

export type GuardName = keyof typeof GUARDS | keyof typeof AFTER_GUARDS;

interface CommandRule<T extends CommandType> {
  /** Checked in order, before the command changes anything. */
  readonly guards: readonly (keyof typeof GUARDS)[];
  /** Checked on the state the command would make. */
  readonly after?: readonly (keyof typeof AFTER_GUARDS)[];
  apply(context: CommandContext<T>): MigrationState;
}

const STEP_TARGET = ['scenario-chosen', 'step-known'] as const;
/** Every call of live mode: the host gave hostActions, a path is chosen, its code step is open, nothing pending. */
const LIVE_CALL = ['live-on', 'scenario-chosen', 'code-step-open', 'live-idle'] as const;
const ANSWER_GUARD = ['done-steps-still-justified'] as const;

function recordAttempt(
  state: MigrationState,
  kind: 'verificationCode' | 'registration',
  policy: AttemptPolicy,
  at: number,
) {
  const attempts = pruneAttempts(policy, [...state.attempts[kind], at], at);
  return { ...state, attempts: { ...state.attempts, [kind]: attempts } };
}

/** Takes back the latest attempt of a code request or registration that never reached Meta. */
function withdrawAttempt(state: MigrationState, call: LiveCall): MigrationState {
  const kind = call === 'request-code' ? 'verificationCode' : call === 'register' ? 'registration' : null;
  const at = state.live.calls[call]?.at;
  if (kind === null || at === undefined) return state;
  // Exactly the attempt counted when this call was sent, never another tab's that came in since.
  const list = state.attempts[kind];
  const index = list.lastIndexOf(at);
  if (index < 0) return state;
  return { ...state, attempts: { ...state.attempts, [kind]: [...list.slice(0, index), ...list.slice(index + 1)] } };
}

/** Every command: its guards and its effect on the state. */
export const COMMANDS: { readonly [T in CommandType]: CommandRule<T> } = {
  SELECT_SCENARIO: {
    guards: ['scenario-not-fixed', 'scenario-known'],
    apply: ({ config, state, command }) => {
      const chosen = findScenario(config, command.scenarioId) as Scenario;
      if (chosen.id === state.scenarioId) return state;
      // What the user typed and attested is kept; progress belongs to one scenario.
      const switched = { ...state, scenarioId: chosen.id, steps: {}, errors: [], openEntryId: null };
      return { ...switched, currentStepId: resolveCurrentStep(chosen, switched, null) };
    },
  },
  RESET: {
    guards: [],
    apply: ({ config, state, at }) => {
      // Recorded attempts survive a reset: starting over must not lift a cool-down. Nor does a call on its
      // way stop: it stays pending until it settles, so nothing is sent beside it.
      const inFlight = Object.fromEntries(Object.entries(state.live.calls).filter(([, c]) => c?.status === 'pending'));
      const reset = {
        ...initialState(at),
        attempts: state.attempts,
        scenarioId: config.fixedScenarioId,
        live: { ...INITIAL_LIVE, calls: inFlight },
      };
      const fixed = findScenario(config, config.fixedScenarioId);
      return fixed ? { ...reset, currentStepId: resolveCurrentStep(fixed, reset, null) } : reset;
    },
  },
  ATTEST: {
    guards: ['requirement-known'],
    after: ANSWER_GUARD,
    apply: ({ state, command }) => ({
      ...state,
      attestations: { ...state.attestations, [command.requirementId]: command.value === true },
    }),
  },
  SET_FIELD: {
    guards: ['field-known'],
    after: ANSWER_GUARD,
    apply: ({ state, command }) => ({
      ...state,
      rememberedValid: state.rememberedValid.filter((field) => field !== command.field),
      fields: { ...state.fields, [command.field]: command.value.slice(0, MAX_FIELD_LENGTH) },
    }),
  },
  HOST_CHECK_STARTED: {
    guards: ['host-answers-requirement'],
    after: ANSWER_GUARD,
    apply: ({ state, command }) => ({
      ...state,
      hostChecks: { ...state.hostChecks, [command.requirementId]: 'checking' },
    }),
  },
  HOST_CHECK_RESULT: {
    guards: ['host-answers-requirement', 'host-status-known'],
    after: ANSWER_GUARD,
    apply: ({ state, command }) => ({
      ...state,
      hostChecks: { ...state.hostChecks, [command.requirementId]: command.result satisfies HostCheckStatus },
    }),
  },
  GO_TO_STEP: {
    guards: [...STEP_TARGET, 'prerequisites-done'],
    apply: ({ state, step }) => ({ ...state, currentStepId: (step as Step).id }),
  },
  COMPLETE_STEP: {
    guards: [
      ...STEP_TARGET,
      'step-open',
      'prerequisites-done',
      'requirements-met',
      'confirmed-if-needed',
      'live-done-if-live',
    ],
    apply: ({ state, scenario, step, at }) => finishStep(state, scenario as Scenario, step as Step, at, 'complete'),
  },
  SKIP_STEP: {
    guards: [...STEP_TARGET, 'step-open', 'prerequisites-done', 'requirements-met', 'step-optional'],
    apply: ({ state, scenario, step, at }) => finishStep(state, scenario as Scenario, step as Step, at, 'skipped'),
  },
  REOPEN_STEP: {
    guards: [...STEP_TARGET, 'step-finished'],
    apply: ({ state, scenario, step }) => {
      const target = step as Step;
      // Reopening a step reopens every step that depends on it, directly or not.
      const reopened = new Set([target.id]);
      for (const s of (scenario as Scenario).steps) {
        if (s.prerequisites.some((p) => reopened.has(p))) reopened.add(s.id);
      }
      const steps = Object.fromEntries(Object.entries(state.steps).filter(([id]) => !reopened.has(id)));
      return { ...state, steps, currentStepId: target.id };
    },
  },
  REQUEST_CODE: {
    guards: ['scenario-chosen', 'code-step-open', 'code-limit-not-reached'],
    apply: ({ config, state, at }) =>
      recordAttempt(state, 'verificationCode', config.profile.verificationCodePolicy, at),
  },
  RECORD_REGISTRATION: {
    guards: ['registration-limit-not-reached'],
    apply: ({ config, state, at }) => recordAttempt(state, 'registration', config.profile.registrationPolicy, at),
  },
  REPORT_ERROR: {
    guards: [],
    apply: (c) => withReportedError(c, c.command.error ?? c.command.code, c.command.details, c.command.stepId),
  },
  DISMISS_ERROR: {
    guards: [],
    apply: ({ config, state, command }) => {
      // `#2388103`, `2388103` or the whole body: the same error.
      const code = command.code === undefined ? undefined : parseGraphError(command.code).code;
      const dismissed = state.errors.filter((e) => code === undefined || e.code === code);
      const errors = state.errors.filter((e) => !dismissed.includes(e));
      // Close the entry only if it was opened for a dismissed error and no remaining error still needs it.
      const entryOf = (e: ReportedError) => entriesForError(config, state, e)[0]?.id ?? config.unknownErrorEntry.id;
      const openedFor = (list: readonly ReportedError[]) => list.some((e) => entryOf(e) === state.openEntryId);
      const close = openedFor(dismissed) && !openedFor(errors);
      return { ...state, errors, openEntryId: close ? null : state.openEntryId };
    },
  },
  OPEN_TROUBLESHOOTING: {
    guards: ['entry-known'],
    apply: ({ state, command }) => ({ ...state, openEntryId: command.entryId }),
  },
  DISMISS_NOTICE: { guards: [], apply: ({ state }) => ({ ...state, notice: null }) },
  TICK: { guards: [], apply: ({ state }) => state },
  LIVE_START: {
    guards: [...LIVE_CALL, 'number-split', 'live-in-order'],
    apply: ({ state, at }) => sending(state, 'start', at),
  },
  LIVE_REQUEST_CODE: {
    // Counted before the call, so no sequence of answers can send more than the policy allows.
    guards: [...LIVE_CALL, 'live-in-order', 'method-known', 'code-limit-not-reached'],
    apply: ({ config, state, command, at }) => {
      const counted = recordAttempt(state, 'verificationCode', config.profile.verificationCodePolicy, at);
      const live = { ...counted.live, method: command.method, language: command.language };
      return sending({ ...counted, live }, 'request-code', at);
    },
  },
  LIVE_VERIFY_CODE: {
    guards: [...LIVE_CALL, 'live-in-order', 'code-well-formed'],
    apply: ({ state, at }) => sending(state, 'verify-code', at),
  },
  LIVE_REGISTER: {
    guards: [...LIVE_CALL, 'live-in-order', 'registration-limit-not-reached'],
    apply: ({ config, state, at }) =>
      sending(recordAttempt(state, 'registration', config.profile.registrationPolicy, at), 'register', at),
  },
  LIVE_CHECK_STATUS: {
    guards: ['live-on', 'scenario-chosen', 'live-idle', 'live-in-order'],
    apply: ({ state, at }) => sending(state, 'status', at),
  },
  LIVE_CONFIRM_NAME: {
    guards: ['live-on', 'live-in-order'],
    apply: ({ state, command }) => ({ ...state, live: { ...state.live, nameConfirmed: command.confirmed === true } }),
  },
  LIVE_RETRY: {
    guards: ['live-on', 'live-call-pending', 'retry-within-limits'],
    apply: ({ config, state, command }) => {
      const call = state.live.calls[command.call];
      const counted =
        command.call === 'request-code'
          ? recordAttempt(state, 'verificationCode', config.profile.verificationCodePolicy, state.lastSeenAt)
          : command.call === 'register'
            ? recordAttempt(state, 'registration', config.profile.registrationPolicy, state.lastSeenAt)
            : state;
      const tries = (call?.tries ?? 0) + 1;
      return withCall(counted, command.call, { ...(call as LiveCallState), tries });
    },
  },
  LIVE_RESULT: {
    guards: ['live-on', 'live-call-pending'],
    apply: (c) => {
      const { state, command, at } = c;
      const tries = state.live.calls[command.call]?.tries ?? 1;
      if (command.outcome === 'succeeded') {
        const done = withCall(state, command.call, { status: 'succeeded', at, tries });
        const added = resultValue(command.call, command.value);
        // The person confirms the name Meta holds again only if Meta now says another one.
        const sameName = added.number?.verifiedName === state.live.number?.verifiedName;
        const nameConfirmed = added.number && !sameName ? null : done.live.nameConfirmed;
        return { ...done, live: { ...done.live, ...added, nameConfirmed } };
      }
      const reported = withReportedError(c, command.error);
      const code = reported.errors.at(-1)?.code ?? NETWORK_ERROR_CODE;
      const refusedBeforeMeta = isPortalCode(code) && code !== `${PORTAL_CODE_PREFIX}internal`;
      // The portal's server refused before Meta was called: the attempt counted for this call is given back.
      const counted = refusedBeforeMeta ? withdrawAttempt(reported, command.call) : reported;
      const failed = withCall(counted, command.call, { status: 'failed', at, tries, errorCode: code });
      // The portal's server no longer knows who started this move (it restarted, its record expired): the
      // move is started again. Meta keeps the number where it is; starting again finds it (2388012, §8.4).
      if (code === NOT_STARTED_CODE) {
        const { method, language } = failed.live;
        const calls = { [command.call]: failed.live.calls[command.call] };
        return { ...failed, live: { ...INITIAL_LIVE, method, language, calls } };
      }
      // "The phone number needs to be verified" (133006): back to requesting a code (§8.4).
      if (command.call !== 'register' || code !== '133006') return failed;
      const { 'request-code': _code, 'verify-code': _verified, ...calls } = failed.live.calls;
      return { ...failed, live: { ...failed.live, calls } };
    },
  },
};

/** The portal's server has no record of who started this number's move (`@wamigrate/server`). */
const NOT_STARTED_CODE = `${PORTAL_CODE_PREFIX}not-started`;

/** A call on its way: its first try. */
const sending = (state: MigrationState, call: LiveCall, at: number) =>
  withCall(state, call, { status: 'pending', at, tries: 1 });

function withCall(state: MigrationState, call: LiveCall, value: LiveCallState): MigrationState {
  return { ...state, live: { ...state.live, calls: { ...state.live.calls, [call]: value } } };
}

const MAX_NAME = 256;

/** What a successful call adds: the number's id, or what Meta says of the number. Anything else is ignored. */
function resultValue(call: LiveCall, value: unknown): Partial<LiveState> {
  const bag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (call === 'start') return isPhoneNumberId(bag.phoneNumberId) ? { phoneNumberId: bag.phoneNumberId } : {};
  if (call !== 'status') return {};
  const text = (v: unknown, max = 40) => (typeof v === 'string' ? cleanText(v, max) : undefined);
  const status = text(bag.status);
  if (status === undefined) return {};
  const number: LiveNumberStatus = {
    status,
    ...optionalText('codeVerificationStatus', text(bag.codeVerificationStatus)),
    ...optionalText('nameStatus', text(bag.nameStatus)),
    ...optionalText('verifiedName', text(bag.verifiedName, MAX_NAME)),
  };
  return { number };
}

const optionalText = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

/** Records an error as Meta or the host gave it, and opens the entry that explains it. */
function withReportedError(
  { config, state, at, scenario }: Pick<CommandContext, 'config' | 'state' | 'at' | 'scenario'>,
  error: unknown,
  hostDetails?: string,
  stepIdGiven?: string,
): MigrationState {
  const parsed = parseGraphError(error);
  // A failure with no Meta body (a lost connection, a crashed backend) is the network's.
  const {
    code,
    userMessage,
    details: metaDetails,
    ...facts
  } = parsed.code === '?' && typeof error === 'object' && error !== null
    ? { ...parsed, code: NETWORK_ERROR_CODE }
    : parsed;
  // What Meta advises acting on, else what it tells the user; the host's own text first.
  const details = cleanText(hostDetails) ?? metaDetails ?? userMessage;
  const [first] = entriesForError(config, state, { code, ...facts });
  const named = stepIdGiven !== undefined && scenario?.steps.some((s) => s.id === stepIdGiven);
  const stepId = named ? (stepIdGiven as string) : state.currentStepId;
  const reported = { code, stepId, at, ...facts, ...(details === undefined ? {} : { details }) };
  const errors = [...state.errors.filter((e) => e.code !== code), reported].slice(-MAX_ERRORS);
  return { ...state, errors, openEntryId: first?.id ?? config.unknownErrorEntry.id };
}

function finishStep(state: MigrationState, scenario: Scenario, step: Step, at: number, status: 'complete' | 'skipped') {
  // The step's own errors are settled by finishing it.
  const next = {
    ...state,
    steps: { ...state.steps, [step.id]: { status, at } },
    errors: state.errors.filter((e) => e.stepId !== step.id),
  };
  const following = scenario.steps.slice(scenario.steps.indexOf(step) + 1).find((s) => !isDone(next, s.id));
  return { ...next, currentStepId: resolveCurrentStep(scenario, next, following?.id ?? null) };
}

/** Each command's guards by name, with the reason each gives: the engine's rules as data. */
export const COMMAND_GUARDS: {
  readonly [T in CommandType]: readonly { readonly guard: GuardName; readonly reason: RejectionReason }[];
} = /* @__PURE__ */ Object.fromEntries(
  Object.entries(COMMANDS).map(([type, rule]) => [
    type,
    [
      ...rule.guards.map((guard) => ({ guard, reason: GUARDS[guard].reason })),
      ...(rule.after ?? []).map((guard) => ({ guard, reason: AFTER_GUARDS[guard].reason })),
    ],
  ]),
) as never;

export type Outcome =
  | { readonly ok: true; readonly state: MigrationState }
  | { readonly ok: false; readonly reason: RejectionReason; readonly nextAllowedAt?: number };

/** Runs one known command against its rule: the first guard that fails refuses it. */
export function runCommand(
  config: EngineConfig,
  state: MigrationState,
  command: MigrationCommand,
  at: number,
): Outcome {
  const rule = COMMANDS[command.type] as CommandRule<CommandType>;
  const scenario = findScenario(config, state.scenarioId);
  const stepId = 'stepId' in command && command.type !== 'REPORT_ERROR' ? command.stepId : undefined;
  const step = stepId === undefined ? undefined : scenario?.steps.find((s) => s.id === stepId);
  const context: CommandContext = { config, state, command, at, scenario, step };
  const refuse = (guard: Guard | AfterGuard): Outcome =>
    'nextAllowedAt' in guard && guard.nextAllowedAt
      ? { ok: false, reason: guard.reason, nextAllowedAt: guard.nextAllowedAt(context) }
      : { ok: false, reason: guard.reason };
  for (const name of rule.guards) {
    const guard: Guard = GUARDS[name];
    if (!guard.holds(context)) return refuse(guard);
  }
  const next = rule.apply(context);
  for (const name of rule.after ?? []) {
    const guard: AfterGuard = AFTER_GUARDS[name];
    if (!guard.holds(context, next)) return refuse(guard);
  }
  return { ok: true, state: next };
}

/** The state before anything is known: no scenario, no answers. */
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
    live: INITIAL_LIVE,
  };
}

export const isCommandType = (type: unknown): type is CommandType =>
  typeof type === 'string' && Object.hasOwn(COMMANDS, type);
