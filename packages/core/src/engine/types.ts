import type {
  InputField,
  NumberLocationRecord,
  ProviderProfile,
  Requirement,
  Scenario,
  Step,
  TroubleshootingEntry,
} from '../knowledge/types';
import type { AttemptPolicyState } from '../rules/attempt-policy';
import type { PhoneAdvice } from '../validation/phone-number';
import type { ValidationIssue, ValidationResult } from '../validation/result';
import type { CodeMethod, LiveCall, LiveCallState, LiveNumberStatus, LivePhase, LiveState } from './live';
import type {
  HostCheckStatus,
  NoticeKind,
  NoticeReason,
  RejectionReason,
  RequirementStatus,
  StepStatus,
} from './vocabulary';

export type { HostCheckStatus, NoticeKind, NoticeReason, RejectionReason, RequirementStatus, StepStatus };

/** What the phone validator says of a valid number: its E.164 form, and advice when the validator gives it. */
export interface PhoneCheck {
  readonly e164: string;
  readonly advice?: PhoneAdvice;
  /** Meta's `cc` and `phone_number`, when the validator knows the country code (the full one does). */
  readonly countryCallingCode?: string;
  readonly nationalNumber?: string;
}

/** The records one engine knows; every view reads this one catalogue (`migration.knowledge`). */
export interface Knowledge {
  readonly scenarios: readonly Scenario[];
  readonly requirements: readonly Requirement[];
  readonly troubleshooting: readonly TroubleshootingEntry[];
  /** Opened for a code no entry knows. */
  readonly unknownErrorEntry: TroubleshootingEntry;
  readonly locations: readonly NumberLocationRecord[];
}

/** Whether phone numbers are checked against numbering plans (`full`) or for their E.164 form only (`shape`). */
export type PhoneValidation = 'shape' | 'full';

/** Everything the pure transition needs besides state, event and time (see `createEngineConfig`). */
export interface EngineConfig extends Knowledge {
  /** The same records, as one object to hand to views. */
  readonly knowledge: Knowledge;
  readonly profile: ProviderProfile;
  /** Requirement ids the host answers; the others of kind host-check fall back to attestation. */
  readonly hostCheckIds: ReadonlySet<string>;
  /**
   * Full validation of the phone field (from `@wamigrate/core/phone`, which also gives the SMS-or-voice
   * advice); default: E.164 shape only.
   */
  readonly validatePhoneNumber: (input: string) => ValidationResult<PhoneCheck>;
  /** `full` once `validatePhoneNumber` knows numbering plans (given, or loaded); `shape` while it checks E.164 form only. */
  readonly phoneValidation: PhoneValidation;
  /** When the host's scenario is fixed, the user cannot pick another. */
  readonly fixedScenarioId: string | null;
  /** The host gave `hostActions`: the code step runs Meta's calls through its backend. */
  readonly live: boolean;
}

export type StepRecord = { readonly status: 'complete' | 'skipped'; readonly at: number };

export interface ReportedError {
  /**
   * The code to act on (`parseGraphError`): Meta's subcode when it gave one, else its code, digits exactly as
   * reported; otherwise the host's string, cleaned of control characters.
   */
  readonly code: string;
  readonly stepId: string | null;
  readonly at: number;
  /**
   * Meta's `details` (else its `error_user_msg`), its `error_user_title`, top-level code and `fbtrace_id`: shown
   * to the user for support, never stored or sent in analytics events.
   */
  readonly details?: string;
  readonly userTitle?: string;
  readonly parentCode?: string;
  readonly traceId?: string;
}

export interface Rejection {
  /** `unknown` for an event the engine does not know: its text is never echoed back. */
  readonly eventType: MigrationCommand['type'] | 'unknown';
  readonly reason: RejectionReason;
  readonly at: number;
  /** For `limit-reached`: when the next attempt is allowed. */
  readonly nextAllowedAt?: number;
}

/** Something the user should be told that is not an error of theirs: saved progress could not be used. */
export interface Notice {
  readonly kind: NoticeKind;
  readonly reason: NoticeReason;
}

