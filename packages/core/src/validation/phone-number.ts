import {
  type CountryCode,
  isSupportedCountry,
  ParseError,
  type PhoneNumber,
  type PhoneNumberType,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import { invalid, type ValidationResult, valid } from './result';
import { schemaFromValidator } from './schema';
import { toHalfWidth, UNSAFE_CHARACTERS } from './text';

export type { CountryCode, PhoneNumberType };

/** Inputs longer than this are refused as `too-long` before any parsing (libphonenumber's own cap). */
export const MAX_PHONE_INPUT_LENGTH = 250;

/** Why a phone number was refused. Each maps to the catalogue key `phone.errors.<code>`. */
export const PHONE_ERROR_CODES = [
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
] as const;
export type PhoneErrorCode = (typeof PHONE_ERROR_CODES)[number];

/** How the verification code can reach the number (DOMAIN.md §1.14, mapping in §3.4); key `phone.advice.method.<method>`. */
export const PHONE_CODE_METHODS = ['sms-or-voice', 'voice', 'either-unknown'] as const;
export type PhoneCodeMethod = (typeof PHONE_CODE_METHODS)[number];

/** Advice about a number that was accepted. Each maps to the catalogue key `phone.advice.<code>`. */
export const PHONE_ADVICE_NOTE_CODES = [
  'unverified-range',
  'mobile-ready',
  'voice-line-ready',
  'ivr-allow-list',
  'voip-service',
  'type-not-recommended',
  'type-unknown',
  'brazil-ninth-digit',
  'mexico-prefix',
  'cote-divoire-renumbering',
] as const;
export type PhoneAdviceNoteCode = (typeof PHONE_ADVICE_NOTE_CODES)[number];

export interface PhoneAdviceNote {
  readonly code: PhoneAdviceNoteCode;
  readonly messageKey: string;
}

export interface PhoneAdvice {
  /** The code-delivery method to suggest. `either-unknown`: the type could not be told. */
  readonly method: PhoneCodeMethod;
  readonly notes: readonly PhoneAdviceNote[];
}

export interface PhoneNumberInfo {
  /** E.164, e.g. `+819012345678`. */
  readonly e164: string;
  /** Digits only, no `+`, e.g. `81`. Meta's `cc`. */
  readonly countryCallingCode: string;
  /** The number without the country calling code, e.g. `9012345678`. Meta's `phone_number`. */
  readonly nationalNumber: string;
  /** For showing the number back to the user, e.g. `+81 90 1234 5678`. */
  readonly international: string;
  /** Absent for non-geographic numbers (+800 …) and numbers libphonenumber can't place. */
  readonly country?: CountryCode;
  /** Absent when the metadata can't tell (or the number is outside a known range). */
  readonly type?: PhoneNumberType;
  readonly advice: PhoneAdvice;
}

export interface PhoneValidationOptions {
  /** The country a number typed without `+` belongs to, e.g. `'JP'` for `090 1234 5678`. */
  readonly defaultCountry?: CountryCode | undefined;
}

const error = (code: PhoneErrorCode): ValidationResult<never> => invalid(code, `phone.errors.${code}`);
const note = (code: PhoneAdviceNoteCode): PhoneAdviceNote => ({ code, messageKey: `phone.advice.${code}` });

/**
 * Directional marks, embeddings and isolates: they only steer how text is displayed and mean nothing in a
 * string of digits, and numbers copied from some apps arrive wrapped in them, so they are dropped.
 */
const BIDI_FORMATTING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Invisible characters with no effect on how digits read (zero-width space/joiners, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** After NFKC: digits, spaces, `+`, dashes (incl. the Japanese long-vowel mark IMEs type for a hyphen), dots, slashes, brackets. */
const PHONE_CHARACTERS = /^[\p{Nd}+ \-\u2010-\u2015\u2212\u30fc./()[\]]+$/u;
const HAS_DIGIT = /\p{Nd}/u;
/**
 * `… ext. 12`, `… x12`, `…;ext=12`, `… #12`, `… 内線12`, `… 内12`, and each in brackets: `（内線12）`, `(ext. 12)`,
 * `[x12]` (NFKC has already made full-width letters, brackets and colons ASCII).
 */
const EXTENSION =
  /^(.*?)\s*[([]?\s*(?:;\s*ext\s*=|extension|ext\.?|x|#|内線番号|内線|内)\s*[:.]?\s*\p{Nd}{1,10}\s*[)\]]?$/iu;

const VOICE_TYPES: ReadonlySet<PhoneNumberType> = new Set([
  'FIXED_LINE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'UAN',
  'VOIP',
  'VOICEMAIL',
]);
/** Numbers whose callers usually meet an automated menu: WhatsApp can name the registration call's caller IDs (M5). */
const IVR_TYPES: ReadonlySet<PhoneNumberType> = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'UAN']);
/** Meta: neither SMS nor voice is recommended for these (M5). */
const NOT_RECOMMENDED_TYPES: ReadonlySet<PhoneNumberType> = new Set(['SHARED_COST', 'PERSONAL_NUMBER']);

type Parsed = { readonly ok: true; readonly phone: PhoneNumber } | { readonly ok: false; readonly reason: string };

function parse(text: string, defaultCountry: CountryCode | undefined): Parsed {
  try {
    const phone = parsePhoneNumberWithError(
      text,
      defaultCountry ? { defaultCountry, extract: false } : { extract: false },
    );
    return { ok: true, phone };
  } catch (e) {
    return { ok: false, reason: e instanceof ParseError ? e.message : 'NOT_A_NUMBER' };
  }
}

function isValidNumber(parsed: Parsed): parsed is Extract<Parsed, { ok: true }> {
  return parsed.ok && parsed.phone.isValid();
}

function resolveDefaultCountry(country: unknown): CountryCode | undefined {
  if (typeof country !== 'string') return undefined;
  const upper = country.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

function adviceFor(phone: PhoneNumber, type: PhoneNumberType | undefined, inKnownRange: boolean): PhoneAdvice {
  const notes: PhoneAdviceNote[] = [];
  let method: PhoneCodeMethod;
  if (!inKnownRange) notes.push(note('unverified-range'));
  if (type === 'MOBILE') {
    method = 'sms-or-voice';
    notes.push(note('mobile-ready'));
  } else if (type && VOICE_TYPES.has(type)) {
    method = 'voice';
    notes.push(note('voice-line-ready'));
    if (IVR_TYPES.has(type)) notes.push(note('ivr-allow-list'));
    if (type === 'VOIP') notes.push(note('voip-service'));
  } else if (type && NOT_RECOMMENDED_TYPES.has(type)) {
    // Meta recommends neither SMS nor voice; a voice call is the likelier to get through a routed number.
    method = 'voice';
    notes.push(note('type-not-recommended'));
  } else {
    method = 'either-unknown';
    notes.push(note('type-unknown'));
  }
  const couldBeMobile = type === undefined || type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
  if (phone.countryCallingCode === '55' && couldBeMobile) notes.push(note('brazil-ninth-digit'));
  if (phone.countryCallingCode === '52') notes.push(note('mexico-prefix'));
  if (phone.countryCallingCode === '225') notes.push(note('cote-divoire-renumbering'));
  return { method, notes };
}

/**
 * Reads a phone number as a person types it (any spacing, dashes, dots, brackets, full-width digits,
 * a `00` or local international prefix) and returns it in E.164 with advice on how the verification
 * code can reach it. Never throws.
 */
export function validatePhoneNumber(
  input: string,
  options: PhoneValidationOptions = {},
): ValidationResult<PhoneNumberInfo> {
  if (typeof input !== 'string') return error('not-a-number');
  if (input.length > MAX_PHONE_INPUT_LENGTH) return error('too-long');
  // A tab or line break pasted at either end (from a spreadsheet, say) is harmless; inside, it is refused.
  const trimmed = input.replace(BIDI_FORMATTING, '').trim();
  if (UNSAFE_CHARACTERS.test(trimmed)) return error('not-a-number');

  const normalized = toHalfWidth(trimmed);
  if (normalized.length > MAX_PHONE_INPUT_LENGTH) return error('too-long');
  if (UNSAFE_CHARACTERS.test(normalized)) return error('not-a-number');
  let text = normalized.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  if (text === '') return error('empty');

  const extension = EXTENSION.exec(text);
  if (extension?.[1] && PHONE_CHARACTERS.test(extension[1]) && HAS_DIGIT.test(extension[1])) {
    return error('has-extension');
  }
  if (!PHONE_CHARACTERS.test(text) || !HAS_DIGIT.test(text)) return error('not-a-number');
  // `(+81) 90 …`: libphonenumber wants the + first.
  text = text.replace(/^\(\s*(\+\s*\p{Nd}{1,3})\s*\)/u, '$1 ');

  const defaultCountry = resolveDefaultCountry(options?.defaultCountry);
  let parsed = parse(text, defaultCountry);
  let typedInternational = text.includes('+');

  // `00` is the international prefix in most of the world; use it when the default country's own
  // reading (if any) doesn't give a valid number (Japan dials 010, so `0081 …` needs this).
  if (text.startsWith('00') && !isValidNumber(parsed)) {
    const international = parse(`+${text.slice(2)}`, undefined);
    if (!defaultCountry || isValidNumber(international)) {
      parsed = international;
      typedInternational = true;
    }
  }

  if (!parsed.ok) {
    switch (parsed.reason) {
      case 'INVALID_COUNTRY':
        return error(typedInternational || defaultCountry ? 'unknown-country-code' : 'missing-country-code');
      case 'TOO_SHORT':
        return error('too-short');
      case 'TOO_LONG':
        return error('too-long');
      default:
        return error('not-a-number');
    }
  }

  let phone = parsed.phone;
  if (phone.ext) return error('has-extension');
  // No plan gives a number of zeros alone; libphonenumber would take one as possible (`+1 000 000 0000`).
  if (/^0+$/u.test(phone.nationalNumber)) return error('all-zeros');

  // Mexican numbers may be written with an extra `1` after +52, which Cloud API may change (M5).
  if (phone.countryCallingCode === '52' && /^1\d{10}$/u.test(phone.nationalNumber) && !phone.isValid()) {
    const withoutOne = parse(`+52${phone.nationalNumber.slice(1)}`, undefined);
    if (isValidNumber(withoutOne)) phone = withoutOne.phone;
  }

  if (!phone.isPossible()) {
    const reason = validatePhoneNumberLength(phone.number);
    if (reason === 'TOO_SHORT') return error('too-short');
    if (reason === 'TOO_LONG') return error('too-long');
    return error('invalid-length');
  }
  // E.164 allows 15 digits at most; some plans' length ranges (Japan's) let libphonenumber accept more.
  if (phone.number.length > 16) return error('too-long');
  // The E.164 form must read back as the same number; a national prefix left inside (`+49 00000`) does not.
  const reread = parse(phone.number, undefined);
  if (!reread.ok || reread.phone.nationalNumber !== phone.nationalNumber) return error('invalid-length');

  // isValid() failing is advice, not an error: a possible-length number outside the metadata's known
  // ranges may be newly allocated, and a stale check would lock the owner out (DOMAIN.md §3.3, §3.4).
  const inKnownRange = phone.isValid();
  const type = inKnownRange ? phone.getType() : undefined;
  // Pagers can't receive the code by SMS or voice (M5).
  if (type === 'PAGER') return error('unsupported-type');

  return valid({
    e164: phone.number,
    countryCallingCode: phone.countryCallingCode,
    nationalNumber: phone.nationalNumber,
    international: phone.formatInternational(),
    ...(phone.country ? { country: phone.country } : {}),
    ...(type ? { type } : {}),
    advice: adviceFor(phone, type, inKnownRange),
  });
}

/** A zod/mini schema from a typed string to {@link PhoneNumberInfo}; the issue message is the catalogue key. */
export function phoneNumberSchema(options: PhoneValidationOptions = {}) {
  return schemaFromValidator((input) => validatePhoneNumber(input, options));
}

/** The two fields Meta's migration and add-number calls take (M1): `cc` and `phone_number` without `+` or `cc`. */
export interface MetaPhoneNumber {
  readonly cc: string;
  readonly phoneNumber: string;
}

/** Splits an E.164 number (`+819012345678`) for Meta's API; `undefined` if it isn't E.164. */
export function splitForMeta(e164: string): MetaPhoneNumber | undefined {
  if (typeof e164 !== 'string' || !/^\+[1-9]\d{1,14}$/u.test(e164)) return undefined;
  const parsed = parse(e164, undefined);
  if (!parsed.ok) return undefined;
  return { cc: parsed.phone.countryCallingCode, phoneNumber: parsed.phone.nationalNumber };
}
