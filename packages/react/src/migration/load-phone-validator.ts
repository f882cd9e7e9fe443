import type { validatePhoneNumber } from '@wamigrate/core/phone';

type Validator = typeof validatePhoneNumber;

/** Once fetched, for every later engine in the page: they take it at once, with nothing to check again. */
let loaded: Validator | undefined;

/**
 * Fetches the full phone validator (`./phone-validator`, a chunk of its own in a host's bundle). Its own
 * module, so that the element's single file, which has no second chunk to fetch, swaps it for one that
 * imports the validator inline.
 */
export const loadPhoneValidator = (): Promise<Validator> =>
  import('./phone-validator').then((module) => {
    loaded = module.validatePhoneNumber;
    return loaded;
  });

/** The validator if a guide in this page has already fetched it. */
export const loadedPhoneValidator = (): Validator | undefined => loaded;
