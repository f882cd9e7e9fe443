import type { Requirement } from '@wamigrate/core';
import { type ChecklistAnswer, nextRefusals } from '@wamigrate/core/connect';
import { forwardRef, useCallback, useContext, useId, useMemo, useState } from 'react';
import { useMigrationEngine, useMigrationSelector } from '../../migration/migration-context';
import { useChecklistApi } from '../../migration/use-view-model';
import type { HeadingLevel } from '../../utils/heading';
import { HeadingPrimitive, type HeadingPrimitiveProps } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { partContent } from './part-content';
import { RequirementsChecklistItem } from './requirement-item-parts';
import {
  RequirementGroupContext,
  RequirementGroupProvider,
  RequirementsChecklistProvider,
  useRequirementGroup,
  useRequirementsChecklist,
} from './requirements-checklist-context';

export interface RequirementsChecklistRootProps extends PrimitiveProps<'div'> {
  /** Only the requirements this step waits for (the stepper shows each step's inside it); default: the path's. */
  readonly stepId?: string | undefined;
}

/** The chosen scenario's requirements; `data-state` is `loading`, `empty` (no scenario), `open` or `complete`. */
export const RequirementsChecklistRoot = forwardRef<HTMLDivElement, RequirementsChecklistRootProps>(
  ({ stepId, ...props }, ref) => {
    const api = useChecklistApi(useId(), stepId);
    const { migration } = useMigrationEngine();
    // One flag, not the snapshot: the view model does not read `status`.
    const loading = useMigrationSelector((s) => s.status === 'loading');
    const [locked, setLocked] = useState<ReadonlySet<string>>(() => new Set());
    const sendAnswer = useCallback(
      (answer: ChecklistAnswer) => {
        const result = migration.send(answer);
        setLocked((current) => nextRefusals(current, answer, result));
      },
      [migration],
    );
    const state = useMemo(() => ({ api, loading, sendAnswer, locked }), [api, loading, sendAnswer, locked]);
    return (
      <RequirementsChecklistProvider value={state}>
        <Primitive.div ref={ref} {...mergeProps(api.getRootProps({ loading }), props)} />
      </RequirementsChecklistProvider>
    );
  },
);
RequirementsChecklistRoot.displayName = 'RequirementsChecklist.Root';

/** Shown instead of the list while no scenario is chosen. */
export const RequirementsChecklistEmpty = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    return (
      <Primitive.p ref={ref} asChild={asChild} {...mergeProps(api.getEmptyProps(), props)}>
        {partContent(asChild, children, api.texts.empty)}
      </Primitive.p>
    );
  },
);
RequirementsChecklistEmpty.displayName = 'RequirementsChecklist.Empty';

/** How many requirements are left, in a polite live region that exists before the first answer. */
export const RequirementsChecklistProgress = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    return (
      <Primitive.div ref={ref} asChild={asChild} {...mergeProps(api.getProgressProps(), props)}>
        {partContent(asChild, children, api.texts.progress)}
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
    const { api } = useRequirementsChecklist();
    const value = useMemo(() => ({ group }), [group]);
    return (
      <RequirementGroupProvider value={value}>
        <Primitive.section ref={ref} asChild={asChild} {...mergeProps(api.getGroupProps(group), props)}>
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
    const { api } = useRequirementsChecklist();
    const { group } = useRequirementGroup();
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={level}
        {...mergeProps(api.getGroupHeadingProps(group), props)}
      >
        {partContent(asChild, children, api.group(group).heading)}
      </HeadingPrimitive>
    );
  },
);
RequirementsChecklistGroupHeading.displayName = 'RequirementsChecklist.GroupHeading';

/** The group's requirements as a list (inside a Group: only that group's; elsewhere: all). */
export const RequirementsChecklistList = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const group = useContext(RequirementGroupContext)?.group;
    const items = group === undefined ? api.items : api.group(group).items;
    return (
      <Primitive.ul ref={ref} asChild={asChild} {...mergeProps(api.getListProps(), props)}>
        {partContent(
          asChild,
          children,
          items.map((i) => <RequirementsChecklistItem key={i.id} requirementId={i.id} />),
        )}
      </Primitive.ul>
    );
  },
);
RequirementsChecklistList.displayName = 'RequirementsChecklist.List';
