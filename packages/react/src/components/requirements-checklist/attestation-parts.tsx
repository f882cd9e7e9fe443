import { forwardRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { partContent } from './part-content';
import {
  controlIds,
  SCOPE,
  targetKey,
  useRequirementItem,
  useRequirementsChecklist,
} from './requirements-checklist-context';

/** Whether the engine refused the latest tick or untick of this requirement's checkbox. */
function useAttestation() {
  const { result, ids } = useRequirementItem();
  const { locked } = useRequirementsChecklist();
  return {
    result,
    checked: result.status === 'met',
    refused: result.lockedBy !== undefined && locked.has(targetKey({ requirementId: result.requirement.id })),
    ids: controlIds(ids.base, 'attestation'),
  };
}

/** The checkbox, its label and the message beside it. */
export const RequirementsChecklistAttestation = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ asChild, children, ...props }, ref) => {
    const { checked, refused } = useAttestation();
    return (
      <Primitive.div
        ref={ref}
        asChild={asChild}
        {...anatomy(SCOPE, 'attestation')}
        data-state={checked ? 'checked' : 'unchecked'}
        data-locked={dataFlag(refused)}
        {...props}
      >
        {partContent(
          asChild,
          children,

          <>
            <RequirementsChecklistAttestationCheckbox />
            <RequirementsChecklistAttestationLabel />
            <RequirementsChecklistAttestationMessage />
          </>,
        )}
      </Primitive.div>
    );
  },
);
RequirementsChecklistAttestation.displayName = 'RequirementsChecklist.Attestation';

/** A native checkbox: Space toggles it; each change sends `ATTEST`. */
export const RequirementsChecklistAttestationCheckbox = forwardRef<HTMLInputElement, PrimitiveProps<'input'>>(
  ({ onChange, ...props }, ref) => {
    const { sendAnswer } = useRequirementsChecklist();
    const { result, checked, refused, ids } = useAttestation();
    const requirementId = result.requirement.id;
    return (
      <Primitive.input
        ref={ref}
        id={ids.control}
        type="checkbox"
        name={requirementId}
        checked={checked}
        aria-describedby={refused ? ids.message : undefined}
        {...anatomy(SCOPE, 'attestation-checkbox')}
        data-state={checked ? 'checked' : 'unchecked'}
        data-locked={dataFlag(refused)}
        onChange={composeEventHandlers(onChange, (event) =>
          sendAnswer({ type: 'ATTEST', requirementId, value: event.currentTarget.checked }, { requirementId }),
        )}
        {...props}
      />
    );
  },
);
RequirementsChecklistAttestationCheckbox.displayName = 'RequirementsChecklist.AttestationCheckbox';

/** The sentence the user confirms (the requirement's attestation text, else its title). */
export const RequirementsChecklistAttestationLabel = forwardRef<HTMLLabelElement, PrimitiveProps<'label'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { result, ids } = useAttestation();
    const { attestationKey, titleKey } = result.requirement;
    return (
      <Primitive.label
        ref={ref}
        asChild={asChild}
        htmlFor={ids.control}
        {...anatomy(SCOPE, 'attestation-label')}
        {...props}
      >
        {partContent(asChild, children, t(attestationKey ?? titleKey, params))}
      </Primitive.label>
    );
  },
);
RequirementsChecklistAttestationLabel.displayName = 'RequirementsChecklist.AttestationLabel';

/** Why a tick was refused: a finished step relies on it. Rendered only then, as an alert. */
export const RequirementsChecklistAttestationMessage = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { refused, ids } = useAttestation();
    if (!refused) return null;
    return (
      <Primitive.p
        ref={ref}
        asChild={asChild}
        id={ids.message}
        role="alert"
        {...anatomy(SCOPE, 'attestation-message')}
        data-reason="requirement-locked"
        {...props}
      >
        {partContent(asChild, children, t('rejection.requirement-locked', params))}
      </Primitive.p>
    );
  },
);
RequirementsChecklistAttestationMessage.displayName = 'RequirementsChecklist.AttestationMessage';
