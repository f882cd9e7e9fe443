import type { StepView } from '@wamigrate/core/connect';
import { mergeProps } from '../../utils/merge-props';
import { type ConfirmState, focusArrival, useStepperContext } from './stepper-context';

/** Narrows the getters' `type` to what a `<button>` takes (they return `button`). */
const BUTTON = { type: 'button' } as const;

/** After "accept" focus belongs to the new step's heading, unless nothing took it; else back to the trigger. */
export function returnConfirmFocus(confirm: ConfirmState, stepperRoot: HTMLElement | null) {
  if (confirm.accepted.current && focusArrival(stepperRoot)) return;
  const trigger = confirm.trigger.current;
  if (trigger?.isConnected) trigger.focus();
}

/**
 * "Cancel" first (where focus lands on opening), then "accept"; the same in both dialogs. Accepting closes,
 * lets focus follow the step change, and completes the step with the user's confirmation.
 */
export function ConfirmActions({
  confirm,
  step,
  texts,
}: {
  confirm: ConfirmState;
  step: StepView;
  texts: NonNullable<StepView['confirmation']>;
}) {
  const { api } = useStepperContext();
  const beforeAccept = () => {
    confirm.accepted.current = true;
    confirm.setOpen(false);
  };
  return (
    <div {...api.getConfirmActionsProps()}>
      <button {...mergeProps(api.getConfirmCancelProps({ cancel: () => confirm.setOpen(false) }), BUTTON)}>
        {texts.cancel}
      </button>
      <button {...mergeProps(api.getConfirmAcceptProps(step.id, { beforeAccept }), BUTTON)}>{texts.accept}</button>
    </div>
  );
}
