import type { PickerAnswers, PickerApi, PickerQuestionId } from '@wamigrate/core/connect';
import { createStrictContext } from '../../utils/create-context';

/** `from`, `to`, and `scenario` when several paths share the same two answers. */
export type PickerQuestion = PickerQuestionId;

export interface ScenarioPickerState {
  /** The core's view model over the answers below: questions, labels, the match, prop getters. */
  readonly api: PickerApi;
  /** The answers are view state until a path starts: React keeps them, the core reads them. */
  readonly setAnswers: (answers: PickerAnswers) => void;
}

export const [ScenarioPickerProvider, useScenarioPicker] = createStrictContext<ScenarioPickerState>(
  'useScenarioPicker',
  'ScenarioPicker.Root',
);

export const [QuestionProvider, useQuestion] = createStrictContext<PickerQuestion>(
  'useQuestion',
  'ScenarioPicker.Question',
);
