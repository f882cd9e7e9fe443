import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phone as enPhone } from '../src/messages/en/phone';
import { phone as jaPhone } from '../src/messages/ja/phone';
import type { MessageTree } from '../src/messages/types';
import {
  type CountryCode,
  MAX_PHONE_INPUT_LENGTH,
  PHONE_ADVICE_NOTE_CODES,
  PHONE_CODE_METHODS,
  PHONE_ERROR_CODES,
  type PhoneErrorCode,
  type PhoneNumberInfo,
  type PhoneValidationOptions,
  phoneNumberSchema,
  splitForMeta,
  validatePhoneNumber,
} from '../src/phone';

function accepted(input: string, options?: PhoneValidationOptions): PhoneNumberInfo {
  const result = validatePhoneNumber(input, options);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to be accepted, got ${result.issue.code}`);
  return result.value;
}

function refusal(input: string, options?: PhoneValidationOptions): string {
  const result = validatePhoneNumber(input, options);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused, got ${result.value.e164}`);
  expect(result.issue.messageKey).toBe(`phone.errors.${result.issue.code}`);
  return result.issue.code;
}

const noteCodes = (info: PhoneNumberInfo) => info.advice.notes.map((n) => n.code);

describe('validatePhoneNumber: human input becomes E.164', () => {
  it.each<[string, CountryCode | undefined, string]>([
    ['+81 90-1234-5678', undefined, '+819012345678'],
    ['090 1234 5678', 'JP', '+819012345678'],
    ['＋８１ ９０‐１２３４‐５６７８', undefined, '+819012345678'],
    ['０９０－１２３４－５６７８', 'JP', '+819012345678'],
    // Directional formatting, as some apps wrap copied numbers: it steers display only and is dropped.
    ['\u202a+81 90 1234 5678\u202c', undefined, '+819012345678'],
    ['+81 90\u200e1234 5678', undefined, '+819012345678'],
    ['+81 90\u202e1234 5678', undefined, '+819012345678'],
    ['+81\u00a090\u30001234\u00a05678', undefined, '+819012345678'],
    ['  +81 90 1234 5678\t', undefined, '+819012345678'],
    ['+81 90 1234 5678\r\n', undefined, '+819012345678'],
    ['+81 90\u200b1234\ufeff5678', undefined, '+819012345678'],
    ['+81 90ー1234ー5678', undefined, '+819012345678'],
    ['+81 90−1234−5678', undefined, '+819012345678'],
    ['+81.90.1234.5678', undefined, '+819012345678'],
    ['+81 (90) 1234-5678', undefined, '+819012345678'],
    ['(+81) 90 1234 5678', undefined, '+819012345678'],
    ['+81 (0)90 1234 5678', undefined, '+819012345678'],
    ['+81 090 1234 5678', undefined, '+819012345678'],
    ['00 81 90 1234 5678', undefined, '+819012345678'],
    ['0081 90 1234 5678', 'JP', '+819012345678'],
    ['00 81 90 1234 5678', 'DE', '+819012345678'],
    ['011 81 90 1234 5678', 'US', '+819012345678'],
    ['010 81 90 1234 5678', 'JP', '+819012345678'],
    ['(212) 555-0123', 'US', '+12125550123'],
    ['+1 (212) 555-0123', 'JP', '+12125550123'],
    ['+44 20 7946 0958', undefined, '+442079460958'],
    ['+55 11 91234-5678', undefined, '+5511912345678'],
  ])('%j (default %s) → %s', (input, defaultCountry, e164) => {
    expect(accepted(input, { defaultCountry }).e164).toBe(e164);
  });

  it('returns the parts Meta needs and a display form', () => {
    expect(accepted('+81 90-1234-5678')).toEqual({
      e164: '+819012345678',
      countryCallingCode: '81',
      nationalNumber: '9012345678',
      international: '+81 90 1234 5678',
      country: 'JP',
      type: 'MOBILE',
      advice: { method: 'sms-or-voice', notes: [{ code: 'mobile-ready', messageKey: 'phone.advice.mobile-ready' }] },
    });
  });

  it('treats a lower-case default country as the same country, and an unknown one as none', () => {
    expect(accepted('090 1234 5678', { defaultCountry: 'jp' as CountryCode }).e164).toBe('+819012345678');
    expect(refusal('090 1234 5678', { defaultCountry: 'XX' as CountryCode })).toBe('missing-country-code');
  });

  it('lets + override the default country', () => {
    expect(accepted('+44 20 7946 0958', { defaultCountry: 'JP' }).country).toBe('GB');
  });

  it('leaves out country for non-geographic numbers', () => {
    const info = accepted('+800 1234 5678');
    expect(info.e164).toBe('+80012345678');
    expect(info).not.toHaveProperty('country');
  });
});

