import type { InputField } from '@wamigrate/core';
import type { UseFormReturn } from 'react-hook-form';
import { createStrictContext } from '../../utils/create-context';
import type { FieldValues, IdentityPairFields } from './issue-resolver';
import type { controlIds } from './requirements-checklist-context';

export interface FieldMessage {
  readonly reason: 'invalid' | 'requirement-locked';
  readonly text: string;
}

export interface FieldState {
  readonly field: InputField;
  readonly ids: ReturnType<typeof controlIds>;
  readonly messages: readonly FieldMessage[];
  readonly invalid: boolean;
  readonly locked: boolean;
  /** The phone number was valid earlier but is not stored here: the field is empty, the requirement met. */
  readonly remembered: boolean;
}

export const [FieldProvider, useRequirementField] = createStrictContext<FieldState>(
  'useRequirementField',
  'RequirementsChecklist.Field',
);

export interface RequirementFieldsState {
  readonly form: UseFormReturn<FieldValues>;
  readonly fields: readonly InputField[];
  readonly pair: IdentityPairFields | undefined;
  /** Sends `SET_FIELD` for one field, remembering a `requirement-locked` refusal. */
  readonly sendField: (field: InputField, value: string) => void;
}

export const [RequirementFieldsProvider, useRequirementFields] = createStrictContext<RequirementFieldsState>(
  'useRequirementFields',
  'RequirementsChecklist.Fields',
);
