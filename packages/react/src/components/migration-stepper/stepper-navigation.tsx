import type { StepState } from '@wamigrate/core';
import { forwardRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { SCOPE } from './stepper-context';

/** The nearest step before or after the current one that is not locked. */
export function neighbourStep(steps: readonly StepState[], direction: 'prev' | 'next'): StepState | undefined {
  const index = steps.findIndex((s) => s.isCurrent);
  if (index < 0) return undefined;
  const candidates = direction === 'prev' ? steps.slice(0, index).reverse() : steps.slice(index + 1);
  return candidates.find((s) => s.status !== 'locked');
}

/** Holds the previous and next buttons. */
export const MigrationStepperNavigation = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => (
    <Primitive.div ref={ref} {...anatomy(SCOPE, 'navigation')} {...props}>
      {children ?? (
        <>
          <MigrationStepperPrevTrigger />
          <MigrationStepperNextTrigger />
        </>
      )}
    </Primitive.div>
  ),
);
MigrationStepperNavigation.displayName = 'MigrationStepper.Navigation';

type NavTriggerProps = PrimitiveProps<'button'> & { readonly direction: 'prev' | 'next' };

const NavTrigger = forwardRef<HTMLButtonElement, NavTriggerProps>(({ direction, onClick, children, ...props }, ref) => {
  const { t } = useGuideI18n();
  const { snapshot, send } = useMigration();
  const target = neighbourStep(snapshot.steps, direction);
  return (
    <Primitive.button
      ref={ref}
      type="button"
      disabled={!target}
      {...anatomy(SCOPE, `${direction}-trigger`)}
      data-state={target ? 'enabled' : 'disabled'}
      onClick={composeEventHandlers(onClick, () => {
        if (target) send({ type: 'GO_TO_STEP', stepId: target.step.id });
      })}
      {...props}
    >
      {children ?? t(direction === 'prev' ? 'ui.stepper.previous' : 'ui.stepper.next')}
    </Primitive.button>
  );
});

/** Goes to the nearest earlier step that is not locked. */
export const MigrationStepperPrevTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>((props, ref) => (
  <NavTrigger ref={ref} direction="prev" {...props} />
));
MigrationStepperPrevTrigger.displayName = 'MigrationStepper.PrevTrigger';

/** Goes to the nearest later step that is not locked; disabled until one is. */
export const MigrationStepperNextTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>((props, ref) => (
  <NavTrigger ref={ref} direction="next" {...props} />
));
MigrationStepperNextTrigger.displayName = 'MigrationStepper.NextTrigger';
