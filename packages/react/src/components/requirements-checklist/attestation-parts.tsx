import { forwardRef } from 'react';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { partContent } from './part-content';
import { useRequirementItem, useRequirementsChecklist } from './requirements-checklist-context';

/** Whether the refusal of this requirement's latest tick or untick still holds. */
function useAttestation() {
  const { api, locked } = useRequirementsChecklist();
  const item = useRequirementItem();
  return { api, item, refused: api.refusalHolds({ requirementId: item.id }, locked) };
}

/** The checkbox, its label and the message beside it. */
export const RequirementsChecklistAttestation = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api, item, refused } = useAttestation();
    return (
      <Primitive.div ref={ref} asChild={asChild} {...mergeProps(api.getAttestationProps(item.id, { refused }), props)}>
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
  (props, ref) => {
    const { sendAnswer } = useRequirementsChecklist();
    const { api, item, refused } = useAttestation();
    const ids = api.itemIds(item.id).attestation;
    const ours = api.getAttestationCheckboxProps(item.id, {
      id: ids.control,
      messageId: ids.message,
      refused,
      send: sendAnswer,
    });
    return <Primitive.input ref={ref} {...mergeProps(ours, props)} />;
  },
);
RequirementsChecklistAttestationCheckbox.displayName = 'RequirementsChecklist.AttestationCheckbox';

/** The sentence the user confirms (the requirement's attestation text, else its title). */
export const RequirementsChecklistAttestationLabel = forwardRef<HTMLLabelElement, PrimitiveProps<'label'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api, item } = useAttestation();
    return (
      // htmlFor is also written out so linters see the label's control; the spread's (the host's) wins.
      <Primitive.label
        ref={ref}
        asChild={asChild}
        htmlFor={api.itemIds(item.id).attestation.control}
        {...mergeProps(api.getAttestationLabelProps(item.id), props)}
      >
        {partContent(asChild, children, item.attestation)}
      </Primitive.label>
    );
  },
);
RequirementsChecklistAttestationLabel.displayName = 'RequirementsChecklist.AttestationLabel';

/** Why a tick was refused: a finished step relies on it. Rendered only then, as an alert. */
export const RequirementsChecklistAttestationMessage = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api, item, refused } = useAttestation();
    if (!refused) return null;
    return (
      <Primitive.p ref={ref} asChild={asChild} {...mergeProps(api.getAttestationMessageProps(item.id), props)}>
        {partContent(asChild, children, api.texts.refusedLocked)}
      </Primitive.p>
    );
  },
);
RequirementsChecklistAttestationMessage.displayName = 'RequirementsChecklist.AttestationMessage';
