import { describe, expect, it } from 'vitest';
import { TROUBLESHOOTING_ENTRIES, type TroubleshootingEntry, UNKNOWN_ERROR_ENTRY } from '../src';
import { connectTroubleshooting, type EntryView } from '../src/connect';
import { en, ja, type MessageTree } from '../src/messages';
import { i18nFor, setup } from './helpers';

/**
 * Every error code of DOMAIN.md §5 and §8.1, as Meta (or Twilio) sends it, and the troubleshooting entries it
 * must open, likeliest first. The catalogue's own key check (messages.test.ts, "every key a knowledge record
 * names resolves") covers every entry's keys; here each opened entry is also read as a person sees it.
 */
const TABLE: readonly (readonly [code: number, entryIds: readonly string[]])[] = [
  // Migration (2388xxx, 2494100, 2593xxx) and adding the number (200000)
  [2388001, ['e2388001-two-step-verification-on', 'e2388001-confirm-ownership']],
  [2388012, ['e2388012-number-already-added']],
  [2388091, ['e2388091-not-being-migrated']],
  [2388093, ['e2388091-not-being-migrated']],
  [
    2388103,
    [
      'e2388103-different-business-manager',
      'e2388103-display-name-not-approved',
      'e2388103-no-payment-account',
      'e2388103-messaging-for-not-approved',
      'e2388103-destination-waba-not-approved',
      'e2388103-source-waba-not-set-up',
      'e2388103-webhooks-not-set-up',
      'e2388103-add-number-directly',
      'e2388103-migration-error',
    ],
  ],
  [2388019, ['e2388019-template-limit']],
  [2494100, ['e2494100-maintenance-mode']],
  [2593079, ['e2593079-waba-tagged-for-other-solution']],
  [2593085, ['e2593085-invalid-waba-for-obo-mobility']],
  [200000, ['e200000-cannot-add-number']],
  // Verification code
  [136024, ['e136024-request-code-error']],
  [136025, ['e136025-code-not-accepted']],
  // Registration and two-step verification
  [133000, ['e133000-incomplete-deregistration']],
  [133004, ['e133004-server-unavailable']],
  [133005, ['e133005-pin-mismatch']],
  [133006, ['e133006-reverification-needed']],
  [133008, ['e133008-too-many-pin-guesses']],
  [133009, ['e133009-pin-guessed-too-fast']],
  [133010, ['e133010-not-registered']],
  [133015, ['e133015-recently-deleted']],
  [133016, ['e133016-registration-limit']],
  [131009, ['e131009-invalid-pin-format']],
  [131000, ['e131000-something-went-wrong']],
  // Account state and sending
  [131031, ['e131031-request-not-verified', 'e131031-account-locked']],
  [368, ['e131031-account-locked']],
  [131042, ['e131042-payment-issue']],
  [131045, ['e131045-incorrect-certificate']],
  [131037, ['e131037-display-name-approval-needed']],
  // The request, the token, permissions and rate limits
  [100, ['e100-invalid-parameter']],
  [33, ['e33-number-deleted']],
  [0, ['e190-access-token-invalid']],
  [190, ['e190-access-token-invalid']],
  [10, ['e10-permission-missing']],
  ...Array.from({ length: 100 }, (_, i) => [200 + i, ['e10-permission-missing']] as const),
  [4, ['e4-rate-limit']],
  [80007, ['e4-rate-limit']],
  // Twilio
  [63059, ['e63059-number-moved-to-other-waba']],
  [63128, ['e63128-name-change-in-progress']],
];

/** The codes that truly have several causes, one entry each. */
const SEVERAL_CAUSES = [2388001, 2388103, 131031];
/** Seven-digit Meta codes: sent as a subcode under code 100 (DOMAIN §8.1); read the same as a bare code. */
const isSubcode = (code: number) => code >= 1_000_000;
const TWILIO = new Set([63059, 63128]);

interface Body {
  readonly code: number;
  readonly subcode?: number;
  readonly userTitle?: string;
}

