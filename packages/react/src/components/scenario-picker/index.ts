import { ScenarioPickerDefault } from './scenario-picker';
import {
  ScenarioPickerOption,
  ScenarioPickerQuestion,
  ScenarioPickerResult,
  ScenarioPickerRoot,
  ScenarioPickerStartTrigger,
  ScenarioPickerSwitchWarning,
} from './scenario-picker-parts';

export type { ScenarioPickerProps } from './scenario-picker';
export { type PickerQuestion, type ScenarioPickerState, useScenarioPicker } from './scenario-picker-context';
export {
  ScenarioPickerOption,
  type ScenarioPickerOptionProps,
  ScenarioPickerQuestion,
  type ScenarioPickerQuestionProps,
  ScenarioPickerResult,
  ScenarioPickerRoot,
  type ScenarioPickerRootProps,
  ScenarioPickerStartTrigger,
  type ScenarioPickerStartTriggerProps,
  ScenarioPickerSwitchWarning,
} from './scenario-picker-parts';

/**
 * `<ScenarioPicker />` whole, or rebuilt from `ScenarioPicker.Root`, `.Question`, `.Option`, `.Result`,
 * `.SwitchWarning`, `.StartTrigger`.
 */
export const ScenarioPicker = Object.assign(ScenarioPickerDefault, {
  Root: ScenarioPickerRoot,
  Question: ScenarioPickerQuestion,
  Option: ScenarioPickerOption,
  Result: ScenarioPickerResult,
  SwitchWarning: ScenarioPickerSwitchWarning,
  StartTrigger: ScenarioPickerStartTrigger,
});
