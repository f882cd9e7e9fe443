import type { InputField, MigrationEvent, RequirementResult } from '@wamigrate/core';
import { createStrictContext } from '../../utils/create-context';

export const SCOPE = 'requirements-checklist';

/** Where a refused answer belongs: a field of a form, or a requirement's checkbox. */
export type AnswerTarget = { readonly field: InputField } | { readonly requirementId: string };

export const targetKey = (target: AnswerTarget) =>
  'field' in target ? `field:${target.field}` : `requirement:${target.requirementId}`;

export interface RequirementsChecklistState {
  /**
   * Sends an answer (`SET_FIELD` or `ATTEST`) and remembers whether the engine refused it because a finished
   * step relies on it, so the refusal is shown beside that field or checkbox.
   */
  readonly sendAnswer: (event: MigrationEvent, target: AnswerTarget) => void;
  /** Targets whose latest answer the engine refused as `requirement-locked`. */
  readonly locked: ReadonlySet<string>;
  readonly ids: { readonly progress: string };
}

export const [RequirementsChecklistProvider, useRequirementsChecklist] =
  createStrictContext<RequirementsChecklistState>('useRequirementsChecklist', 'RequirementsChecklist.Root');

export interface RequirementItemState {
  readonly result: RequirementResult;
  readonly ids: {
    readonly title: string;
    readonly description: string;
    readonly status: string;
    /** Prefix for the ids of the item's controls and their messages. */
    readonly base: string;
  };
}

export const [RequirementItemProvider, useRequirementItem] = createStrictContext<RequirementItemState>(
  'useRequirementItem',
  'RequirementsChecklist.Item',
);

export const [RequirementGroupProvider, useRequirementGroup, RequirementGroupContext] = createStrictContext<{
  readonly group: string;
  readonly headingId: string;
}>('useRequirementGroup', 'RequirementsChecklist.Group');

/** The ids of one control and the message beside it. */
export const controlIds = (base: string, name: string) => ({
  control: `${base}-${name}`,
  message: `${base}-${name}-message`,
  hint: `${base}-${name}-hint`,
});
