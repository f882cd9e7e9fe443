import { forwardRef, type ReactNode } from 'react';
import { Heading, type HeadingLevel, subLevel } from '../../utils/heading';
import type { PrimitiveProps } from '../../utils/primitive';
import { useRequirementsChecklist } from './requirements-checklist-context';
import {
  RequirementsChecklistEmpty,
  RequirementsChecklistGroup,
  RequirementsChecklistProgress,
  RequirementsChecklistRoot,
} from './requirements-checklist-parts';

export interface RequirementsChecklistProps extends PrimitiveProps<'div'> {
  /** The level of the checklist's heading (default 2); group headings sit one level below. */
  readonly headingLevel?: HeadingLevel | undefined;
}

/** The chosen scenario's requirements, grouped, with how many are left; a short hint before a choice. */
export const RequirementsChecklistDefault = forwardRef<HTMLDivElement, RequirementsChecklistProps>(
  ({ headingLevel = 2, children, ...props }, ref) => (
    <RequirementsChecklistRoot ref={ref} {...props}>
      <DefaultParts headingLevel={headingLevel}>{children}</DefaultParts>
    </RequirementsChecklistRoot>
  ),
);
RequirementsChecklistDefault.displayName = 'RequirementsChecklist';

/** Inside the root, to read the view model the root provides. */
function DefaultParts({ headingLevel, children }: { headingLevel: HeadingLevel; children: ReactNode }) {
  const { api, loading } = useRequirementsChecklist();
  if (!api.hasScenario) return api.phase(loading) === 'empty' ? <RequirementsChecklistEmpty /> : null;
  return (
    <>
      <Heading level={headingLevel} {...api.getHeadingProps()}>
        {api.texts.title}
      </Heading>
      <RequirementsChecklistProgress />
      {api.groups.map((group) => (
        <RequirementsChecklistGroup key={group.id} group={group.id} headingLevel={subLevel(headingLevel)} />
      ))}
      {children}
    </>
  );
}
