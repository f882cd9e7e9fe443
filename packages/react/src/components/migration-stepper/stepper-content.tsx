import { forwardRef } from 'react';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { StepBody } from './step-body';
import { StepProvider, useResolvedStep, useStepperContext } from './stepper-context';

export interface MigrationStepperContentProps extends PrimitiveProps<'section'> {
  /** The step to show; default: the enclosing item's step, else the current step. */
  readonly stepId?: string | undefined;
}

/** A step's content: a region labelled by its heading. Gives its step to the parts inside. */
export const MigrationStepperContent = forwardRef<HTMLElement, MigrationStepperContentProps>(
  ({ stepId, children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useResolvedStep(stepId);
    if (!step) return null;
    return (
      <StepProvider value={step}>
        <Primitive.section ref={ref} {...mergeProps(api.getContentProps(step.id), props)}>
          {children ?? <StepBody />}
        </Primitive.section>
      </StepProvider>
    );
  },
);
MigrationStepperContent.displayName = 'MigrationStepper.Content';
