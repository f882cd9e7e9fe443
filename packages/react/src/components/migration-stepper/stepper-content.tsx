import { forwardRef } from 'react';
import { anatomy } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { StepBody } from './step-body';
import { headingId, SCOPE, StepProvider, stepData, useResolvedStep, useStepperContext } from './stepper-context';
export interface MigrationStepperContentProps extends PrimitiveProps<'section'> {
  /** The step to show; default: the enclosing item's step, else the current step. */
  readonly stepId?: string | undefined;
}

/** A step's content: a region labelled by its heading. Gives its step to the parts inside. */
export const MigrationStepperContent = forwardRef<HTMLElement, MigrationStepperContentProps>(
  ({ stepId, children, ...props }, ref) => {
    const { baseId } = useStepperContext();
    const step = useResolvedStep(stepId);
    if (!step) return null;
    return (
      <StepProvider value={step}>
        <Primitive.section
          ref={ref}
          aria-labelledby={headingId(baseId, step.step.id)}
          {...anatomy(SCOPE, 'content')}
          {...stepData(step)}
          {...props}
        >
          {children ?? <StepBody />}
        </Primitive.section>
      </StepProvider>
    );
  },
);
MigrationStepperContent.displayName = 'MigrationStepper.Content';