export interface MigrationState {
  readonly scenarioId: string | null;
  readonly currentStepId: string | null;
  /** Keyed by step id, never by index, so changing a scenario's steps keeps what is still valid. */
  readonly steps: Readonly<Record<string, StepRecord>>;
  readonly attestations: Readonly<Record<string, boolean>>;
  readonly fields: Readonly<Partial<Record<InputField, string>>>;
  /**
   * Fields that held a valid value when progress was saved but were not stored (the phone number without
   * the host's opt-in). They count as valid until the user types a new value.
   */
  readonly rememberedValid: readonly InputField[];
  readonly hostChecks: Readonly<Record<string, HostCheckStatus>>;
  readonly attempts: {
    readonly verificationCode: readonly number[];
    readonly registration: readonly number[];
  };
  readonly errors: readonly ReportedError[];
  readonly openEntryId: string | null;
  /** The latest time the engine has seen: a clock that moves backwards never shortens a wait. */
  readonly lastSeenAt: number;
  readonly rejection: Rejection | null;
  readonly notice: Notice | null;
  /** What the backend's calls did (live mode); the initial value otherwise. */
  readonly live: LiveState;
}

/** What a view or host sends the engine (`migration.send`); what it emits to `onEvent` is a `MigrationAnalyticsEvent`. */
export type MigrationCommand =
  | { readonly type: 'SELECT_SCENARIO'; readonly scenarioId: string }
  | { readonly type: 'RESET' }
  | { readonly type: 'ATTEST'; readonly requirementId: string; readonly value: boolean }
  | { readonly type: 'SET_FIELD'; readonly field: InputField; readonly value: string }
  | { readonly type: 'HOST_CHECK_STARTED'; readonly requirementId: string }
  | { readonly type: 'HOST_CHECK_RESULT'; readonly requirementId: string; readonly result: 'met' | 'unmet' | 'error' }
  | { readonly type: 'GO_TO_STEP'; readonly stepId: string }
  | { readonly type: 'COMPLETE_STEP'; readonly stepId: string; readonly confirmed?: boolean }
  | { readonly type: 'SKIP_STEP'; readonly stepId: string }
  | { readonly type: 'REOPEN_STEP'; readonly stepId: string }
  | { readonly type: 'REQUEST_CODE' }
  | { readonly type: 'RECORD_REGISTRATION' }
  | {
      readonly type: 'REPORT_ERROR';
      /**
       * The error as it came: Meta's Graph body, its inner `error` object, the body as JSON text, or a code
       * in any written form (`133016`, `'#133016'`, `'(#2388103) Unable …'`). Read by `parseGraphError`.
       */
      readonly error?: unknown;
      /** The same, for hosts that pass only a code (the first version's field). */
      readonly code?: unknown;
      /** Meta's `details`, when the host passes it apart from the body. */
      readonly details?: string;
      readonly stepId?: string;
    }
  | { readonly type: 'DISMISS_ERROR'; readonly code?: unknown }
  | { readonly type: 'OPEN_TROUBLESHOOTING'; readonly entryId: string | null }
  | { readonly type: 'DISMISS_NOTICE' }
  | { readonly type: 'TICK' }
  // Live mode (`hostActions`): each sends one call through the host's backend.
  /**
   * `phoneNumber`: the number typed for this call alone, when the field does not hold it (not stored without
   * `persistPhoneNumber`, so after a reload it is asked again here). Kept nowhere, like the code.
   */
  | { readonly type: 'LIVE_START'; readonly phoneNumber?: string }
  | { readonly type: 'LIVE_REQUEST_CODE'; readonly method: CodeMethod; readonly language: string }
  /** The code goes to the backend and nowhere else: not to state, storage or events. */
  | { readonly type: 'LIVE_VERIFY_CODE'; readonly code: string }
  | { readonly type: 'LIVE_REGISTER' }
  | { readonly type: 'LIVE_CHECK_STATUS' }
  | { readonly type: 'LIVE_CONFIRM_NAME'; readonly confirmed: boolean }
  /** The backend's answer; the store alone sends it (refused from `send`). */
  | { readonly type: 'LIVE_RESULT'; readonly call: LiveCall; readonly outcome: 'succeeded'; readonly value?: unknown }
  | { readonly type: 'LIVE_RESULT'; readonly call: LiveCall; readonly outcome: 'failed'; readonly error: unknown }
  /** The store's next try after a transient failure: counted against the limits like the first. */
  | { readonly type: 'LIVE_RETRY'; readonly call: LiveCall };

