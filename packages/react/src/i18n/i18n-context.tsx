import { canonicalLocale, type Locale } from '@wamigrate/core';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, Suspense, useCallback, useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { createStrictContext } from '../utils/create-context';
import {
  type Catalogues,
  detailsFailed,
  detailsLanguage,
  pendingCatalogues,
  pendingDetails,
  retryDetails,
  textChain,
} from './catalogues';
import {
  addCataloguesFor,
  addDetailsFor,
  addTranslations,
  sharedGuideI18n,
  type Translations,
  translator,
} from './create-i18n';
import { MESSAGE_NAMESPACE } from './namespace';

/** Interpolation values; `count` selects the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * The troubleshooting entries' details (cause, actions, wait, escalation): `ready` once they are in the
 * guide's texts, the promise of their arrival while they are fetched (for Suspense), or `failed`.
 */
export type DetailsState = 'ready' | 'failed' | Promise<void>;

export interface GuideI18n {
  readonly t: Translate;
  /**
   * The language the texts are in: the first tag of the requested locale's fallback chain that has a
   * catalogue (`ja-JP` -> `ja`; a locale without one -> `en`). What `lang` says.
   */
  readonly locale: Locale;
  /** The locale asked for, canonical (`ja-JP`): for formatting and for the phone number's default country. */
  readonly requestedLocale: Locale;
  /** Text direction of the locale, or the host's override. */
  readonly dir: 'ltr' | 'rtl';
  readonly i18n: I18n;
  /** Where the troubleshooting details are; asking starts their fetch (a panel asks once it has rendered). */
  details(): DetailsState;
  /** After a failed fetch: the next `details()` fetches them again. */
  retryDetails(): void;
}

const [Provide, useGuideI18n] = createStrictContext<GuideI18n>('useGuideI18n', 'I18nProvider');

export { useGuideI18n };

export interface I18nProviderProps {
  /** Any BCP 47 tag (`ja`, `ja-JP`, `pt-BR`); without it, the host instance's language, else English. */
  readonly locale?: Locale | undefined;
  /** Replace any message, per locale. */
  readonly translations?: Translations | undefined;
  /** The host's own instance; our catalogues are added to it under the `wamigrate` namespace. */
  readonly i18n?: I18n | undefined;
  /** Forces the text direction (e.g. a right-to-left host page); default: the locale's. */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /**
   * The library's catalogues you bundle yourself, by language (`{ ja }` from `@wamigrate/core/messages/ja`):
   * a guide in that language renders at once, on the server too. English is always bundled; another language
   * not given is fetched when a guide first shows it, and the guide renders nothing until it has arrived.
   */
  readonly catalogues?: Catalogues | undefined;
  /**
   * Shown while the language's texts are fetched (default: nothing). The provider's Suspense boundary holds
   * its content, so whatever suspends inside it (a host's lazy part) shows this too.
   */
  readonly fallback?: ReactNode;
  readonly children?: ReactNode;
}

/** The first tag of the locale's fallback chain the instance has texts for. */
function languageWithTexts(instance: I18n, chain: readonly string[]): Locale {
  return chain.find((tag) => instance.hasResourceBundle(tag, MESSAGE_NAMESPACE)) ?? 'en';
}

/**
 * The guide's texts in its language. Content waits (Suspense, its own boundary, nothing shown) while the
 * language's catalogue is fetched, so a guide never shows a moment of English first; hydration keeps the
 * server's markup meanwhile.
 */
export function I18nProvider({ fallback = null, ...props }: I18nProviderProps) {
  return (
    <Suspense fallback={fallback}>
      <GuideTexts {...props} />
    </Suspense>
  );
}

function GuideTexts({ locale, translations, i18n: hostI18n, dir, catalogues, children }: I18nProviderProps) {
  // Hosts often pass `translations` inline: a new object with the same texts must not redo the work.
  const translationsKey = JSON.stringify(translations ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `translations` is tracked by its content
  const instance = useMemo(() => {
    // The guide's own instance over the texts it shares with the other guides that have these translations.
    if (!hostI18n) return sharedGuideI18n(translationsKey, translations).cloneInstance();
    addTranslations(hostI18n, translations);
    return hostI18n;
  }, [hostI18n, translationsKey]);

  // The host may change its instance's language; follow it when no locale is given.
  const subscribe = useCallback(
    (onChange: () => void) => {
      instance.on('languageChanged', onChange);
      return () => instance.off('languageChanged', onChange);
    },
    [instance],
  );
  const hostLanguage = useSyncExternalStore(
    subscribe,
    () => instance.language,
    () => instance.language,
  );
  const requested = canonicalLocale(locale ?? (typeof hostLanguage === 'string' ? hostLanguage : 'en'));
  // A switch to a language still to be fetched keeps the guide in the old one until it has arrived (React
  // renders the new one in the background); on the first render it is the requested one.
  const lng = useDeferredValue(requested);
  const pending = pendingCatalogues(textChain(lng), catalogues);
  if (pending) throw pending;

  // Every call names the locale, so several guides can share one instance in different languages.
  // biome-ignore lint/correctness/useExhaustiveDependencies: new translations are added to the same instance; `catalogues` matter only while missing
  const value = useMemo<GuideI18n>(() => {
    // The fallback chain is ours (`ja-JP` -> `ja` -> `en`), whatever a host's instance sets as its own;
    // only its catalogues are added, once per instance.
    const lngs = [...textChain(lng)];
    addCataloguesFor(instance, lngs, catalogues);
    const t = translator(instance, lng, lngs);
    const language = languageWithTexts(instance, lngs);
    const detailsTag = detailsLanguage(lngs, catalogues);
    return {
      t,
      details: () => {
        if (detailsTag === undefined) return 'ready';
        const wait = pendingDetails(detailsTag);
        if (wait) return wait;
        if (detailsFailed(detailsTag)) return 'failed';
        addDetailsFor(instance, detailsTag);
        return 'ready';
      },
      retryDetails: () => {
        if (detailsTag !== undefined) retryDetails(detailsTag);
      },
      locale: language,
      requestedLocale: lng,
      dir: dir ?? (instance.dir(language) === 'rtl' ? 'rtl' : 'ltr'),
      i18n: instance,
    };
  }, [instance, lng, dir, translationsKey]);

  return <Provide value={value}>{children}</Provide>;
}
