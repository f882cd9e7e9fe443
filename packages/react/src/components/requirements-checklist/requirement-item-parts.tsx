import { forwardRef } from 'react';
import { useMigrationEngine } from '../../migration/migration-context';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { RequirementsChecklistAttestation } from './attestation-parts';
import { partContent } from './part-content';
import { RequirementsChecklistFields } from './requirement-fields-form';
import {
  RequirementItemProvider,
  useRequirementItem,
  useRequirementsChecklist,
} from './requirements-checklist-context';

export interface RequirementsChecklistItemProps extends PrimitiveProps<'li'> {
  readonly requirementId: string;
}

/** One requirement; `data-state` is its engine status, `data-via` how it is answered. */
export const RequirementsChecklistItem = forwardRef<HTMLLIElement, RequirementsChecklistItemProps>(
  ({ asChild, requirementId, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const item = api.item(requirementId);
    if (!item) return null;
    return (
      <RequirementItemProvider value={item}>
        <Primitive.li ref={ref} asChild={asChild} {...mergeProps(api.getItemProps(item.id), props)}>
          {partContent(asChild, children, <RequirementItemContent />)}
        </Primitive.li>
      </RequirementItemProvider>
    );
  },
);
RequirementsChecklistItem.displayName = 'RequirementsChecklist.Item';

export const RequirementsChecklistItemTitle = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const item = useRequirementItem();
    return (
      <Primitive.p ref={ref} asChild={asChild} {...mergeProps(api.getItemTitleProps(item.id), props)}>
        {partContent(asChild, children, item.title)}
      </Primitive.p>
    );
  },
);
RequirementsChecklistItemTitle.displayName = 'RequirementsChecklist.ItemTitle';

export const RequirementsChecklistItemDescription = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const item = useRequirementItem();
    if (item.description === '' && children === undefined) return null;
    return (
      <Primitive.p ref={ref} asChild={asChild} {...mergeProps(api.getItemDescriptionProps(item.id), props)}>
        {partContent(asChild, children, item.description)}
      </Primitive.p>
    );
  },
);
RequirementsChecklistItemDescription.displayName = 'RequirementsChecklist.ItemDescription';

/** The status in words, never colour alone; a host check's status is announced as it changes. */
export const RequirementsChecklistItemStatus = forwardRef<HTMLSpanElement, PrimitiveProps<'span'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const item = useRequirementItem();
    const ours = api.getItemStatusProps(item.id, api.itemIds(item.id).status);
    return (
      <Primitive.span ref={ref} asChild={asChild} {...mergeProps(ours, props)}>
        {partContent(asChild, children, item.statusText)}
      </Primitive.span>
    );
  },
);
RequirementsChecklistItemStatus.displayName = 'RequirementsChecklist.ItemStatus';

/** Asks the host to check a host-check requirement again. */
export const RequirementsChecklistRecheckTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const { migration } = useMigrationEngine();
    const item = useRequirementItem();
    const ids = api.itemIds(item.id);
    const ours = api.getRecheckTriggerProps(item.id, {
      describedBy: `${ids.title} ${ids.status}`,
      recheck: (id) => migration.recheck(id),
    });
    return (
      <Primitive.button ref={ref} asChild={asChild} {...mergeProps(ours, props)}>
        {partContent(asChild, children, api.texts.recheck)}
      </Primitive.button>
    );
  },
);
RequirementsChecklistRecheckTrigger.displayName = 'RequirementsChecklist.RecheckTrigger';

/**
 * What an item shows by default: title, status, description, then how it is answered: a checkbox, a form,
 * or the host's answer with a way to ask again.
 */
function RequirementItemContent() {
  const { via } = useRequirementItem();
  return (
    <>
      <RequirementsChecklistItemTitle />
      <RequirementsChecklistItemStatus />
      <RequirementsChecklistItemDescription />
      {via === 'attestation' && <RequirementsChecklistAttestation />}
      {via === 'input' && <RequirementsChecklistFields />}
      {via === 'host' && <RequirementsChecklistRecheckTrigger />}
    </>
  );
}