describe('validatePhoneNumber: precise errors', () => {
  it.each<[string, CountryCode | undefined, PhoneErrorCode]>([
    ['', undefined, 'empty'],
    ['   \u3000\u00a0', undefined, 'empty'],
    ['abc', undefined, 'not-a-number'],
    ['+1 800 FLOWERS', undefined, 'not-a-number'],
    ['<script>alert(1)</script>', undefined, 'not-a-number'],
    ['+81 90 1234 5678<script>', undefined, 'not-a-number'],
    ["+81 90 1234 5678' OR 1=1 --", undefined, 'not-a-number'],
    ['+81 90\u00001234 5678', undefined, 'not-a-number'],
    ['+81 90\n1234 5678', undefined, 'not-a-number'],
    ['+81\t90 1234 5678', undefined, 'not-a-number'],
    ['+81 90~1234~5678', undefined, 'not-a-number'],
    ['+81 90 1234 5678#', undefined, 'not-a-number'],
    ['+', undefined, 'not-a-number'],
    ['---', undefined, 'not-a-number'],
    ['++81 90 1234 5678', undefined, 'not-a-number'],
    ['tel:+81-90-1234-5678', undefined, 'not-a-number'],
    ['090 1234 5678', undefined, 'missing-country-code'],
    ['8190 1234 5678', undefined, 'missing-country-code'],
    ['+999 1234 5678', undefined, 'unknown-country-code'],
    ['+0 90 1234 5678', undefined, 'unknown-country-code'],
    ['00 999 1234 5678', undefined, 'unknown-country-code'],
    ['+81 9', undefined, 'too-short'],
    ['+81 110', undefined, 'too-short'],
    ['110', 'JP', 'too-short'],
    ['+1 2', undefined, 'too-short'],
    ['+8190123456789012345678', undefined, 'too-long'],
    ['+81 90 1234 5678 9999', undefined, 'too-long'],
    ['1'.repeat(MAX_PHONE_INPUT_LENGTH + 1), undefined, 'too-long'],
    [' '.repeat(MAX_PHONE_INPUT_LENGTH + 1), undefined, 'too-long'],
    ['+44 2333 3333', undefined, 'invalid-length'],
    ['+81 90 1234 5678 ext. 12', undefined, 'has-extension'],
    ['+81 90 1234 5678 x12', undefined, 'has-extension'],
    ['+81 90 1234 5678;ext=12', undefined, 'has-extension'],
    ['03-1234-5678 内線123', 'JP', 'has-extension'],
    ['+81 3 1234 5678 ＥＸＴ．１２', undefined, 'has-extension'],
    // Written the Japanese way, and in brackets.
    ['03-1234-5678（内線123）', 'JP', 'has-extension'],
    ['03-1234-5678 （内線：123）', 'JP', 'has-extension'],
    ['03-1234-5678 内123', 'JP', 'has-extension'],
    ['03-1234-5678 内線番号 123', 'JP', 'has-extension'],
    ['+81 3 1234 5678 (ext. 12)', undefined, 'has-extension'],
    ['+81 3 1234 5678 [x12]', undefined, 'has-extension'],
    ['+1 212 555 0100 (ext 7)', undefined, 'has-extension'],
    // A national number of zeros alone is no number, whatever its length.
    ['+1 000 000 0000', undefined, 'all-zeros'],
    ['+44 0000 000000', undefined, 'all-zeros'],
    ['+81 20-1234-5678', undefined, 'unsupported-type'],
  ])('%j (default %s) → %s', (input, defaultCountry, code) => {
    expect(refusal(input, { defaultCountry })).toBe(code);
  });

  it('covers every declared error code', () => {
    // Keep this list and the table above in step: a code nobody can trigger should not exist.
    expect([...PHONE_ERROR_CODES].sort()).toEqual(
      [
        'empty',
        'not-a-number',
        'missing-country-code',
        'unknown-country-code',
        'too-short',
        'too-long',
        'invalid-length',
        'has-extension',
        'all-zeros',
        'unsupported-type',
      ].sort(),
    );
  });
});

