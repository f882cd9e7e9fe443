import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseGraphError, TROUBLESHOOTING_ENTRIES } from '../src';
import { connectTroubleshooting } from '../src/connect';
import { i18nFor, settle, setup } from './helpers';

/** Meta's migration codes arrive as a subcode under code 100 (DOMAIN §8.1). */
const isMigrationCode = (code: number) => String(code).startsWith('2388');

/** A body as Meta's Graph API sends it. */
const body = (code: number, extra: Record<string, unknown> = {}) => ({
  error: {
    message: '(#100) Invalid parameter',
    type: 'OAuthException',
    ...(isMigrationCode(code) ? { code: 100, error_subcode: code } : { code }),
    error_data: { details: 'Meta says why' },
    fbtrace_id: 'AbC123_xyz',
    ...extra,
  },
});

const CODES = [...new Set(TROUBLESHOOTING_ENTRIES.flatMap((e) => e.codes))].sort((a, b) => a - b);
const causesOf = (code: number) => TROUBLESHOOTING_ENTRIES.filter((e) => e.codes.includes(code));

const opened = (error: unknown) => {
  const { store } = setup();
  store.send({ type: 'REPORT_ERROR', error });
  return store.getSnapshot();
};

describe('errors as Meta sends them', () => {
  it.each(CODES)('a Graph body for %i opens its entry, in English and Japanese', (code) => {
    const snapshot = opened(body(code));
    const [likeliest] = causesOf(code);
    expect(snapshot.troubleshooting.openEntryId).toBe(likeliest?.id);
    expect(snapshot.errors.at(-1)).toMatchObject({
      code: String(code),
      details: 'Meta says why',
      traceId: 'AbC123_xyz',
    });
    for (const i18n of [i18nFor('en'), i18nFor('ja')]) {
      const title = i18n.t(likeliest?.titleKey ?? '', { code });
      expect(title).not.toBe(likeliest?.titleKey);
    }
  });

  it.each(causesOf(2388103))('2388103 with the user title of $id opens that cause alone', (entry) => {
    const title = entry.userTitles?.[0];
    expect(title).toBeDefined();
    const snapshot = opened(body(2388103, { error_user_title: title?.toUpperCase(), error_user_msg: 'see Meta' }));
    expect(snapshot.troubleshooting.openEntryId).toBe(entry.id);
    const suggested = snapshot.troubleshooting.applicable.filter((a) => a.reason === 'error-code');
    expect(suggested.map((a) => a.entry.id)).toEqual([entry.id]);
  });

  it('2388103 without a title opens the cause of the requirement known to fail: a name that differs, a host that said no', async () => {
    // The display names typed differ: the display-name cause comes first, not the Business Manager one.
    const names = setup({ scenario: 'bsp-to-provider' });
    names.store.send({ type: 'SET_FIELD', field: 'currentDisplayName', value: 'Acme Coffee' });
    names.store.send({ type: 'SET_FIELD', field: 'newDisplayName', value: 'Acme Cafe' });
    names.store.send({ type: 'REPORT_ERROR', error: body(2388103) });
    expect(names.store.getSnapshot().troubleshooting.openEntryId).toBe('e2388103-display-name-not-approved');
    // The portal's check says the user is not a Meta Business admin: the "Messaging for" cause comes first.
    const admin = setup({ scenario: 'bsp-to-provider', hostChecks: { 'meta-business-admin': () => false } });
    await vi.waitFor(() =>
      expect(
        admin.store.getSnapshot().requirements.find((r) => r.requirement.id === 'meta-business-admin')?.status,
      ).toBe('unmet'),
    );
    admin.store.send({ type: 'REPORT_ERROR', error: body(2388103) });
    expect(admin.store.getSnapshot().troubleshooting.openEntryId).toBe('e2388103-messaging-for-not-approved');
  });

  it('2388103 without a title, or with one Meta has since changed, lists every cause', () => {
    for (const extra of [{}, { error_user_title: 'A title Meta made up later' }]) {
      const suggested = opened(body(2388103, extra)).troubleshooting.applicable.filter(
        (a) => a.reason === 'error-code',
      );
      expect(suggested).toHaveLength(causesOf(2388103).length);
    }
  });

  it('reads the code in every form a person or a log writes it, and the same error from each', () => {
    const forms: unknown[] = [
      2388001,
      '2388001',
      '#2388001',
      '(#2388001) Two-step verification is on',
      '２３８８００１',
      { code: 100, error_subcode: 2388001 },
      body(2388001),
      JSON.stringify(body(2388001)),
    ];
    for (const form of forms) expect(parseGraphError(form).code, JSON.stringify(form)).toBe('2388001');
    expect(parseGraphError({ error: { message: '(#131031) Business Account locked' } }).code).toBe('131031');
  });

  it('reads digits as a code only where they end: 1e21, 133016.5 and 133016abc are not codes, and a long one is not cut into one', () => {
    for (const odd of ['1e21', '133016.5', '133016abc', '133016_1', '0x133016', '２３８８１０３ａ']) {
      const { code } = parseGraphError(odd);
      expect(code, odd).not.toMatch(/^\d+$/u);
      expect(opened(odd).troubleshooting.openEntryId, odd).toBe('unknown-error');
    }
    const long = '1330161234567890123456789012345678901234567890';
    expect(parseGraphError(long).code).not.toMatch(/^\d+$/u);
    expect(parseGraphError(long).code.endsWith('…')).toBe(true);
    // As Meta and logs write them, still codes.
    for (const form of ['133016', '(#133016) Account register …', '#133016: limit', '133016 - limit', ' 133016 ']) {
      expect(parseGraphError(form).code, form).toBe('133016');
    }
  });

  it('for any code: written alone or Meta’s way it reads as itself; run into letters, digits or a decimal it does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom('a', 'e21', '.5', ',5', '_1', 'x', 'ａ'),
        fc.constantFrom('', ' ', ') Something', ': limit', ' - limit'),
        (code, glued, after) => {
          for (const form of [`${code}${after}`, `#${code}${after}`, `(#${code})${after}`]) {
            expect(parseGraphError(form).code).toBe(String(code));
          }
          expect(parseGraphError(`${code}${glued}`).code).not.toBe(String(code));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps a code exactly as reported, and anything odd as text, never throwing', () => {
    expect(parseGraphError('12345678901234').code).toBe('12345678901234');
    expect(parseGraphError({ error: { code: 'OAuth\u202eException' } }).code).toBe('OAuthException');
    for (const odd of [null, undefined, {}, [], Number.NaN, -5, '', '{not json', { error: 'x' }]) {
      expect(() => parseGraphError(odd)).not.toThrow();
    }
    expect(parseGraphError(null).code).toBe('?');
    expect(parseGraphError({ error: { code: 100, fbtrace_id: 'a b<script>' } }).traceId).toBeUndefined();
  });

  it('a subcode no entry knows falls back to the code above it; an unknown code keeps its number', () => {
    const { store } = setup();
    store.send({ type: 'REPORT_ERROR', error: { error: { code: 131031, error_subcode: 9999999 } } });
    expect(store.getSnapshot().troubleshooting.openEntryId).toBe(causesOf(131031)[0]?.id);
    store.send({ type: 'REPORT_ERROR', error: body(424242) });
    const snapshot = store.getSnapshot();
    expect(snapshot.troubleshooting.openEntryId).toBe('unknown-error');
    expect(snapshot.troubleshooting.applicable.find((a) => a.code === '424242')?.entry.id).toBe('unknown-error');
  });

  it('dismisses an error however its code is written, and keeps nothing of Meta’s texts in storage', async () => {
    const written: string[] = [];
    const { store } = setup({
      storage: {
        getItem: () => null,
        setItem: (_k: string, v: string) => void written.push(v),
        removeItem: () => undefined,
      },
    });
    store.send({
      type: 'REPORT_ERROR',
      error: body(2388103, { error_user_title: 'Your WhatsApp account needs to be approved' }),
    });
    await settle();
    expect(written).not.toHaveLength(0);
    expect(written.at(-1)).not.toMatch(/AbC123|Meta says why|approved/u);
    store.send({ type: 'DISMISS_ERROR', code: '(#2388103)' });
    expect(store.getSnapshot().errors).toEqual([]);
  });

  it('shows Meta’s details and trace reference as text for support, in Japanese too', () => {
    const { store } = setup();
    store.send({ type: 'REPORT_ERROR', error: body(133016) });
    const i18n = i18nFor('ja');
    const view = connectTroubleshooting(store.getSnapshot(), store.send, {
      id: 'p',
      locale: 'ja',
      t: (key, values) => i18n.t(key, { ...values }),
    });
    const error = view.suggested[0]?.error;
    expect(error?.details).toContain('Meta says why');
    expect(error?.trace).toBe(i18n.t('ui.troubleshooting.errorTrace', { trace: 'AbC123_xyz' }));
    expect(error?.trace).toContain('参照番号');
  });
});
