import { forwardRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStepperApi } from '../../migration/use-view-model';
import type { HeadingLevel } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { loadRadixDialog } from './confirm-dialog';
import { type DialogKind, StepProvider, StepperProvider, useStepContext, useStepperContext } from './stepper-context';
import { useColumnWhenCrowded } from './use-column-when-crowded';

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
    // A later step the person opened to read ahead; the engine's current step stays where it is.
    const [reading, setReading] = useState<string | null>(null);
    const api = useStepperApi(useId(), { reading, read: setReading });
    // Seeded with the first arrival, so nothing is focused on the first render.
    const arrival = useRef(api.arrival);
    const rootRef = useRef<HTMLDivElement | null>(null);
    // Radix's dialog is a module of its own: fetched now, so a step that asks to confirm opens it at once.
    useEffect(() => {
      if (dialog === 'radix') loadRadixDialog().catch(() => undefined); // the native dialog stands in
    }, [dialog]);
    const value = useMemo(
      () => ({ api, headingLevel, container, dialog, now, arrival, rootRef }),
      [api, headingLevel, container, dialog, now],
    );
    return (
      <StepperProvider value={value}>
        <Primitive.div ref={mergeRefs(ref, rootRef)} {...mergeProps(api.getRootProps(), props)} />
      </StepperProvider>
    );
  },
);
MigrationStepperRoot.displayName = 'MigrationStepper.Root';

/** The steps in order, as an ordered list. */
export const MigrationStepperList = forwardRef<HTMLOListElement, PrimitiveProps<'ol'>>((props, ref) => {
  const { api } = useStepperContext();
  const list = useRef<HTMLOListElement | null>(null);
  // One merged ref for the list's life: a new one each render would call a host's callback ref each time.
  const merged = useMemo(() => mergeRefs(ref, list), [ref]);
  useColumnWhenCrowded(list, api.steps.map((step) => step.title).join('\n'));
  return <Primitive.ol ref={merged} {...mergeProps(api.getListProps(), props)} />;
});
MigrationStepperList.displayName = 'MigrationStepper.List';

export interface MigrationStepperItemProps extends PrimitiveProps<'li'> {
  readonly stepId: string;
}

/** One step of the list; `aria-current="step"` on the current one. Gives its step to the parts inside. */
export const MigrationStepperItem = forwardRef<HTMLLIElement, MigrationStepperItemProps>(
  ({ stepId, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = api.step(stepId);
    if (!step) return null;
    return (
      <StepProvider value={step}>
        <Primitive.li ref={ref} {...mergeProps(api.getItemProps(step.id), props)} />
      </StepProvider>
    );
  },
);
MigrationStepperItem.displayName = 'MigrationStepper.Item';

/** Opens the step; a locked one opens to be read ahead (the engine never makes it current). */
export const MigrationStepperTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.button ref={ref} {...mergeProps(api.getTriggerProps(step.id), props)}>
        {children ?? (
          <>
            <MigrationStepperIndicator />
            <span {...api.getItemTitleProps(step.id)}>{step.title}</span>
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
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.span ref={ref} {...mergeProps(api.getIndicatorProps(step.id), props)}>
        {children ?? step.index + 1}
      </Primitive.span>
    );
  },
);
MigrationStepperIndicator.displayName = 'MigrationStepper.Indicator';

/**
 * The step's status as text, visually hidden (the indicator shows it); `data-wm-sr-only={undefined}` shows it.
 */
export const MigrationStepperStatus = forwardRef<HTMLSpanElement, PrimitiveProps<'span'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.span ref={ref} {...mergeProps(api.getStatusProps(step.id), props)}>
        {children ?? step.statusText}
      </Primitive.span>
    );
  },
);
MigrationStepperStatus.displayName = 'MigrationStepper.Status';

/** Shown before a scenario is chosen. */
export const MigrationStepperEmpty = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getEmptyProps(), props)}>
        {children ?? api.texts.empty}
      </Primitive.p>
    );
  },
);
MigrationStepperEmpty.displayName = 'MigrationStepper.Empty';
