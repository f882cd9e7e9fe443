import { describe, expect, it } from 'vitest';
import {
  canonicalLocale,
  defaultRegionOf,
  localeFallbacks,
  localize,
  profileMessageParams,
  wellFormedLocale,
  zendeskProfile,
} from '../src';

describe('locales as BCP 47 tags', () => {
  it('fall back by language, then to English', () => {
    expect(localeFallbacks('ja-JP')).toEqual(['ja-JP', 'ja', 'en']);
    expect(localeFallbacks('ja')).toEqual(['ja', 'en']);
    expect(localeFallbacks('pt-br')).toEqual(['pt-BR', 'pt', 'en']);
    expect(localeFallbacks('en-GB')).toEqual(['en-GB', 'en']);
    // As i18next walks it: the script's catalogue comes before the bare language's.
    expect(localeFallbacks('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
  });

  it('read a malformed tag as English instead of throwing', () => {
    expect(canonicalLocale('ja_JP!!')).toBe('en');
    expect(canonicalLocale('')).toBe('en');
    expect(localeFallbacks('not a tag')).toEqual(['en']);
  });

  it('take the phone number’s default country from the region, else from a language spoken in one country', () => {
    expect(defaultRegionOf('ja')).toBe('JP');
    expect(defaultRegionOf('ja-JP')).toBe('JP');
    expect(defaultRegionOf('en-US')).toBe('US');
    expect(defaultRegionOf('en')).toBeUndefined();
    expect(defaultRegionOf('pt-BR')).toBe('BR');
  });

  it('localise a host’s text the same way: ja-JP gets the Japanese name', () => {
    expect(localize({ en: 'Support', ja: 'サポート' }, 'ja-JP')).toBe('サポート');
    expect(localize({ en: 'Support', 'pt-BR': 'Suporte' }, 'pt-br')).toBe('Suporte');
    expect(localize({ en: 'Support' }, 'fr')).toBe('Support');
    expect(profileMessageParams(zendeskProfile, 'ja-JP').support).toBe('Zendeskカスタマーサポート');
  });

  it('answers the same for each tag however many a host makes up (past the per-tag cache’s size, it starts over)', () => {
    const made = Array.from({ length: 200 }, (_, i) => `en-x-t${i}`);
    for (const tag of made) expect(localeFallbacks(tag)).toEqual([canonicalLocale(tag), 'en']);
    expect(localeFallbacks('ja-jp')).toEqual(['ja-JP', 'ja', 'en']);
    expect(wellFormedLocale(' zh-hant-tw ')).toBe('zh-Hant-TW');
    expect(wellFormedLocale('not a tag!')).toBeNull();
  });
});
