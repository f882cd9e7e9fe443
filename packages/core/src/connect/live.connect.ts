import {
  CODE_METHODS,
  type CodeMethod,
  isPortalCode,
  type LiveCall,
  MAX_TRIES,
  NETWORK_ERROR_CODE,
  PORTAL_CODE_PREFIX,
} from '../engine/live';
import type { LiveView, MigrationSnapshot } from '../engine/types';
import { dataFlag, stepperAnatomy } from './anatomy';
import { durationText, textWithProfile } from './text';
import type { AnyEvent, ConnectEnv, PartProps, Send } from './types';
import { clockTime } from './verification-code.connect';

/** The parts of the snapshot this view model reads. */
export type LiveSnapshot = Pick<
  MigrationSnapshot,
  'profile' | 'live' | 'errors' | 'troubleshooting' | 'verificationCode' | 'now'
>;

const part = stepperAnatomy.attrs;

/** `request_code`'s `language` from the guide's: `ja` → `ja_JP`, `en-US` → `en_US` (M23). */
export function metaLanguage(language: string): string {
  const [lang = 'en', region] = language.split(/[-_]/u);
  const regions: Readonly<Record<string, string>> = { ja: 'JP', en: 'US' };
  const country = region?.toUpperCase() ?? regions[lang.toLowerCase()];
  return country && /^[A-Z]{2}$/u.test(country) ? `${lang.toLowerCase()}_${country}` : lang.toLowerCase();
}

export interface LiveApi {
  readonly enabled: boolean;
  readonly phase: LiveView['phase'];
  readonly busy: boolean;
  /** The call on its way, if any. */
  readonly pendingCall: LiveCall | null;
  /** The method the radio group shows: the one chosen before, else the one the number suggests, else SMS. */
  readonly method: CodeMethod;
  readonly methods: readonly CodeMethod[];
  /** The last call that failed and what Meta said, while it is the latest word. */
  readonly failure: { readonly call: LiveCall; readonly code: string; readonly entryId: string | null } | null;
  readonly texts: {
    readonly heading: string;
    readonly intro: string;
    /** What the current sub-step does, in one sentence. */
    readonly phase: string;
    readonly start: string;
    readonly numberLabel: string;
    readonly methodLegend: string;
    method(method: CodeMethod): string;
    readonly request: string;
    readonly codeLabel: string;
    readonly codeHint: string;
    readonly verify: string;
    readonly register: string;
    readonly status: string;
    readonly confirmYes: string;
    readonly confirmNo: string;
    /** After "no, it is not our name"; null otherwise. */
    readonly nameWrong: string | null;
    /** The code policy is used up: when a request is possible again ("15:40ごろ（あと8時間）"); else null. */
    readonly requestBlocked: string | null;
    /** Meta answered but the number is not connected yet; null otherwise. */
    readonly notConnected: string | null;
    /** What the live region says now: a call on its way, a retry, a failure; empty when nothing happens. */
    readonly announcement: string;
    readonly openEntry: string;
  };
  /** `phoneNumber`: typed in the live box when the guide does not hold the number (phase `number`). */
  start(phoneNumber?: string): void;
  request(method: CodeMethod): void;
  /** The code goes to the engine, which hands it to the backend and keeps it nowhere. */
  verify(code: string): void;
  register(): void;
  checkStatus(): void;
  confirmName(confirmed: boolean): void;
  openEntry(): void;
  getRootProps(labelledBy: string): PartProps;
  getAnnouncerProps(): PartProps;
  /** The one-time-code field: the browser and phones offer the code that arrived by SMS. */
  getCodeInputProps(ids: { readonly id: string; readonly describedBy: string }): PartProps;
  /** The button that sends `call`; the code request sends `method` (default: `method` above). */
  getTriggerProps(
    call: LiveCall | 'confirm-yes' | 'confirm-no',
    options?: { readonly method?: CodeMethod | undefined },
  ): PartProps;
}

/** Meta's refusal, the portal server's own (nothing reached Meta), or no answer at all. */
function failureText(t: ReturnType<typeof textWithProfile>, code: string): string {
  if (code === NETWORK_ERROR_CODE) return t('ui.live.unanswered');
  if (isPortalCode(code)) return t('ui.live.refused', { code: code.slice(PORTAL_CODE_PREFIX.length) });
  return t('ui.live.failed', { code });
}

/**
 * Live mode's view model: one sentence for the sub-step, the button that sends its call, the one-time-code
 * field, and a polite announcement of each call on its way, retried or failed.
 */
