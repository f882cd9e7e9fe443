import type { SourceId } from '../knowledge/sources';

import { HOUR } from './time';

/**
 * A limit on attempts over time. Two shapes of the same kind of rule:
 * - `cooldown`: after `limit` attempts, wait `cooldownMs` from the last one; then the count starts
 *   again. A pause of `cooldownMs` between attempts also starts the count again (seed: 3 code requests,
 *   then about 8 hours).
 * - `moving-window`: at most `limit` attempts in any window of `windowMs` (Meta: 10 register or
 *   deregister calls in 72 hours).
 */
export interface AttemptPolicy {
  readonly id: string;
  readonly mode: 'cooldown' | 'moving-window';
  readonly limit: number;
  /** `cooldown`: the wait after the limit; `moving-window`: the window's length. */
  readonly periodMs: number;
  readonly sources: readonly SourceId[];
}

/** The seed's rule: at most 3 code requests, then wait about 8 hours (Z1). */
export const VERIFICATION_CODE_POLICY_SEED: AttemptPolicy = {
  id: 'verification-code-8h',
  mode: 'cooldown',
  limit: 3,
  periodMs: 8 * HOUR,
  sources: ['Z1'],
};

/** The same limit with the wait Meta's Embedded Signup error text gives: about 12 hours (M10). */
export const VERIFICATION_CODE_POLICY_META: AttemptPolicy = {
  id: 'verification-code-12h',
  mode: 'cooldown',
  limit: 3,
  periodMs: 12 * HOUR,
  sources: ['Z1', 'M10'],
};

/** Meta's registration limit: 10 register or deregister calls in a moving 72-hour window (M4, M3). */
export const REGISTRATION_POLICY: AttemptPolicy = {
  id: 'registration-72h',
  mode: 'moving-window',
  limit: 10,
  periodMs: 72 * HOUR,
  sources: ['M4', 'M3'],
};

export interface AttemptPolicyState {
  readonly policyId: string;
  readonly limit: number;
  /** Attempts that count now. */
  readonly used: number;
  readonly remaining: number;
  /** When the next attempt is allowed, if none is allowed now (epoch ms). */
  readonly nextAllowedAt: number | null;
}

/**
 * Evaluates a policy over the recorded attempts at `now`. Attempts recorded "after" `now` (a clock that
 * moved backwards) still count, so a clock change never shortens a wait.
 */
export function evaluateAttempts(policy: AttemptPolicy, attempts: readonly number[], now: number): AttemptPolicyState {
  // An attempt the clock puts in the future (it was fast then, or is slow now) is taken as made now: no wait
  // is longer than the policy's period from the clock as it is, and a clock set back never shortens one.
  const sorted = attempts.map((t) => Math.min(t, now)).sort((a, b) => a - b);
  const blockedUntil = policy.mode === 'cooldown' ? cooldownEnd(policy, sorted) : windowEnd(policy, sorted);
  const used = policy.mode === 'cooldown' ? burst(policy, sorted).length : countInWindow(policy, sorted, now);
  if (blockedUntil !== null && now < blockedUntil) {
    return { policyId: policy.id, limit: policy.limit, used: policy.limit, remaining: 0, nextAllowedAt: blockedUntil };
  }
  const counted = policy.mode === 'cooldown' && isBurstOver(policy, sorted, now) ? 0 : used;
  const remaining = Math.max(0, policy.limit - counted);
  return {
    policyId: policy.id,
    limit: policy.limit,
    used: Math.min(counted, policy.limit),
    remaining,
    nextAllowedAt: remaining === 0 ? (blockedUntil ?? now) : null,
  };
}

/** Drops attempts that can no longer affect the policy, so stored state stays small. */
export function pruneAttempts(policy: AttemptPolicy, attempts: readonly number[], now: number): number[] {
  // Read as `evaluateAttempts` reads them: a time the clock puts in the future is now, and is kept as now.
  const sorted = attempts.map((t) => Math.min(t, now)).sort((a, b) => a - b);
  if (policy.mode === 'cooldown') {
    return isBurstOver(policy, sorted, now) ? [] : burst(policy, sorted);
  }
  return sorted.filter((t) => t > now - policy.periodMs);
}

/** The attempts of the current burst: those since the count last started again. */
function burst(policy: AttemptPolicy, sorted: readonly number[]): number[] {
  let current: number[] = [];
  for (const t of sorted) {
    const last = current[current.length - 1];
    const cooledDown = last !== undefined && t - last >= policy.periodMs;
    if (cooledDown) current = [];
    current.push(t);
  }
  return current;
}

function isBurstOver(policy: AttemptPolicy, sorted: readonly number[], now: number): boolean {
  const last = sorted[sorted.length - 1];
  return last === undefined || now - last >= policy.periodMs;
}

function cooldownEnd(policy: AttemptPolicy, sorted: readonly number[]): number | null {
  const current = burst(policy, sorted);
  const last = current[current.length - 1];
  return current.length >= policy.limit && last !== undefined ? last + policy.periodMs : null;
}

function countInWindow(policy: AttemptPolicy, sorted: readonly number[], now: number): number {
  return sorted.filter((t) => t > now - policy.periodMs).length;
}

/** When the oldest of the last `limit` attempts falls out of the moving period. */
function windowEnd(policy: AttemptPolicy, sorted: readonly number[]): number | null {
  if (sorted.length < policy.limit) return null;
  const oldestThatCounts = sorted[sorted.length - policy.limit];
  return oldestThatCounts === undefined ? null : oldestThatCounts + policy.periodMs;
}