/** A body as Meta's Graph API sends it (DOMAIN §8.1). */
const graphBody = ({ code, subcode, userTitle }: Body) => ({
  error: {
    message: `(#${code}) Something Meta says`,
    type: 'OAuthException',
    code,
    ...(subcode === undefined ? {} : { error_subcode: subcode }),
    ...(userTitle === undefined ? {} : { error_user_title: userTitle, error_user_msg: 'Meta explains' }),
    error_data: { details: 'Meta says why' },
    fbtrace_id: 'AbC123_xyz',
  },
});

interface Case {
  readonly name: string;
  readonly error: unknown;
  readonly expected: readonly string[];
}

/** Each code in every form it arrives in: as a subcode under 100 and bare, with and without a user title. */
function casesOf(code: number, entryIds: readonly string[]): Case[] {
  const forms: [string, Body][] = isSubcode(code)
    ? [
        ['under 100', { code: 100, subcode: code }],
        ['bare', { code }],
      ]
    : [['bare', { code }]];
  const cases: Case[] = [];
  for (const [form, body] of forms) {
    cases.push({ name: `${code} ${form}`, error: graphBody(body), expected: entryIds });
    // A title no entry knows narrows nothing: every cause is listed.
    cases.push({
      name: `${code} ${form}, unknown title`,
      error: graphBody({ ...body, userTitle: 'A title Meta made up later' }),
      expected: entryIds,
    });
    for (const id of entryIds) {
      for (const title of entryById(id).userTitles ?? []) {
        // A known title names its cause; for a code with one cause it changes nothing.
        cases.push({
          name: `${code} ${form}, title of ${id}`,
          error: graphBody({ ...body, userTitle: title }),
          expected: entryIds.length > 1 ? [id] : entryIds,
        });
      }
    }
  }
  if (TWILIO.has(code)) {
    cases.push({ name: `${code} as a number`, error: code, expected: entryIds });
    cases.push({ name: `${code} as text`, error: `#${code}`, expected: entryIds });
  }
  return cases;
}

