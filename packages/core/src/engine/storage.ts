/**
 * Where progress is kept. Sync adapters (memory, localStorage, sessionStorage) answer at once; async
 * ones (IndexedDB wrappers, a server) return promises. The engine accepts both.
 */
export interface StorageAdapter {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
  /**
   * Calls `listener` with the new value when the key changes, from another tab or another engine on the same
   * store (an engine ignores its own writes); returns the unsubscribe. Optional: without it, the engine still
   * merges another tab's attempts whenever it writes or counts.
   */
  subscribe?(key: string, listener: (value: string | null) => void): () => void;
}

/**
 * The default: progress lasts as long as the page. Engines that share one memory store hear each other's
 * saves a moment later, as tabs hear each other's through localStorage: each hears the value the key holds
 * then (so a writer hears its own last value, which it knows, and not its older ones).
 */
export function memoryStorage(): StorageAdapter {
  const items = new Map<string, string>();
  const listeners = new Set<{ key: string; listener: (value: string | null) => void }>();
  const changed = (key: string) => {
    for (const entry of [...listeners]) {
      if (entry.key !== key) continue;
      void Promise.resolve().then(() => listeners.has(entry) && entry.listener(items.get(key) ?? null));
    }
  };
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
      changed(key);
    },
    removeItem: (key) => {
      items.delete(key);
      changed(key);
    },
    subscribe(key, listener) {
      const entry = { key, listener };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
  };
}

/** What the page's `window` offers for hearing other tabs' writes (`storage` events). */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

export interface StorageEventLike {
  readonly key: string | null;
  readonly newValue: string | null;
  readonly storageArea: unknown;
}

/** The part of the Web Storage API the adapter uses; pass the page's `localStorage` or `sessionStorage`. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * localStorage or sessionStorage, passed in rather than read from a global so the core never touches the
 * DOM. A storage that throws (private mode, quota, a sandboxed iframe) is caught by `createMigration`,
 * which goes on in memory and reports a storage error.
 */
export function webStorage(
  storage: WebStorageLike,
  options: { readonly events?: StorageEventSource } = {},
): StorageAdapter {
  const { events } = options;
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    // Pass `{ events: window }` and the guide hears what other tabs save (the storage event fires only there).
    ...(events
      ? {
          subscribe(key: string, listener: (value: string | null) => void) {
            const onStorage = (event: StorageEventLike) => {
              if (event.storageArea === storage && event.key === key) listener(event.newValue);
            };
            events.addEventListener('storage', onStorage);
            return () => events.removeEventListener('storage', onStorage);
          },
        }
      : {}),
  };
}

/**
 * Any async key-value store with get/set/delete (IndexedDB wrappers, a host's API). Each save reads, merges
 * and writes, as with the others; give `subscribe` (a BroadcastChannel, say) and other tabs' saves are heard.
 */
export function asyncStorage(store: {
  get(key: string): Promise<string | null | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  subscribe?(key: string, listener: (value: string | null) => void): () => void;
}): StorageAdapter {
  return {
    getItem: async (key) => (await store.get(key)) ?? null,
    setItem: (key, value) => store.set(key, value),
    removeItem: (key) => store.delete(key),
    ...(store.subscribe
      ? {
          subscribe: (key: string, listener: (value: string | null) => void) =>
            store.subscribe?.(key, listener) ?? (() => undefined),
        }
      : {}),
  };
}
