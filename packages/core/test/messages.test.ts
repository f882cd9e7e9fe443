import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  ESCALATION_TARGETS,
  INPUT_FIELDS,
  type Locale,
  NOTICES,
  profileMessageParams,
  REJECTION_REASONS,
  REQUIREMENT_GROUPS,
  REQUIREMENT_STATUSES,
  REQUIREMENTS,
  SCENARIOS,
  STEP_STATUSES,
  SUPPORT_REQUEST_KINDS,
  TROUBLESHOOTING_ENTRIES,
  UNKNOWN_ERROR_ENTRY,
  zendeskProfile,
} from '../src';
import { catalogueIssues, catalogues, en, ja, type MessageTree, LOCALES as REGISTERED } from '../src/messages';
import { enEssentials } from '../src/messages/en/essentials';
import { enDetails } from '../src/messages/en/troubleshooting-details';
import { jaEssentials } from '../src/messages/ja/essentials';
import { jaDetails } from '../src/messages/ja/troubleshooting-details';
import { PHONE_ADVICE_NOTE_CODES, PHONE_CODE_METHODS, PHONE_ERROR_CODES } from '../src/phone';
import { CARRY_OVER_ITEMS, GLOSSARY_TERMS } from '../src/reference';
import { i18nFor } from './helpers';

const LOCALES = ['en', 'ja'] as const satisfies readonly Locale[];
type Known = (typeof LOCALES)[number];

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/u;
const PLACEHOLDER = /\{\{\s*([^},\s]+)[^}]*\}\}/gu;

/** Dotted key -> text. Throws on anything that is neither a string nor a nested tree. */
function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else throw new Error(`${path} is neither text nor a tree`);
  }
  return out;
}

const FLAT: Record<Known, Map<string, string>> = { en: flatten(en), ja: flatten(ja) };
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const baseKeys = (locale: Known) => new Set([...FLAT[locale].keys()].map(baseKey));
/** Base keys that have plural forms, in either locale. */
const PLURAL_BASES = new Set(
  LOCALES.flatMap((l) => [...FLAT[l].keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(baseKey)),
);
const ALL_BASE_KEYS = [...new Set([...baseKeys('en'), ...baseKeys('ja')])].sort();

/** The texts stored under a base key in a locale: the key itself and its plural forms. */
function formsOf(locale: Known, base: string): string[] {
  return [...FLAT[locale].entries()].filter(([k]) => k === base || baseKey(k) === base).map(([, v]) => v);
}

/** A key resolves if it is a string as-is, or with a plural suffix. */
function resolves(locale: Known, key: string): boolean {
  const flat = FLAT[locale];
  if (flat.has(key)) return true;
  return [...flat.keys()].some((k) => PLURAL_SUFFIX.test(k) && baseKey(k) === key);
}

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);

