import { useMigrationSelector } from '../../migration/migration-context';
import { MigrationStepperLive } from './live-steps';
import { MigrationStepperChecklist } from './step-checklist';
import {
  MigrationStepperActors,
  MigrationStepperDescription,
  MigrationStepperHowToComplete,
  MigrationStepperPlaces,
  MigrationStepperTerms,
  MigrationStepperWaits,
  MigrationStepperWarnings,
} from './step-details';
import { MigrationStepperHeading, MigrationStepperNote } from './step-heading';
import { MigrationStepperActions } from './stepper-actions';
import { useStepContext } from './stepper-context';
import { MigrationStepperSupportRequest } from './support-request';
import { MigrationStepperVerificationCode } from './verification-code';

/**
 * What `Content` shows without children: every part that applies to its step, in reading order. Warnings
 * come before the instruction they warn about; what the step waits for is inside it, with its controls.
 */
export function StepBody() {
  const { step } = useStepContext();
  const live = useMigrationSelector((s) => s.live.enabled);
  return (
    <>
      <MigrationStepperHeading />
      {/* Who acts goes with the title (beside it where there is room). */}
      <MigrationStepperActors />
      <MigrationStepperWarnings />
      <MigrationStepperDescription />
      <MigrationStepperPlaces />
      <MigrationStepperWaits />
      <MigrationStepperChecklist />
      {/* With the host's backend the guide makes Meta's calls; without it the person counts requests. */}
      {step.verificationCode === true && (live ? <MigrationStepperLive /> : <MigrationStepperVerificationCode />)}
      {step.supportRequest !== undefined && <MigrationStepperSupportRequest />}
      <MigrationStepperHowToComplete />
      <MigrationStepperNote />
      <MigrationStepperActions />
      {/* After the step's action, so the words never stand between the person and "mark as done". */}
      <MigrationStepperTerms />
    </>
  );
}
