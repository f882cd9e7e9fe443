import type { InputField } from '@wamigrate/core';
import { type CountryCode, phoneNumberSchema } from '@wamigrate/core/phone';
import { businessManagerIdSchema, displayNameSchema } from '@wamigrate/core/schemas';
import { forwardRef, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { RequirementFieldsProvider, type RequirementFieldsState, useRequirementFields } from './field-context';
import { createIssueResolver, type FieldValues, type IssueSchema, identityPairOf } from './issue-resolver';
import { partContent } from './part-content';
import { RequirementsChecklistField } from './requirement-field-parts';
import { SCOPE, useRequirementItem, useRequirementsChecklist } from './requirements-checklist-context';

function schemaFor(field: InputField, defaultCountry: CountryCode | undefined): IssueSchema {
  if (field === 'phoneNumber') return phoneNumberSchema({ defaultCountry });
  return field.endsWith('BusinessManagerId') ? businessManagerIdSchema : displayNameSchema;
}

/**
 * An input requirement's form. Each change is sent to the engine at once; the messages appear on blur or
 * on submit (then as the user corrects), and nothing the user typed is ever replaced.
 */
export const RequirementsChecklistFields = forwardRef<HTMLFormElement, PrimitiveProps<'form'>>(
  ({ asChild, onSubmit, children, ...props }, ref) => {
    const { snapshot, defaultCountry } = useMigration();
    const { sendAnswer } = useRequirementsChecklist();
    const { result } = useRequirementItem();
    const { check } = result.requirement;
    const fields = check.kind === 'input' ? check.fields : [];
    const pair = useMemo(() => identityPairOf(check), [check]);
    const latest = useRef({ fields, pair, defaultCountry });
    latest.current = { fields, pair, defaultCountry };
    const submitted = useRef(false);
    const resolver = useMemo(
      () =>
        createIssueResolver({
          schemas: () => {
            const { fields: names, defaultCountry: country } = latest.current;
            return Object.fromEntries(names.map((f) => [f, schemaFor(f, country)]));
          },
          pair: () => latest.current.pair,
          strict: () => submitted.current,
        }),
      [],
    );
    const form = useForm<FieldValues>({
      mode: 'onTouched',
      reValidateMode: 'onChange',
      resolver,
      // The form mounts once stored progress is read (no scenario before); from then on it owns what the
      // user types, even a value the engine refused.
      defaultValues: Object.fromEntries(fields.map((f) => [f, snapshot.fields[f] ?? ''])),
    });
    const state = useMemo<RequirementFieldsState>(
      () => ({
        form,
        fields,
        pair,
        sendField: (field, value) => sendAnswer({ type: 'SET_FIELD', field, value }, { field }),
      }),
      [form, fields, pair, sendAnswer],
    );
    return (
      <RequirementFieldsProvider value={state}>
        <Primitive.form
          ref={ref}
          asChild={asChild}
          noValidate
          {...anatomy(SCOPE, 'fields')}
          data-rule={check.kind === 'input' ? check.rule : undefined}
          onSubmit={composeEventHandlers(onSubmit, (event) => {
            submitted.current = true;
            void form.handleSubmit(() => undefined)(event);
          })}
          {...props}
        >
          {partContent(asChild, children, <DefaultFields />)}
        </Primitive.form>
      </RequirementFieldsProvider>
    );
  },
);
RequirementsChecklistFields.displayName = 'RequirementsChecklist.Fields';

function DefaultFields() {
  const { fields, pair } = useRequirementFields();
  const inputs = fields.map((field) => <RequirementsChecklistField key={field} field={field} />);
  return (
    <>
      {pair ? <RequirementsChecklistFieldset>{inputs}</RequirementsChecklistFieldset> : inputs}
      <RequirementsChecklistFieldsSubmit />
    </>
  );
}

/** The two sides of an identity rule, grouped and named, so both labels read as one comparison. */
export const RequirementsChecklistFieldset = forwardRef<HTMLFieldSetElement, PrimitiveProps<'fieldset'>>(
  ({ children, ...props }, ref) => (
    <Primitive.fieldset ref={ref} {...anatomy(SCOPE, 'fieldset')} {...props}>
      <RequirementsChecklistLegend />
      {children}
    </Primitive.fieldset>
  ),
);
RequirementsChecklistFieldset.displayName = 'RequirementsChecklist.Fieldset';

export const RequirementsChecklistLegend = forwardRef<HTMLLegendElement, PrimitiveProps<'legend'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { result } = useRequirementItem();
    const { check } = result.requirement;
    const rule = check.kind === 'input' ? check.rule : '';
    return (
      <Primitive.legend ref={ref} asChild={asChild} {...anatomy(SCOPE, 'legend')} {...props}>
        {partContent(asChild, children, t(`ui.checklist.legend.${rule}`))}
      </Primitive.legend>
    );
  },
);
RequirementsChecklistLegend.displayName = 'RequirementsChecklist.Legend';

/** Checks every field of the form at once and moves focus to the first one with a problem. */
export const RequirementsChecklistFieldsSubmit = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    return (
      <Primitive.button ref={ref} asChild={asChild} type="submit" {...anatomy(SCOPE, 'fields-submit')} {...props}>
        {partContent(asChild, children, t('ui.checklist.check'))}
      </Primitive.button>
    );
  },
);
RequirementsChecklistFieldsSubmit.displayName = 'RequirementsChecklist.FieldsSubmit';
