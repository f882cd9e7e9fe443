/** Who started the move of a number: the principal `authorize` gave, and the WABA it moves into. */
export interface MigrationOwner {
  readonly principal: string;
  readonly wabaId: string;
}

/**
 * Remembers who started each number's move, so that only they can request its codes, verify, register and
 * read its status: a phone number id in a request body proves nothing. Shared by every instance that serves
 * the same portal (a number started on one instance is continued on another).
 */
export interface OwnerStore {
  /**
   * Records `owner` under `key` (a phone number id, or a number awaiting its move, hashed) unless the key
   * already has an owner that has not expired; answers the owner kept.
   */
  claim(key: string, owner: MigrationOwner, ttlMs: number, now: number): Promise<MigrationOwner>;
  get(key: string, now: number): Promise<MigrationOwner | undefined>;
}

const SWEEP_EVERY = 1000;

/** One process's memory (the default). Several instances behind a load balancer need a shared store. */
export function memoryOwnerStore(): OwnerStore {
  const owners = new Map<string, MigrationOwner & { readonly expiresAt: number }>();
  let claims = 0;
  const live = (id: string, now: number) => {
    const owner = owners.get(id);
    return owner && owner.expiresAt > now ? owner : undefined;
  };
  const plain = ({ principal, wabaId }: MigrationOwner): MigrationOwner => ({ principal, wabaId });
  return {
    async claim(id, owner, ttlMs, now) {
      const kept = live(id, now);
      if (kept) return plain(kept);
      owners.set(id, { ...plain(owner), expiresAt: now + ttlMs });
      // Now and then, expired owners go, so a long-running process does not grow with every number it saw.
      claims += 1;
      if (claims % SWEEP_EVERY === 0) {
        for (const [key, value] of owners) if (value.expiresAt <= now) owners.delete(key);
      }
      return plain(owner);
    },
    get: async (id, now) => {
      const kept = live(id, now);
      return kept && plain(kept);
    },
  };
}