describe('validatePhoneNumber: advice from the number type', () => {
  it('Japanese mobile: SMS or voice', () => {
    const info = accepted('+81 90 1234 5678');
    expect(info.type).toBe('MOBILE');
    expect(info.advice.method).toBe('sms-or-voice');
    expect(noteCodes(info)).toEqual(['mobile-ready']);
  });

  it('Japanese landline: voice, with IVR / forwarding off', () => {
    const info = accepted('+81 3-1234-5678');
    expect(info.e164).toBe('+81312345678');
    expect(info.type).toBe('FIXED_LINE');
    expect(info.advice.method).toBe('voice');
    expect(noteCodes(info)).toEqual(['voice-line-ready']);
  });

  it('Japanese toll-free (0120): voice, with the IVR allow-list note', () => {
    const info = accepted('0120-123-456', { defaultCountry: 'JP' });
    expect(info.e164).toBe('+81120123456');
    expect(info.type).toBe('TOLL_FREE');
    expect(info.advice.method).toBe('voice');
    expect(noteCodes(info)).toEqual(['voice-line-ready', 'ivr-allow-list']);
  });

  it('Japanese navi-dial (0570, UAN) and 050 (VoIP)', () => {
    const uan = accepted('+81 570-123-456');
    expect([uan.type, uan.advice.method]).toEqual(['UAN', 'voice']);
    expect(noteCodes(uan)).toEqual(['voice-line-ready', 'ivr-allow-list']);
    const voip = accepted('050-1234-5678', { defaultCountry: 'JP' });
    expect([voip.type, voip.advice.method]).toEqual(['VOIP', 'voice']);
    expect(noteCodes(voip)).toEqual(['voice-line-ready', 'voip-service']);
  });

  it('premium rate is voice; shared cost and personal numbers are not recommended', () => {
    expect(accepted('+1 900 555 0123').advice).toMatchObject({ method: 'voice' });
    const shared = accepted('+808 1234 5678');
    expect(shared.type).toBe('SHARED_COST');
    expect(noteCodes(shared)).toEqual(['type-not-recommended']);
    const personal = accepted('+44 70 1234 5678');
    expect(personal.type).toBe('PERSONAL_NUMBER');
    expect(noteCodes(personal)).toEqual(['type-not-recommended']);
  });

  it('fixed-line-or-mobile (US): either, unknown', () => {
    const info = accepted('+1 212 555 0123');
    expect(info.type).toBe('FIXED_LINE_OR_MOBILE');
    expect(info.advice.method).toBe('either-unknown');
    expect(noteCodes(info)).toEqual(['type-unknown']);
  });

  it('isValid() false with a possible length: accepted, with an unverified-range warning and no type', () => {
    const info = accepted('+81 90 1234 567');
    expect(info.e164).toBe('+81901234567');
    expect(info).not.toHaveProperty('type');
    expect(info.advice.method).toBe('either-unknown');
    expect(noteCodes(info)).toEqual(['unverified-range', 'type-unknown']);
  });
});

describe('validatePhoneNumber: country quirks', () => {
  it('Brazil: the 9 must match the current profile; the number is kept as typed', () => {
    const withNine = accepted('+55 11 91234-5678');
    expect(noteCodes(withNine)).toEqual(['mobile-ready', 'brazil-ninth-digit']);
    const withoutNine = accepted('+55 11 8765-4321');
    expect(withoutNine.e164).toBe('+551187654321');
    expect(noteCodes(withoutNine)).toContain('brazil-ninth-digit');
  });

  it('Brazil landline: no ninth-digit note', () => {
    const info = accepted('+55 11 3123-4567');
    expect(info.type).toBe('FIXED_LINE');
    expect(noteCodes(info)).not.toContain('brazil-ninth-digit');
  });

  it('Mexico: prefix note, and the old mobile 1 after +52 is dropped', () => {
    const info = accepted('+52 55 1234 5678');
    expect(info.e164).toBe('+525512345678');
    expect(noteCodes(info)).toContain('mexico-prefix');
    const old = accepted('+52 1 55 1234 5678');
    expect(old.e164).toBe('+525512345678');
    expect(noteCodes(old)).toContain('mexico-prefix');
  });

  it("Côte d'Ivoire: renumbering note", () => {
    const info = accepted('+225 07 68 12 34 56');
    expect(info.e164).toBe('+2250768123456');
    expect(noteCodes(info)).toContain('cote-divoire-renumbering');
  });
});

describe('phoneNumberSchema', () => {
  it('parses to PhoneNumberInfo', () => {
    const result = phoneNumberSchema({ defaultCountry: 'JP' }).safeParse('090-1234-5678');
    expect(result.success).toBe(true);
    expect(result.data?.e164).toBe('+819012345678');
  });

  it('gives the message key as the issue message', () => {
    const result = phoneNumberSchema().safeParse('090 1234 5678');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toBe('phone.errors.missing-country-code');
  });

  it('refuses a non-string', () => {
    expect(phoneNumberSchema().safeParse(819012345678).success).toBe(false);
  });
});