export type { CodeMethod, LiveCall, LiveCallState, LiveNumberStatus, LivePhase, LiveState };

/** Live mode as views read it. */
export interface LiveView {
  readonly enabled: boolean;
  readonly phase: LivePhase;
  readonly calls: Readonly<Record<LiveCall, LiveCallState>>;
  readonly method: CodeMethod | null;
  /** SMS or voice, from the number's type (the full phone validator's advice); null when it cannot tell. */
  readonly suggestedMethod: CodeMethod | null;
  readonly verifiedName: string | null;
  /** What Meta last said of the number (`CONNECTED`, `PENDING`, …); null before the first status call. */
  readonly numberStatus: string | null;
  readonly nameConfirmed: boolean | null;
  /** A call is on its way: nothing else is sent until it settles. */
  readonly busy: boolean;
}

export interface RequirementResult {
  readonly requirement: Requirement;
  readonly status: RequirementStatus;
  /** How the result was reached: the user's checkbox, the user's input, or the host's answer. */
  readonly via: 'attestation' | 'input' | 'host';
  /** Why an input is refused, and beside which field it belongs. */
  readonly issue?: ValidationIssue;
  readonly issueField?: InputField;
  /** A completed step relies on this result: changing it needs that step reopened. */
  readonly lockedBy?: string;
}

export interface StepState {
  readonly step: Step;
  readonly index: number;
  readonly status: StepStatus;
  readonly isCurrent: boolean;
  readonly canComplete: boolean;
  readonly canSkip: boolean;
  /** Requirements of this step that are not met yet. */
  readonly unmetRequirements: readonly string[];
}

export interface ApplicableEntry {
  readonly entry: TroubleshootingEntry;
  readonly reason: 'error-code' | 'limit' | 'requirement' | 'opened';
  /** The reported code that opened it (an unknown code is kept here). */
  readonly code?: string;
  readonly details?: string;
  readonly traceId?: string;
}

export interface MigrationSnapshot {
  readonly status: 'loading' | 'ready';
  readonly now: number;
  readonly profile: ProviderProfile;
  /** The engine's catalogue: what views search, list and label. */
  readonly knowledge: Knowledge;
  readonly scenarios: readonly Scenario[];
  readonly scenario: Scenario | null;
  readonly scenarioFixed: boolean;
  readonly currentStepId: string | null;
  readonly steps: readonly StepState[];
  readonly requirements: readonly RequirementResult[];
  readonly requirementsLeft: number;
  readonly progress: { readonly done: number; readonly total: number; readonly percent: number };
  readonly isComplete: boolean;
  readonly verificationCode: AttemptPolicyState & { readonly available: boolean };
  readonly registration: AttemptPolicyState;
  readonly troubleshooting: { readonly applicable: readonly ApplicableEntry[]; readonly openEntryId: string | null };
  readonly errors: readonly ReportedError[];
  readonly fields: Readonly<Partial<Record<InputField, string>>>;
  /** The phone number in E.164, when the phone field is valid. */
  readonly phoneNumberE164: string | null;
  /** The phone number was valid but is not stored on this device: ask for it again where it is needed. */
  readonly phoneNumberRemembered: boolean;
  /**
   * How the phone number is checked: `shape` (E.164 form only) until the full validator is given or has
   * loaded (`loadPhoneValidator`), then `full`, and the typed number is checked again.
   */
  readonly phoneValidation: PhoneValidation;
  readonly rejection: Rejection | null;
  readonly notice: Notice | null;
  readonly live: LiveView;
}
