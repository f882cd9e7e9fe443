import type { Rejection } from '@wamigrate/core';
import { COMPLETE_ARRIVAL, stepperAnatomy } from '@wamigrate/core/connect';
import { forwardRef, useId, useRef } from 'react';
import { Heading } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useArrivalFocus, useStepperContext } from './stepper-context';

const part = stepperAnatomy.attrs;

/** Progress as text ("Step 2 of 4", "1 of 4 steps done") and a native `<progress>` named by that text. */
export const MigrationStepperProgress = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const doneId = useId();
    const { currentText, doneText } = api.progress;
    return (
      <Primitive.div ref={ref} {...mergeProps(api.getProgressProps(), props)}>
        {children ?? (
          <>
            {currentText !== null && <p {...api.getProgressStepProps()}>{currentText}</p>}
            <progress {...api.getProgressBarProps(doneId)} />
            <p {...api.getProgressDoneProps(doneId)}>{doneText}</p>
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperProgress.displayName = 'MigrationStepper.Progress';

/**
 * Why the engine refused a step action, in a polite live region that is always present (ARIA22); each new
 * rejection replaces the text node so it is read again.
 */
export const MigrationStepperRejection = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const { api } = useStepperContext();
  const rejection = api.rejection;
  // A new rejection object is a new refusal, even with the same words: it gets a new text node.
  const count = useRef({ rejection: null as Rejection | null, n: 0 });
  if (rejection && count.current.rejection !== rejection.rejection) {
    count.current = { rejection: rejection.rejection, n: count.current.n + 1 };
  }
  return (
    <Primitive.div ref={ref} {...mergeProps(api.getRejectionProps(), props)}>
      {rejection && <span key={count.current.n}>{rejection.text}</span>}
    </Primitive.div>
  );
});
MigrationStepperRejection.displayName = 'MigrationStepper.Rejection';

/** Shown when every step is done; its heading receives focus when the last step is finished. */
export const MigrationStepperCompletion = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api, headingLevel } = useStepperContext();
    const heading = useRef<HTMLHeadingElement | null>(null);
    useArrivalFocus(heading, COMPLETE_ARRIVAL, api.arrival === COMPLETE_ARRIVAL);
    if (!api.isComplete) return null;
    return (
      <Primitive.div ref={ref} {...mergeProps(api.getCompletionProps(), props)}>
        {children ?? (
          <>
            <Heading ref={heading} level={headingLevel} {...api.getCompletionHeadingProps()}>
              {api.texts.completionTitle}
            </Heading>
            <p>{api.texts.completionBody}</p>
            {api.texts.afterMove.length > 0 && (
              <>
                <p {...part('after-move-heading')}>{api.texts.afterMoveHeading}</p>
                <ul {...part('after-move')}>
                  {api.texts.afterMove.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperCompletion.displayName = 'MigrationStepper.Completion';
