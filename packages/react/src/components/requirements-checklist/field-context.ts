import type { FieldMessage, FieldView, RequirementView } from '@wamigrate/core/connect';
import type { UseFormReturn } from 'react-hook-form';
import { createStrictContext } from '../../utils/create-context';
import type { FieldValues } from './issue-resolver';

export type { FieldMessage };

/** One field as the view model shows it: label, ids, messages, invalid / locked / remembered. */
export type FieldState = FieldView;

export const [FieldProvider, useRequirementField] = createStrictContext<FieldState>(
  'useRequirementField',
  'RequirementsChecklist.Field',
);

export interface RequirementFieldsState {
  readonly form: UseFormReturn<FieldValues>;
  readonly item: RequirementView;
  /** Sends `SET_FIELD` for one field, remembering a `requirement-locked` refusal. */
  readonly sendField: (field: FieldView['field'], value: string) => void;
}

export const [RequirementFieldsProvider, useRequirementFields] = createStrictContext<RequirementFieldsState>(
  'useRequirementFields',
  'RequirementsChecklist.Fields',
);
