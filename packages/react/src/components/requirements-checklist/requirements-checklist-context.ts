import type { AnswerTarget, ChecklistAnswer, ChecklistApi, RequirementView } from '@wamigrate/core/connect';
import { createStrictContext } from '../../utils/create-context';

export type { AnswerTarget };

export interface RequirementsChecklistState {
  /** The core's view model: every rule, text and prop getter the parts render. */
  readonly api: ChecklistApi;
  /** Stored progress is still being read (not among the keys the view model reads). */
  readonly loading: boolean;
  /**
   * Sends an answer (`SET_FIELD` or `ATTEST`) and remembers whether the engine refused it because a finished
   * step relies on it, so the refusal is shown beside that field or checkbox.
   */
  readonly sendAnswer: (answer: ChecklistAnswer) => void;
  /** Targets whose latest answer the engine refused as `requirement-locked` (`answerTargetKey`). */
  readonly locked: ReadonlySet<string>;
}

export const [RequirementsChecklistProvider, useRequirementsChecklist] =
  createStrictContext<RequirementsChecklistState>('useRequirementsChecklist', 'RequirementsChecklist.Root');

/** The item's requirement as the view model shows it. */
export type RequirementItemState = RequirementView;

export const [RequirementItemProvider, useRequirementItem] = createStrictContext<RequirementItemState>(
  'useRequirementItem',
  'RequirementsChecklist.Item',
);

export const [RequirementGroupProvider, useRequirementGroup, RequirementGroupContext] = createStrictContext<{
  readonly group: string;
}>('useRequirementGroup', 'RequirementsChecklist.Group');
