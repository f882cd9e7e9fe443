import { forwardRef } from 'react';
import { useMigration } from '../../migration/migration-context';
import { MigrationStepperContent } from './stepper-content';
import { MigrationStepperNavigation } from './stepper-navigation';
import {
  MigrationStepperEmpty,
  MigrationStepperItem,
  MigrationStepperList,
  MigrationStepperRoot,
  type MigrationStepperRootProps,
  MigrationStepperTrigger,
} from './stepper-root';
import { MigrationStepperCompletion, MigrationStepperProgress, MigrationStepperRejection } from './stepper-status';

export type MigrationStepperProps = Omit<MigrationStepperRootProps, 'children' | 'asChild'>;

/**
 * The default composition: progress, the ordered list of steps, the current step's content (or the
 * completion message), previous/next, and the region that says why an action was refused.
 */
export const MigrationStepperDefault = forwardRef<HTMLDivElement, MigrationStepperProps>((props, ref) => {
  const { snapshot } = useMigration();
  const current = snapshot.currentStepId;
  return (
    <MigrationStepperRoot ref={ref} {...props}>
      {snapshot.scenario ? (
        <>
          <MigrationStepperProgress />
          <MigrationStepperList>
            {snapshot.steps.map((s) => (
              <MigrationStepperItem key={s.step.id} stepId={s.step.id}>
                <MigrationStepperTrigger />
              </MigrationStepperItem>
            ))}
          </MigrationStepperList>
          {current ? <MigrationStepperContent key={current} stepId={current} /> : <MigrationStepperCompletion />}
          {current && <MigrationStepperNavigation />}
          <MigrationStepperRejection />
        </>
      ) : (
        <MigrationStepperEmpty />
      )}
    </MigrationStepperRoot>
  );
});
MigrationStepperDefault.displayName = 'MigrationStepper';
