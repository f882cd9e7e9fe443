import type { FieldValidator, InputField } from '@wamigrate/core';
import type { FieldFormState, FieldView } from '@wamigrate/core/connect';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type FieldError, useFormState } from 'react-hook-form';
import { useMigrationSelector } from '../../migration/migration-context';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { FieldProvider, useRequirementField, useRequirementFields } from './field-context';
import { partContent } from './part-content';
import { RequirementsChecklistPhoneAdvice } from './phone-advice';
import { useRequirementItem, useRequirementsChecklist } from './requirements-checklist-context';

/** The field as the view model shows it, from what the form knows of it (its issue, touched, submitted). */
function useFieldView(field: InputField): FieldView {
  const { api, locked } = useRequirementsChecklist();
  const item = useRequirementItem();
  const { form } = useRequirementFields();
  const { errors, touchedFields, isSubmitted } = useFormState({ control: form.control, name: field });
  // One flag, not the snapshot: it flips once, when a remembered number is typed again.
  const phoneNumberRemembered = useMigrationSelector((s) => s.phoneNumberRemembered);
  return api.field(item.id, field, {
    issue: formIssue(errors[field]),
    shown: touchedFields[field] === true || isSubmitted,
    refused: api.refusalHolds({ field }, locked),
    phoneNumberRemembered,
  });
}

/** The resolver's error back as its issue: the catalogue key in `message`, the values kept in `types`. */
function formIssue(error: FieldError | undefined): FieldFormState['issue'] {
  if (!error?.message) return undefined;
  const params = Object.entries(error.types ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
  return { messageKey: error.message, params: Object.fromEntries(params) };
}

export interface RequirementsChecklistFieldProps extends PrimitiveProps<'div'> {
  readonly field: InputField;
}

/** One input with its label, hint and message; `data-invalid` and `data-locked` for styling. */
export const RequirementsChecklistField = forwardRef<HTMLDivElement, RequirementsChecklistFieldProps>(
  ({ asChild, field, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const view = useFieldView(field);
    return (
      <FieldProvider value={view}>
        <Primitive.div ref={ref} asChild={asChild} {...mergeProps(api.getFieldProps(view), props)}>
          {partContent(
            asChild,
            children,
            <>
              <RequirementsChecklistFieldLabel />
              <RequirementsChecklistFieldHint />
              <RequirementsChecklistFieldInput />
              <RequirementsChecklistFieldError />
              {view.validator === 'phone-number' && <RequirementsChecklistPhoneAdvice />}
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
    const { api } = useRequirementsChecklist();
    const view = useRequirementField();
    return (
      // htmlFor is also written out so linters see the label's control; the spread's (the host's) wins.
      <Primitive.label
        ref={ref}
        asChild={asChild}
        htmlFor={view.ids.control}
        {...mergeProps(api.getFieldLabelProps(view), props)}
      >
        {partContent(asChild, children, view.label)}
      </Primitive.label>
    );
  },
);
RequirementsChecklistFieldLabel.displayName = 'RequirementsChecklist.FieldLabel';

/**
 * Paste and autofill friendly, by the kind of value (the core's `FIELD_VALIDATORS`): the phone keypad for
 * the number, digits for an ID, an organisation's name. Browser hints, not rules: the host's props win.
 */
const INPUT_HINTS: Record<FieldValidator, ComponentPropsWithoutRef<'input'>> = {
  'phone-number': { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  'business-manager-id': { type: 'text', inputMode: 'numeric', autoComplete: 'off', spellCheck: false },
  'display-name': { type: 'text', autoComplete: 'organization' },
};

export const RequirementsChecklistFieldInput = forwardRef<HTMLInputElement, PrimitiveProps<'input'>>(
  ({ onChange, onBlur, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const { form, sendField } = useRequirementFields();
    const view = useRequirementField();
    const registered = form.register(view.field, {
      onChange: (event: { target: { value: string } }) => sendField(view.field, event.target.value),
      // A change to one side of a pair re-checks the other, once the form has started showing messages.
      ...(view.partner ? { deps: [view.partner] } : {}),
    });
    return (
      <Primitive.input
        {...INPUT_HINTS[view.validator]}
        {...mergeProps(api.getFieldInputProps(view), props)}
        // The form's handlers do not look at `defaultPrevented`: the host's preventDefault() skips them here.
        onChange={composeEventHandlers(onChange, registered.onChange)}
        onBlur={composeEventHandlers(onBlur, registered.onBlur)}
        ref={mergeRefs(registered.ref, ref)}
      />
    );
  },
);
RequirementsChecklistFieldInput.displayName = 'RequirementsChecklist.FieldInput';

/** For the phone number checked earlier but not stored on this device: say so, and let the user re-enter it. */
export const RequirementsChecklistFieldHint = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const view = useRequirementField();
    if (!view.remembered) return null;
    return (
      <Primitive.p ref={ref} asChild={asChild} {...mergeProps(api.getFieldHintProps(view), props)}>
        {partContent(asChild, children, view.hint)}
      </Primitive.p>
    );
  },
);
RequirementsChecklistFieldHint.displayName = 'RequirementsChecklist.FieldHint';

/** The field's message, beside it; rendered only once there is one, as an alert so it is announced. */
export const RequirementsChecklistFieldError = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const view = useRequirementField();
    if (view.messages.length === 0) return null;
    return (
      <Primitive.p ref={ref} asChild={asChild} {...mergeProps(api.getFieldErrorProps(view), props)}>
        {partContent(
          asChild,
          children,
          view.messages.map((m) => (
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
