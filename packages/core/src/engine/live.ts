/**
 * Live mode: the guide performs the programmatic migration through the portal's backend (DOMAIN.md §1.2,
 * §8.4). The engine keeps what each call did; the store makes the calls (`createMigration`'s `hostActions`).
 * Never held here: the verification code, the two-step PIN, a token.
 */

/** Meta's calls in the order they run (M1, M22–M25). */
export const LIVE_CALLS = ['start', 'request-code', 'verify-code', 'register', 'status'] as const;
export type LiveCall = (typeof LIVE_CALLS)[number];

export const LIVE_CALL_STATUSES = ['idle', 'pending', 'succeeded', 'failed'] as const;
export type LiveCallStatus = (typeof LIVE_CALL_STATUSES)[number];

/** `request_code`'s `code_method` (M23). */
export const CODE_METHODS = ['SMS', 'VOICE'] as const;
export type CodeMethod = (typeof CODE_METHODS)[number];

/**
 * Answers worth trying again after a pause: a lost connection, "something went wrong" (131000, M25), a
 * temporary error (133004), and the rate limits 4 and 80007 (§8.4). Every other failure waits for the person.
 */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set(['network', '131000', '133004', '4', '80007']);

/** Tries of one call in a row, the first included, before a transient failure is reported. */
export const MAX_TRIES = 3;

/** The pause before try n+1 (n = 1, 2, …): 1 s, 2 s, 4 s. */
export const retryDelayMs = (tries: number): number => 1000 * 2 ** (tries - 1);

/** The code given to a failure that came with no Meta body: the network, a timeout, a crashed backend. */
export const NETWORK_ERROR_CODE = 'network';

/** Before the code of a refusal by the portal's own server (`@wamigrate/server`): `portal:not-owner`. */
export const PORTAL_CODE_PREFIX = 'portal:';

/**
 * The refusals of `@wamigrate/server` (its `wamigrate_code`), each made before Meta was called. Only these
 * are read as `portal:<code>`: any other text a body carries could be anything, even what a person typed.
 */
export const PORTAL_REFUSAL_CODES = [
  'bad-request',
  'code-malformed',
  'unauthorized',
  'forbidden',
  'not-started',
  'not-owner',
  'already-in-account',
  'cross-origin',
  'not-found',
  'method-not-allowed',
  'too-large',
  'code-limit-reached',
  'registration-limit-reached',
  'start-limit-reached',
  'store-unavailable',
  'internal',
] as const;
export type PortalRefusalCode = (typeof PORTAL_REFUSAL_CODES)[number];

/** `portal:<one of PORTAL_REFUSAL_CODES>`, and nothing else that merely starts so. */
export const isPortalCode = (code: string): boolean =>
  code.startsWith(PORTAL_CODE_PREFIX) &&
  (PORTAL_REFUSAL_CODES as readonly string[]).includes(code.slice(PORTAL_CODE_PREFIX.length));

export interface LiveCallState {
  readonly status: LiveCallStatus;
  readonly at: number;
  /** The code of the last failure (`parseGraphError`), kept while the call is failed or being retried. */
  readonly errorCode?: string;
  /** Calls sent in the current run of tries. */
  readonly tries: number;
}

/** What `getStatus` reports (`GET /{id}?fields=status,code_verification_status,name_status,verified_name`). */
export interface LiveNumberStatus {
  readonly status: string;
  readonly codeVerificationStatus?: string;
  readonly nameStatus?: string;
  /** The display name Meta holds for the number: the person confirms it is the one they expect. */
  readonly verifiedName?: string;
}

export interface LiveState {
  /** Meta's id for the number in the destination WABA, from `startMigration`; stored, unlike the number. */
  readonly phoneNumberId: string | null;
  readonly method: CodeMethod | null;
  /** `request_code`'s `language` (`ja_JP`), as the view gave it with the method. */
  readonly language: string | null;
  readonly calls: Readonly<Partial<Record<LiveCall, LiveCallState>>>;
  readonly number: LiveNumberStatus | null;
  /** The person's answer to "is this your display name?"; null until asked. */
  readonly nameConfirmed: boolean | null;
}

export const INITIAL_LIVE: LiveState = {
  phoneNumberId: null,
  method: null,
  language: null,
  calls: {},
  number: null,
  nameConfirmed: null,
};

/**
 * Where the person is in the live sub-steps: enter the number, start, request the code, enter it, register,
 * check the status, confirm the display name Meta holds, done.
 */
export const LIVE_PHASES = [
  'number',
  'start',
  'request-code',
  'verify-code',
  'register',
  'status',
  'confirm-name',
  'done',
] as const;
export type LivePhase = (typeof LIVE_PHASES)[number];

const succeeded = (live: LiveState, call: LiveCall) => live.calls[call]?.status === 'succeeded';

/** Meta reports a registered, working number as CONNECTED (§8.4, step 6). */
export const isConnected = (live: LiveState) => live.number?.status.toUpperCase() === 'CONNECTED';

export function livePhase(live: LiveState, phoneReady: boolean): LivePhase {
  if (live.phoneNumberId === null) return phoneReady ? 'start' : 'number';
  if (succeeded(live, 'register')) {
    if (!isConnected(live)) return 'status';
    return live.nameConfirmed === true ? 'done' : 'confirm-name';
  }
  if (succeeded(live, 'verify-code')) return 'register';
  if (succeeded(live, 'request-code')) return 'verify-code';
  return 'request-code';
}

/** The call a phase sends, if it sends one. */
export const CALL_OF_PHASE: Readonly<Partial<Record<LivePhase, LiveCall>>> = {
  start: 'start',
  'request-code': 'request-code',
  'verify-code': 'verify-code',
  register: 'register',
  status: 'status',
};

/**
 * The six digits of a code as people type or paste it: full-width digits, spaces and dashes are accepted
 * ("１２３ ４５６", "123-456"); anything else is not a code.
 */
export function normaliseCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const digits = input
    .replace(/[\uFF10-\uFF19]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-\u2010-\u2015\u2212\u30FC\uFF0D]/gu, '');
  return /^\d{6}$/u.test(digits) ? digits : null;
}

/** `request_code`'s `language`, e.g. `ja_JP` (M23): letters, an optional region. */
export const isCodeLanguage = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z]{2,3}(?:_[A-Z]{2})?$/u.test(value);

/** Meta's ids are digits; anything else from a backend or from storage is not one. */
export const isPhoneNumberId = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{1,32}$/u.test(value);
