import { initialState, isCommandType, runCommand } from './commands';
import type { EngineConfig, MigrationCommand, MigrationState, Rejection, RejectionReason } from './types';

export { initialState };

/**
 * The engine: a pure function of state, event and time. Every guard lives here, so no sequence of events,
 * from any component or host, can complete or skip a step whose prerequisites or requirements are unmet.
 */
export function createTransition(config: EngineConfig) {
  const apply = createApply(config);
  return function transition(previous: MigrationState, event: MigrationCommand, now: number): MigrationState {
    const at = effectiveNow(now, previous.lastSeenAt);
    // Untyped callers (a custom element, a script) may send anything; nothing they send may throw.
    const wellFormed = typeof event === 'object' && event !== null && typeof event.type === 'string';
    let next: MigrationState;
    try {
      next = wellFormed ? apply(previous, event, at) : rejectAt(previous, 'unknown', 'unknown-event', at);
    } catch {
      next = rejectAt(previous, 'unknown', 'unknown-event', at);
    }
    // An event that changed nothing returns the same object, so stores skip saving and re-rendering.
    return shallowEqual(previous, next) ? previous : next;
  };
}

/**
 * Time as the engine sees it: the clock, or the last moment it saw when the clock returns something that is
 * not a time. It follows a clock set back (attempts then in the future count as made now, see
 * `evaluateAttempts`), so a clock that was far ahead cannot hold the guide there.
 */
export function effectiveNow(now: number, lastSeenAt: number): number {
  return Number.isFinite(now) ? now : lastSeenAt;
}

/** A rejection the store issues itself (a forged host answer), in the same form as the engine's. */
export const rejectEvent = (
  state: MigrationState,
  eventType: Rejection['eventType'],
  reason: RejectionReason,
  now: number,
): MigrationState => rejectAt(state, eventType, reason, effectiveNow(now, state.lastSeenAt));

function rejectAt(
  state: MigrationState,
  eventType: Rejection['eventType'],
  reason: RejectionReason,
  at: number,
  nextAllowedAt?: number,
): MigrationState {
  const rejection = nextAllowedAt === undefined ? { eventType, reason, at } : { eventType, reason, at, nextAllowedAt };
  return { ...state, lastSeenAt: at, rejection };
}

/**
 * Attempts the clock now puts in the future (it was set back) are pinned to now, so the wait runs from a
 * fixed time and ends within the policy's period by the clock as it is.
 */
function withoutFutureAttempts(state: MigrationState, at: number): MigrationState {
  const { verificationCode, registration } = state.attempts;
  if (!verificationCode.some((t) => t > at) && !registration.some((t) => t > at)) return state;
  const pin = (times: readonly number[]) => times.map((t) => Math.min(t, at));
  return { ...state, attempts: { verificationCode: pin(verificationCode), registration: pin(registration) } };
}

function shallowEqual(a: MigrationState, b: MigrationState): boolean {
  return (Object.keys(a) as (keyof MigrationState)[]).every((key) => a[key] === b[key]);
}

function createApply(config: EngineConfig) {
  return function apply(previous: MigrationState, event: MigrationCommand, at: number): MigrationState {
    // Events from untyped callers (a custom element, a script) that name nothing the engine knows;
    // their type is not echoed back, since it may be any text.
    if (!isCommandType(event.type)) return rejectAt(previous, 'unknown', 'unknown-event', at);
    const state: MigrationState = { ...withoutFutureAttempts(previous, at), lastSeenAt: at, rejection: null };
    const outcome = runCommand(config, state, event, at);
    return outcome.ok ? outcome.state : rejectAt(state, event.type, outcome.reason, at, outcome.nextAllowedAt);
  };
}
