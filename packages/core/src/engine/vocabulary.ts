/**
 * The engine's closed sets of words, each declared once as a list: types derive from the lists, and the
 * tests, catalogues and views iterate them, so a new word cannot be forgotten anywhere.
 */

/** The commands `migration.send()` takes. */
export const COMMAND_TYPES = [
  'SELECT_SCENARIO',
  'RESET',
  'ATTEST',
  'SET_FIELD',
  'HOST_CHECK_STARTED',
  'HOST_CHECK_RESULT',
  'GO_TO_STEP',
  'COMPLETE_STEP',
  'SKIP_STEP',
  'REOPEN_STEP',
  'REQUEST_CODE',
  'RECORD_REGISTRATION',
  'REPORT_ERROR',
  'DISMISS_ERROR',
  'OPEN_TROUBLESHOOTING',
  'DISMISS_NOTICE',
  'TICK',
  'LIVE_START',
  'LIVE_REQUEST_CODE',
  'LIVE_VERIFY_CODE',
  'LIVE_REGISTER',
  'LIVE_CHECK_STATUS',
  'LIVE_CONFIRM_NAME',
  'LIVE_RESULT',
  'LIVE_RETRY',
] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** Why the engine refused a command; each has a `rejection.<reason>` text. */
export const REJECTION_REASONS = [
  'no-scenario',
  'scenario-fixed',
  'unknown-scenario',
  'unknown-step',
  'unknown-requirement',
  'unknown-entry',
  'unknown-field',
  'unknown-event',
  'host-only',
  'step-locked',
  'step-done',
  'step-not-done',
  'requirements-unmet',
  'confirmation-required',
  'not-optional',
  'requirement-locked',
  'no-code-step',
  'limit-reached',
  'live-off',
  'live-out-of-order',
  'live-pending',
  'number-not-split',
  'code-malformed',
  'unknown-method',
  'live-not-done',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** `phone-rechecked`: the full phone validator, fetched after the guide opened, refused a number a step was completed on. */
export const NOTICE_KINDS = ['storage-reset', 'storage-adjusted', 'storage-write-failed', 'phone-rechecked'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Why progress could not be used as it was. `inconsistent`: it claimed steps its answers do not justify
 * (saved progress, another tab's, or a number the full phone validator then refused); those were reopened.
 */
export const NOTICE_REASONS = [
  'unreadable',
  'invalid',
  'unsupported-version',
  'foreign',
  'storage-failed',
  'inconsistent',
  'clock-ahead',
] as const;
export type NoticeReason = (typeof NOTICE_REASONS)[number];

/** The notices the engine raises, as kind and reason: each has a `notice.<kind>.<reason>` text. */
export const NOTICES: readonly { readonly kind: NoticeKind; readonly reason: NoticeReason }[] = [
  { kind: 'storage-reset', reason: 'unreadable' },
  { kind: 'storage-reset', reason: 'invalid' },
  { kind: 'storage-reset', reason: 'unsupported-version' },
  { kind: 'storage-reset', reason: 'foreign' },
  { kind: 'storage-reset', reason: 'storage-failed' },
  { kind: 'storage-adjusted', reason: 'inconsistent' },
  { kind: 'storage-adjusted', reason: 'invalid' },
  { kind: 'storage-adjusted', reason: 'clock-ahead' },
  { kind: 'storage-write-failed', reason: 'storage-failed' },
  { kind: 'phone-rechecked', reason: 'inconsistent' },
];

export const STEP_STATUSES = ['locked', 'available', 'current', 'complete', 'blocked', 'error', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const REQUIREMENT_STATUSES = ['met', 'unmet', 'failed', 'checking', 'error'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const HOST_CHECK_STATUSES = ['checking', 'met', 'unmet', 'error'] as const;
export type HostCheckStatus = (typeof HOST_CHECK_STATUSES)[number];
