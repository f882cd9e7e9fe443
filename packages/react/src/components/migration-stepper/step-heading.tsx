import { type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import { Heading, type HeadingLevel } from '../../utils/heading';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { headingId, SCOPE, stepData, useArrivalFocus, useStepContext, useStepperContext } from './stepper-context';

export interface MigrationStepperHeadingProps extends ComponentPropsWithoutRef<'h2'> {
  /** Default: the root's `headingLevel`. */
  readonly level?: HeadingLevel | undefined;
}

/** The step's title. Receives focus (`tabIndex={-1}`) when its step becomes current, never on the first render. */
export const MigrationStepperHeading = forwardRef<HTMLHeadingElement, MigrationStepperHeadingProps>(
  ({ level, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { baseId, headingLevel } = useStepperContext();
    const step = useStepContext();
    const own = useRef<HTMLHeadingElement | null>(null);
    useArrivalFocus(own, step.step.id, step.isCurrent);
    return (
      <Heading
        ref={mergeRefs(ref, own)}
        level={level ?? headingLevel}
        id={headingId(baseId, step.step.id)}
        tabIndex={-1}
        data-wm-arrival={step.isCurrent ? '' : undefined}
        {...anatomy(SCOPE, 'heading')}
        {...stepData(step)}
        {...props}
      >
        {children ?? t(step.step.titleKey, params)}
      </Heading>
    );
  },
);
MigrationStepperHeading.displayName = 'MigrationStepper.Heading';

/** Says that a finished step is done or skipped, and how to change it. Nothing for an open step. */
export const MigrationStepperNote = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const step = useStepContext();
    if (step.status !== 'complete' && step.status !== 'skipped') return null;
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'note')} {...stepData(step)} {...props}>
        {children ?? t(step.status === 'complete' ? 'ui.stepper.stepDone' : 'ui.stepper.stepSkipped')}
      </Primitive.p>
    );
  },
);
MigrationStepperNote.displayName = 'MigrationStepper.Note';
