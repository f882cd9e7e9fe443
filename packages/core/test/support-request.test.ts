import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSupportRequest,
  defineProviderProfile,
  type Locale,
  mailtoLink,
  type SupportRequestKind,
  type Translate,
  zendeskProfile,
} from '../src';
import { i18nFor } from './helpers';

const PHONE = '+819012345678';
const LOCALES = ['en', 'ja'] as const satisfies readonly Locale[];

function translator(lng: Locale): Translate {
  const i18n = i18nFor(lng);
  return (key, values) => i18n.t(key, values);
}

const T: Record<'en' | 'ja', Translate> = { en: translator('en'), ja: translator('ja') };

const acme = defineProviderProfile({
  ...zendeskProfile,
  id: 'acme',
  name: 'Acme & Co',
  supportEmail: 'help@acme.example',
});

const build = (kind: SupportRequestKind, locale: 'en' | 'ja', profile = zendeskProfile) =>
  buildSupportRequest({ kind, profile, phoneNumberE164: PHONE, locale, t: T[locale] });

/** Splits a mailto: URL into its address and its raw (still encoded) header fields. */
function parseMailto(url: string): { to: string; fields: Map<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [to = '', query = ''] = url.slice('mailto:'.length).split('?');
  const fields = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = pair.split('=');
    expect(fields.has(name), `${name} appears twice`).toBe(false);
    fields.set(name, value);
  }
  return { to, fields };
}

describe('leave-provider request', () => {
  it.each(LOCALES)('keeps a provider name with HTML characters as plain text in %s', (locale) => {
    expect(build('leave-provider', locale, acme).subject).toBe('Migrate WhatsApp number away from Acme & Co');
  });

  it.each(LOCALES)("has the seed's English subject in %s, and the number in the body", (locale) => {
    const request = build('leave-provider', locale);
    expect(request.subject).toBe('Migrate WhatsApp number away from Zendesk');
    expect(request.body).toContain(PHONE);
    expect(request.body).not.toContain('{{');
  });

  it("writes the body in the user's language", () => {
    expect(build('leave-provider', 'en').body).toMatch(/two-step verification/u);
    expect(build('leave-provider', 'ja').body).toMatch(/2要素認証/u);
    expect(build('leave-provider', 'ja').body).not.toBe(build('leave-provider', 'en').body);
  });

  it("puts the profile's name in the subject", () => {
    expect(build('leave-provider', 'en', acme).subject).toMatch(/^Migrate WhatsApp number away from Acme /u);
  });
});

describe('disable-two-step-verification request', () => {
  it('asks to turn off two-step verification, in English', () => {
    const request = build('disable-two-step-verification', 'en');
    expect(request.subject).toMatch(/two-step verification/iu);
    expect(request.body).toMatch(/two-step verification/iu);
    expect(request.body).toContain(PHONE);
  });

  it('asks to turn off two-step verification, in Japanese', () => {
    const request = build('disable-two-step-verification', 'ja');
    expect(request.subject).toContain('2要素認証');
    expect(request.body).toContain('2要素認証');
    expect(request.body).toContain(PHONE);
  });

  it('differs from the leave-provider request', () => {
    for (const locale of LOCALES) {
      expect(build('disable-two-step-verification', locale).subject).not.toBe(build('leave-provider', locale).subject);
    }
  });
});

describe('current-bsp-two-step-off request', () => {
  it.each(LOCALES)(
    'asks the current BSP to turn off two-step verification before the move to the provider, in %s',
    (locale) => {
      const request = build('current-bsp-two-step-off', locale, acme);
      expect(request.body).toContain(PHONE);
      expect(request.body).toContain('Acme & Co');
      expect(request.body).toMatch(locale === 'ja' ? /2要素認証/u : /two-step verification/u);
    },
  );

  it("is never addressed to the provider's own support: the business fills in its BSP's address", () => {
    for (const locale of LOCALES) {
      expect(parseMailto(build('current-bsp-two-step-off', locale, acme).mailto).to).toBe('');
      expect(parseMailto(build('disable-two-step-verification', locale, acme).mailto).to).toBe('help@acme.example');
    }
  });
});

