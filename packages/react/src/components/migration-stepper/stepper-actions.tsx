import * as Dialog from '@radix-ui/react-dialog';
import type { StepState } from '@wamigrate/core';
import { forwardRef, useMemo, useRef, useState } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { MigrationStepperConfirmDialog } from './confirm-dialog';
import { ConfirmContext, SCOPE, stepData, useConfirmState, useStepContext, useStepperContext } from './stepper-context';

const isDone = (step: StepState) => step.status === 'complete' || step.status === 'skipped';

/** The step's actions. Holds the confirmation dialog's state, so the dialog can sit anywhere inside. */
export const MigrationStepperActions = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const step = useStepContext();
    const { dialog } = useStepperContext();
    const [open, setOpen] = useState(false);
    const trigger = useRef<HTMLElement | null>(null);
    const accepted = useRef(false);
    const confirm = useMemo(() => ({ open, setOpen, trigger, accepted }), [open]);
    const done = isDone(step);
    const actions = (
      <Primitive.div ref={ref} {...anatomy(SCOPE, 'actions')} {...stepData(step)} {...props}>
        {children ?? (
          <>
            {!done && <MigrationStepperCompleteTrigger />}
            {!done && step.step.optional === true && <MigrationStepperSkipTrigger />}
            {done && <MigrationStepperReopenTrigger />}
            {step.step.requiresConfirmation === true && <MigrationStepperConfirmDialog />}
          </>
        )}
      </Primitive.div>
    );
    return (
      <ConfirmContext.Provider value={confirm}>
        {dialog === 'native' ? (
          actions
        ) : (
          <Dialog.Root open={open} onOpenChange={setOpen}>
            {actions}
          </Dialog.Root>
        )}
      </ConfirmContext.Provider>
    );
  },
);
MigrationStepperActions.displayName = 'MigrationStepper.Actions';

/**
 * "Mark as done". `aria-disabled` while the step cannot be completed: pressing it then lets the engine say
 * why (the rejection region). A step with a consequence opens the confirmation dialog first.
 */
export const MigrationStepperCompleteTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { send } = useMigration();
    const step = useStepContext();
    const confirm = useConfirmState();
    const needsConfirm = step.step.requiresConfirmation === true && step.canComplete && confirm !== null;
    return (
      <Primitive.button
        ref={ref}
        type="button"
        aria-disabled={step.canComplete ? undefined : true}
        aria-haspopup={needsConfirm ? 'dialog' : undefined}
        {...anatomy(SCOPE, 'complete-trigger')}
        {...stepData(step)}
        data-disabled={dataFlag(!step.canComplete)}
        onClick={composeEventHandlers(onClick, (event) => {
          if (needsConfirm) {
            confirm.trigger.current = event.currentTarget;
            confirm.accepted.current = false;
            confirm.setOpen(true);
            return;
          }
          send({ type: 'COMPLETE_STEP', stepId: step.step.id });
        })}
        {...props}
      >
        {children ?? t('ui.stepper.complete')}
      </Primitive.button>
    );
  },
);
MigrationStepperCompleteTrigger.displayName = 'MigrationStepper.CompleteTrigger';

/** "Skip": only for an optional step that could be completed. */
export const MigrationStepperSkipTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { send } = useMigration();
    const step = useStepContext();
    return (
      <Primitive.button
        ref={ref}
        type="button"
        aria-disabled={step.canSkip ? undefined : true}
        {...anatomy(SCOPE, 'skip-trigger')}
        {...stepData(step)}
        data-disabled={dataFlag(!step.canSkip)}
        onClick={composeEventHandlers(onClick, () => send({ type: 'SKIP_STEP', stepId: step.step.id }))}
        {...props}
      >
        {children ?? t('ui.stepper.skip')}
      </Primitive.button>
    );
  },
);
MigrationStepperSkipTrigger.displayName = 'MigrationStepper.SkipTrigger';

/** "Reopen" a done or skipped step; the steps that depend on it reopen too. */
export const MigrationStepperReopenTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { send } = useMigration();
    const step = useStepContext();
    return (
      <Primitive.button
        ref={ref}
        type="button"
        disabled={!isDone(step)}
        {...anatomy(SCOPE, 'reopen-trigger')}
        {...stepData(step)}
        onClick={composeEventHandlers(onClick, () => send({ type: 'REOPEN_STEP', stepId: step.step.id }))}
        {...props}
      >
        {children ?? t('ui.stepper.reopen')}
      </Primitive.button>
    );
  },
);
MigrationStepperReopenTrigger.displayName = 'MigrationStepper.ReopenTrigger';
