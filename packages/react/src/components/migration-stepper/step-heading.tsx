import { type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { Heading, type HeadingLevel } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useArrivalFocus, useStepContext, useStepperContext } from './stepper-context';

export interface MigrationStepperHeadingProps extends ComponentPropsWithoutRef<'h2'> {
  /** Default: the root's `headingLevel`. */
  readonly level?: HeadingLevel | undefined;
}

/** The step's title. Receives focus (`tabIndex={-1}`) when its step becomes current, never on the first render. */
export const MigrationStepperHeading = forwardRef<HTMLHeadingElement, MigrationStepperHeadingProps>(
  ({ level, children, ...props }, ref) => {
    const { api, headingLevel } = useStepperContext();
    const step = useStepContext();
    const own = useRef<HTMLHeadingElement | null>(null);
    // Focus follows the step shown: the current one, or one opened to read ahead.
    useArrivalFocus(own, step.id, step.isCurrent || api.reading?.id === step.id);
    return (
      <Heading
        ref={mergeRefs(ref, own)}
        level={level ?? headingLevel}
        {...mergeProps(api.getHeadingProps(step.id), props)}
      >
        {children ?? step.title}
      </Heading>
    );
  },
);
MigrationStepperHeading.displayName = 'MigrationStepper.Heading';

/** Says that a finished step is done or skipped, and how to change it. Nothing for an open step. */
export const MigrationStepperNote = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    if (step.note === null) return null;
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getNoteProps(step.id), props)}>
        {children ?? step.note}
      </Primitive.p>
    );
  },
);
MigrationStepperNote.displayName = 'MigrationStepper.Note';
