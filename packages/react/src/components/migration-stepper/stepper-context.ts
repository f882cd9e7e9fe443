import { type StepperApi, type StepView, stepperAnatomy } from '@wamigrate/core/connect';
import { createContext, type MutableRefObject, type RefObject, useContext } from 'react';
import { createStrictContext } from '../../utils/create-context';
import type { HeadingLevel } from '../../utils/heading';
import { useFocusEffect } from '../../utils/use-focus-effect';

/**
 * `radix`: Radix Dialog, portalled (the default). `native`: a `<dialog>` opened with `showModal()` where it
 * sits; the browser makes the page inert. Native needs no injected `<style>` (strict CSP) and keeps focus
 * inside a shadow root, where Radix's focus trap does not hold.
 */
export type DialogKind = 'radix' | 'native';

export interface StepperContextValue {
  /** The core's view model: every rule, text and prop getter the parts render. */
  readonly api: StepperApi;
  readonly headingLevel: HeadingLevel;
  /** Where the Radix confirmation dialog is portalled (a shadow root's element when embedded). */
  readonly container: HTMLElement | null | undefined;
  /** Which confirmation dialog renders: Radix's (portalled) or a native `<dialog>` in place. */
  readonly dialog: DialogKind;
  /** The clock countdowns read. */
  readonly now: () => number;
  /** The step (or completion) whose heading last received focus; seeded on the first render so it is not focused. */
  readonly arrival: MutableRefObject<string | null>;
  readonly rootRef: RefObject<HTMLDivElement | null>;
}

const [StepperProvider, useStepperContext, StepperContext] = createStrictContext<StepperContextValue>(
  'useMigrationStepper',
  'MigrationStepper.Root',
);
const [StepProvider, useStepContext, StepContext] = createStrictContext<StepView>(
  'useMigrationStepperStep',
  'MigrationStepper.Item',
);

export { StepProvider, StepperProvider, useStepContext, useStepperContext };

/** The root's context, or null for a part a host placed outside `Root` (the request-code button). */
export const useOptionalStepperContext = () => useContext(StepperContext);

/** The step a part shows: named by id, else the enclosing item's, else the current step. */
export function useResolvedStep(stepId: string | undefined): StepView | undefined {
  const { api } = useStepperContext();
  const enclosing = useContext(StepContext);
  if (stepId !== undefined) return api.step(stepId);
  return enclosing ?? api.current;
}

/**
 * Moves focus to `ref` when `key` becomes the arrival target (the current step changed), never on the first
 * render and never twice for the same arrival (WCAG 2.4.3, PatternFly's `shouldFocusContent`).
 */
export function useArrivalFocus(ref: RefObject<HTMLElement | null>, key: string, active: boolean) {
  const { arrival } = useStepperContext();
  useFocusEffect(() => {
    if (!active || arrival.current === key) return;
    arrival.current = key;
    ref.current?.focus();
  }, [active, key, arrival, ref]);
}

/** Focuses whatever now marks the arrival (the current heading), in the stepper's own tree. */
export function focusArrival(root: HTMLElement | null): boolean {
  const target = root?.querySelector<HTMLElement>(`[data-scope="${stepperAnatomy.scope}"][data-wm-arrival]`);
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
