import { catalogues, type MessageTree } from '@wamigrate/core/messages';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Translations } from '../src/i18n/create-i18n';

/**
 * The element's single file swaps i18next for src/i18n/small-i18next.ts. Here the guide's own code
 * (create-i18n.ts: the instances, the catalogues merged under a host's texts, `translator`) runs once on
 * each, and every key of every catalogue must read the same in every language, at every count.
 */

type Implementation = 'i18next' | 'small';

async function guideTexts(implementation: Implementation, translations: Translations) {
  vi.resetModules();
  if (implementation === 'small') vi.doMock('i18next', () => import('../src/i18n/small-i18next'));
  else vi.doUnmock('i18next');
  const { addCataloguesFor, sharedGuideI18n, translator } = await import('../src/i18n/create-i18n');
  const { textChain } = await import('../src/i18n/catalogues');
  // As I18nProvider makes a guide's instance: the host's texts first, the library's merged under them.
  const instance = sharedGuideI18n(JSON.stringify(translations), translations).cloneInstance();
  // Which one runs: if the mock stopped applying, the test would compare i18next with itself.
  expect(instance.constructor.name === 'SmallI18next').toBe(implementation === 'small');
  return (locale: string) => {
    const lngs = textChain(locale);
    addCataloguesFor(instance, lngs, catalogues);
    return { t: translator(instance, locale, lngs), instance };
  };
}

afterEach(() => {
  vi.doUnmock('i18next');
  vi.resetModules();
});

function leafKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`),
  );
}

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/u;
const keys = [
  ...new Set(Object.values(catalogues).flatMap((tree) => leafKeys(tree).map((k) => k.replace(PLURAL_FORM, '')))),
];
const placeholders = [
  ...new Set(
    Object.values(catalogues).flatMap((tree) =>
      leafKeys(tree).flatMap((key) => {
        const text = key.split('.').reduce<unknown>((at, part) => (at as MessageTree)[part], tree) as string;
        return [...text.matchAll(/\{\{-?\s*([^}]+?)\s*\}\}/gu)].map((m) => m[1] as string);
      }),
    ),
  ),
];

/** What a host or a user may put in a value: markup, replacement patterns, placeholders, nesting. */
const HOSTILE = '<b>Ａ&amp; $& $1 $$ {{count}} {{- name}} $t(ui.guide.title)</b>';
const valueSets = [
  undefined,
  Object.fromEntries(placeholders.map((name) => [name, `${name}: ${HOSTILE}`])),
  Object.fromEntries(placeholders.map((name, at) => [name, at])),
];
const COUNTS = [undefined, 0, 1, 2, 5, 11, 21, 101, 1.5, -1];

/** A host's texts, overriding some of the library's and adding a locale of its own. */
const HOST: Translations = {
  ja: { ui: { guide: { title: '{{ provider }}への移行 {{-name}} {{missing}}' } } },
  'pt-BR': { ui: { guide: { title: 'Mover o número' } } },
  pt: { ui: { stepper: { next: 'Próximo' } }, step: { 'host:step': { title: 'Passo {{count}}' } } },
  en: {
    troubleshooting: { extra_zero: 'None', extra_one: 'One', extra_other: '{{count}} more' },
    // A record's id with a dot, and a text written as one flat key: i18next finds both in a second look.
    step: { 'v2.verify': { title: 'Verify (v2)' } },
    'warning.flat-one': 'A flat key',
  } as Translations[string],
};
const ODD_KEYS = [
  '',
  'ui',
  'ui.guide',
  'no.such.key',
  'missing.{{name}}',
  'step.host:step.title',
  'troubleshooting.extra',
  'a..b',
  'step.__proto__.title',
  'constructor',
  'step.v2.verify.title',
  'warning.flat-one',
];
const LOCALES = ['en', 'ja', 'ja-JP', 'pt-BR', 'fr'];

async function everyText(implementation: Implementation) {
  const forLocale = await guideTexts(implementation, HOST);
  const texts: unknown[] = [];
  for (const locale of LOCALES) {
    const { t } = forLocale(locale);
    for (const key of [...keys, ...ODD_KEYS]) {
      for (const values of valueSets) {
        for (const count of COUNTS) texts.push(t(key, count === undefined ? values : { ...values, count }));
      }
    }
  }
  return texts;
}

describe('the single file’s i18next subset', () => {
  it('reads every key of every catalogue as i18next does, in every language, at every count', async () => {
    const expected = await everyText('i18next');
    const actual = await everyText('small');
    // The walk covers the catalogues: thousands of texts, each through placeholders and plural forms.
    expect(keys.length).toBeGreaterThan(500);
    expect(placeholders).toContain('count');
    expect(actual.length).toBe(expected.length);
    const differences = actual.flatMap((text, at) =>
      text === expected[at] ? [] : [{ at, text, expected: expected[at] }],
    );
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('says which languages have texts, and their direction, as i18next does', async () => {
    const answers = async (implementation: Implementation) => {
      const { instance } = (await guideTexts(implementation, HOST))('ja-JP');
      const tags = [
        'en',
        'ja',
        'ja-JP',
        'pt',
        'pt-BR',
        'fr',
        'ar',
        'he-IL',
        'fa',
        'ur-PK',
        'az-Arab',
        'ks-Arab-IN',
        'sr-Latn',
      ];
      return tags.map((tag) => [tag, instance.hasResourceBundle(tag, 'wamigrate'), instance.dir(tag)]);
    };
    const expected = await answers('i18next');
    expect(expected).toContainEqual(['ar', false, 'rtl']);
    expect(await answers('small')).toEqual(expected);
  });

  it('never writes into the trees it was given, as i18next copies them', async () => {
    const { createInstance } = await import('../src/i18n/small-i18next');
    const instance = createInstance();
    const first = { ui: { guide: { title: 'First' } } };
    const second = { ui: { guide: { title: 'Second', extra: 'x' } } };
    instance.addResourceBundle('en', 'wamigrate', first, true, true);
    instance.addResourceBundle('en', 'wamigrate', second, true, false);
    expect(first).toEqual({ ui: { guide: { title: 'First' } } });
    expect(second).toEqual({ ui: { guide: { title: 'Second', extra: 'x' } } });
    expect(instance.t('ui.guide.extra', { lngs: ['en'], ns: 'wamigrate' })).toBe('x');
    expect(instance.t('ui.guide.title', { lngs: ['en'], ns: 'wamigrate' })).toBe('First');
  });
});
