import { canonicalLocale } from '../locale';
import type { Translate } from './types';

/**
 * The tags whose catalogues carry the list's separators (`ui.stepper.names*`): names are joined from
 * them, as `Intl.ListFormat` would ("A, B, and C"; "A、B、C"; a test holds the two equal). Building a first
 * `Intl.ListFormat` loads its locale data, a fifth of a cold mount; other languages still get one.
 */
const JOINED_FROM_CATALOGUE = new Set(['en', 'en-US', 'ja', 'ja-JP']);

/** One list format per language, for the languages the catalogues do not join. */
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    // A malformed tag from a host must not break the guide: canonicalLocale reads it as English.
    format = new Intl.ListFormat(canonicalLocale(language), { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}

/**
 * The locale a list is joined in: the one asked for when the texts are in its language (`en-GB` over English
 * texts joins as British English does), else the texts' language (`fr` over English texts joins as English).
 */
export function listLocale(requested: string, language: string): string {
  const base = (tag: string) => canonicalLocale(tag).split('-')[0];
  return base(requested) === base(language) ? requested : language;
}

/** Names joined into one phrase, in the guide's language. */
export function joinNames(names: readonly string[], language: string, t: Translate): string {
  if (names.length <= 1) return names[0] ?? '';
  // The tag as a whole: regional English (en-GB: "A, B and C") joins as Intl says, not as the catalogue.
  if (!JOINED_FROM_CATALOGUE.has(canonicalLocale(language))) return listFormat(language).format(names);
  const [first = '', second = ''] = names;
  if (names.length === 2) return t('ui.stepper.namesPair', { first, second });
  return `${names.slice(0, -1).join(t('ui.stepper.namesSeparator'))}${t('ui.stepper.namesLastSeparator')}${names.at(-1)}`;
}
