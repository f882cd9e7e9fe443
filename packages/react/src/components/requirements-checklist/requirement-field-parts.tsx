import type { InputField } from '@wamigrate/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useFormState } from 'react-hook-form';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import {
  type FieldMessage,
  FieldProvider,
  type FieldState,
  useRequirementField,
  useRequirementFields,
} from './field-context';
import { partContent } from './part-content';
import { RequirementsChecklistPhoneAdvice } from './phone-advice';
import {
  controlIds,
  SCOPE,
  targetKey,
  useRequirementItem,
  useRequirementsChecklist,
} from './requirements-checklist-context';

/** What to say beside a field: the form's issue (after blur or submit), else the engine's, and a refusal. */
function useFieldState(field: InputField): FieldState {
  const { t } = useGuideI18n();
  const params = useProfileParams();
  const { snapshot } = useMigration();
  const { result, ids } = useRequirementItem();
  const { locked } = useRequirementsChecklist();
  const { form } = useRequirementFields();
  const { errors, touchedFields, isSubmitted } = useFormState({ control: form.control, name: field });
  const error = errors[field];
  // Only while a finished step still relies on it: once the step is reopened the refusal no longer holds.
  const isLocked = result.lockedBy !== undefined && locked.has(targetKey({ field }));
  const shown = touchedFields[field] === true || isSubmitted;
  const engineIssue = shown && result.issueField === field ? result.issue : undefined;
  const issueText = error?.message
    ? t(error.message, { ...params, ...stringValues(error.types) })
    : engineIssue && t(engineIssue.messageKey, { ...params, ...engineIssue.params });
  const messages: FieldMessage[] = [];
  if (issueText) messages.push({ reason: 'invalid', text: issueText });
  if (isLocked) messages.push({ reason: 'requirement-locked', text: t('rejection.requirement-locked', params) });
  return {
    field,
    ids: controlIds(ids.base, field),
    messages,
    invalid: Boolean(issueText),
    locked: isLocked,
    remembered: field === 'phoneNumber' && snapshot.phoneNumberRemembered,
  };
}

/** The issue params the resolver kept in `types`. */
const stringValues = (types: object | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(types ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));

export interface RequirementsChecklistFieldProps extends PrimitiveProps<'div'> {
  readonly field: InputField;
}

/** One input with its label, hint and message; `data-invalid` and `data-locked` for styling. */
export const RequirementsChecklistField = forwardRef<HTMLDivElement, RequirementsChecklistFieldProps>(
  ({ asChild, field, children, ...props }, ref) => {
    const state = useFieldState(field);
    return (
      <FieldProvider value={state}>
        <Primitive.div
          ref={ref}
          asChild={asChild}
          {...anatomy(SCOPE, 'field')}
          data-field={field}
          data-invalid={dataFlag(state.invalid)}
          data-locked={dataFlag(state.locked)}
          {...props}
        >
          {partContent(
            asChild,
            children,

            <>
              <RequirementsChecklistFieldLabel />
              <RequirementsChecklistFieldHint />
              <RequirementsChecklistFieldInput />
              <RequirementsChecklistFieldError />
              {field === 'phoneNumber' && <RequirementsChecklistPhoneAdvice />}
            </>,
          )}
        </Primitive.div>
      </FieldProvider>
    );
  },
);
RequirementsChecklistField.displayName = 'RequirementsChecklist.Field';

export const RequirementsChecklistFieldLabel = forwardRef<HTMLLabelElement, PrimitiveProps<'label'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { field, ids } = useRequirementField();
    return (
      <Primitive.label ref={ref} asChild={asChild} htmlFor={ids.control} {...anatomy(SCOPE, 'field-label')} {...props}>
        {partContent(asChild, children, t(`fields.${field}`, params))}
      </Primitive.label>
    );
  },
);
RequirementsChecklistFieldLabel.displayName = 'RequirementsChecklist.FieldLabel';

/** Paste and autofill friendly: a real `name`, `autocomplete`, and the phone keypad for the number. */
const INPUT_HINTS: Record<InputField, ComponentPropsWithoutRef<'input'>> = {
  phoneNumber: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  currentBusinessManagerId: { type: 'text', inputMode: 'numeric', autoComplete: 'off', spellCheck: false },
  newBusinessManagerId: { type: 'text', inputMode: 'numeric', autoComplete: 'off', spellCheck: false },
  currentDisplayName: { type: 'text', autoComplete: 'organization' },
  newDisplayName: { type: 'text', autoComplete: 'organization' },
};

export const RequirementsChecklistFieldInput = forwardRef<HTMLInputElement, PrimitiveProps<'input'>>(
  ({ onChange, onBlur, ...props }, ref) => {
    const { form, pair, sendField } = useRequirementFields();
    const { field, ids, messages, invalid, locked, remembered } = useRequirementField();
    const other = pair && (field === pair.current ? pair.next : field === pair.next ? pair.current : undefined);
    const registered = form.register(field, {
      onChange: (event: { target: { value: string } }) => sendField(field, event.target.value),
      // A change to one side of a pair re-checks the other, once the form has started showing messages.
      ...(other ? { deps: [other] } : {}),
    });
    const describedBy = [remembered && ids.hint, messages.length > 0 && ids.message].filter(Boolean).join(' ');
    return (
      <Primitive.input
        id={ids.control}
        {...INPUT_HINTS[field]}
        name={registered.name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        aria-required="true"
        {...anatomy(SCOPE, 'field-input')}
        data-invalid={dataFlag(invalid)}
        data-locked={dataFlag(locked)}
        onChange={composeEventHandlers(onChange, registered.onChange)}
        onBlur={composeEventHandlers(onBlur, registered.onBlur)}
        {...props}
        ref={mergeRefs(registered.ref, ref)}
      />
    );
  },
);
RequirementsChecklistFieldInput.displayName = 'RequirementsChecklist.FieldInput';

/** For the phone number checked earlier but not stored on this device: say so, and let the user re-enter it. */
export const RequirementsChecklistFieldHint = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { remembered, ids } = useRequirementField();
    if (!remembered) return null;
    return (
      <Primitive.p
        ref={ref}
        asChild={asChild}
        id={ids.hint}
        {...anatomy(SCOPE, 'field-hint')}
        data-reason="remembered"
        {...props}
      >
        {partContent(asChild, children, t('ui.checklist.phoneRemembered'))}
      </Primitive.p>
    );
  },
);
RequirementsChecklistFieldHint.displayName = 'RequirementsChecklist.FieldHint';

/** The field's message, beside it; rendered only once there is one, as an alert so it is announced. */
export const RequirementsChecklistFieldError = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { messages, ids, invalid } = useRequirementField();
    if (messages.length === 0) return null;
    return (
      <Primitive.p
        ref={ref}
        asChild={asChild}
        id={ids.message}
        role="alert"
        {...anatomy(SCOPE, 'field-error')}
        data-state={invalid ? 'invalid' : 'locked'}
        {...props}
      >
        {partContent(
          asChild,
          children,
          messages.map((m) => (
            <span key={m.reason} data-reason={m.reason}>
              {m.text}{' '}
            </span>
          )),
        )}
      </Primitive.p>
    );
  },
);
RequirementsChecklistFieldError.displayName = 'RequirementsChecklist.FieldError';
