import type { InputField, RequirementCheck } from './types';

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

/** The two sides of an identity rule; a mismatch belongs beside the new setup's field. */
export interface IdentityPair {
  readonly kind: 'business-manager' | 'display-name';
  readonly current: InputField;
  readonly next: InputField;
}

export function identityPairOf(check: RequirementCheck): IdentityPair | undefined {
  if (check.kind !== 'input' || check.rule === 'phone-number') return undefined;
  const [current, next] = check.fields;
  if (!current || !next) return undefined;
  return { kind: check.rule === 'same-business-manager' ? 'business-manager' : 'display-name', current, next };
}
