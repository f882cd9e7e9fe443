/**
 * `@wamigrate/core/messages`: every text the library shows, in i18next format (nested keys, `{{name}}`
 * interpolation, `_one`/`_other` plurals): the knowledge's records and the views' own strings (`ui.*`).
 * Kept out of the main entry so hosts load only the texts they use.
 */
import { en } from './messages/en';
import { ja } from './messages/ja';
import type { MessageTree } from './messages/types';

export { type CatalogueCheckOptions, catalogueIssues } from './messages/check';
export type { MessageTree } from './messages/types';
export { en, ja };

/** The i18next namespace the catalogues are written for. */
export const MESSAGE_NAMESPACE = 'wamigrate' as const;

/**
 * The locales the library ships, one catalogue each: React, the element, the tests and Storybook all read
 * this list. A host adds a locale at run time through `translations` (missing keys fall back to English).
 */
export const catalogues: Readonly<Record<string, MessageTree>> = { en, ja };

/** The tags of `catalogues`, English first. */
export const LOCALES: readonly string[] = /* @__PURE__ */ Object.keys(catalogues);

/**
 * Ready for `i18next.init({ resources })`. Written out, with the namespace as a literal key the type checks
 * against MESSAGE_NAMESPACE: built with a call over LOCALES, a bundler would keep both catalogues for a host
 * that imports only the namespace.
 */
export const resources: Readonly<Record<string, { readonly [MESSAGE_NAMESPACE]: MessageTree }>> = {
  en: { wamigrate: en },
  ja: { wamigrate: ja },
} satisfies Record<'en' | 'ja', { readonly [MESSAGE_NAMESPACE]: MessageTree }>;
