/**
 * `@wamigrate/core/phone`: the phone-number validator. A separate entry so that libphonenumber-js's
 * metadata stays out of the main entry; hosts that don't take a number pay nothing for it.
 */
export {
  type CountryCode,
  MAX_PHONE_INPUT_LENGTH,
  type MetaPhoneNumber,
  PHONE_ADVICE_NOTE_CODES,
  PHONE_CODE_METHODS,
  PHONE_ERROR_CODES,
  type PhoneAdvice,
  type PhoneAdviceNote,
  type PhoneAdviceNoteCode,
  type PhoneCodeMethod,
  type PhoneErrorCode,
  type PhoneNumberInfo,
  type PhoneNumberType,
  type PhoneValidationOptions,
  phoneNumberSchema,
  splitForMeta,
  validatePhoneNumber,
} from './validation/phone-number';
export type { ValidationIssue, ValidationResult } from './validation/result';
