import type { MigrationSnapshot } from '../engine/types';
import { type ChecklistApi, connectChecklist } from './checklist.connect';
import { connectGuide, type GuideApi } from './guide.connect';
import { connectPicker, type PickerAnswers, type PickerApi } from './picker.connect';
import { connectStepper, type StepperApi } from './stepper.connect';
import { connectTroubleshooting, type TroubleshootingApi } from './troubleshooting.connect';
import type { ConnectEnv, Send } from './types';
import { connectVerificationCode, type VerificationCodeApi } from './verification-code.connect';

export interface MigrationApi {
  readonly guide: GuideApi;
  readonly stepper: StepperApi;
  readonly verificationCode: VerificationCodeApi;
  readonly checklist: ChecklistApi;
  /** The picker for the user's answers so far (the view keeps them until a path starts). */
  picker(answers: PickerAnswers): PickerApi;
  /** Troubleshooting filtered by the search field's text. */
  troubleshooting(query?: string): TroubleshootingApi;
}

/**
 * The whole view model of one snapshot, for any view (React, a custom element, Vue): each component's values,
 * commands and prop getters. Each part is built when first read, so a view pays only for what it shows.
 */
export function connect(snapshot: MigrationSnapshot, send: Send, env: ConnectEnv): MigrationApi {
  let guide: GuideApi | undefined;
  let stepper: StepperApi | undefined;
  let verificationCode: VerificationCodeApi | undefined;
  let checklist: ChecklistApi | undefined;
  return {
    get guide() {
      guide ??= connectGuide(snapshot, send, env);
      return guide;
    },
    get stepper() {
      stepper ??= connectStepper(snapshot, send, env);
      return stepper;
    },
    get verificationCode() {
      verificationCode ??= connectVerificationCode(snapshot, send, env);
      return verificationCode;
    },
    get checklist() {
      checklist ??= connectChecklist(snapshot, send, env);
      return checklist;
    },
    picker: (answers) => connectPicker(snapshot, send, env, answers),
    troubleshooting: (query = '') => connectTroubleshooting(snapshot, send, env, query),
  };
}
