import type { InputField } from './types';

/** Every value a user types, in the order forms show them. */
export const INPUT_FIELDS: readonly InputField[] = [
  'phoneNumber',
  'currentBusinessManagerId',
  'newBusinessManagerId',
  'currentDisplayName',
  'newDisplayName',
];

/** The validators the core has for what a user types. */
export type FieldValidator = 'phone-number' | 'business-manager-id' | 'display-name';

/** Which validator checks each field: forms read it, so no view decides by a field's name. */
export const FIELD_VALIDATORS: Readonly<Record<InputField, FieldValidator>> = {
  phoneNumber: 'phone-number',
  currentBusinessManagerId: 'business-manager-id',
  newBusinessManagerId: 'business-manager-id',
  currentDisplayName: 'display-name',
  newDisplayName: 'display-name',
};
