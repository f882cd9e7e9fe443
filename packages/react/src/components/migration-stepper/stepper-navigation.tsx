import { forwardRef } from 'react';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useStepperContext } from './stepper-context';

/** Holds the previous and next buttons. */
export const MigrationStepperNavigation = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    return (
      <Primitive.div ref={ref} {...mergeProps(api.getNavigationProps(), props)}>
        {children ?? (
          <>
            <MigrationStepperPrevTrigger />
            <MigrationStepperNextTrigger />
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperNavigation.displayName = 'MigrationStepper.Navigation';

/** Goes to the nearest earlier step that is not locked (`api.previous`). */
export const MigrationStepperPrevTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    return (
      <Primitive.button ref={ref} {...mergeProps(api.getPrevTriggerProps(), props)}>
        {children ?? api.texts.previous}
      </Primitive.button>
    );
  },
);
MigrationStepperPrevTrigger.displayName = 'MigrationStepper.PrevTrigger';

/** Goes to the nearest later step that is not locked (`api.next`); disabled until one is. */
export const MigrationStepperNextTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    return (
      <Primitive.button ref={ref} {...mergeProps(api.getNextTriggerProps(), props)}>
        {children ?? api.texts.next}
      </Primitive.button>
    );
  },
);
MigrationStepperNextTrigger.displayName = 'MigrationStepper.NextTrigger';
