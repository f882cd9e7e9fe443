import type { MigrationSnapshot, StepState } from '@wamigrate/core';
import { createContext, type MutableRefObject, type RefObject, useContext, useEffect } from 'react';
import { useMigration } from '../../migration/migration-context';
import { createStrictContext } from '../../utils/create-context';
import { dataFlag } from '../../utils/data-attr';
import type { HeadingLevel } from '../../utils/heading';

export const SCOPE = 'migration-stepper';

/**
 * `radix`: Radix Dialog, portalled (the default). `native`: a `<dialog>` opened with `showModal()` where it
 * sits; the browser makes the page inert. Native needs no injected `<style>` (strict CSP) and keeps focus
 * inside a shadow root, where Radix's focus trap does not hold.
 */
export type DialogKind = 'radix' | 'native';

/** Where focus lands when the run is complete and no step is open. */
export const COMPLETE_KEY = '#complete';

export interface StepperContextValue {
  readonly headingLevel: HeadingLevel;
  /** Where the Radix confirmation dialog is portalled (a shadow root's element when embedded). */
  readonly container: HTMLElement | null | undefined;
  /** Which confirmation dialog renders: Radix's (portalled) or a native `<dialog>` in place. */
  readonly dialog: DialogKind;
  /** The clock countdowns read. */
  readonly now: () => number;
  readonly baseId: string;
  /** The step (or completion) whose heading last received focus; seeded on the first render so it is not focused. */
  readonly arrival: MutableRefObject<string | null>;
  readonly rootRef: RefObject<HTMLDivElement | null>;
}

const [StepperProvider, useStepperContext] = createStrictContext<StepperContextValue>(
  'useMigrationStepper',
  'MigrationStepper.Root',
);
const [StepProvider, useStepContext, StepContext] = createStrictContext<StepState>(
  'useMigrationStepperStep',
  'MigrationStepper.Item',
);

export { StepProvider, StepperProvider, useStepContext, useStepperContext };

/** The focus target of a snapshot: the current step, or the completion message. */
export const arrivalKey = (snapshot: MigrationSnapshot): string | null =>
  snapshot.currentStepId ?? (snapshot.isComplete ? COMPLETE_KEY : null);

export const headingId = (baseId: string, stepId: string) => `${baseId}-${stepId}-heading`;

/** The step a part shows: named by id, else the enclosing item's, else the current step. */
export function useResolvedStep(stepId: string | undefined): StepState | undefined {
  const { snapshot } = useMigration();
  const enclosing = useContext(StepContext);
  if (stepId !== undefined) return snapshot.steps.find((s) => s.step.id === stepId);
  return enclosing ?? snapshot.steps.find((s) => s.isCurrent);
}

/** The step's status as `data-state` plus presence flags for styling. */
export const stepData = (s: StepState) => ({
  'data-state': s.status,
  'data-current': dataFlag(s.isCurrent),
  'data-complete': dataFlag(s.status === 'complete'),
  'data-blocked': dataFlag(s.status === 'blocked' || s.status === 'error'),
  'data-locked': dataFlag(s.status === 'locked'),
});

/**
 * Moves focus to `ref` when `key` becomes the arrival target (the current step changed), never on the first
 * render and never twice for the same arrival (WCAG 2.4.3, PatternFly's `shouldFocusContent`).
 */
export function useArrivalFocus(ref: RefObject<HTMLElement | null>, key: string, active: boolean) {
  const { arrival } = useStepperContext();
  useEffect(() => {
    if (!active || arrival.current === key) return;
    arrival.current = key;
    ref.current?.focus();
  }, [active, key, arrival, ref]);
}

/** Focuses whatever now marks the arrival (the current heading), in the stepper's own tree. */
export function focusArrival(root: HTMLElement | null): boolean {
  const target = root?.querySelector<HTMLElement>(`[data-scope="${SCOPE}"][data-wm-arrival]`);
  target?.focus();
  return target !== null && target !== undefined;
}

export interface ConfirmState {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  /** The button that opened the dialog, where focus returns on cancel. */
  readonly trigger: MutableRefObject<HTMLElement | null>;
  /** Set on accept: focus then follows the step change instead of returning to the trigger. */
  readonly accepted: MutableRefObject<boolean>;
}

export const ConfirmContext = createContext<ConfirmState | null>(null);
/** The confirmation state of the enclosing `Actions`, or null outside one. */
export const useConfirmState = () => useContext(ConfirmContext);
