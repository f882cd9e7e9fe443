import {
  RequirementsChecklistAttestation,
  RequirementsChecklistAttestationCheckbox,
  RequirementsChecklistAttestationLabel,
  RequirementsChecklistAttestationMessage,
} from './attestation-parts';
import { RequirementsChecklistPhoneAdvice } from './phone-advice';
import {
  RequirementsChecklistField,
  RequirementsChecklistFieldError,
  RequirementsChecklistFieldHint,
  RequirementsChecklistFieldInput,
  RequirementsChecklistFieldLabel,
} from './requirement-field-parts';
import {
  RequirementsChecklistFields,
  RequirementsChecklistFieldset,
  RequirementsChecklistFieldsSubmit,
  RequirementsChecklistLegend,
} from './requirement-fields-form';
import {
  RequirementsChecklistItem,
  RequirementsChecklistItemDescription,
  RequirementsChecklistItemStatus,
  RequirementsChecklistItemTitle,
  RequirementsChecklistRecheckTrigger,
} from './requirement-item-parts';
import { RequirementsChecklistDefault } from './requirements-checklist';
import {
  RequirementsChecklistEmpty,
  RequirementsChecklistGroup,
  RequirementsChecklistGroupHeading,
  RequirementsChecklistList,
  RequirementsChecklistProgress,
  RequirementsChecklistRoot,
} from './requirements-checklist-parts';

export {
  RequirementsChecklistAttestation,
  RequirementsChecklistAttestationCheckbox,
  RequirementsChecklistAttestationLabel,
  RequirementsChecklistAttestationMessage,
} from './attestation-parts';
export {
  type FieldMessage as RequirementFieldMessage,
  type FieldState as RequirementFieldState,
  useRequirementField,
} from './field-context';
export {
  createIssueResolver,
  type FieldValues as RequirementFieldValues,
  type IssueResolverOptions,
} from './issue-resolver';
export { RequirementsChecklistPhoneAdvice } from './phone-advice';
export {
  RequirementsChecklistField,
  RequirementsChecklistFieldError,
  RequirementsChecklistFieldHint,
  RequirementsChecklistFieldInput,
  RequirementsChecklistFieldLabel,
  type RequirementsChecklistFieldProps,
} from './requirement-field-parts';
export {
  RequirementsChecklistFields,
  RequirementsChecklistFieldset,
  RequirementsChecklistFieldsSubmit,
  RequirementsChecklistLegend,
} from './requirement-fields-form';
export {
  RequirementsChecklistItem,
  RequirementsChecklistItemDescription,
  type RequirementsChecklistItemProps,
  RequirementsChecklistItemStatus,
  RequirementsChecklistItemTitle,
  RequirementsChecklistRecheckTrigger,
} from './requirement-item-parts';
export type { RequirementsChecklistProps } from './requirements-checklist';
export {
  type AnswerTarget,
  type RequirementItemState,
  type RequirementsChecklistState,
  useRequirementItem,
  useRequirementsChecklist,
} from './requirements-checklist-context';
export {
  RequirementsChecklistEmpty,
  RequirementsChecklistGroup,
  RequirementsChecklistGroupHeading,
  type RequirementsChecklistGroupHeadingProps,
  type RequirementsChecklistGroupProps,
  RequirementsChecklistList,
  RequirementsChecklistProgress,
  RequirementsChecklistRoot,
  type RequirementsChecklistRootProps,
} from './requirements-checklist-parts';

/**
 * `<RequirementsChecklist />` whole, or rebuilt from `RequirementsChecklist.Root`, `.Progress`, `.Group`,
 * `.List`, `.Item`, `.Attestation`, `.Fields`, `.Field` and their smaller parts.
 */
export const RequirementsChecklist = Object.assign(RequirementsChecklistDefault, {
  Root: RequirementsChecklistRoot,
  Empty: RequirementsChecklistEmpty,
  Progress: RequirementsChecklistProgress,
  Group: RequirementsChecklistGroup,
  GroupHeading: RequirementsChecklistGroupHeading,
  List: RequirementsChecklistList,
  Item: RequirementsChecklistItem,
  ItemTitle: RequirementsChecklistItemTitle,
  ItemDescription: RequirementsChecklistItemDescription,
  ItemStatus: RequirementsChecklistItemStatus,
  RecheckTrigger: RequirementsChecklistRecheckTrigger,
  Attestation: RequirementsChecklistAttestation,
  AttestationCheckbox: RequirementsChecklistAttestationCheckbox,
  AttestationLabel: RequirementsChecklistAttestationLabel,
  AttestationMessage: RequirementsChecklistAttestationMessage,
  Fields: RequirementsChecklistFields,
  Fieldset: RequirementsChecklistFieldset,
  Legend: RequirementsChecklistLegend,
  FieldsSubmit: RequirementsChecklistFieldsSubmit,
  Field: RequirementsChecklistField,
  FieldLabel: RequirementsChecklistFieldLabel,
  FieldHint: RequirementsChecklistFieldHint,
  FieldInput: RequirementsChecklistFieldInput,
  FieldError: RequirementsChecklistFieldError,
  PhoneAdvice: RequirementsChecklistPhoneAdvice,
});
