import { isPortalCode, LIVE_CALLS, type LiveCall, type LiveCallStatus } from './live';
import type {
  MigrationCommand,
  MigrationSnapshot,
  NoticeReason,
  Rejection,
  RejectionReason,
  RequirementStatus,
} from './types';

/**
 * Events for the host's analytics, named for good: hosts build dashboards on them. None carries a phone
 * number, a display name, a Business Manager ID, a verification code or a PIN: only ids, statuses,
 * counts, times and Meta error codes.
 */
export type MigrationAnalyticsEvent = {
  readonly at: number;
  /** The same for every event of one engine (one visit of the guide): `MigrationOptions.sessionId` or random. */
  readonly sessionId: string;
} & (
  | { readonly type: 'scenario-select'; readonly scenarioId: string }
  | {
      readonly type: 'step-change';
      readonly scenarioId: string;
      readonly stepId: string | null;
      readonly previousStepId: string | null;
    }
  | {
      readonly type: 'step-complete' | 'step-skip' | 'step-reopen';
      readonly scenarioId: string;
      readonly stepId: string;
    }
  | {
      readonly type: 'requirement-change';
      readonly scenarioId: string;
      readonly requirementId: string;
      readonly status: RequirementStatus;
    }
  | { readonly type: 'code-request'; readonly remaining: number; readonly nextAllowedAt: number | null }
  | { readonly type: 'registration-attempt'; readonly remaining: number; readonly nextAllowedAt: number | null }
  | { readonly type: 'error-report'; readonly code: string; readonly entryId: string | null }
  | { readonly type: 'troubleshooting-open'; readonly entryId: string }
  | { readonly type: 'guard-reject'; readonly eventType: Rejection['eventType']; readonly reason: RejectionReason }
  | { readonly type: 'migration-complete'; readonly scenarioId: string }
  | { readonly type: 'migration-reset' }
  | { readonly type: 'storage-error'; readonly reason: NoticeReason }
  /**
   * Live mode: a backend call changed state. `code` is Meta's error code of a failure (`network` for a lost
   * connection); never the verification code, the number or its id.
   */
  | {
      readonly type: 'live-call';
      readonly call: LiveCall;
      readonly status: LiveCallStatus;
      readonly tries: number;
      readonly code?: string;
    }
);

export type MigrationAnalyticsEventType = MigrationAnalyticsEvent['type'];

/** An event as the engine describes it, before the session id is added. */
export type MigrationEventBody = MigrationAnalyticsEvent extends infer E
  ? E extends MigrationAnalyticsEvent
    ? Omit<E, 'sessionId'>
    : never
  : never;

/**
 * What went wrong that a host may want to know of at once (`onError`): progress that could not be read or
 * kept, a host check that failed, a backend call of live mode that failed. Nothing secret is in it.
 */
export type MigrationError =
  | { readonly kind: 'storage'; readonly reason: NoticeReason }
  | { readonly kind: 'host-check'; readonly requirementId: string }
  | { readonly kind: 'host-action'; readonly call: LiveCall; readonly code: string }
  /** An option from plain JavaScript or JSON that was not what it should be; the guide used a default. */
  | { readonly kind: 'props'; readonly problem: string };

/** The error an event tells of, if it tells of one. */
export function errorOf(event: MigrationEventBody): MigrationError | null {
  if (event.type === 'storage-error') return { kind: 'storage', reason: event.reason };
  if (event.type === 'requirement-change' && event.status === 'error') {
    return { kind: 'host-check', requirementId: event.requirementId };
  }
  if (event.type === 'live-call' && event.status === 'failed') {
    return { kind: 'host-action', call: event.call, code: event.code ?? 'network' };
  }
  return null;
}

/** Every event name, for hosts that map them (the custom element prefixes them with `wamigrate:`). */
export const MIGRATION_EVENT_TYPES: readonly MigrationAnalyticsEventType[] = [
  'scenario-select',
  'step-change',
  'step-complete',
  'step-skip',
  'step-reopen',
  'requirement-change',
  'code-request',
  'registration-attempt',
  'error-report',
  'troubleshooting-open',
  'guard-reject',
  'migration-complete',
  'migration-reset',
  'storage-error',
  'live-call',
];

