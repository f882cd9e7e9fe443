import type { MigrationSnapshot } from '../engine/types';
import { dataFlag, stepperAnatomy } from './anatomy';
import { durationText, textWithProfile } from './text';
import type { AnyEvent, ConnectEnv, PartProps, Send } from './types';

/** The parts of the snapshot this view model reads: a view re-renders only when one of them changes. */
export type VerificationCodeSnapshot = Pick<MigrationSnapshot, 'profile' | 'verificationCode' | 'now'>;

const part = stepperAnatomy.attrs;

export interface VerificationCodeApi {
  /** A step that sends the code is open: requests count from here on. */
  readonly available: boolean;
  readonly remaining: number;
  readonly limit: number;
  /** When the next request is allowed, while the limit is reached; else null. */
  readonly blockedUntil: number | null;
  /** Whether the cool-down still runs at `now` (the view's clock, read more often than the engine's). */
  isBlocked(now: number): boolean;
  /** "3 requests left", or how long the cool-down still lasts at `now`. */
  remainingText(now: number): string;
  readonly texts: {
    readonly heading: string;
    readonly advice: string;
    readonly request: string;
    /** What the button records and when to press it. */
    readonly explain: string;
    readonly waitOver: string;
  };
  /**
   * The view's clock has passed the cool-down but the engine's snapshot (as old as its last event) has not:
   * the view then calls `tick()` so the engine sees the time.
   */
  isWaitOver(now: number): boolean;
  request(): void;
  /** Lets the engine read its clock (a `TICK`). */
  tick(): void;
  getRootProps(now: number, labelledBy: string): PartProps;
  getRemainingProps(now: number): PartProps;
  /** `describedBy`: the id of the explanation, when the view renders it (`getExplainProps`). */
  getRequestTriggerProps(now: number, options?: { readonly describedBy?: string | undefined }): PartProps;
  getHeadingProps(id: string): PartProps;
  getAdviceProps(): PartProps;
  getExplainProps(): PartProps;
  getAnnouncerProps(): PartProps;
}

/**
 * The clock time a wait ends, in the viewer's time zone and the guide's language: "15:40", with the date
 * when it is not today. An unknown language falls back to English rather than throwing.
 */
export function clockTime(at: number, now: number, language: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return clockFormat(language, sameDay).format(at);
}

/** One formatter per language and form, built once: a new Intl.DateTimeFormat per render is costly. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();
function clockFormat(language: string, timeOnly: boolean): Intl.DateTimeFormat {
  const key = `${timeOnly ? 'time' : 'date'} ${language}`;
  let format = clockFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = timeOnly
      ? { hour: 'numeric', minute: '2-digit' }
      : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
    try {
      format = new Intl.DateTimeFormat(language, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    if (clockFormats.size >= 64) clockFormats.clear();
    clockFormats.set(key, format);
  }
  return format;
}

/** The code-request policy as the user meets it: requests left, the cool-down, and "I requested a code". */
export function connectVerificationCode(
  snapshot: VerificationCodeSnapshot,
  send: Send,
  env: ConnectEnv,
): VerificationCodeApi {
  const t = textWithProfile(snapshot, env);
  const code = snapshot.verificationCode;
  const blockedUntil = code.remaining === 0 ? (code.nextAllowedAt ?? null) : null;
  // The engine never lets time run backwards; neither does the countdown.
  const isBlocked = (now: number) => blockedUntil !== null && Math.max(now, snapshot.now) < blockedUntil;
  // After the advised number of requests the guide says when, not that the user asked too often.
  const remainingText = (now: number) => {
    if (!isBlocked(now) || blockedUntil === null)
      return t('policy.verificationCode.remaining', { count: code.remaining });
    const from = Math.max(now, snapshot.now);
    return t('policy.verificationCode.blocked', {
      duration: durationText(t, blockedUntil - from),
      time: clockTime(blockedUntil, from, env.language ?? env.locale),
    });
  };
  const explainId = `${env.id}-code-explain`;
  const state = (now: number) => (isBlocked(now) ? 'blocked' : 'available');
  const request = () => send({ type: 'REQUEST_CODE' });
  return {
    available: code.available,
    remaining: code.remaining,
    limit: code.limit,
    blockedUntil,
    isBlocked,
    remainingText,
    texts: {
      heading: t('ui.stepper.code.heading'),
      advice: t('policy.verificationCode.advice'),
      request: t('ui.stepper.code.request'),
      explain: t('ui.stepper.code.explain'),
      waitOver: t('ui.stepper.code.waitOver'),
    },
    isWaitOver: (now) => blockedUntil !== null && !isBlocked(now),
    request,
    tick: () => send({ type: 'TICK' }),
    getRootProps: (now, labelledBy) => ({
      role: 'group',
      'aria-labelledby': labelledBy,
      ...part('verification-code'),
      'data-state': state(now),
      'data-disabled': dataFlag(!code.available),
    }),
    // Focusable while blocked: where focus goes when the button it sat on is disabled.
    getRemainingProps: (now) => ({
      ...part('code-remaining'),
      'data-state': state(now),
      tabIndex: isBlocked(now) ? -1 : undefined,
    }),
    getRequestTriggerProps: (now, { describedBy } = {}) => ({
      type: 'button',
      disabled: isBlocked(now) || !code.available,
      'aria-describedby': describedBy,
      ...part('request-code-trigger'),
      onClick: (event?: AnyEvent) => {
        if (event?.defaultPrevented !== true) request();
      },
    }),
    getHeadingProps: (id) => ({ id, ...part('code-heading') }),
    getAdviceProps: () => part('code-advice'),
    getExplainProps: () => ({ id: explainId, ...part('code-explain') }),
    getAnnouncerProps: () => part('code-announcer'),
  };
}
