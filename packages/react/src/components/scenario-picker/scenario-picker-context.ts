import type { NumberLocation, Scenario } from '@wamigrate/core';
import { createStrictContext } from '../../utils/create-context';

export type PickerQuestion = 'from' | 'to';

export interface ScenarioPickerState {
  readonly from: NumberLocation | null;
  readonly to: NumberLocation | null;
  readonly setAnswer: (question: PickerQuestion, location: NumberLocation) => void;
  /** The locations each question offers: "to" only offers places a known scenario reaches from "from". */
  readonly options: Readonly<Record<PickerQuestion, readonly NumberLocation[]>>;
  /** The scenario the two answers name, once both are given. */
  readonly match: Scenario | null;
  readonly ids: { readonly result: string };
}

export const [ScenarioPickerProvider, useScenarioPicker] = createStrictContext<ScenarioPickerState>(
  'useScenarioPicker',
  'ScenarioPicker.Root',
);

export const [QuestionProvider, useQuestion] = createStrictContext<PickerQuestion>(
  'useQuestion',
  'ScenarioPicker.Question',
);

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** The plain questions' options, derived from the scenarios so a host's own scenarios appear too. */
export function pickerOptions(scenarios: readonly Scenario[], from: NumberLocation | null) {
  return {
    from: unique(scenarios.map((s) => s.from)),
    to: unique(scenarios.filter((s) => s.from === from).map((s) => s.to)),
  };
}