describe('splitForMeta', () => {
  it('splits E.164 into cc and phone_number', () => {
    expect(splitForMeta('+819012345678')).toEqual({ cc: '81', phoneNumber: '9012345678' });
    expect(splitForMeta('+12125550123')).toEqual({ cc: '1', phoneNumber: '2125550123' });
    expect(splitForMeta('+2250768123456')).toEqual({ cc: '225', phoneNumber: '0768123456' });
  });

  it('returns undefined for anything but E.164', () => {
    expect(splitForMeta('090 1234 5678')).toBeUndefined();
    expect(splitForMeta('+81 90 1234 5678')).toBeUndefined();
    expect(splitForMeta('+999123456')).toBeUndefined();
    expect(splitForMeta('')).toBeUndefined();
  });
});

describe('messages', () => {
  const lookup = (tree: MessageTree, key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node as MessageTree | undefined)?.[part], tree);
  const keys = [
    ...PHONE_ERROR_CODES.map((c) => `phone.errors.${c}`),
    ...PHONE_ADVICE_NOTE_CODES.map((c) => `phone.advice.${c}`),
    ...PHONE_CODE_METHODS.map((m) => `phone.advice.method.${m}`),
  ];
  const leaves = (tree: MessageTree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)));

  it.each(keys)('%s exists in en and ja', (key) => {
    expect(lookup(enPhone, key)).toEqual(expect.stringMatching(/\S/));
    expect(lookup(jaPhone, key)).toEqual(expect.stringMatching(/\S/));
  });

  it('en and ja have the same keys, and nothing else', () => {
    expect(leaves(enPhone).sort()).toEqual([...keys].sort());
    expect(leaves(jaPhone).sort()).toEqual([...keys].sort());
  });

  it('Japanese uses full-width sentence punctuation', () => {
    for (const text of leaves(jaPhone).map((k) => lookup(jaPhone, k) as string)) {
      expect(text).toMatch(/。$/);
      expect(text).not.toMatch(/[,!?]|\.(?!\d)/);
    }
  });
});

describe('never throws', () => {
  const check = (input: string, options?: PhoneValidationOptions) => {
    const result = validatePhoneNumber(input, options);
    if (result.ok) {
      const { e164, countryCallingCode, nationalNumber } = result.value;
      expect(e164).toMatch(/^\+[1-9]\d{1,14}$/);
      expect(e164).toBe(`+${countryCallingCode}${nationalNumber}`);
      expect(splitForMeta(e164)).toEqual({ cc: countryCallingCode, phoneNumber: nationalNumber });
    } else {
      expect(PHONE_ERROR_CODES).toContain(result.issue.code);
      expect(result.issue.messageKey).toBe(`phone.errors.${result.issue.code}`);
    }
  };
  const country = fc.option(fc.constantFrom<CountryCode>('JP', 'US', 'GB', 'BR', 'MX', 'DE', 'IN'), {
    nil: undefined,
  });

  it('on any unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), country, (input, defaultCountry) => {
        check(input, { defaultCountry });
      }),
      { numRuns: 2000 },
    );
  });

  it('on phone-like strings', () => {
    const unit = fc.constantFrom(...'0123456789０１２３+＋ -‐ー.()#x\u00a0\u3000\u202e'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), country, (input, defaultCountry) => {
        check(input, { defaultCountry });
      }),
      { numRuns: 3000 },
    );
  });

  it('a valid number with an extension in any written form is refused as one, never as "not a number"', () => {
    const marker = fc.constantFrom('ext.', 'ext', 'EXT', 'x', '#', '内線', '内', '内線番号', 'ｅｘｔ．', ';ext=');
    const brackets = fc.constantFrom(['', ''], ['(', ')'], ['（', '）'], ['[', ']'], ['［', '］']);
    const number = fc.constantFrom('+81 90 1234 5678', '03-1234-5678', '+1 212 555 0100', '+44 20 7946 0958');
    const extension = fc.stringMatching(/^[0-9０-９]{1,6}$/u);
    fc.assert(
      fc.property(
        number,
        marker,
        brackets,
        extension,
        fc.constantFrom('', ' ', ':', '：'),
        (n, m, [open, close], e, sep) => {
          expect(refusal(`${n} ${open}${m}${sep}${e}${close}`, { defaultCountry: 'JP' })).toBe('has-extension');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on a missing or odd options object', () => {
    expect(() => validatePhoneNumber('+81 90 1234 5678', null as unknown as PhoneValidationOptions)).not.toThrow();
    expect(validatePhoneNumber(undefined as unknown as string).ok).toBe(false);
  });
});