export function connectLive(snapshot: LiveSnapshot, send: Send, env: ConnectEnv): LiveApi {
  const t = textWithProfile(snapshot, env);
  const { live } = snapshot;
  const pendingCall = (Object.keys(live.calls) as LiveCall[]).find((c) => live.calls[c].status === 'pending') ?? null;
  const method = live.method ?? live.suggestedMethod ?? 'SMS';
  const failedCall = (Object.keys(live.calls) as LiveCall[])
    .filter((c) => live.calls[c].status === 'failed')
    .sort((a, b) => live.calls[b].at - live.calls[a].at)[0];
  const failed = failedCall === undefined ? undefined : live.calls[failedCall];
  const entryFor = (code: string) => snapshot.troubleshooting.applicable.find((a) => a.code === code)?.entry.id ?? null;
  const failure =
    failedCall && failed?.errorCode && !pendingCall
      ? { call: failedCall, code: failed.errorCode, entryId: entryFor(failed.errorCode) }
      : null;
  const pending = pendingCall ? live.calls[pendingCall] : undefined;
  const announcement = pendingCall
    ? (pending?.tries ?? 1) > 1
      ? t('ui.live.retrying', { tries: pending?.tries ?? 1, max: MAX_TRIES })
      : t(`ui.live.pending.${pendingCall}`)
    : failure
      ? failureText(t, failure.code)
      : '';
  const connected = live.phase === 'confirm-name' || live.phase === 'done';
  const { verificationCode: code, now } = snapshot;
  const blockedUntil =
    code.remaining === 0 && code.nextAllowedAt !== null && code.nextAllowedAt > now ? code.nextAllowedAt : null;
  const requestBlocked =
    blockedUntil === null
      ? null
      : t('policy.verificationCode.blocked', {
          duration: durationText(t, blockedUntil - now),
          time: clockTime(blockedUntil, now, env.language ?? env.locale),
        });
  const statusChecked = live.calls.status.status === 'succeeded';
  const language = metaLanguage(env.language ?? env.locale);
  const busyProps = (call: LiveCall) => ({
    // Refused by the engine anyway; said beforehand so the button does not invite a press.
    'aria-disabled': live.busy || (call === 'request-code' && blockedUntil !== null) ? true : undefined,
    'aria-busy': pendingCall === call ? true : undefined,
    'data-state': live.calls[call].status,
  });
  const actions: Record<LiveCall | 'confirm-yes' | 'confirm-no', () => void> = {
    start: () => send({ type: 'LIVE_START' }),
    'request-code': () => send({ type: 'LIVE_REQUEST_CODE', method, language }),
    'verify-code': () => undefined,
    register: () => send({ type: 'LIVE_REGISTER' }),
    status: () => send({ type: 'LIVE_CHECK_STATUS' }),
    'confirm-yes': () => send({ type: 'LIVE_CONFIRM_NAME', confirmed: true }),
    'confirm-no': () => send({ type: 'LIVE_CONFIRM_NAME', confirmed: false }),
  };
  const labels = {
    start: 'live-start-trigger',
    'request-code': 'live-request-trigger',
    'verify-code': 'live-verify-trigger',
    register: 'live-register-trigger',
    status: 'live-status-trigger',
    'confirm-yes': 'live-confirm-yes',
    'confirm-no': 'live-confirm-no',
  } as const;
  return {
    enabled: live.enabled,
    phase: live.phase,
    busy: live.busy,
    pendingCall,
    method,
    methods: CODE_METHODS,
    failure,
    texts: {
      heading: t('ui.live.heading'),
      intro: t('ui.live.intro'),
      phase: t(`ui.live.phase.${live.phase}`, { name: live.verifiedName ?? '' }),
      start: t('ui.live.start'),
      numberLabel: t('ui.live.numberLabel'),
      methodLegend: t('ui.live.method.legend'),
      method: (m) =>
        m === live.suggestedMethod
          ? `${t(`ui.live.method.${m}`)} ${t('ui.live.method.suggested')}`
          : t(`ui.live.method.${m}`),
      // Once a code was asked for, the same button asks for a new one.
      request: t(live.phase === 'verify-code' ? 'ui.live.requestAgain' : 'ui.live.request'),
      codeLabel: t('ui.live.codeLabel'),
      codeHint: t('ui.live.codeHint'),
      verify: t('ui.live.verify'),
      register: t('ui.live.register'),
      status: t('ui.live.status'),
      confirmYes: t('ui.live.confirmYes'),
      confirmNo: t('ui.live.confirmNo'),
      nameWrong: live.nameConfirmed === false ? t('ui.live.nameWrong') : null,
      requestBlocked,
      notConnected:
        live.phase === 'status' && statusChecked && !connected
          ? t('ui.live.notConnected', { status: live.numberStatus ?? '' })
          : null,
      announcement,
      openEntry: t('ui.live.openEntry'),
    },
    start: (phoneNumber) =>
      send(phoneNumber === undefined ? { type: 'LIVE_START' } : { type: 'LIVE_START', phoneNumber }),
    request: (m) => send({ type: 'LIVE_REQUEST_CODE', method: m, language }),
    verify: (code) => send({ type: 'LIVE_VERIFY_CODE', code }),
    register: actions.register,
    checkStatus: actions.status,
    confirmName: (confirmed) => send({ type: 'LIVE_CONFIRM_NAME', confirmed }),
    openEntry: () => {
      if (failure?.entryId) send({ type: 'OPEN_TROUBLESHOOTING', entryId: failure.entryId });
    },
    getRootProps: (labelledBy) => ({
      role: 'group',
      'aria-labelledby': labelledBy,
      'aria-busy': live.busy ? true : undefined,
      ...part('live'),
      'data-phase': live.phase,
      'data-busy': dataFlag(live.busy),
    }),
    getAnnouncerProps: () => ({ role: 'status', 'aria-live': 'polite', ...part('live-status') }),
    getCodeInputProps: ({ id, describedBy }) => ({
      id,
      name: 'verificationCode',
      type: 'text',
      autoComplete: 'one-time-code',
      inputMode: 'numeric',
      // Room for "123 456" or full-width digits; the engine reads the six digits.
      maxLength: 16,
      spellCheck: false,
      'aria-describedby': describedBy,
      ...part('live-code-input'),
    }),
    getTriggerProps: (call, options = {}) => ({
      type: 'button',
      ...(call === 'confirm-yes' || call === 'confirm-no' ? {} : busyProps(call)),
      ...part(labels[call]),
      onClick: (event?: AnyEvent) => {
        if (event?.defaultPrevented === true || live.busy) return;
        if (call === 'request-code') send({ type: 'LIVE_REQUEST_CODE', method: options.method ?? method, language });
        else actions[call]();
      },
    }),
  };
}
