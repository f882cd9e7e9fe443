import { MigrationStepperConfirmDialog } from './confirm-dialog';
import { MigrationStepperLive } from './live-steps';
import { MigrationStepperDefault } from './migration-stepper';
import { MigrationStepperChecklist } from './step-checklist';
import {
  MigrationStepperActors,
  MigrationStepperDescription,
  MigrationStepperHowToComplete,
  MigrationStepperPlaces,
  MigrationStepperRequirements,
  MigrationStepperTerms,
  MigrationStepperWaits,
  MigrationStepperWarnings,
} from './step-details';
import { MigrationStepperHeading, MigrationStepperNote } from './step-heading';
import {
  MigrationStepperActions,
  MigrationStepperCompleteTrigger,
  MigrationStepperReopenTrigger,
  MigrationStepperSkipTrigger,
} from './stepper-actions';
import { MigrationStepperContent } from './stepper-content';
import {
  MigrationStepperNavigation,
  MigrationStepperNextTrigger,
  MigrationStepperPrevTrigger,
} from './stepper-navigation';
import {
  MigrationStepperEmpty,
  MigrationStepperIndicator,
  MigrationStepperItem,
  MigrationStepperList,
  MigrationStepperRoot,
  MigrationStepperStatus,
  MigrationStepperTrigger,
} from './stepper-root';
import { MigrationStepperCompletion, MigrationStepperProgress, MigrationStepperRejection } from './stepper-status';
import { MigrationStepperSupportRequest } from './support-request';
import { MigrationStepperRequestCodeTrigger, MigrationStepperVerificationCode } from './verification-code';

/** `<MigrationStepper />`, or its parts: `<MigrationStepper.Root>`, `.List`, `.Item`, `.Trigger`, ... */
export const MigrationStepper = Object.assign(MigrationStepperDefault, {
  Root: MigrationStepperRoot,
  List: MigrationStepperList,
  Item: MigrationStepperItem,
  Trigger: MigrationStepperTrigger,
  Indicator: MigrationStepperIndicator,
  Status: MigrationStepperStatus,
  Empty: MigrationStepperEmpty,
  Content: MigrationStepperContent,
  Heading: MigrationStepperHeading,
  Description: MigrationStepperDescription,
  Actors: MigrationStepperActors,
  Warnings: MigrationStepperWarnings,
  Waits: MigrationStepperWaits,
  HowToComplete: MigrationStepperHowToComplete,
  Requirements: MigrationStepperRequirements,
  Places: MigrationStepperPlaces,
  Terms: MigrationStepperTerms,
  Checklist: MigrationStepperChecklist,
  Note: MigrationStepperNote,
  Actions: MigrationStepperActions,
  CompleteTrigger: MigrationStepperCompleteTrigger,
  SkipTrigger: MigrationStepperSkipTrigger,
  ReopenTrigger: MigrationStepperReopenTrigger,
  ConfirmDialog: MigrationStepperConfirmDialog,
  Navigation: MigrationStepperNavigation,
  PrevTrigger: MigrationStepperPrevTrigger,
  NextTrigger: MigrationStepperNextTrigger,
  Progress: MigrationStepperProgress,
  Rejection: MigrationStepperRejection,
  Completion: MigrationStepperCompletion,
  VerificationCode: MigrationStepperVerificationCode,
  /** Live mode's sub-steps (`hostActions`), shown in the code step in place of `VerificationCode`. */
  Live: MigrationStepperLive,
  RequestCodeTrigger: MigrationStepperRequestCodeTrigger,
  SupportRequest: MigrationStepperSupportRequest,
});

export { MigrationStepperConfirmDialog, type MigrationStepperConfirmDialogProps } from './confirm-dialog';
export type { MigrationStepperProps } from './migration-stepper';
export {
  MigrationStepperActors,
  MigrationStepperDescription,
  MigrationStepperHowToComplete,
  MigrationStepperPlaces,
  MigrationStepperRequirements,
  MigrationStepperTerms,
  MigrationStepperWaits,
  MigrationStepperWarnings,
} from './step-details';
export { MigrationStepperHeading, type MigrationStepperHeadingProps, MigrationStepperNote } from './step-heading';
export {
  MigrationStepperActions,
  MigrationStepperBackTrigger,
  MigrationStepperCompleteTrigger,
  MigrationStepperReopenTrigger,
  MigrationStepperSkipTrigger,
} from './stepper-actions';
export { MigrationStepperContent, type MigrationStepperContentProps } from './stepper-content';
export { type DialogKind, useStepContext as useMigrationStepperStep } from './stepper-context';
export {
  MigrationStepperNavigation,
  MigrationStepperNextTrigger,
  MigrationStepperPrevTrigger,
} from './stepper-navigation';
export {
  MigrationStepperEmpty,
  MigrationStepperIndicator,
  MigrationStepperItem,
  type MigrationStepperItemProps,
  MigrationStepperList,
  MigrationStepperRoot,
  type MigrationStepperRootProps,
  MigrationStepperStatus,
  MigrationStepperTrigger,
} from './stepper-root';
export { MigrationStepperCompletion, MigrationStepperProgress, MigrationStepperRejection } from './stepper-status';
export { MigrationStepperSupportRequest } from './support-request';
export {
  MigrationStepperRequestCodeTrigger,
  MigrationStepperVerificationCode,
  type MigrationStepperVerificationCodeProps,
} from './verification-code';
