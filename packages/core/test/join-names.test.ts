import { describe, expect, it } from 'vitest';
import { joinNames, listLocale } from '../src/connect/join-names';
import { i18nFor } from './helpers';

// The catalogues' separators must join names exactly as Intl.ListFormat does in their language.
const NAMES = {
  en: ['the business owner', 'the current provider', 'Zendesk', 'Meta'],
  ja: ['ビジネスのオーナー', '現在のプロバイダー', 'Zendesk', 'Meta'],
};

describe('joinNames', () => {
  for (const language of ['en', 'en-US', 'ja', 'ja-JP'] as const) {
    const i18n = i18nFor(language);
    const t = (key: string, values?: Record<string, string | number>) => i18n.t(key, values ?? {});
    it.each([1, 2, 3, 4])(`${language}: %i names, as Intl.ListFormat joins them`, (count) => {
      const names = NAMES[language.startsWith('ja') ? 'ja' : 'en'].slice(0, count);
      expect(joinNames(names, language, t)).toBe(new Intl.ListFormat(language, { type: 'conjunction' }).format(names));
    });
  }

  it('joins with Intl.ListFormat in a language the catalogues do not join, and reads a bad tag as English', () => {
    const english = i18nFor('en');
    const t = (key: string, values?: Record<string, string | number>) => english.t(key, values ?? {});
    expect(joinNames(['A', 'B', 'C'], 'de', t)).toBe('A, B und C');
    expect(joinNames(['A', 'B', 'C'], 'en-GB', t)).toBe(new Intl.ListFormat('en-GB').format(['A', 'B', 'C']));
    expect(joinNames(['A', 'B'], 'not a tag!', t)).toBe('A and B');
    expect(joinNames([], 'en', t)).toBe('');
  });

  it('joins in the locale asked for when the texts are in its language, else in the texts’ language', () => {
    expect(listLocale('en-GB', 'en')).toBe('en-GB');
    expect(listLocale('ja-JP', 'ja')).toBe('ja-JP');
    expect(listLocale('fr', 'en')).toBe('en');
    expect(listLocale('not a tag!', 'en')).toBe('not a tag!');
  });
});
