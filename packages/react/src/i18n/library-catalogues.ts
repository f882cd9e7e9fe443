import type { MessageTree } from '@wamigrate/core/messages';
import { enEssentials } from '@wamigrate/core/messages/en/essentials';

/**
 * The library's catalogues as a bundle gets them: English inside (every fallback chain ends in it, so a guide
 * always has texts), every other language fetched, as a chunk of its own, the first time a guide shows it.
 * Each without the troubleshooting entries' details (cause, actions, wait, escalation): a troubleshooting
 * panel fetches them, as a chunk of their own, once it has rendered. The element's single file, which has
 * no second chunk to fetch, swaps this module for one with its catalogues inline, details included.
 */

/** The languages the library has texts for (`LOCALES` of `@wamigrate/core/messages`, which would bundle them all). */
export const SHIPPED_LOCALES: readonly string[] = ['en', 'ja'];

/** The catalogues in the bundle itself. */
export const BUNDLED_CATALOGUES: Readonly<Record<string, MessageTree>> = { en: enEssentials };

/** Fetches a shipped language's catalogue that is not bundled; undefined for any other tag. */
export function fetchCatalogue(tag: string): Promise<MessageTree> | undefined {
  if (tag === 'ja') return import('./catalogue-ja').then((module) => module.jaEssentials);
  return undefined;
}

/** Fetches a shipped language's troubleshooting details; undefined for any other tag. */
export function fetchDetails(tag: string): Promise<MessageTree> | undefined {
  if (tag === 'en') return import('./details-en').then((module) => module.enDetails);
  if (tag === 'ja') return import('./details-ja').then((module) => module.jaDetails);
  return undefined;
}
