import { validatePhoneNumber } from '@wamigrate/core/phone';
import { forwardRef, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useRequirementField, useRequirementFields } from './field-context';
import { partContent } from './part-content';
import { SCOPE } from './requirements-checklist-context';

/**
 * Once the number is valid: how the verification code can reach it (SMS or a voice call) and what to
 * prepare, from the core's phone advice. Nothing while the number is empty or has a problem.
 */
export const RequirementsChecklistPhoneAdvice = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { defaultCountry } = useMigration();
    const { form } = useRequirementFields();
    const { field, invalid } = useRequirementField();
    const value = useWatch({ control: form.control, name: field }) ?? '';
    const advice = useMemo(() => {
      if (field !== 'phoneNumber' || value.trim() === '') return null;
      const result = validatePhoneNumber(value, { defaultCountry });
      return result.ok ? result.value.advice : null;
    }, [field, value, defaultCountry]);
    if (!advice || invalid) return null;
    const keys = [`phone.advice.method.${advice.method}`, ...advice.notes.map((note) => note.messageKey)];
    return (
      <Primitive.ul
        ref={ref}
        asChild={asChild}
        {...anatomy(SCOPE, 'phone-advice')}
        data-method={advice.method}
        {...props}
      >
        {partContent(
          asChild,
          children,
          keys.map((key) => <li key={key}>{t(key, params)}</li>),
        )}
      </Primitive.ul>
    );
  },
);
RequirementsChecklistPhoneAdvice.displayName = 'RequirementsChecklist.PhoneAdvice';
