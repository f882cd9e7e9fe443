import { pruneAttempts } from '../rules/attempt-policy';
import { findScenario, resolveCurrentStep } from './evaluate';
import { restoreState } from './persistence';
import type { EngineConfig, MigrationState } from './types';

/**
 * Progress shared by the tabs of one browser through one storage key. Attempts (code requests,
 * registrations) belong to the phone number, so they are merged, never overwritten: each tab's are kept.
 * The rest of another tab's progress is newer than ours when it arrives, and is taken as it is.
 */
type Attempts = MigrationState['attempts'];

/**
 * Both lists of attempts as one, as the policies keep them: an attempt in both lists is one attempt, and
 * attempts one tab made in the same millisecond stay as many as they were (a union of multisets).
 */
function union(a: readonly number[], b: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  const theirs = new Map<number, number>();
  for (const t of b) theirs.set(t, (theirs.get(t) ?? 0) + 1);
  for (const [t, n] of theirs) counts.set(t, Math.max(n, counts.get(t) ?? 0));
  return [...counts].flatMap(([t, n]) => Array.from({ length: n }, () => t));
}

export function unionAttempts(config: EngineConfig, ours: Attempts, theirs: Attempts, now: number): Attempts {
  const merge = (a: readonly number[], b: readonly number[], policy: EngineConfig['profile']['registrationPolicy']) =>
    pruneAttempts(policy, union(a, b), now);
  return {
    verificationCode: merge(ours.verificationCode, theirs.verificationCode, config.profile.verificationCodePolicy),
    registration: merge(ours.registration, theirs.registration, config.profile.registrationPolicy),
  };
}

const sameTimes = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/** Ours with the attempts a stored record holds folded in (whatever else it holds); the same state if none are new. */
export function withStoredAttempts(
  config: EngineConfig,
  ours: MigrationState,
  raw: string | null,
  now: number,
): MigrationState {
  if (raw === null) return ours;
  const restored = restoreState(config, raw, now);
  const theirs = restored.ok ? restored.state.attempts : restored.salvaged?.attempts;
  if (!theirs) return ours;
  const attempts = unionAttempts(config, ours.attempts, theirs, now);
  const same =
    sameTimes(attempts.verificationCode, ours.attempts.verificationCode) &&
    sameTimes(attempts.registration, ours.attempts.registration);
  return same ? ours : { ...ours, attempts };
}

/** Whether our attempts hold one that a stored record lacks: then it is written back, once. */
export function addsAttemptsTo(config: EngineConfig, ours: Attempts, raw: string, now: number): boolean {
  const restored = restoreState(config, raw, now);
  const theirs = restored.ok ? restored.state.attempts : restored.salvaged?.attempts;
  if (!theirs) return ours.verificationCode.length + ours.registration.length > 0;
  const merged = unionAttempts(config, ours, theirs, now);
  const kept = unionAttempts(config, theirs, { verificationCode: [], registration: [] }, now);
  return (
    merged.verificationCode.length > kept.verificationCode.length ||
    merged.registration.length > kept.registration.length
  );
}

/**
 * Another tab's saved progress folded into ours: its steps, answers, path and live progress, with the
 * attempts of both, the fields only we hold (the phone number when it is not stored), our own notice, the
 * step we are looking at when it is still there, and our live calls while one of them is on its way.
 */
export function foldProgress(config: EngineConfig, ours: MigrationState, raw: string, now: number): MigrationState {
  const restored = restoreState(config, raw, now);
  if (!restored.ok) return withStoredAttempts(config, ours, raw, now);
  const theirs = restored.state;
  const ourCallPending = Object.values(ours.live.calls).some((call) => call?.status === 'pending');
  const next: MigrationState = {
    ...theirs,
    attempts: unionAttempts(config, ours.attempts, theirs.attempts, now),
    fields: { ...ours.fields, ...theirs.fields },
    hostChecks: { ...ours.hostChecks, ...theirs.hostChecks },
    live: ourCallPending ? ours.live : theirs.live,
    notice: ours.notice,
    rejection: null,
    lastSeenAt: ours.lastSeenAt,
  };
  const scenario = findScenario(config, next.scenarioId);
  return { ...next, currentStepId: scenario ? resolveCurrentStep(scenario, next, ours.currentStepId) : null };
}
