import type { Requirement } from '@wamigrate/core';
import { forwardRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { anatomy } from '../../utils/data-attr';
import { Heading, type HeadingLevel, subLevel } from '../../utils/heading';
import type { PrimitiveProps } from '../../utils/primitive';
import { SCOPE } from './requirements-checklist-context';
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
  ({ headingLevel = 2, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot } = useMigration();
    const groups = [...new Set(snapshot.requirements.map((r) => r.requirement.group))];
    return (
      <RequirementsChecklistRoot ref={ref} {...props}>
        {snapshot.scenario ? (
          <>
            <Heading level={headingLevel} {...anatomy(SCOPE, 'heading')}>
              {t('ui.checklist.title')}
            </Heading>
            <RequirementsChecklistProgress />
            {groups.map((group: Requirement['group']) => (
              <RequirementsChecklistGroup key={group} group={group} headingLevel={subLevel(headingLevel)} />
            ))}
            {children}
          </>
        ) : snapshot.status === 'ready' ? (
          <RequirementsChecklistEmpty />
        ) : null}
      </RequirementsChecklistRoot>
    );
  },
);
RequirementsChecklistDefault.displayName = 'RequirementsChecklist';
