import { type AttemptPolicy, evaluateAttempts, pruneAttempts } from '@wamigrate/core';
import type { AttemptDecision, AttemptStore } from './attempt-store';

/**
 * The commands the store uses, as ioredis (and node-redis with a thin wrapper) provide them. Give the store a
 * connection of its own: WATCH belongs to a connection.
 */
export interface RedisLike {
  watch(...keys: string[]): Promise<unknown>;
  unwatch(): Promise<unknown>;
  mget(...keys: string[]): Promise<(string | null)[]>;
  multi(): {
    set(key: string, value: string, mode: 'PX', milliseconds: number): unknown;
    del(key: string): unknown;
    exec(): Promise<unknown[] | null>;
  };
}

export interface RedisAttemptStoreOptions {
  /** Key prefix (default `wamigrate:attempts:`). */
  readonly prefix?: string;
  /** Tries of one decision when other instances keep changing the same keys (default 200). */
  readonly maxConflicts?: number;
}

/**
 * Attempts shared by every instance in Redis. Each decision is an optimistic transaction: WATCH the keys,
 * read them, judge them with the engine's own policy code, and write only if no other instance changed them
 * in between (else EXEC aborts and the decision is taken again), so concurrent calls can never overshoot.
 * Decisions of this instance are taken one at a time, since WATCH belongs to the connection. A Redis that
 * cannot be reached rejects, and the handler then fails closed.
 */
export function redisAttemptStore(redis: RedisLike, options: RedisAttemptStoreOptions = {}): AttemptStore {
  const prefix = options.prefix ?? 'wamigrate:attempts:';
  const maxConflicts = options.maxConflicts ?? 200;
  let queue: Promise<unknown> = Promise.resolve();

  async function decide(keys: readonly string[], policy: AttemptPolicy, now: number): Promise<AttemptDecision> {
    const ids = keys.map((key) => `${prefix}${policy.id}:${key}`);
    for (let conflict = 0; conflict < maxConflicts; conflict++) {
      await redis.watch(...ids);
      const stored = await redis.mget(...ids);
      const lists = stored.map((value) => {
        try {
          const parsed: unknown = value === null ? [] : JSON.parse(value);
          return Array.isArray(parsed)
            ? parsed.filter((t): t is number => typeof t === 'number' && Number.isFinite(t))
            : [];
        } catch {
          return [];
        }
      });
      const blocked = lists
        .map((list) => evaluateAttempts(policy, list, now))
        .filter((state) => state.remaining === 0)
        .map((state) => state.nextAllowedAt ?? now);
      if (blocked.length > 0) {
        await redis.unwatch();
        return { ok: false, nextAllowedAt: Math.max(...blocked) };
      }
      const transaction = redis.multi();
      ids.forEach((id, i) => {
        const next = pruneAttempts(policy, [...(lists[i] ?? []), now], now);
        // Kept as long as it can matter: the policy's period after the latest attempt.
        transaction.set(id, JSON.stringify(next), 'PX', policy.periodMs);
      });
      if ((await transaction.exec()) !== null) return { ok: true };
      // Another instance wrote first: a short random pause, so two busy instances do not keep colliding.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, conflict + 1)));
    }
    throw new Error('[@wamigrate/server] the attempt store stayed contended; nothing was recorded');
  }

  return {
    record(keys, policy, now) {
      const decision = queue.then(() => decide(keys, policy, now));
      queue = decision.catch(() => undefined);
      return decision;
    },
  };
}