describe('mailto link', () => {
  it('has no recipient when the profile has no support address, and still carries subject and body', () => {
    for (const locale of LOCALES) {
      for (const kind of ['leave-provider', 'disable-two-step-verification'] as const) {
        const request = build(kind, locale);
        const { to, fields } = parseMailto(request.mailto);
        expect(to).toBe('');
        expect(decodeURIComponent(fields.get('subject') ?? '')).toBe(request.subject);
        expect(decodeURIComponent(fields.get('body') ?? '')).toBe(request.body.replace(/\r?\n/g, '\r\n'));
      }
    }
  });

  it.each(LOCALES)('is an RFC 6068 link when the profile has one (%s)', (locale) => {
    for (const kind of ['leave-provider', 'disable-two-step-verification'] as const) {
      const request = build(kind, locale, acme);
      const url = request.mailto;
      expect(url.startsWith('mailto:help@acme.example?subject=')).toBe(true);
      // Only characters a URI may hold: no raw space, line break, non-ASCII, or stray reserved character.
      expect(url).toMatch(/^[A-Za-z0-9\-._~%!$'()*+,;:@/?=&]+$/u);
      expect(url).not.toMatch(/%(?![0-9A-F]{2})/u);
      const { to, fields } = parseMailto(url);
      expect(to).toBe('help@acme.example');
      expect([...fields.keys()]).toEqual(['subject', 'body']);
      const subject = fields.get('subject') ?? '';
      const body = fields.get('body') ?? '';
      // Spaces are %20, never +; a + is a literal plus.
      const spaces = (text: string) => text.split(' ').length - 1;
      expect(subject.split('%20').length - 1).toBe(spaces(request.subject));
      expect(body.split('%20').length - 1).toBe(spaces(request.body));
      expect(spaces(request.body)).toBeGreaterThan(0);
      expect(subject).not.toContain('+');
      expect(body).not.toContain('+');
      expect(body).toContain('%2B819012345678');
      // Line breaks are CRLF, and only CRLF.
      expect(body).toContain('%0D%0A');
      expect(body.replaceAll('%0D%0A', '')).not.toMatch(/%0[AD]/u);
      // Decoding gives back the exact texts, with CRLF line breaks.
      expect(decodeURIComponent(subject)).toBe(request.subject);
      expect(decodeURIComponent(body)).toBe(request.body.replace(/\r?\n/gu, '\r\n'));
      expect(request.body).toContain('\n');
    }
  });

  it('encodes the & of the provider name inside the subject', () => {
    const url = build('leave-provider', 'en', acme).mailto;
    const subject = parseMailto(url).fields.get('subject') ?? '';
    expect(subject.startsWith('Migrate%20WhatsApp%20number%20away%20from%20Acme%20')).toBe(true);
    expect(subject).toContain('%26');
    expect(subject).not.toContain('&');
  });

  it('percent-encodes Japanese text as UTF-8', () => {
    const request = build('disable-two-step-verification', 'ja', acme);
    const url = request.mailto;
    const { fields } = parseMailto(url);
    // 要 is U+8981: E8 A6 81 in UTF-8. お is U+304A: E3 81 8A.
    expect(fields.get('subject')).toContain('%E8%A6%81');
    expect(fields.get('body')?.startsWith('%E3%81%8A')).toBe(true);
    expect(url).not.toMatch(/[^\x21-\x7e]/u);
  });

  it('escapes every reserved character of a header value', () => {
    const url = mailtoLink('a.b@example.com', 'Q&A: 1+1=2? #50% off', 'one\ntwo\r\nthree');
    expect(url).toBe(
      'mailto:a.b@example.com?subject=Q%26A%3A%201%2B1%3D2%3F%20%2350%25%20off&body=one%0D%0Atwo%0D%0Athree',
    );
    const { fields } = parseMailto(url);
    expect(decodeURIComponent(fields.get('subject') ?? '')).toBe('Q&A: 1+1=2? #50% off');
    expect(decodeURIComponent(fields.get('body') ?? '')).toBe('one\r\ntwo\r\nthree');
  });

  it('keeps the @ of an address, and leaves out a recipient that is not only an address', () => {
    expect(parseMailto(mailtoLink('help@acme.example', 's', 'b')).to).toBe('help@acme.example');
    for (const bad of [
      'help@acme.example?cc=x@evil.example',
      'help@acme.example\r\nBcc: x@evil.example',
      'help@acme.example\nBcc:x@evil.example',
      'Acme <help@acme.example>',
      'help@acme.example,x@evil.example',
      'not an address',
    ]) {
      const { to, fields } = parseMailto(mailtoLink(bad, 's', 'b'));
      expect(to, bad).toBe('');
      expect([...fields.keys()]).toEqual(['subject', 'body']);
    }
  });

  it('a line break can never reach the subject, and a lone CR in the body is CRLF too', () => {
    const url = mailtoLink('', 'one\r\nBcc: x@evil.example', 'a\rb\nc\r\nd');
    const { fields } = parseMailto(url);
    expect(decodeURIComponent(fields.get('subject') ?? '')).toBe('one Bcc: x@evil.example');
    expect(fields.get('body')).toBe('a%0D%0Ab%0D%0Ac%0D%0Ad');
  });

  it('a profile whose texts carry line breaks, a header or an open right-to-left override mails none of it', () => {
    const hostile = defineProviderProfile({
      ...zendeskProfile,
      id: 'hostile',
      name: 'Acme\r\nBcc: x@evil.example\u202e',
      supportName: { en: 'Support\u202e team', ja: 'サポート\u2066窓口' },
      supportEmail: 'help@acme.example\r\nBcc: x@evil.example',
    });
    for (const locale of LOCALES) {
      for (const kind of ['leave-provider', 'disable-two-step-verification'] as const) {
        const request = buildSupportRequest({ kind, profile: hostile, phoneNumberE164: PHONE, locale, t: T[locale] });
        const { to, fields } = parseMailto(request.mailto);
        expect(to).toBe('');
        expect([...fields.keys()]).toEqual(['subject', 'body']);
        const subject = decodeURIComponent(fields.get('subject') ?? '');
        const body = decodeURIComponent(fields.get('body') ?? '');
        expect(subject).not.toMatch(/[\r\n]/u);
        for (const text of [subject, body, request.subject, request.body]) {
          expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u);
        }
      }
    }
  });

  it('any text in any profile field: only subject and body, one subject line, no direction control', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(
        text,
        text,
        text,
        text,
        fc.option(text, { nil: undefined }),
        fc.constantFrom(...LOCALES),
        (name, support, admin, guide, email, locale) => {
          const profile = defineProviderProfile({
            ...zendeskProfile,
            id: 'random',
            name,
            supportName: support,
            adminCentre: admin,
            channelSetupGuide: guide,
            ...(email === undefined ? {} : { supportEmail: email }),
          });
          for (const kind of ['leave-provider', 'disable-two-step-verification', 'current-bsp-two-step-off'] as const) {
            const request = buildSupportRequest({ kind, profile, phoneNumberE164: PHONE, locale, t: T[locale] });
            const { to, fields } = parseMailto(request.mailto);
            expect([...fields.keys()]).toEqual(['subject', 'body']);
            expect(to === '' || /^[^%?&\s]+@[^%?&\s]+$/u.test(to)).toBe(true);
            const subject = decodeURIComponent(fields.get('subject') ?? '');
            expect(subject).not.toMatch(/[\r\n]/u);
            expect(subject + decodeURIComponent(fields.get('body') ?? '')).not.toMatch(
              /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