/** The analytics events one accepted or rejected event produced, read from the snapshots around it. */
export function describeChange(
  event: MigrationCommand,
  before: MigrationSnapshot,
  after: MigrationSnapshot,
): MigrationEventBody[] {
  const at = after.now;
  const out: MigrationEventBody[] = [];
  if (after.rejection !== null && after.rejection !== before.rejection) {
    return [{ type: 'guard-reject', at, eventType: after.rejection.eventType, reason: after.rejection.reason }];
  }
  const scenarioId = after.scenario?.id;
  if (event.type === 'RESET') out.push({ type: 'migration-reset', at });
  if (scenarioId !== undefined && scenarioId !== before.scenario?.id)
    out.push({ type: 'scenario-select', at, scenarioId });
  if (scenarioId === undefined) return out;

  for (const step of after.steps) {
    const previous = before.steps.find((s) => s.step.id === step.step.id)?.status;
    const wasDone = previous === 'complete' || previous === 'skipped';
    if (step.status === 'complete' && !wasDone)
      out.push({ type: 'step-complete', at, scenarioId, stepId: step.step.id });
    if (step.status === 'skipped' && !wasDone) out.push({ type: 'step-skip', at, scenarioId, stepId: step.step.id });
  }
  if (event.type === 'REOPEN_STEP') out.push({ type: 'step-reopen', at, scenarioId, stepId: event.stepId });
  if (after.currentStepId !== before.currentStepId || scenarioId !== before.scenario?.id) {
    out.push({
      type: 'step-change',
      at,
      scenarioId,
      stepId: after.currentStepId,
      previousStepId: before.currentStepId,
    });
  }
  for (const result of after.requirements) {
    const previous = before.requirements.find((r) => r.requirement.id === result.requirement.id)?.status;
    if (previous !== undefined && previous !== result.status) {
      out.push({
        type: 'requirement-change',
        at,
        scenarioId,
        requirementId: result.requirement.id,
        status: result.status,
      });
    }
  }
  if (event.type === 'REQUEST_CODE') {
    const { remaining, nextAllowedAt } = after.verificationCode;
    out.push({ type: 'code-request', at, remaining, nextAllowedAt });
  }
  if (event.type === 'RECORD_REGISTRATION') {
    const { remaining, nextAllowedAt } = after.registration;
    out.push({ type: 'registration-attempt', at, remaining, nextAllowedAt });
  }
  if (event.type === 'REPORT_ERROR') {
    const latest = after.errors[after.errors.length - 1];
    if (latest)
      out.push({
        type: 'error-report',
        at,
        code: analyticsCode(latest.code),
        entryId: after.troubleshooting.openEntryId,
      });
  }
  const opened = after.troubleshooting.openEntryId;
  if (opened !== null && opened !== before.troubleshooting.openEntryId)
    out.push({ type: 'troubleshooting-open', at, entryId: opened });
  for (const call of LIVE_CALLS) {
    const now = after.live.calls[call];
    const then = before.live.calls[call];
    if (now.status === then.status && now.tries === then.tries) continue;
    const failure = now.status === 'failed' && now.errorCode !== undefined;
    out.push({
      type: 'live-call',
      at,
      call,
      status: now.status,
      tries: now.tries,
      ...(failure ? { code: now.errorCode === 'network' ? 'network' : analyticsCode(now.errorCode as string) } : {}),
    });
  }
  if (after.isComplete && !before.isComplete) out.push({ type: 'migration-complete', at, scenarioId });
  return out;
}

/**
 * Meta's codes have at most seven digits. Anything else a host reported as a "code" might be text the user
 * typed (even a phone number), so analytics only ever see `other` for it.
 */
function analyticsCode(code: string): string {
  // Meta's codes and the portal server's own (only those parseGraphError knows) are not secrets.
  return /^\d{1,7}$/u.test(code) || isPortalCode(code) ? code : 'other';
}
