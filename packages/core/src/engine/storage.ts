/**
 * Where progress is kept. Sync adapters (memory, localStorage, sessionStorage) answer at once; async
 * ones (IndexedDB wrappers, a server) return promises. The engine accepts both.
 */
export interface StorageAdapter {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** The default: progress lasts as long as the page. */
export function memoryStorage(): StorageAdapter {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
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
export function webStorage(storage: WebStorageLike): StorageAdapter {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
  };
}

/** Any async key-value store with get/set/delete (IndexedDB wrappers, a host's API). */
export function asyncStorage(store: {
  get(key: string): Promise<string | null | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}): StorageAdapter {
  return {
    getItem: async (key) => (await store.get(key)) ?? null,
    setItem: (key, value) => store.set(key, value),
    removeItem: (key) => store.delete(key),
  };
}
