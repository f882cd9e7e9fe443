import { type Locale, localeFallbacks } from '@wamigrate/core';
import type { MessageTree } from '@wamigrate/core/messages';
import { warnOnce } from '../utils/warn-once';
import { BUNDLED_CATALOGUES, fetchCatalogue, fetchDetails, SHIPPED_LOCALES } from './library-catalogues';

/**
 * The library's catalogues a host bundles itself, by language (`{ ja }` from `@wamigrate/core/messages/ja`):
 * a guide in that language then renders at once, on the server too, instead of fetching its texts.
 */
export type Catalogues = Readonly<Record<string, MessageTree | undefined>>;

/**
 * A chunk of texts per language, fetched once per page for every guide in it. A fetch that failed is
 * remembered and said once (`warning`), so no render waits for ever; `retry` forgets it, and the next ask
 * fetches again.
 */
function chunksByLanguage(
  fetchChunk: (tag: string) => Promise<MessageTree> | undefined,
  warning: (tag: string) => string,
) {
  const here = new Map<string, MessageTree>();
  const fetching = new Map<string, Promise<void>>();
  const failed = new Set<string>();
  return {
    now: (tag: string) => here.get(tag),
    failed: (tag: string) => failed.has(tag),
    retry: (tag: string) => failed.delete(tag),
    /**
     * The fetch of `tag`'s chunk, started once; undefined once it is here, has failed, or there is nothing to
     * fetch. The same promise while it is on its way, for Suspense; it never rejects.
     */
    pending(tag: string): Promise<void> | undefined {
      if (here.has(tag) || failed.has(tag)) return undefined;
      let wait = fetching.get(tag);
      if (!wait) {
        const request = fetchChunk(tag);
        if (!request) return undefined;
        wait = request
          .then((texts) => {
            // A module without its texts (a renamed export) would have every render wait again for ever.
            if (typeof texts !== 'object' || texts === null) throw new Error(`no "${tag}" texts`);
            here.set(tag, texts);
          })
          .catch(() => {
            failed.add(tag);
            warnOnce(warning(tag));
          })
          .finally(() => fetching.delete(tag));
        fetching.set(tag, wait);
      }
      return wait;
    },
  };
}

/** The catalogues not bundled; a language whose chunk did not load shows the next of its locale's chain. */
const catalogueChunks = chunksByLanguage(
  fetchCatalogue,
  (tag) => `the "${tag}" texts could not be loaded; the guide shows the next language of its locale.`,
);
/** Each entry's cause, actions, wait and escalation, by language: a panel asks once it has rendered. */
const detailChunks = chunksByLanguage(
  fetchDetails,
  (tag) => `the "${tag}" troubleshooting details could not be loaded; an entry says so when it is opened.`,
);

/**
 * Where a guide's texts are looked up: the locale's own chain (`ja-JP` -> `ja` -> `en`), then, in a build that
 * ships one catalogue that is not English (`wamigrate-guide.ja.js`), that catalogue's language: a guide
 * always has texts.
 */
export function textChain(locale: Locale): readonly string[] {
  const chain = localeFallbacks(locale);
  const last = SHIPPED_LOCALES.includes('en') ? undefined : SHIPPED_LOCALES[0];
  return last === undefined || chain.includes(last) ? chain : [...chain, last];
}

/** The library's catalogue for a language, if it is here now: the host's, the bundle's, or fetched. */
export function catalogueNow(tag: string, given?: Catalogues): MessageTree | undefined {
  return given?.[tag] ?? BUNDLED_CATALOGUES[tag] ?? catalogueChunks.now(tag);
}

/**
 * What has to arrive before a guide on `chain` can show its texts, its fetch started (once per language);
 * undefined when everything is here. The same promise while one language is on its way, for Suspense.
 */
export function pendingCatalogues(chain: readonly string[], given?: Catalogues): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const tag of chain) {
    if (catalogueNow(tag, given) !== undefined) continue;
    const wait = catalogueChunks.pending(tag);
    if (wait) waits.push(wait);
  }
  if (waits.length === 0) return undefined;
  return waits.length === 1 ? waits[0] : Promise.all(waits).then(() => undefined);
}

/**
 * Where an entry's details are read: the first language of the chain with the library's catalogue (the
 * library's are complete, so a guide in Japanese never needs English's). Undefined when there is nothing to
 * fetch: the catalogue the host gave for it holds them (the whole one, not its essentials).
 */
export function detailsLanguage(chain: readonly string[], given?: Catalogues): string | undefined {
  const tag = chain.find((t) => catalogueNow(t, given) !== undefined);
  return tag === undefined || holdsDetails(given?.[tag]) ? undefined : tag;
}

/** Whether a catalogue has the troubleshooting entries' details: an entry of it with its cause. */
function holdsDetails(catalogue: MessageTree | undefined): boolean {
  const entries = catalogue?.troubleshooting;
  if (typeof entries !== 'object') return false;
  return Object.values(entries).some((entry) => typeof entry === 'object' && typeof entry.cause === 'string');
}

/**
 * The shape of the texts an entry's details add under `troubleshooting.<entry>`, which the catalogues a
 * bundle starts with lack: a host's texts there are checked against it (a text for `actions` would hide
 * every action).
 */
export const DETAILS_SHAPE: MessageTree = { cause: '', actions: {}, wait: '', escalation: '' };

/** The details fetched for `tag`, to be added to a guide's texts. */
export const detailsNow = detailChunks.now;

/**
 * What an entry's details still wait for, their fetch started (once per language); undefined once they are
 * here, have failed, or there is nothing to fetch (the single file has them inline).
 */
export const pendingDetails = detailChunks.pending;

/** Whether the details' fetch failed; `retryDetails` forgets that, so the next ask fetches them again. */
export const detailsFailed = detailChunks.failed;
export const retryDetails = detailChunks.retry;

/**
 * Fetches the library's texts for `locale` ahead of a guide, in the browser (a client route's loader): a
 * guide whose texts are here renders at once. Without it, a guide fetches them itself when it mounts. A
 * server render passes `catalogues` instead (this module is a client one).
 */
export function loadCatalogues(locale: Locale): Promise<void> {
  return pendingCatalogues(textChain(locale)) ?? Promise.resolve();
}
