import { forwardRef } from 'react';
import { MigrationStepperContent } from './stepper-content';
import { useStepperContext } from './stepper-context';
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
export const MigrationStepperDefault = forwardRef<HTMLDivElement, MigrationStepperProps>((props, ref) => (
  <MigrationStepperRoot ref={ref} {...props}>
    <DefaultParts />
  </MigrationStepperRoot>
));
MigrationStepperDefault.displayName = 'MigrationStepper';

/** Inside the root, to read the view model the root provides. */
function DefaultParts() {
  const { api } = useStepperContext();
  if (api.state === 'idle') return <MigrationStepperEmpty />;
  const current = api.current?.id;
  // The step read ahead, else the current one.
  const shown = api.shown?.id;
  return (
    <>
      <MigrationStepperProgress />
      <MigrationStepperList>
        {api.steps.map((s) => (
          <MigrationStepperItem key={s.id} stepId={s.id}>
            <MigrationStepperTrigger />
          </MigrationStepperItem>
        ))}
      </MigrationStepperList>
      {shown ? <MigrationStepperContent key={shown} stepId={shown} /> : <MigrationStepperCompletion />}
      {current && <MigrationStepperNavigation />}
      <MigrationStepperRejection />
    </>
  );
}
