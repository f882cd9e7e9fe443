import type { MigrationEvent } from '@wamigrate/core';
import { MESSAGE_NAMESPACE } from '@wamigrate/core/messages';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { type ConfirmState, focusArrival } from './stepper-context';

export type ConfirmPart = 'title' | 'body' | 'accept' | 'cancel';

/** The dialog's texts: `step.<id>.confirm.*` when the catalogue has them, else `ui.stepper.confirm.*`. */
export function useConfirmText(stepId: string): (part: ConfirmPart) => string {
  const { t, i18n, locale } = useGuideI18n();
  const params = useProfileParams();
  return (part) => {
    const own = `step.${stepId}.confirm.${part}`;
    return t(i18n.exists(own, { lng: locale, ns: MESSAGE_NAMESPACE }) ? own : `ui.stepper.confirm.${part}`, params);
  };
}

/** After "accept" focus belongs to the new step's heading, unless nothing took it; else back to the trigger. */
export function returnConfirmFocus(confirm: ConfirmState, stepperRoot: HTMLElement | null) {
  if (confirm.accepted.current && focusArrival(stepperRoot)) return;
  const trigger = confirm.trigger.current;
  if (trigger?.isConnected) trigger.focus();
}

/** "Accept": close, let focus follow the step change, and complete the step with the user's confirmation. */
export function acceptConfirm(confirm: ConfirmState, send: (event: MigrationEvent) => void, stepId: string) {
  confirm.accepted.current = true;
  confirm.setOpen(false);
  send({ type: 'COMPLETE_STEP', stepId, confirmed: true });
}
