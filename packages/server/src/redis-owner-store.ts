import type { MigrationOwner, OwnerStore } from './owner-store';

/** The commands the store uses, as ioredis provides them. */
export interface RedisOwnerLike {
  set(key: string, value: string, expiry: 'PX', milliseconds: number, mode: 'NX'): Promise<unknown>;
  set(key: string, value: string, expiry: 'PX', milliseconds: number): Promise<unknown>;
  get(key: string): Promise<string | null>;
}

const parse = (value: string | null): MigrationOwner | undefined => {
  if (value === null) return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<MigrationOwner> | null;
    return typeof parsed?.principal === 'string' && typeof parsed.wabaId === 'string'
      ? { principal: parsed.principal, wabaId: parsed.wabaId }
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Owners shared by every instance in Redis. `SET … NX` makes the first claim win even when two instances
 * claim at once; Redis expires the key. A record that does not read as an owner counts as no owner, and
 * a claim replaces it. A Redis that cannot be reached rejects, and the handler fails closed.
 */
export function redisOwnerStore(redis: RedisOwnerLike, options: { readonly prefix?: string } = {}): OwnerStore {
  const prefix = options.prefix ?? 'wamigrate:owners:';
  return {
    async claim(id, owner, ttlMs) {
      const key = `${prefix}${id}`;
      const mine: MigrationOwner = { principal: owner.principal, wabaId: owner.wabaId };
      const value = JSON.stringify(mine);
      const ttl = Math.max(1, Math.round(ttlMs));
      // Twice at most: the owner found may expire between SET and GET, and then the claim is free again.
      for (let tries = 0; tries < 2; tries++) {
        if ((await redis.set(key, value, 'PX', ttl, 'NX')) !== null) return mine;
        const stored = await redis.get(key);
        if (stored === null) continue;
        const kept = parse(stored);
        if (kept) return kept;
        // A record that is not an owner protects nobody: it is replaced.
        await redis.set(key, value, 'PX', ttl);
        return mine;
      }
      throw new Error('[@wamigrate/server] the owner store kept changing; nothing was claimed');
    },
    get: async (id) => parse(await redis.get(`${prefix}${id}`)),
  };
}
