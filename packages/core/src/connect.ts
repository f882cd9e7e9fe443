/**
 * `@wamigrate/core/connect`: the view model. `connect(snapshot, send, env)` turns the engine's snapshot into
 * what a view renders: per component, values, texts, commands and prop getters that return plain attribute
 * objects (ids, `aria-*`, `data-scope` / `data-part` / `data-state`, `disabled`, handlers). React, the custom
 * element or a Vue port spread them onto their elements; none of them decides a rule of its own.
 */
export {
  ANATOMIES,
  type Anatomy,
  carryOverAnatomy,
  checklistAnatomy,
  createAnatomy,
  dataFlag,
  glossaryAnatomy,
  guideAnatomy,
  pickerAnatomy,
  stepperAnatomy,
  troubleshootingAnatomy,
} from './connect/anatomy';
export {
  type AnswerTarget,
  answerTargetKey,
  type ChecklistAnswer,
  type ChecklistApi,
  type ChecklistGroupView,
  type ChecklistOptions,
  type ChecklistPhase,
  type ChecklistSnapshot,
  type ControlIds,
  connectChecklist,
  type FieldFormState,
  type FieldMessage,
  type FieldView,
  type ItemIds,
  nextRefusals,
  type PhoneAdviceView,
  type RequirementView,
} from './connect/checklist.connect';
export { connect, type MigrationApi } from './connect/connect';
export {
  FIELD_CHECKS,
  type FieldCheck,
  fieldIssues,
  type IdentityPair,
  identityPairOf,
} from './connect/field-rules';
export { connectGuide, type GuideApi, type GuideSnapshot } from './connect/guide.connect';
export { connectLive, type LiveApi, type LiveSnapshot, metaLanguage } from './connect/live.connect';
export {
  connectPicker,
  type PickerAnswers,
  type PickerApi,
  type PickerOptionView,
  type PickerQuestionId,
  type PickerQuestionView,
  type PickerSnapshot,
} from './connect/picker.connect';
export { matchesCode, matchesText, normaliseText, parseErrorCode } from './connect/search';
export {
  COMPLETE_ARRIVAL,
  connectStepper,
  STEPPER_COMMANDS,
  type StepAction,
  type StepperApi,
  type StepperOptions,
  type StepperSnapshot,
  type StepView,
  stepDataAttrs,
  type UnmetRequirementView,
} from './connect/stepper.connect';
export {
  connectSupportRequest,
  type SupportRequestApi,
  type SupportRequestSnapshot,
} from './connect/support-request.connect';
export { durationText, textWithProfile } from './connect/text';
export {
  connectTroubleshooting,
  type EntryIds,
  type EntryListKind,
  type EntryView,
  type TroubleshootingApi,
  type TroubleshootingSnapshot,
} from './connect/troubleshooting.connect';
export type { AnyEvent, ConnectEnv, MessageValues, PartProps, Send, Translate } from './connect/types';
export {
  clockTime,
  connectVerificationCode,
  type VerificationCodeApi,
  type VerificationCodeSnapshot,
} from './connect/verification-code.connect';
export { supportHref, supportPage } from './profiles/provider-profile';
