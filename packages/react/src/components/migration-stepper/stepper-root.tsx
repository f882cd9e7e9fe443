import { forwardRef, useId, useMemo, useRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import type { HeadingLevel } from '../../utils/heading';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import {
  arrivalKey,
  type DialogKind,
  SCOPE,
  StepProvider,
  StepperProvider,
  stepData,
  useStepContext,
} from './stepper-context';

export interface MigrationStepperRootProps extends PrimitiveProps<'div'> {
  /** The level of each step's heading (default 2); sub-sections use the level below. */
  readonly headingLevel?: HeadingLevel | undefined;
  /** Where the Radix confirmation dialog is portalled, e.g. an element inside a shadow root. */
  readonly container?: HTMLElement | null | undefined;
  /** `radix` (default) or `native`: a `<dialog>` for shadow roots and strict Content-Security-Policies. */
  readonly dialog?: DialogKind | undefined;
  /** The clock countdowns read (default `Date.now`). */
  readonly now?: (() => number) | undefined;
}

/** The stepper: `data-state` is `idle` (no scenario yet), `in-progress` or `complete`. */
export const MigrationStepperRoot = forwardRef<HTMLDivElement, MigrationStepperRootProps>(
  ({ headingLevel = 2, container, dialog = 'radix', now = Date.now, ...props }, ref) => {
    const { snapshot } = useMigration();
    const baseId = useId();
    const arrival = useRef(arrivalKey(snapshot));
    const rootRef = useRef<HTMLDivElement | null>(null);
    const value = useMemo(
      () => ({ headingLevel, container, dialog, now, baseId, arrival, rootRef }),
      [headingLevel, container, dialog, now, baseId],
    );
    const state = !snapshot.scenario ? 'idle' : snapshot.isComplete ? 'complete' : 'in-progress';
    return (
      <StepperProvider value={value}>
        <Primitive.div
          ref={mergeRefs(ref, rootRef)}
          {...anatomy(SCOPE, 'root')}
          data-state={state}
          data-complete={dataFlag(snapshot.isComplete)}
          {...props}
        />
      </StepperProvider>
    );
  },
);
MigrationStepperRoot.displayName = 'MigrationStepper.Root';

/** The steps in order, as an ordered list. */
export const MigrationStepperList = forwardRef<HTMLOListElement, PrimitiveProps<'ol'>>((props, ref) => {
  const { t } = useGuideI18n();
  return <Primitive.ol ref={ref} aria-label={t('ui.stepper.listLabel')} {...anatomy(SCOPE, 'list')} {...props} />;
});
MigrationStepperList.displayName = 'MigrationStepper.List';

export interface MigrationStepperItemProps extends PrimitiveProps<'li'> {
  readonly stepId: string;
}

/** One step of the list; `aria-current="step"` on the current one. Gives its step to the parts inside. */
export const MigrationStepperItem = forwardRef<HTMLLIElement, MigrationStepperItemProps>(
  ({ stepId, ...props }, ref) => {
    const { snapshot } = useMigration();
    const step = snapshot.steps.find((s) => s.step.id === stepId);
    if (!step) return null;
    return (
      <StepProvider value={step}>
        <Primitive.li
          ref={ref}
          aria-current={step.isCurrent ? 'step' : undefined}
          {...anatomy(SCOPE, 'item')}
          {...stepData(step)}
          {...props}
        />
      </StepProvider>
    );
  },
);
MigrationStepperItem.displayName = 'MigrationStepper.Item';

/** Opens the step. Disabled while the step is locked; the engine refuses a locked step anyway. */
export const MigrationStepperTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { send } = useMigration();
    const step = useStepContext();
    const locked = step.status === 'locked';
    return (
      <Primitive.button
        ref={ref}
        type="button"
        disabled={locked}
        {...anatomy(SCOPE, 'trigger')}
        {...stepData(step)}
        onClick={composeEventHandlers(onClick, () => {
          if (!locked) send({ type: 'GO_TO_STEP', stepId: step.step.id });
        })}
        {...props}
      >
        {children ?? (
          <>
            <MigrationStepperIndicator />
            <span {...anatomy(SCOPE, 'item-title')}>{t(step.step.titleKey, params)}</span>
            <MigrationStepperStatus />
          </>
        )}
      </Primitive.button>
    );
  },
);
MigrationStepperTrigger.displayName = 'MigrationStepper.Trigger';

/** The step's number; its status shows through `data-state` (an icon in the stylesheet). Hidden from AT. */
export const MigrationStepperIndicator = forwardRef<HTMLSpanElement, PrimitiveProps<'span'>>(
  ({ children, ...props }, ref) => {
    const step = useStepContext();
    return (
      <Primitive.span ref={ref} aria-hidden="true" {...anatomy(SCOPE, 'indicator')} {...stepData(step)} {...props}>
        {children ?? step.index + 1}
      </Primitive.span>
    );
  },
);
MigrationStepperIndicator.displayName = 'MigrationStepper.Indicator';

/** The step's status as text, visually hidden (the indicator shows it); remove `data-wm-sr-only` to show it. */
export const MigrationStepperStatus = forwardRef<HTMLSpanElement, PrimitiveProps<'span'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const step = useStepContext();
    return (
      <Primitive.span ref={ref} data-wm-sr-only="" {...anatomy(SCOPE, 'status')} {...stepData(step)} {...props}>
        {children ?? t('ui.stepper.statusInName', { status: t(`stepStatus.${step.status}`) })}
      </Primitive.span>
    );
  },
);
MigrationStepperStatus.displayName = 'MigrationStepper.Status';

/** Shown before a scenario is chosen. */
export const MigrationStepperEmpty = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'empty')} {...props}>
        {children ?? t('ui.stepper.empty')}
      </Primitive.p>
    );
  },
);
MigrationStepperEmpty.displayName = 'MigrationStepper.Empty';
