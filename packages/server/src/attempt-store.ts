import { type AttemptPolicy, evaluateAttempts, pruneAttempts } from '@wamigrate/core';

/** What a store answers when asked to count one more attempt. */
export type AttemptDecision = { readonly ok: true } | { readonly ok: false; readonly nextAllowedAt: number };

/**
 * Counts attempts (code requests, registrations) per key, for every tab, user and instance that shares it.
 * `record` is atomic over all its keys: it records the attempt under each only if every key still allows
 * one, so concurrent calls can never overshoot a policy.
 */
export interface AttemptStore {
  record(keys: readonly string[], policy: AttemptPolicy, now: number): Promise<AttemptDecision>;
}

const SWEEP_EVERY = 1000;

/** One process's memory (the default). Several instances behind a load balancer need a shared store. */
export function memoryAttemptStore(): AttemptStore {
  const times = new Map<string, number[]>();
  let writes = 0;
  return {
    async record(keys, policy, now) {
      const blocked = keys
        .map((key) => evaluateAttempts(policy, times.get(`${policy.id}:${key}`) ?? [], now))
        .filter((state) => state.remaining === 0)
        .map((state) => state.nextAllowedAt ?? now);
      if (blocked.length > 0) return { ok: false, nextAllowedAt: Math.max(...blocked) };
      for (const key of keys) {
        const id = `${policy.id}:${key}`;
        times.set(id, pruneAttempts(policy, [...(times.get(id) ?? []), now], now));
      }
      // Now and then, counts that can no longer matter go, so a long-running process does not grow with
      // every caller it has seen.
      writes += 1;
      if (writes % SWEEP_EVERY === 0) {
        for (const [id, list] of times) {
          if (id.startsWith(`${policy.id}:`) && pruneAttempts(policy, list, now).length === 0) times.delete(id);
        }
      }
      return { ok: true };
    },
  };
}
