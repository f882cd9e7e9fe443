import { randomInt } from 'node:crypto';

/**
 * Keeps each number's two-step PIN: `register` sets it as the number's new PIN, and it is needed to change
 * the PIN or to delete the number later (M5). Never returned to the browser or logged.
 */
export interface PinStore {
  get(phoneNumberId: string): Promise<string | undefined>;
  set(phoneNumberId: string, pin: string): Promise<void>;
}

/** Six digits from the operating system's cryptographic random source. */
export const generatePin = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * Memory only: a restart forgets every PIN, and the business then has to reset two-step verification in
 * WhatsApp Manager. Fine for trying live mode; a portal gives its own store.
 */
export function memoryPinStore(): PinStore {
  const pins = new Map<string, string>();
  return {
    get: async (id) => pins.get(id),
    set: async (id, pin) => {
      pins.set(id, pin);
    },
  };
}