describe('catalogue parity', () => {
  it('both catalogues hold text only and are not empty', () => {
    expect(FLAT.en.size).toBeGreaterThan(100);
    expect(FLAT.ja.size).toBeGreaterThan(100);
  });

  it('en and ja have the same base keys', () => {
    const enKeys = baseKeys('en');
    const jaKeys = baseKeys('ja');
    expect({
      onlyInEn: [...enKeys].filter((k) => !jaKeys.has(k)).sort(),
      onlyInJa: [...jaKeys].filter((k) => !enKeys.has(k)).sort(),
    }).toEqual({ onlyInEn: [], onlyInJa: [] });
  });

  it('has pluralised keys to check', () => {
    expect(PLURAL_BASES.size).toBeGreaterThan(0);
    expect(PLURAL_BASES).toContain('duration.hours');
  });

  it.each(LOCALES)('every pluralised key has each plural category of %s, and only those', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const flat = FLAT[locale];
    for (const base of PLURAL_BASES) {
      for (const category of categories)
        expect(flat.has(`${base}_${category}`), `${locale}: ${base}_${category}`).toBe(true);
      // A plural key is never also a plain key: i18next would pick one or the other depending on `count`.
      expect(flat.has(base), `${locale}: ${base} is both plain and plural`).toBe(false);
    }
    // i18next supports `_zero` in every language; any other category the locale lacks is dead text.
    const allowed = new Set<string>([...categories, 'zero']);
    for (const key of flat.keys()) {
      const suffix = PLURAL_SUFFIX.exec(key)?.[1];
      if (suffix !== undefined) expect(allowed.has(suffix), `${locale}: ${key}`).toBe(true);
    }
  });

  it('the same {{placeholders}} appear in en and ja for every key', () => {
    for (const base of ALL_BASE_KEYS) {
      const enNames = new Set(formsOf('en', base).flatMap(placeholders));
      const jaNames = new Set(formsOf('ja', base).flatMap(placeholders));
      expect([...jaNames].sort(), base).toEqual([...enNames].sort());
    }
  });

  it('every placeholder is well-formed (no stray braces)', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of FLAT[locale]) {
        const rest = value.replace(PLACEHOLDER, '');
        expect(/[{}]/u.test(rest), `${locale}: ${key}`).toBe(false);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------

/** Every string of a property named `...Key`, and every string of a `...Keys` array, at any depth. */
function collectKeys(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectKeys(item, `${path}[${i}]`, out);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [name, child] of Object.entries(value)) {
    const where = `${path}.${name}`;
    if (name.endsWith('Key')) {
      if (typeof child !== 'string') throw new Error(`${where} is not a string`);
      out.set(child, where);
    } else if (name.endsWith('Keys')) {
      if (!Array.isArray(child) || child.some((k) => typeof k !== 'string'))
        throw new Error(`${where} is not string[]`);
      child.forEach((k: string, i) => {
        out.set(k, `${where}[${i}]`);
      });
    } else {
      collectKeys(child, where, out);
    }
  }
}

const KNOWLEDGE_KEYS = (() => {
  const out = new Map<string, string>();
  collectKeys(SCENARIOS, 'SCENARIOS', out);
  collectKeys(REQUIREMENTS, 'REQUIREMENTS', out);
  collectKeys(TROUBLESHOOTING_ENTRIES, 'TROUBLESHOOTING_ENTRIES', out);
  collectKeys(UNKNOWN_ERROR_ENTRY, 'UNKNOWN_ERROR_ENTRY', out);
  collectKeys(CARRY_OVER_ITEMS, 'CARRY_OVER_ITEMS', out);
  collectKeys(GLOSSARY_TERMS, 'GLOSSARY_TERMS', out);
  return out;
})();

/** Catalogue keys written as string literals in the code that raises them. */
function literalKeysIn(relativePath: string, prefix: string): string[] {
  const source = readFileSync(fileURLToPath(new URL(`../src/${relativePath}`, import.meta.url)), 'utf8');
  const pattern = new RegExp(`['"\`](${prefix}\\.[A-Za-z0-9.-]+)['"\`]`, 'gu');
  return [...source.matchAll(pattern)].map((m) => m[1] as string);
}

const CONVENTION_KEYS: string[] = [
  ...REQUIREMENTS.flatMap((r) => [
    `requirement.${r.id}.title`,
    ...(r.descriptionKey ? [r.descriptionKey] : []),
    ...(r.check.kind === 'input' ? [] : [`requirement.${r.id}.attestation`]),
  ]),
  ...SUPPORT_REQUEST_KINDS.flatMap((k) => [`supportRequest.${k}.subject`, `supportRequest.${k}.body`]),
  ...REJECTION_REASONS.map((r) => `rejection.${r}`),
  ...STEP_STATUSES.map((s) => `stepStatus.${s}`),
  ...NOTICES.map((n) => `notice.${n.kind}.${n.reason}`),
  ...ACTORS.map((a) => `actor.${a}`),
  ...['title', 'body', 'accept', 'cancel'].map((p) => `step.remove-integration.confirm.${p}`),
  ...ESCALATION_TARGETS.map((t) => `escalation.${t}`),
  ...REQUIREMENT_STATUSES.map((s) => `requirementStatus.${s}`),
  ...REQUIREMENT_GROUPS.map((g) => `requirementGroup.${g}`),
  ...INPUT_FIELDS.map((f) => `fields.${f}`),
  ...literalKeysIn('validation/business-identity.ts', 'validation'),
  'validation.phoneNumber.notE164',
  ...literalKeysIn('engine/create-migration.ts', 'validation'),
  ...literalKeysIn('rules/duration.ts', 'duration'),
  ...PHONE_ERROR_CODES.map((c) => `phone.errors.${c}`),
  ...PHONE_ADVICE_NOTE_CODES.map((c) => `phone.advice.${c}`),
  ...PHONE_CODE_METHODS.map((m) => `phone.advice.method.${m}`),
  'policy.verificationCode.remaining',
  'policy.verificationCode.blocked',
  'policy.verificationCode.advice',
  'policy.registration.remaining',
  'policy.registration.blocked',
  'progress.steps',
  'progress.done',
  'progress.requirementsLeft',
];

describe('keys the code uses exist in both catalogues', () => {
  it('the knowledge walk finds the keys of every kind of record, nested ones included', () => {
    const found = [...KNOWLEDGE_KEYS.keys()];
    expect(found.length).toBeGreaterThan(150);
    for (const key of [
      'scenario.bsp-to-provider.title',
      'step.remove-integration.howToComplete',
      'warning.number-goes-offline',
      'wait.code-delivery',
      'requirement.not-banned.attestation',
      'troubleshooting.e133015-recently-deleted.wait',
      'troubleshooting.e133016-registration-limit.escalation',
      'troubleshooting.unknown-error.actions.note-error',
      'carryOver.billing.detail',
      'glossary.waba.term',
    ]) {
      expect(found, key).toContain(key);
    }
  });

  it.each(LOCALES)('every key a knowledge record names resolves in %s', (locale) => {
    const missing = [...KNOWLEDGE_KEYS]
      .filter(([key]) => !resolves(locale, key))
      .map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it('the literal keys of the validators were found', () => {
    expect(literalKeysIn('validation/business-identity.ts', 'validation').length).toBeGreaterThanOrEqual(8);
    expect(literalKeysIn('rules/duration.ts', 'duration')).toEqual(
      expect.arrayContaining([
        'duration.lessThanMinute',
        'duration.minutes',
        'duration.hours',
        'duration.hoursMinutes',
      ]),
    );
  });

  it.each(LOCALES)('every key built by convention resolves in %s', (locale) => {
    const missing = CONVENTION_KEYS.filter((key) => !resolves(locale, key));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('a requirement said by its sentence alone has no description text in %s', (locale) => {
    const said = REQUIREMENTS.filter((r) => r.descriptionKey === undefined);
    expect(said.length).toBeGreaterThan(0);
    for (const r of said) expect(FLAT[locale].has(`requirement.${r.id}.description`), r.id).toBe(false);
  });

  it.each(LOCALES)('input requirements have no attestation text in %s', (locale) => {
    for (const r of REQUIREMENTS.filter((x) => x.check.kind === 'input')) {
      expect(FLAT[locale].has(`requirement.${r.id}.attestation`), r.id).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------

const instance = i18nFor;

const EXTRA_VALUES = {
  count: 2,
  first: 'x',
  second: 'y',
  code: '999',
  hours: 8,
  limit: 3,
  duration: 'x',
  phoneNumber: '+819012345678',
  current: 1,
  total: 4,
  done: 1,
  minutes: 5,
  scenario: 'x',
  status: 'x',
  actors: 'x',
  message: 'x',
  query: 'x',
  title: 'x',
  details: 'x',
  placeholder: 'x',
  trace: 'x',
  time: 'x',
  name: 'x',
  tries: 2,
  max: 3,
};

describe.each(LOCALES)('through i18next (%s)', (lng) => {
  const i18n = instance(lng);
  const values = { ...profileMessageParams(zendeskProfile, lng), ...EXTRA_VALUES };

  it('initialised synchronously in the right language', () => {
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe(lng);
  });

  it('every key gives a non-empty text with every value filled in', () => {
    for (const key of ALL_BASE_KEYS) {
      const text = i18n.t(key, values);
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toBe(key);
      expect(text, key).not.toContain('{{');
      expect(text, key).not.toContain('}}');
    }
  });

  it('the provider profile reaches the text', () => {
    expect(i18n.t('scenario.bsp-to-provider.title', values)).toContain('Zendesk');
    expect(i18n.t('actor.provider-support', values)).toBe(localizedSupport(lng));
    expect(i18n.t('troubleshooting.unknown-error.title', values)).toContain('999');
  });

  it('plural keys pick the form of the count', () => {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const base of PLURAL_BASES) {
      for (const count of [0, 1, 2, 5, 21]) {
        const category = new Intl.PluralRules(lng).select(count);
        expect(categories).toContain(category);
        const expected = (FLAT[lng].get(`${base}_${category}`) ?? '').replace(PLACEHOLDER, (_, name: string) =>
          String(name === 'count' ? count : values[name as keyof typeof values]),
        );
        expect(i18n.t(base, { ...values, count }), `${base} (${count})`).toBe(expected);
      }
    }
  });
});

function localizedSupport(lng: Locale): string {
  return profileMessageParams(zendeskProfile, lng).support;
}

describe('plural forms in English', () => {
  const i18n = instance('en');
  it('count 1 takes the _one text, count 2 the _other one', () => {
    expect(i18n.t('duration.hours', { count: 1 })).toBe('1 hour');
    expect(i18n.t('duration.hours', { count: 2 })).toBe('2 hours');
    for (const base of PLURAL_BASES) {
      const one = i18n.t(base, { ...EXTRA_VALUES, count: 1 });
      expect(one, base).toBe(i18n.t(`${base}_one`, { ...EXTRA_VALUES, count: 1 }));
      expect(one, base).not.toBe(i18n.t(`${base}_other`, { ...EXTRA_VALUES, count: 1 }));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('provider neutrality', () => {
  it.each(LOCALES)('no %s text names Zendesk: the name comes from {{provider}}', (locale) => {
    const offending = [...FLAT[locale]].filter(([, v]) => /zendesk/iu.test(v)).map(([k]) => k);
    expect(offending).toEqual([]);
  });
});

describe('Japanese register', () => {
  const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
  /** Kept in English on purpose: the seed's subject line, and names. */
  // "SMS" is how Japanese help centres write it too.
  const ENGLISH_ALLOWED = new Set(['supportRequest.leave-provider.subject', 'actor.meta', 'ui.live.method.SMS']);

  it('uses full-width question and exclamation marks', () => {
    const offending = [...FLAT.ja].filter(([, v]) => /[?!]/u.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(offending).toEqual([]);
  });

  it('never ends a sentence with an ASCII full stop', () => {
    const offending = [...FLAT.ja]
      .filter(
        ([, v]) => /\.(?:\s|$)/u.test(v) || /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}）」]\./u.test(v),
      )
      .map(([k, v]) => `${k}: ${v}`);
    expect(offending).toEqual([]);
  });

  it('every text is written in Japanese, except the allowed English ones', () => {
    const offending = [...FLAT.ja]
      .filter(([k, v]) => !ENGLISH_ALLOWED.has(k) && !JAPANESE.test(v.replace(PLACEHOLDER, '')))
      // Texts of punctuation only, such as "（{{status}}）", have no words to write in Japanese.
      .filter(([, v]) => /\p{L}/u.test(v.replace(PLACEHOLDER, '')))
      .map(([k, v]) => `${k}: ${v}`);
    expect(offending).toEqual([]);
  });

  it("the seed's subject line stays in English, word for word", () => {
    expect(FLAT.ja.get('supportRequest.leave-provider.subject')).toBe(
      FLAT.en.get('supportRequest.leave-provider.subject'),
    );
  });
});

describe('every registered locale', () => {
  it.each(REGISTERED)(
    '%s: complete, with English’s keys, placeholders and the plural forms of its language',
    (locale) => {
      expect(catalogueIssues(locale, catalogues[locale] as MessageTree, en, { complete: true })).toEqual([]);
    },
  );

  it('a third locale added at run time may be partial, and is checked the same way', () => {
    const fr = {
      scenario: { 'bsp-to-provider': { title: 'Vers {{provider}}' } },
      duration: { hours_one: '{{count}} heure', hours_other: '{{count}} heures', hours_many: '{{count}} d’heures' },
    };
    expect(catalogueIssues('fr', fr, en)).toEqual([]);
    expect(catalogueIssues('fr', fr, en, { complete: true }).length).toBeGreaterThan(100);
    const broken = {
      scenario: { 'bsp-to-provider': { title: 'Vers {{fournisseur}}', titel: 'x' } },
      ui: { guide: { title: ' ' } },
    };
    expect(catalogueIssues('fr', broken, en)).toEqual([
      'ui.guide.title: empty or not text',
      'scenario.bsp-to-provider.title: placeholders {fournisseur} instead of {provider}',
      'scenario.bsp-to-provider.titel: not a key of the catalogue',
    ]);
    expect(catalogueIssues('ja', { duration: { hours_one: '{{count}}時間' } }, en)).toEqual([
      'duration.hours_one: ja has no "one" form',
    ]);
  });
});

describe('each catalogue in two parts (a bundle fetches the second once a panel is shown)', () => {
  const parts = { en: [en, enEssentials, enDetails], ja: [ja, jaEssentials, jaDetails] } as const;
  const ENTRIES = [...TROUBLESHOOTING_ENTRIES, UNKNOWN_ERROR_ENTRY];

  it.each(LOCALES)('%s: the parts together are the whole catalogue, and no key is in both', (locale) => {
    const [whole, essentials, details] = parts[locale];
    const first = flatten(essentials);
    const second = flatten(details as MessageTree);
    expect([...first.keys()].filter((key) => second.has(key))).toEqual([]);
    expect(new Map([...first, ...second])).toEqual(flatten(whole));
  });

  it.each(LOCALES)(
    '%s: what the panel lists and searches is in the first part, what an entry opens to in the second',
    (locale) => {
      const [, essentials, details] = parts[locale];
      const first = flatten(essentials);
      const second = flatten(details as MessageTree);
      for (const entry of ENTRIES) {
        expect(first.has(entry.titleKey), entry.titleKey).toBe(true);
        expect(first.has(entry.symptomKey), entry.symptomKey).toBe(true);
        const opened = [entry.causeKey, ...entry.actionKeys, entry.wait?.messageKey, entry.escalation?.messageKey];
        for (const key of opened.filter((k) => k !== undefined)) expect(second.has(key), key).toBe(true);
      }
      // Only the entries' details are left for later: every other area renders at once.
      expect(Object.keys(details)).toEqual(['troubleshooting']);
    },
  );
});
