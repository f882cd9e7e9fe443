import {
  canonicalLocale,
  defineProviderProfile,
  type Locale,
  localeFallbacks,
  type ProviderProfile,
  SCENARIOS,
  type Scenario,
  wellFormedLocale,
  zendeskProfile,
} from '@wamigrate/core';
import { LOCALES } from '@wamigrate/core/messages';
import type { HeadingLevel, StorageOption } from '@wamigrate/react';

/**
 * Reads the element's attributes. An editor's typo never breaks the page: the value falls back to the
 * default and the console says precisely what was wrong.
 */

/** Profiles an attribute can name; hosts with their own set the `provider` property to an object. */
const BUILT_IN_PROFILES: Readonly<Record<string, ProviderProfile>> = { [zendeskProfile.id]: zendeskProfile };

const THEMES = ['light', 'dark', 'auto'] as const;
const STORAGES = ['local', 'session', 'memory'] as const;

export type Theme = (typeof THEMES)[number];
export type StorageName = (typeof STORAGES)[number];

/** Each problem is said once, not on every render. */
const said = new Set<string>();
function once(message: string) {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[wamigrate-guide] ${message}`);
}

function warn(attribute: string, value: string, fallback: string) {
  once(`${attribute}="${value}" is not known; using ${fallback}.`);
}

function oneOf<T extends string>(attribute: string, value: string | null, allowed: readonly T[], fallback: T): T {
  if (value === null || value === '') return fallback;
  const normalized = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  warn(attribute, value, fallback);
  return fallback;
}

/**
 * `locale`, else the language of the page around the element (`<html lang="ja-JP">`). Any BCP 47 tag: its
 * texts fall back by language, then to English (`ja-JP` -> `ja`), so a locale added through `translations`
 * works too. A malformed tag falls back to English with a warning.
 */
export function readLocale(element: Element, texts: ReadonlySet<string> = new Set(LOCALES)): Locale {
  const own = element.getAttribute('locale');
  if (own !== null && own.trim() !== '') {
    const tag = wellFormedLocale(own);
    // A tag no catalogue speaks (not even its language) shows English, or the one language of a one-language
    // file: say so, as for any unknown value.
    const shown = texts.has('en') ? 'en' : ([...texts][0] ?? 'en');
    const english = tag === 'en' || tag?.startsWith('en-') === true;
    const spoken = (t: string) => texts.has(t) && (t !== 'en' || english);
    if (tag === null || !localeFallbacks(tag).some(spoken)) warn('locale', own, shown);
    return tag ?? 'en';
  }
  const inherited = element.closest('[lang]')?.getAttribute('lang') ?? '';
  return canonicalLocale(inherited === '' ? 'en' : inherited);
}

/**
 * The theme: the attribute's, else what the page says of itself. A help centre that declares
 * `color-scheme: dark` gets the dark guide, one that offers both (`light dark`) follows the system, and a
 * page that says nothing is light, as its own styles are: the guide never turns dark on a light page.
 */
export function readTheme(value: string | null, page: Element = document.documentElement): Theme {
  const fallback = pageTheme(page);
  return oneOf('theme', value, THEMES, fallback);
}

function pageTheme(page: Element): Theme {
  // The CSS property on the root, else the page's <meta name="color-scheme">.
  const css = getComputedStyle(page).colorScheme ?? '';
  const meta = page.ownerDocument.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const scheme = (css === '' || css === 'normal' ? meta : css).toLowerCase().split(/[\s,]+/u);
  const dark = scheme.includes('dark');
  const light = scheme.includes('light');
  return dark && light ? 'auto' : dark ? 'dark' : 'light';
}

/** Progress is kept in localStorage by default: the owner comes back after a cool-down of hours. */
export const readStorage = (value: string | null): StorageName & StorageOption =>
  oneOf('storage', value, STORAGES, 'local');

export function readHeadingLevel(value: string | null): HeadingLevel {
  if (value === null || value === '') return 2;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level as HeadingLevel;
  warn('heading-level', value, '2');
  return 2;
}

export function readProvider(value: string | null): ProviderProfile {
  if (value === null || value === '') return zendeskProfile;
  const id = value.trim().toLowerCase();
  // Own keys only: `constructor` or `__proto__` are no profile.
  const profile = Object.hasOwn(BUILT_IN_PROFILES, id) ? BUILT_IN_PROFILES[id] : undefined;
  if (profile) return profile;
  warn('provider', value, zendeskProfile.id);
  return zendeskProfile;
}

/** A profile as a host writes it: the policies may be left out. */
export type ProviderProfileInput = Parameters<typeof defineProviderProfile>[0];

/** The texts every message may interpolate: a profile without one would break the guide's sentences. */
const PROFILE_TEXTS = ['name', 'supportName', 'adminCentre', 'channelSetupGuide'] as const;

const isLocalizedText = (text: unknown) =>
  typeof text === 'string' ||
  (typeof text === 'object' && text !== null && typeof (text as Record<string, unknown>).en === 'string');

/** A profile object from script: the policies default to the seed's, as `defineProviderProfile` says. */
export function toProviderProfile(value: unknown): ProviderProfile | undefined {
  if (value === null || value === undefined) return undefined;
  const candidate = value as Record<string, unknown>;
  const missing = PROFILE_TEXTS.filter((key) => !isLocalizedText(candidate[key]));
  if (typeof value !== 'object' || typeof candidate.id !== 'string' || missing.length > 0) {
    const needs = ['id', ...PROFILE_TEXTS].join(', ');
    once(
      `the provider property needs ${needs} (text, or { en, ja }); ${missing.join(', ') || 'id'} is missing. Ignored.`,
    );
    return undefined;
  }
  return defineProviderProfile(value as ProviderProfileInput);
}

/** A fixed scenario the knowledge has, or none (the user picks one). */
export function readScenario(value: string | null, scenarios: readonly Scenario[] = SCENARIOS): string | undefined {
  if (value === null || value === '') return undefined;
  const id = value.trim();
  if (scenarios.some((scenario) => scenario.id === id)) return id;
  once(`scenario="${value}" is not known (known: ${scenarios.map((s) => s.id).join(', ')}); the user picks one.`);
  return undefined;
}
