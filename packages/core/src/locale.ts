import type { Locale, LocalizedText } from './knowledge/types';
import { displayText } from './validation/text';

/**
 * Each answer kept per tag: every render asks (each profile text, each provider), and building an
 * `Intl.Locale` each time costs more than the rest of the work. A host that makes up tags gets a cache that
 * starts over rather than grows.
 */
function perTag<T>(compute: (tag: string) => T): (tag: string) => T {
  const answers = new Map<string, T>();
  return (tag) => {
    if (answers.has(tag)) return answers.get(tag) as T;
    const answer = compute(tag);
    if (answers.size >= 64) answers.clear();
    answers.set(tag, answer);
    return answer;
  };
}

const fallbacksOf = perTag((locale: string): readonly string[] => {
  const tag = canonicalLocale(locale);
  const { language, script } = new Intl.Locale(tag);
  return Object.freeze([...new Set([tag, ...(script ? [`${language}-${script}`] : []), language, 'en'])]);
});

/**
 * How a BCP 47 tag falls back, as i18next walks it: itself, its language and script, its language, then
 * English (`zh-Hant-TW` -> `zh-Hant` -> `zh` -> `en`; `ja-JP` -> `ja` -> `en`). Tags are compared in their
 * canonical case; a malformed tag falls back to English.
 */
export function localeFallbacks(locale: Locale): readonly string[] {
  return fallbacksOf(locale);
}

const canonicalOf = perTag((tag: string): string | null => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
});

/** The tag in canonical case (`ja-jp` -> `ja-JP`), or null when it is not a well-formed BCP 47 tag. */
export function wellFormedLocale(locale: unknown): string | null {
  if (typeof locale !== 'string' || locale.trim() === '') return null;
  return canonicalOf(locale.trim());
}

/** The tag in canonical case (`ja-jp` -> `ja-JP`), or `en` when it is not a well-formed tag. */
export function canonicalLocale(locale: Locale): string {
  return wellFormedLocale(locale) ?? 'en';
}

/** Languages spoken mainly in one country: a number typed without `+` in that language is most likely from there. */
const LANGUAGE_REGIONS: Readonly<Record<string, string>> = { ja: 'JP' };

/** The country a phone number typed without `+` is assumed to be from: the tag's region, else its language's. */
export function defaultRegionOf(locale: Locale): string | undefined {
  const parts = canonicalLocale(locale).split('-');
  const region = parts.slice(1).find((part) => /^[A-Z]{2}$/u.test(part));
  return region ?? LANGUAGE_REGIONS[parts[0] ?? ''];
}

/**
 * A host's text in the locale, falling back by language, then to English, as the guide may show it (no
 * controls, no direction overrides).
 */
export function localize(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return displayText(text);
  if (typeof text !== 'object' || text === null) return '';
  for (const tag of localeFallbacks(locale)) {
    const value = text[tag];
    if (typeof value === 'string') return displayText(value);
  }
  return typeof text?.en === 'string' ? displayText(text.en) : '';
}
