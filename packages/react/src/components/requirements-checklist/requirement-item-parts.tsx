import { forwardRef, useId, useMemo } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { RequirementsChecklistAttestation } from './attestation-parts';
import { partContent } from './part-content';
import { RequirementsChecklistFields } from './requirement-fields-form';
import { RequirementItemProvider, SCOPE, useRequirementItem } from './requirements-checklist-context';

export interface RequirementsChecklistItemProps extends PrimitiveProps<'li'> {
  readonly requirementId: string;
}

/** One requirement; `data-state` is its engine status, `data-via` how it is answered. */
export const RequirementsChecklistItem = forwardRef<HTMLLIElement, RequirementsChecklistItemProps>(
  ({ asChild, requirementId, children, ...props }, ref) => {
    const { snapshot } = useMigration();
    const base = useId();
    const result = snapshot.requirements.find((r) => r.requirement.id === requirementId);
    const value = useMemo(
      () =>
        result && {
          result,
          ids: { base, title: `${base}-title`, description: `${base}-description`, status: `${base}-status` },
        },
      [result, base],
    );
    if (!value) return null;
    return (
      <RequirementItemProvider value={value}>
        <Primitive.li
          ref={ref}
          asChild={asChild}
          {...anatomy(SCOPE, 'item')}
          data-state={value.result.status}
          data-via={value.result.via}
          data-requirement={requirementId}
          data-locked={dataFlag(value.result.lockedBy !== undefined)}
          data-invalid={dataFlag(value.result.status === 'failed')}
          {...props}
        >
          {partContent(asChild, children, <RequirementItemContent />)}
        </Primitive.li>
      </RequirementItemProvider>
    );
  },
);
RequirementsChecklistItem.displayName = 'RequirementsChecklist.Item';

export const RequirementsChecklistItemTitle = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { result, ids } = useRequirementItem();
    return (
      <Primitive.p ref={ref} asChild={asChild} id={ids.title} {...anatomy(SCOPE, 'item-title')} {...props}>
        {partContent(asChild, children, t(result.requirement.titleKey, params))}
      </Primitive.p>
    );
  },
);
RequirementsChecklistItemTitle.displayName = 'RequirementsChecklist.ItemTitle';

export const RequirementsChecklistItemDescription = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { result, ids } = useRequirementItem();
    return (
      <Primitive.p ref={ref} asChild={asChild} id={ids.description} {...anatomy(SCOPE, 'item-description')} {...props}>
        {partContent(asChild, children, t(result.requirement.descriptionKey, params))}
      </Primitive.p>
    );
  },
);
RequirementsChecklistItemDescription.displayName = 'RequirementsChecklist.ItemDescription';

/** The status in words, never colour alone; a host check's status is announced as it changes. */
export const RequirementsChecklistItemStatus = forwardRef<HTMLSpanElement, PrimitiveProps<'span'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { result, ids } = useRequirementItem();
    return (
      <Primitive.span
        ref={ref}
        asChild={asChild}
        id={ids.status}
        role={result.via === 'host' ? 'status' : undefined}
        {...anatomy(SCOPE, 'item-status')}
        data-state={result.status}
        {...props}
      >
        {partContent(asChild, children, t(`requirementStatus.${result.status}`))}
      </Primitive.span>
    );
  },
);
RequirementsChecklistItemStatus.displayName = 'RequirementsChecklist.ItemStatus';

/** Asks the host to check a host-check requirement again. */
export const RequirementsChecklistRecheckTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ asChild, onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { migration } = useMigration();
    const { result, ids } = useRequirementItem();
    return (
      <Primitive.button
        ref={ref}
        asChild={asChild}
        type="button"
        aria-describedby={`${ids.title} ${ids.status}`}
        {...anatomy(SCOPE, 'recheck-trigger')}
        data-state={result.status}
        onClick={composeEventHandlers(onClick, () => migration.recheck(result.requirement.id))}
        {...props}
      >
        {partContent(asChild, children, t('ui.checklist.recheck'))}
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
  const { result } = useRequirementItem();
  return (
    <>
      <RequirementsChecklistItemTitle />
      <RequirementsChecklistItemStatus />
      <RequirementsChecklistItemDescription />
      {result.via === 'attestation' && <RequirementsChecklistAttestation />}
      {result.via === 'input' && <RequirementsChecklistFields />}
      {result.via === 'host' && <RequirementsChecklistRecheckTrigger />}
    </>
  );
}
