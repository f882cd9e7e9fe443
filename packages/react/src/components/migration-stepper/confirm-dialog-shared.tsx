import type { MigrationEvent } from '@wamigrate/core';
import { MESSAGE_NAMESPACE } from '@wamigrate/core/messages';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import { type ConfirmState, focusArrival, SCOPE } from './stepper-context';

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
function acceptConfirm(confirm: ConfirmState, send: (event: MigrationEvent) => void, stepId: string) {
  confirm.accepted.current = true;
  confirm.setOpen(false);
  send({ type: 'COMPLETE_STEP', stepId, confirmed: true });
}

/** "Cancel" first (where focus lands on opening), then "accept"; the same in both dialogs. */
export function ConfirmActions({ confirm, stepId }: { confirm: ConfirmState; stepId: string }) {
  const { send } = useMigration();
  const text = useConfirmText(stepId);
  return (
    <div {...anatomy(SCOPE, 'confirm-actions')}>
      <button type="button" {...anatomy(SCOPE, 'confirm-cancel')} onClick={() => confirm.setOpen(false)}>
        {text('cancel')}
      </button>
      <button type="button" {...anatomy(SCOPE, 'confirm-accept')} onClick={() => acceptConfirm(confirm, send, stepId)}>
        {text('accept')}
      </button>
    </div>
  );
}
