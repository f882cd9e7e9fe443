import { type Locale, wellFormedLocale } from '@wamigrate/core';
import type { en as coreEn, MessageTree } from '@wamigrate/core/messages';
import { createInstance, type i18n as I18n } from 'i18next';
import { warnOnce } from '../utils/warn-once';
import { type Catalogues, catalogueNow, DETAILS_SHAPE, detailsNow } from './catalogues';
import type { MessageValues, Translate } from './i18n-context';
import { SHIPPED_LOCALES } from './library-catalogues';
import { MESSAGE_NAMESPACE } from './namespace';

/** Every message the guide shows: the core's catalogue, the views' `ui.*` strings included. */
export type Messages = typeof coreEn;

/**
 * Any subset of a catalogue. Known keys keep their shape (text where the library has text, a tree where
 * it has a tree); new keys are the host's own, for records made with `defineStep`, `defineScenario`, ...
 */
export type PartialMessages<T = Messages> = {
  readonly [K in keyof T]?: T[K] extends string ? string : PartialMessages<T[K]>;
} & { readonly [key: string]: string | MessageTree | undefined };

/**
 * Texts per locale, any BCP 47 tag: `{ ja: { ui: { guide: { title: '...' } } } }` replaces one text;
 * `{ 'pt-BR': {...} }` adds a locale, whose missing keys fall back to `pt`, then to English.
 */
export type Translations = { readonly [locale: Locale]: PartialMessages | undefined };

/** A host's texts, each under the canonical tag the guide asks for; they win over the library's. */
export function addTranslations(instance: I18n, translations: Translations | undefined) {
  for (const [locale, override] of Object.entries(translations ?? {})) {
    // `pt-br` and `pt-BR` are one locale: texts are filed under the canonical tag the guide asks for. A key
    // that is not a language tag (`pt_BR`) names no locale and is left out rather than read as English.
    const tag = wellFormedLocale(locale);
    if (tag !== null && isTree(override)) {
      const library = catalogueNow(tag) ?? catalogueNow('en');
      instance.addResourceBundle(tag, MESSAGE_NAMESPACE, textsOf(override, library, tag, tag), true, true);
      forget(looked.get(instance.store));
    }
  }
}

const isTree = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A host's tree with its texts only, each the shape the library's is (`library`: its catalogue for the
 * language, else English). Anything else is left out with a warning: a number, a list or null (from JSON a
 * page builds) makes i18next's merge throw where it meets the library's tree, and a text where the library
 * has a tree (or a tree where it has a text) would hide every text under it.
 */
function textsOf(tree: Readonly<Record<string, unknown>>, library: unknown, path: string, tag: string): MessageTree {
  const texts: Record<string, string | MessageTree> = {};
  // A library entry's details may not be here yet: their shape stands in for them.
  const entries = path === `${tag}.troubleshooting`;
  for (const [key, value] of Object.entries(tree)) {
    // JSON.parse makes `__proto__` an own key; assigned here, it would replace the tree's prototype.
    if (key === '__proto__' || value === undefined) continue;
    const found = isTree(library) && Object.hasOwn(library, key) ? library[key] : undefined;
    const ours = entries && isTree(found) ? { ...DETAILS_SHAPE, ...found } : found;
    if (typeof value === 'string' && !isTree(ours)) texts[key] = value;
    else if (isTree(value) && typeof ours !== 'string') texts[key] = textsOf(value, ours, `${path}.${key}`, tag);
    else warnOnce(`translations.${path}.${key} is not the shape of the library's text there; it is left out.`);
  }
  return texts;
}

/**
 * The library's catalogues for the languages a locale falls back through (`ja-JP` -> `ja`, `en`), added
 * once each: a guide in English never pays for merging the Japanese catalogue. Added under what is there,
 * so the host's texts keep winning. Only those here now (see `pendingCatalogues`).
 */
export function addCataloguesFor(instance: I18n, fallbacks: readonly string[], given?: Catalogues) {
  for (const tag of fallbacks) {
    const catalogue = catalogueNow(tag, given);
    if (catalogue) addOnce(instance, tag, catalogue);
  }
}

/**
 * `texts` merged into the instance's store for `tag` unless it already was: by object, so a store that has
 * a language's essentials still takes the whole catalogue a host gives later (the details with it).
 */
function addOnce(instance: I18n, tag: string, texts: MessageTree) {
  const merged = added.get(instance.store) ?? new WeakSet<object>();
  if (merged.has(texts)) return;
  instance.addResourceBundle(tag, MESSAGE_NAMESPACE, texts, true, false);
  forget(looked.get(instance.store));
  merged.add(texts);
  added.set(instance.store, merged);
}

/**
 * The troubleshooting details fetched for `tag` (see `pendingDetails`), added once per store of texts, under
 * what is there: the host's texts keep winning.
 */
export function addDetailsFor(instance: I18n, tag: string) {
  const details = detailsNow(tag);
  if (details) addOnce(instance, tag, details);
}

