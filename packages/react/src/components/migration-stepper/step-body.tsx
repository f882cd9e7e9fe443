import {
  MigrationStepperActors,
  MigrationStepperDescription,
  MigrationStepperHowToComplete,
  MigrationStepperRequirements,
  MigrationStepperWaits,
  MigrationStepperWarnings,
} from './step-details';
import { MigrationStepperHeading, MigrationStepperNote } from './step-heading';
import { MigrationStepperActions } from './stepper-actions';
import { useStepContext } from './stepper-context';
import { MigrationStepperSupportRequest } from './support-request';
import { MigrationStepperVerificationCode } from './verification-code';

/** What `Content` shows without children: every part that applies to its step, in reading order. */
export function StepBody() {
  const { step } = useStepContext();
  return (
    <>
      <MigrationStepperHeading />
      <MigrationStepperDescription />
      <MigrationStepperActors />
      <MigrationStepperWarnings />
      <MigrationStepperWaits />
      {step.verificationCode === true && <MigrationStepperVerificationCode />}
      {step.supportRequest !== undefined && <MigrationStepperSupportRequest />}
      <MigrationStepperRequirements />
      <MigrationStepperHowToComplete />
      <MigrationStepperNote />
      <MigrationStepperActions />
    </>
  );
}
