import { forwardRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useMigrationEngine, useMigrationSelector } from '../../migration/migration-context';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useRequirementField, useRequirementFields } from './field-context';
import { partContent } from './part-content';
import { useRequirementsChecklist } from './requirements-checklist-context';

/**
 * Once the number is valid: how the verification code can reach it (SMS or a voice call) and what to
 * prepare, from the core's phone advice. Nothing while the number is empty or has a problem, nor for a
 * field that is not a phone number.
 */
export const RequirementsChecklistPhoneAdvice = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    // The engine's validator remembers the text it last saw: the advice asks it again, free.
    const { validatePhone } = useMigrationEngine();
    // Asked again when the full validator arrives: the shape check has no advice to give.
    useMigrationSelector((s) => s.phoneValidation);
    const { form } = useRequirementFields();
    const view = useRequirementField();
    const value = useWatch({ control: form.control, name: view.field }) ?? '';
    const advice = api.phoneAdvice(view, value, validatePhone);
    if (!advice) return null;
    return (
      <Primitive.ul ref={ref} asChild={asChild} {...mergeProps(api.getPhoneAdviceProps(advice), props)}>
        {partContent(
          asChild,
          children,
          advice.items.map((item) => <li key={item.key}>{item.text}</li>),
        )}
      </Primitive.ul>
    );
  },
);
RequirementsChecklistPhoneAdvice.displayName = 'RequirementsChecklist.PhoneAdvice';
