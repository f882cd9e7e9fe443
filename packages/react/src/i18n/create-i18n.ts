import type { Locale } from '@wamigrate/core';
import type { en as coreEn } from '@wamigrate/core/messages';
import { resources as coreResources, MESSAGE_NAMESPACE, type MessageTree } from '@wamigrate/core/messages';
import { createInstance, type i18n as I18n } from 'i18next';
import { type UiMessages, uiMessages } from '../messages';

/** Every message the guide shows: the core's catalogue and this package's `ui.*` strings. */
export type Messages = typeof coreEn & UiMessages;

/** Any subset of a catalogue, with the same key paths (a misspelt key does not compile). */
export type PartialMessages<T = Messages> = {
  readonly [K in keyof T]?: T[K] extends string ? string : PartialMessages<T[K]>;
};

/** Replaces any message, per locale: `{ ja: { ui: { guide: { title: '...' } } } }`. */
export type Translations = Partial<Record<Locale, PartialMessages>>;

export const LOCALES: readonly Locale[] = ['en', 'ja'];

/** The core's catalogue with this package's strings added, one namespace per locale. */
export function catalogue(locale: Locale): MessageTree {
  return { ...coreResources[locale][MESSAGE_NAMESPACE], ...uiMessages[locale] };
}

/**
 * Adds our catalogues to an instance. On a host's instance `keepExisting` leaves the host's own texts in our
 * namespace alone; `translations` always win.
 */
export function addCatalogues(instance: I18n, translations: Translations | undefined, keepExisting: boolean) {
  for (const locale of LOCALES) {
    instance.addResourceBundle(locale, MESSAGE_NAMESPACE, catalogue(locale), true, !keepExisting);
    const override = translations?.[locale];
    if (override) instance.addResourceBundle(locale, MESSAGE_NAMESPACE, override, true, true);
  }
}

/** A private instance per guide: the host's global i18next instance is never touched. */
export function createGuideI18n(locale: Locale, translations?: Translations): I18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    ns: [MESSAGE_NAMESPACE],
    defaultNS: MESSAGE_NAMESPACE,
    fallbackLng: 'en',
    // React escapes text itself; i18next escaping would show "&amp;" in a display name.
    interpolation: { escapeValue: false },
    initAsync: false,
    resources: {},
  });
  addCatalogues(instance, translations, false);
  return instance;
}
