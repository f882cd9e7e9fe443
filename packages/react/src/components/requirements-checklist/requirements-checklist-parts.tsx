import type { MigrationEvent, Requirement } from '@wamigrate/core';
import { forwardRef, useCallback, useContext, useId, useMemo, useState } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import type { HeadingLevel } from '../../utils/heading';
import { HeadingPrimitive, type HeadingPrimitiveProps } from '../../utils/heading';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { partContent } from './part-content';
import { RequirementsChecklistItem } from './requirement-item-parts';
import {
  type AnswerTarget,
  RequirementGroupContext,
  RequirementGroupProvider,
  RequirementsChecklistProvider,
  SCOPE,
  targetKey,
  useRequirementGroup,
} from './requirements-checklist-context';

/** The chosen scenario's requirements; `data-state` is `loading`, `empty` (no scenario), `open` or `complete`. */
export const RequirementsChecklistRoot = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const { snapshot, migration } = useMigration();
  const [locked, setLocked] = useState<ReadonlySet<string>>(() => new Set());
  const progress = useId();
  const sendAnswer = useCallback(
    (event: MigrationEvent, target: AnswerTarget) => {
      migration.send(event);
      const { rejection } = migration.getSnapshot();
      const refused = rejection?.eventType === event.type && rejection.reason === 'requirement-locked';
      const key = targetKey(target);
      setLocked((current) => {
        if (current.has(key) === refused) return current;
        const next = new Set(current);
        if (refused) next.add(key);
        else next.delete(key);
        return next;
      });
    },
    [migration],
  );
  const state = useMemo(() => ({ sendAnswer, locked, ids: { progress } }), [sendAnswer, locked, progress]);
  const phase =
    snapshot.status === 'loading'
      ? 'loading'
      : !snapshot.scenario
        ? 'empty'
        : snapshot.requirementsLeft === 0
          ? 'complete'
          : 'open';
  return (
    <RequirementsChecklistProvider value={state}>
      <Primitive.div ref={ref} {...anatomy(SCOPE, 'root')} data-state={phase} {...props} />
    </RequirementsChecklistProvider>
  );
});
RequirementsChecklistRoot.displayName = 'RequirementsChecklist.Root';

/** Shown instead of the list while no scenario is chosen. */
export const RequirementsChecklistEmpty = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    return (
      <Primitive.p ref={ref} asChild={asChild} {...anatomy(SCOPE, 'empty')} {...props}>
        {partContent(asChild, children, t('ui.checklist.noScenario'))}
      </Primitive.p>
    );
  },
);
RequirementsChecklistEmpty.displayName = 'RequirementsChecklist.Empty';

/** How many requirements are left, in a polite live region that exists before the first answer. */
export const RequirementsChecklistProgress = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot } = useMigration();
    const count = snapshot.requirementsLeft;
    return (
      <Primitive.div
        ref={ref}
        asChild={asChild}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        {...anatomy(SCOPE, 'progress')}
        data-state={count === 0 ? 'complete' : 'open'}
        data-count={count}
        {...props}
      >
        {partContent(asChild, children, t('progress.requirementsLeft', { count }))}
      </Primitive.div>
    );
  },
);
RequirementsChecklistProgress.displayName = 'RequirementsChecklist.Progress';

export interface RequirementsChecklistGroupProps extends PrimitiveProps<'section'> {
  readonly group: Requirement['group'] | (string & {});
  /** The level of the default heading (default 3). */
  readonly headingLevel?: HeadingLevel | undefined;
}

/** One group of requirements (`number`, `access`, `meta-rules`), named by its heading. */
export const RequirementsChecklistGroup = forwardRef<HTMLElement, RequirementsChecklistGroupProps>(
  ({ asChild, group, headingLevel = 3, children, ...props }, ref) => {
    const headingId = useId();
    const value = useMemo(() => ({ group, headingId }), [group, headingId]);
    return (
      <RequirementGroupProvider value={value}>
        <Primitive.section
          ref={ref}
          asChild={asChild}
          aria-labelledby={headingId}
          {...anatomy(SCOPE, 'group')}
          data-group={group}
          {...props}
        >
          {partContent(
            asChild,
            children,

            <>
              <RequirementsChecklistGroupHeading level={headingLevel} />
              <RequirementsChecklistList />
            </>,
          )}
        </Primitive.section>
      </RequirementGroupProvider>
    );
  },
);
RequirementsChecklistGroup.displayName = 'RequirementsChecklist.Group';

export type RequirementsChecklistGroupHeadingProps = Omit<HeadingPrimitiveProps, 'level'> & {
  readonly level?: HeadingLevel | undefined;
};

export const RequirementsChecklistGroupHeading = forwardRef<HTMLHeadingElement, RequirementsChecklistGroupHeadingProps>(
  ({ asChild, level = 3, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { group, headingId } = useRequirementGroup();
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={level}
        id={headingId}
        {...anatomy(SCOPE, 'group-heading')}
        {...props}
      >
        {partContent(asChild, children, t(`requirementGroup.${group}`, params))}
      </HeadingPrimitive>
    );
  },
);
RequirementsChecklistGroupHeading.displayName = 'RequirementsChecklist.GroupHeading';

/** The group's requirements as a list (inside a Group: only that group's; elsewhere: all). */
export const RequirementsChecklistList = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ asChild, children, ...props }, ref) => {
    const { snapshot } = useMigration();
    const group = useContext(RequirementGroupContext)?.group ?? null;
    const results = snapshot.requirements.filter((r) => group === null || r.requirement.group === group);
    return (
      <Primitive.ul ref={ref} asChild={asChild} {...anatomy(SCOPE, 'list')} {...props}>
        {partContent(
          asChild,
          children,
          results.map((r) => <RequirementsChecklistItem key={r.requirement.id} requirementId={r.requirement.id} />),
        )}
      </Primitive.ul>
    );
  },
);
RequirementsChecklistList.displayName = 'RequirementsChecklist.List';
