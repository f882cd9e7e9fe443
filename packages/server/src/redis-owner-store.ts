import type { MigrationOwner, OwnerStore } from './owner-store';

/** The commands the store uses, as ioredis provides them. */
export interface RedisOwnerLike {
  set(key: string, value: string, expiry: 'PX', milliseconds: number, mode: 'NX'): Promise<unknown>;
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

/** A stored owner, or a refusal to guess: a record that is not one was written by someone else. */
function ownerOf(value: string | null): MigrationOwner | undefined {
  if (value === null) return undefined;
  const owner = parse(value);
  if (!owner) throw new Error('[@wamigrate/server] an owner record in Redis is not one; nothing was decided');
  return owner;
}

/**
 * Owners shared by every instance in Redis. `SET … NX` makes the first claim win even when two instances
 * claim at once; Redis expires the key. A record that does not read as an owner is not replaced or ignored
 * but refused (the handler fails closed, 503): who wrote it cannot be known. A Redis that cannot be reached
 * rejects as well. Reads and `SET NX` do not disturb the attempt store's WATCH, so both may share a connection.
 */
export function redisOwnerStore(redis: RedisOwnerLike, options: { readonly prefix?: string } = {}): OwnerStore {
  const prefix = options.prefix ?? 'wamigrate:owners:';
  return {
    async claim(key, owner, ttlMs) {
      const mine: MigrationOwner = { principal: owner.principal, wabaId: owner.wabaId };
      const ttl = Math.max(1, Math.round(ttlMs));
      // Twice at most: the owner found may expire between SET and GET, and then the claim is free again.
      for (let tries = 0; tries < 2; tries++) {
        if ((await redis.set(`${prefix}${key}`, JSON.stringify(mine), 'PX', ttl, 'NX')) === 'OK') return mine;
        const kept = ownerOf(await redis.get(`${prefix}${key}`));
        if (kept) return kept;
      }
      throw new Error('[@wamigrate/server] the owner store kept changing; nothing was claimed');
    },
    get: async (key) => ownerOf(await redis.get(`${prefix}${key}`)),
  };
}
