import type { StepAction } from '@wamigrate/core/connect';
import { type ComponentType, forwardRef, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { MigrationStepperConfirmDialog } from './confirm-dialog';
import { ConfirmContext, useConfirmState, useStepContext, useStepperContext } from './stepper-context';

/**
 * The step's actions, and beside them how many of its requirements are left. Holds the confirmation dialog's
 * state, so the dialog can sit anywhere inside.
 */
export const MigrationStepperActions = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    const [open, setOpen] = useState(false);
    const trigger = useRef<HTMLElement | null>(null);
    const accepted = useRef(false);
    const confirm = useMemo(() => ({ open, setOpen, trigger, accepted }), [open]);
    const bar = useRef<HTMLDivElement | null>(null);
    useFocusKeptClearOf(bar);
    const actions = (
      <Primitive.div ref={mergeRefs(ref, bar)} {...mergeProps(api.getActionsProps(step.id), props)}>
        {children ?? (
          <>
            {step.actions.map((action) => {
              const Trigger = TRIGGERS[action];
              return <Trigger key={action} />;
            })}
            {step.needsConfirmation && <MigrationStepperConfirmDialog />}
            {step.left !== null && <p {...api.getLeftProps(step.id)}>{step.left}</p>}
          </>
        )}
      </Primitive.div>
    );
    return <ConfirmContext.Provider value={confirm}>{actions}</ConfirmContext.Provider>;
  },
);
MigrationStepperActions.displayName = 'MigrationStepper.Actions';

/**
 * The stylesheet keeps the step's buttons in view at the bottom of the screen; the browser does not know they
 * cover what is under them, so a control that receives focus there is brought to the middle of the screen
 * (WCAG 2.4.11, focus not obscured).
 */
function useFocusKeptClearOf(bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const step = bar.current?.parentElement;
    if (!step) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement | null;
      const buttons = bar.current;
      if (!target || !buttons || buttons.contains(target)) return;
      const covered = buttons.getBoundingClientRect();
      const control = target.getBoundingClientRect();
      if (control.bottom > covered.top && control.top < covered.bottom) target.scrollIntoView({ block: 'center' });
    };
    step.addEventListener('focusin', onFocusIn);
    return () => step.removeEventListener('focusin', onFocusIn);
  }, [bar]);
}

/**
 * "Mark as done". `aria-disabled` while the step cannot be completed: pressing it then lets the engine say
 * why (the rejection region). A step with a consequence opens the confirmation dialog first.
 */
export const MigrationStepperCompleteTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    const confirm = useConfirmState();
    const own = useRef<HTMLButtonElement | null>(null);
    // Without an enclosing `Actions` there is no dialog to open: the engine then asks for the confirmation.
    const options = confirm
      ? {
          requestConfirmation: () => {
            confirm.trigger.current = own.current;
            confirm.accepted.current = false;
            confirm.setOpen(true);
          },
        }
      : {};
    return (
      <Primitive.button ref={mergeRefs(ref, own)} {...mergeProps(api.getCompleteTriggerProps(step.id, options), props)}>
        {children ?? api.texts.complete}
      </Primitive.button>
    );
  },
);
MigrationStepperCompleteTrigger.displayName = 'MigrationStepper.CompleteTrigger';

/** "Skip": only for an optional step that could be completed. */
export const MigrationStepperSkipTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.button ref={ref} {...mergeProps(api.getSkipTriggerProps(step.id), props)}>
        {children ?? api.texts.skip}
      </Primitive.button>
    );
  },
);
MigrationStepperSkipTrigger.displayName = 'MigrationStepper.SkipTrigger';

/** "Reopen" a done or skipped step; the steps that depend on it reopen too. */
export const MigrationStepperReopenTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.button ref={ref} {...mergeProps(api.getReopenTriggerProps(step.id), props)}>
        {children ?? api.texts.reopen}
      </Primitive.button>
    );
  },
);
MigrationStepperReopenTrigger.displayName = 'MigrationStepper.ReopenTrigger';

/** From a later step opened to read ahead, back to the current step. */
export const MigrationStepperBackTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.button ref={ref} {...mergeProps(api.getBackTriggerProps(step.id), props)}>
        {children ?? api.texts.back}
      </Primitive.button>
    );
  },
);
MigrationStepperBackTrigger.displayName = 'MigrationStepper.BackTrigger';

/** The part each of the core's step actions renders as. */
const TRIGGERS: Readonly<Record<StepAction, ComponentType>> = {
  complete: MigrationStepperCompleteTrigger,
  skip: MigrationStepperSkipTrigger,
  reopen: MigrationStepperReopenTrigger,
  back: MigrationStepperBackTrigger,
};