/** Which catalogues each store of texts already has (clones of an instance share one), so none is merged twice. */
const added = new WeakMap<object, WeakSet<object>>();

function newInstance(lng: Locale): I18n {
  const instance = createInstance();
  void instance.init({
    lng,
    ns: [MESSAGE_NAMESPACE],
    defaultNS: MESSAGE_NAMESPACE,
    // Key by key: `ja-JP` -> `ja` -> `en` (i18next walks the tag's language before the fallback).
    fallbackLng: 'en',
    // React escapes text itself; i18next escaping would show "&amp;" in a display name.
    interpolation: { escapeValue: false },
    initAsync: false,
    resources: {},
  });
  return instance;
}

/**
 * The guide's `t` in `lng`, its texts looked up through `lngs`, whatever a host's instance sets: keys are
 * paths split at `.` only (an id of a host's record may hold a `:`), and values are never escaped, as React
 * escapes text itself (i18next escaping would show "&amp;" in a display name). An instance is taken at its
 * `init` options: one that escapes is told not to on each call.
 */
export function translator(instance: I18n, lng: Locale, lngs: readonly string[]): Translate {
  const options = { lng, lngs: [...lngs], ns: MESSAGE_NAMESPACE, nsSeparator: false, keySeparator: '.' } as const;
  // Interpolation options in a call make i18next build its interpolator again, twice a call (most of a cold
  // mount's lookups): given only to an instance that escapes by itself, a host's.
  const unescaped = { ...options, interpolation: { escapeValue: false } } as const;
  const look = (key: string, values?: MessageValues) =>
    instance.t(key, {
      ...values,
      ...(instance.options.interpolation?.escapeValue === false ? options : unescaped),
    });
  const texts = lookedUp(instance, `${lng} ${lngs.join(' ')}`);
  if (!texts) return look;
  return (key, values) => {
    const id = values === undefined ? key : `${key}${valuesId(values)}`;
    let text = texts.get(id);
    if (text === undefined) {
      text = look(key, values);
      // Values a person types (a number, a search) make new texts with each key: kept to a bound.
      if (texts.size >= 4000) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
}

/**
 * Values as a key: each name with its type and value (JSON would read NaN and Infinity as one, and a value
 * left out as one given as undefined).
 */
function valuesId(values: MessageValues): string {
  let id = '';
  for (const [name, value] of Object.entries(values)) id += `\u0000${name}\u0001${typeof value}\u0001${String(value)}`;
  return id;
}

/**
 * The texts already looked up, by key and values, per store of texts (clones share one) and language chain:
 * each render asks for every step's title and description again, and i18next took 2.5 ms of a "next". In the
 * browser only: a server would keep, from request to request, texts holding what each person typed. At most
 * 16 chains a store (a page that keeps inventing locales looks its further texts up each time). A host that
 * writes into its instance's store without telling (`silent`, `store.data`) is not seen.
 */
const looked = new WeakMap<object, Map<string, Map<string, string>>>();
function lookedUp(instance: I18n, chain: string): Map<string, string> | undefined {
  if (typeof document === 'undefined') return undefined;
  let byChain = looked.get(instance.store);
  if (!byChain) {
    const fresh = new Map<string, Map<string, string>>();
    looked.set(instance.store, fresh);
    // A host that adds texts to its own instance: i18next's store says so.
    const store = instance.store as { on?: (event: string, listener: () => void) => void };
    store.on?.('added', () => forget(fresh));
    store.on?.('removed', () => forget(fresh));
    byChain = fresh;
  }
  let texts = byChain.get(chain);
  if (!texts && byChain.size < 16) {
    texts = new Map();
    byChain.set(chain, texts);
  }
  return texts;
}

/** Emptied in place: every `t` made over the store keeps its map. */
function forget(byChain: Map<string, Map<string, string>> | undefined) {
  for (const texts of byChain?.values() ?? []) texts.clear();
}

/**
 * A private instance with the library's catalogues that are here (English, and any fetched or loaded with
 * `loadCatalogues`): the host's global i18next instance is never touched. A guide given it adds the
 * rest of its language's chain once fetched; `translations` win over the library's texts.
 */
export function createGuideI18n(locale: Locale, translations?: Translations): I18n {
  const instance = newInstance(locale);
  addCataloguesFor(instance, SHIPPED_LOCALES);
  addTranslations(instance, translations);
  return instance;
}

/**
 * The texts of the guides that have one set of translations (by content): one instance whose store every
 * such guide's own instance shares (`cloneInstance`), so a mount merges no catalogue another guide already
 * did, while each guide keeps its own language and events. A page that keeps inventing translations gets a
 * cache that starts over rather than grows.
 */
const shared = new Map<string, I18n>();
export function sharedGuideI18n(translationsKey: string, translations: Translations | undefined): I18n {
  let instance = shared.get(translationsKey);
  if (!instance) {
    instance = newInstance('en');
    addTranslations(instance, translations);
    if (shared.size >= 16) shared.clear();
    shared.set(translationsKey, instance);
  }
  return instance;
}
