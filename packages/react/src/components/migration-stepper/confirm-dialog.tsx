import * as Dialog from '@radix-ui/react-dialog';
import { MESSAGE_NAMESPACE } from '@wamigrate/core/messages';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy } from '../../utils/data-attr';
import { focusArrival, SCOPE, stepData, useConfirmState, useStepContext, useStepperContext } from './stepper-context';

export type MigrationStepperConfirmDialogProps = ComponentPropsWithoutRef<typeof Dialog.Content>;

type ConfirmPart = 'title' | 'body' | 'accept' | 'cancel';

/**
 * The modal confirmation before a step with a consequence is completed (APG dialog pattern, Radix): focus
 * moves in and is contained, Escape or "cancel" closes it and focus returns to "Mark as done"; "accept"
 * completes the step and focus follows to the next step's heading. Must sit inside `Actions`.
 * Texts: `step.<id>.confirm.*` when the catalogue has them, else `ui.stepper.confirm.*`.
 */
export const MigrationStepperConfirmDialog = forwardRef<HTMLDivElement, MigrationStepperConfirmDialogProps>(
  ({ onCloseAutoFocus, ...props }, ref) => {
    const { t, i18n, locale } = useGuideI18n();
    const params = useProfileParams();
    const { send } = useMigration();
    const { container, rootRef } = useStepperContext();
    const step = useStepContext();
    const confirm = useConfirmState();
    if (!confirm) return null;
    const text = (part: ConfirmPart) => {
      const own = `step.${step.step.id}.confirm.${part}`;
      return t(i18n.exists(own, { lng: locale, ns: MESSAGE_NAMESPACE }) ? own : `ui.stepper.confirm.${part}`, params);
    };
    return (
      <Dialog.Portal {...(container ? { container } : {})}>
        <Dialog.Overlay {...anatomy(SCOPE, 'confirm-overlay')} />
        <Dialog.Content
          ref={ref}
          {...anatomy(SCOPE, 'confirm-dialog')}
          {...stepData(step)}
          onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
            event.preventDefault();
            const trigger = confirm.trigger.current;
            // After "accept" focus belongs to the new step's heading, unless nothing took it.
            if (confirm.accepted.current && focusArrival(rootRef.current)) return;
            if (trigger?.isConnected) trigger.focus();
          })}
          {...props}
        >
          <Dialog.Title {...anatomy(SCOPE, 'confirm-title')}>{text('title')}</Dialog.Title>
          <Dialog.Description {...anatomy(SCOPE, 'confirm-description')}>{text('body')}</Dialog.Description>
          <div {...anatomy(SCOPE, 'confirm-actions')}>
            <Dialog.Close asChild>
              <button type="button" {...anatomy(SCOPE, 'confirm-cancel')}>
                {text('cancel')}
              </button>
            </Dialog.Close>
            <button
              type="button"
              {...anatomy(SCOPE, 'confirm-accept')}
              onClick={() => {
                confirm.accepted.current = true;
                confirm.setOpen(false);
                send({ type: 'COMPLETE_STEP', stepId: step.step.id, confirmed: true });
              }}
            >
              {text('accept')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    );
  },
);
MigrationStepperConfirmDialog.displayName = 'MigrationStepper.ConfirmDialog';
