import type { validatePhoneNumber } from '@wamigrate/core/phone';

/**
 * Fetches the full phone validator (`./phone-validator`, a chunk of its own in a host's bundle). Its own
 * module, so that the element's single file, which has no second chunk to fetch, swaps it for one that
 * imports the validator inline.
 */
export const loadPhoneValidator = (): Promise<typeof validatePhoneNumber> =>
  import('./phone-validator').then((module) => module.validatePhoneNumber);
