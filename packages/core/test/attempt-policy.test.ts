import { describe, expect, it } from 'vitest';
import {
  evaluateAttempts,
  pruneAttempts,
  REGISTRATION_POLICY,
  VERIFICATION_CODE_POLICY_META,
  VERIFICATION_CODE_POLICY_SEED,
} from '../src';
import { HOUR } from './helpers';

const T = Date.UTC(2026, 0, 1);

describe('verification-code policy (seed: 3 requests, then about 8 hours)', () => {
  it('allows three requests and counts them down', () => {
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, [], T)).toMatchObject({
      remaining: 3,
      used: 0,
      nextAllowedAt: null,
    });
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, [T], T + 1)).toMatchObject({ remaining: 2, used: 1 });
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, [T, T + 60_000], T + 120_000)).toMatchObject({
      remaining: 1,
    });
  });

  it('blocks for 8 hours after the third request, counted from that request', () => {
    const attempts = [T, T + HOUR, T + 2 * HOUR];
    const blocked = evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, attempts, T + 2 * HOUR + 1);
    expect(blocked).toEqual({
      policyId: 'verification-code-8h',
      limit: 3,
      used: 3,
      remaining: 0,
      nextAllowedAt: T + 10 * HOUR,
    });
    // The first request leaving an 8-hour window does not end the wait early.
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, attempts, T + 9 * HOUR).remaining).toBe(0);
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, attempts, T + 10 * HOUR)).toMatchObject({
      remaining: 3,
      nextAllowedAt: null,
    });
  });

  it('uses 12 hours under the Meta Embedded Signup profile', () => {
    const attempts = [T, T + 1, T + 2];
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_META, attempts, T + 3).nextAllowedAt).toBe(T + 2 + 12 * HOUR);
    expect(VERIFICATION_CODE_POLICY_META.sources).toContain('M10');
    expect(VERIFICATION_CODE_POLICY_SEED.sources).toEqual(['Z1']);
  });

  it('starts the count again after a quiet period as long as the wait', () => {
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, [T, T + 1], T + 8 * HOUR + 1).remaining).toBe(3);
    // Two old requests and one new: only the new one counts.
    expect(evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, [T, T + 1, T + 9 * HOUR], T + 9 * HOUR + 1).remaining).toBe(
      2,
    );
  });

  it('a clock set back never shortens the wait, and no wait is longer than the period from the clock', () => {
    const attempts = [T, T + 1, T + 2];
    // Set back five hours: the wait was 8 h at T + 2; it is 8 h from the clock now, not 13.
    const earlier = evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, attempts, T - 5 * HOUR);
    expect(earlier.remaining).toBe(0);
    expect(earlier.nextAllowedAt).toBe(T - 5 * HOUR + 8 * HOUR);
    // A year fast when the codes were asked for, then set right: 8 hours, not 8,760.
    const year = 365 * 24 * HOUR;
    const corrected = evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, [T + year, T + year + 1, T + year + 2], T);
    expect(corrected.nextAllowedAt).toBe(T + 8 * HOUR);
    // Half an hour back after an hour of waiting: 7.5 hours left before, 7.5 + 0.5 = 8 after.
    const halfway = evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, attempts, T + 2 + HOUR);
    const setBack = evaluateAttempts(VERIFICATION_CODE_POLICY_SEED, attempts, T + 2 + HOUR / 2);
    expect((setBack.nextAllowedAt as number) - (T + 2 + HOUR / 2)).toBeGreaterThan(
      (halfway.nextAllowedAt as number) - (T + 2 + HOUR),
    );
  });

  it('prunes what no longer matters', () => {
    expect(pruneAttempts(VERIFICATION_CODE_POLICY_SEED, [T, T + 1], T + 9 * HOUR)).toEqual([]);
    expect(pruneAttempts(VERIFICATION_CODE_POLICY_SEED, [T + 2, T, T + 1], T + 3)).toEqual([T, T + 1, T + 2]);
  });
});

describe("Meta's registration limit (10 in a moving 72 hours)", () => {
  const ten = Array.from({ length: 10 }, (_, i) => T + i * HOUR);

  it('allows ten register or deregister calls in 72 hours', () => {
    expect(evaluateAttempts(REGISTRATION_POLICY, ten.slice(0, 9), T + 10 * HOUR)).toMatchObject({ remaining: 1 });
    expect(evaluateAttempts(REGISTRATION_POLICY, ten, T + 10 * HOUR)).toMatchObject({
      remaining: 0,
      nextAllowedAt: T + 72 * HOUR,
    });
  });

  it('frees one call as each leaves the window', () => {
    expect(evaluateAttempts(REGISTRATION_POLICY, ten, T + 72 * HOUR)).toMatchObject({ remaining: 1, used: 9 });
    expect(evaluateAttempts(REGISTRATION_POLICY, ten, T + 82 * HOUR)).toMatchObject({ remaining: 10, used: 0 });
    expect(pruneAttempts(REGISTRATION_POLICY, ten, T + 73 * HOUR)).toEqual(ten.slice(2));
  });
});