function entryById(id: string): TroubleshootingEntry {
  const found = TROUBLESHOOTING_ENTRIES.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

const CASES = TABLE.flatMap(([code, ids]) => casesOf(code, ids));

const CATALOGUES: Record<'en' | 'ja', MessageTree> = { en, ja };
/** The catalogue's own text at a dotted key, or undefined. */
function catalogueText(locale: 'en' | 'ja', key: string): string | undefined {
  let node: MessageTree | string | undefined = CATALOGUES[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

function reported(error: unknown) {
  const { store } = setup();
  store.send({ type: 'REPORT_ERROR', error });
  return store;
}

/** The entries the panel suggests for the reported error, as a person reads them in a locale. */
function suggestedViews(error: unknown, locale: 'en' | 'ja'): readonly EntryView[] {
  const store = reported(error);
  const i18n = i18nFor(locale);
  return connectTroubleshooting(store.getSnapshot(), store.send, {
    id: 'p',
    locale,
    t: (key, values) => i18n.t(key, { ...values }),
  }).suggested.filter((v) => v.applicable?.reason === 'error-code');
}

describe('every error code of DOMAIN §5 and §8.1 opens its own entry', () => {
  it.each(CASES)('$name', ({ error, expected }) => {
    const snapshot = reported(error).getSnapshot();
    const opened = snapshot.troubleshooting.applicable.filter((a) => a.reason === 'error-code');
    expect(opened.map((a) => a.entry.id)).toEqual(expected);
    expect(snapshot.troubleshooting.openEntryId).toBe(expected[0]);
    expect(expected).not.toContain(UNKNOWN_ERROR_ENTRY.id);
  });

  it.each(CASES)('$name reads as the catalogue says, in English and Japanese', ({ error, expected }) => {
    for (const locale of ['en', 'ja'] as const) {
      const views = suggestedViews(error, locale);
      expect(views.map((v) => v.id)).toEqual(expected);
      const generic = catalogueText(locale, UNKNOWN_ERROR_ENTRY.titleKey);
      for (const view of views) {
        const title = catalogueText(locale, view.entry.titleKey);
        expect(title, `${locale}: ${view.entry.titleKey}`).toBeDefined();
        expect(view.title).toBe(title);
        expect(view.title).not.toBe(generic);
        const texts = [
          view.symptom,
          view.cause,
          ...view.actions.map((a) => a.text),
          view.wait?.text,
          view.escalation?.text,
        ].filter((t): t is string => t !== undefined);
        const keys = [
          view.entry.symptomKey,
          view.entry.causeKey,
          ...view.entry.actionKeys,
          view.entry.wait?.messageKey,
          view.entry.escalation?.messageKey,
        ];
        for (const text of [view.title, ...texts]) {
          expect(keys, `${locale}: ${text}`).not.toContain(text);
          expect(text, view.id).not.toMatch(/\{\{|\}\}/u);
          if (locale === 'ja') expect(text, view.id).toMatch(JAPANESE);
        }
        // Meta's English titles are data to match on, never the text a person reads.
        for (const metaTitle of view.entry.userTitles ?? []) expect(view.title).not.toBe(metaTitle);
      }
    }
  });

  it('lists every code of the table once, and every entry code is in the table', () => {
    const tableCodes = TABLE.map(([code]) => code);
    expect(new Set(tableCodes).size).toBe(tableCodes.length);
    const entryCodes = new Set(TROUBLESHOOTING_ENTRIES.flatMap((e) => e.codes));
    expect([...entryCodes].filter((c) => !tableCodes.includes(c))).toEqual([]);
  });

  it('puts a code in two entries only when it has several causes', () => {
    const shared = [...new Set(TROUBLESHOOTING_ENTRIES.flatMap((e) => e.codes))].filter(
      (code) => TROUBLESHOOTING_ENTRIES.filter((e) => e.codes.includes(code)).length > 1,
    );
    expect(shared.sort((a, b) => a - b)).toEqual([...SEVERAL_CAUSES].sort((a, b) => a - b));
  });

  it('gives the permission entry every code from 200 to 299, and no migration code', () => {
    const permission = entryById('e10-permission-missing');
    for (let code = 200; code <= 299; code += 1) expect(permission.codes, String(code)).toContain(code);
    expect(permission.codes.filter((c) => c < 200 || c > 299)).toEqual([10]);
    expect(permission.codes).not.toContain(200000);
    expect(permission.codes.some((c) => String(c).startsWith('2388'))).toBe(false);
  });
});

describe('codes no entry knows', () => {
  it('a 2388xxx subcode no entry knows falls back to the entry of code 100', () => {
    const store = reported(graphBody({ code: 100, subcode: 2388999, userTitle: 'Something new' }));
    const snapshot = store.getSnapshot();
    expect(snapshot.troubleshooting.openEntryId).toBe('e100-invalid-parameter');
    const [suggested] = snapshot.troubleshooting.applicable.filter((a) => a.reason === 'error-code');
    expect(suggested).toMatchObject({ code: '2388999', entry: { id: 'e100-invalid-parameter' } });
    for (const locale of ['en', 'ja'] as const) {
      const [view] = suggestedViews(graphBody({ code: 100, subcode: 2388999 }), locale);
      expect(view?.title).toBe(catalogueText(locale, 'troubleshooting.e100-invalid-parameter.title'));
      // The entry says it may stand for a migration error of its own, so it reads right for a fallback.
      expect(view?.cause).toContain('100');
      expect(view?.error?.code).toBe('2388999');
    }
  });

  it('the same unknown code without code 100 above it opens the generic entry, which shows the code', () => {
    const snapshot = reported(graphBody({ code: 2388999 })).getSnapshot();
    expect(snapshot.troubleshooting.openEntryId).toBe(UNKNOWN_ERROR_ENTRY.id);
    const [view] = suggestedViews(graphBody({ code: 2388999 }), 'ja');
    expect(view?.title).toContain('2388999');
  });
});
