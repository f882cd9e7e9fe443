import { memoryStorage, type StorageAdapter, webStorage } from '@wamigrate/core';

/** Where progress is kept: an adapter, or the name of a browser storage for hosts without code (the element). */
export type StorageOption = StorageAdapter | 'local' | 'session' | 'memory';

/**
 * Reads `window.localStorage` lazily and defensively: on the server there is no window, and in a sandboxed
 * iframe or with cookies blocked merely touching it throws. Either way the guide goes on in memory.
 */
export function resolveStorage(option: StorageOption | undefined): StorageAdapter {
  if (option === undefined || option === 'memory') return memoryStorage();
  if (typeof option !== 'string') return option;
  try {
    if (typeof window === 'undefined') return memoryStorage();
    // With the window's storage events the guide hears what the page's other tabs save.
    return webStorage(option === 'local' ? window.localStorage : window.sessionStorage, { events: window });
  } catch {
    return memoryStorage();
  }
}
