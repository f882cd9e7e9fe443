import { FIELD_CHECKS } from '@wamigrate/core/connect';
import { forwardRef, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useMigrationEngine } from '../../migration/migration-context';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { RequirementFieldsProvider, type RequirementFieldsState, useRequirementFields } from './field-context';
import { createIssueResolver, type FieldValues } from './issue-resolver';
import { partContent } from './part-content';
import { RequirementsChecklistField } from './requirement-field-parts';
import { useRequirementItem, useRequirementsChecklist } from './requirements-checklist-context';

/**
 * An input requirement's form. Each change is sent to the engine at once; the messages appear on blur or
 * on submit (then as the user corrects), and nothing the user typed is ever replaced.
 */
export const RequirementsChecklistFields = forwardRef<HTMLFormElement, PrimitiveProps<'form'>>(
  ({ asChild, onSubmit, children, ...props }, ref) => {
    const { migration, validatePhone } = useMigrationEngine();
    const { api, sendAnswer } = useRequirementsChecklist();
    const item = useRequirementItem();
    // The engine's own phone validator: it remembers the text it last saw, so the form costs no second run.
    const checks = useMemo(() => ({ ...FIELD_CHECKS, 'phone-number': validatePhone }), [validatePhone]);
    const latest = useRef({ requirement: item.requirement, checks });
    latest.current = { requirement: item.requirement, checks };
    const submitted = useRef(false);
    const resolver = useMemo(
      () =>
        createIssueResolver({
          requirement: () => latest.current.requirement,
          checks: () => latest.current.checks,
          strict: () => submitted.current,
        }),
      [],
    );
    const form = useForm<FieldValues>({
      mode: 'onTouched',
      reValidateMode: 'onChange',
      resolver,
      // The form mounts once stored progress is read (no scenario before); from then on it owns what the
      // user types, even a value the engine refused. Read once, so typing re-renders nothing through it.
      defaultValues: Object.fromEntries(item.fields.map((f) => [f, migration.getSnapshot().fields[f] ?? ''])),
    });
    const state = useMemo<RequirementFieldsState>(
      () => ({ form, item, sendField: (field, value) => sendAnswer({ type: 'SET_FIELD', field, value }) }),
      [form, item, sendAnswer],
    );
    return (
      <RequirementFieldsProvider value={state}>
        <Primitive.form
          ref={ref}
          asChild={asChild}
          noValidate
          {...mergeProps(api.getFieldsProps(item.id), props)}
          onSubmit={composeEventHandlers(onSubmit, (event) => {
            submitted.current = true;
            void form.handleSubmit(() => undefined)(event);
          })}
        >
          {partContent(asChild, children, <DefaultFields />)}
        </Primitive.form>
      </RequirementFieldsProvider>
    );
  },
);
RequirementsChecklistFields.displayName = 'RequirementsChecklist.Fields';

function DefaultFields() {
  const { item } = useRequirementFields();
  const inputs = item.fields.map((field) => <RequirementsChecklistField key={field} field={field} />);
  return (
    <>
      {item.identityPair ? <RequirementsChecklistFieldset>{inputs}</RequirementsChecklistFieldset> : inputs}
      <RequirementsChecklistFieldsSubmit />
    </>
  );
}

/** The two sides of an identity rule, grouped and named, so both labels read as one comparison. */
export const RequirementsChecklistFieldset = forwardRef<HTMLFieldSetElement, PrimitiveProps<'fieldset'>>(
  ({ children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const item = useRequirementItem();
    return (
      <Primitive.fieldset ref={ref} {...mergeProps(api.getFieldsetProps(item.id), props)}>
        <RequirementsChecklistLegend />
        {children}
      </Primitive.fieldset>
    );
  },
);
RequirementsChecklistFieldset.displayName = 'RequirementsChecklist.Fieldset';

export const RequirementsChecklistLegend = forwardRef<HTMLLegendElement, PrimitiveProps<'legend'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const item = useRequirementItem();
    return (
      <Primitive.legend ref={ref} asChild={asChild} {...mergeProps(api.getLegendProps(item.id), props)}>
        {partContent(asChild, children, item.legend)}
      </Primitive.legend>
    );
  },
);
RequirementsChecklistLegend.displayName = 'RequirementsChecklist.Legend';

/** Checks every field of the form at once and moves focus to the first one with a problem. */
export const RequirementsChecklistFieldsSubmit = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ asChild, children, ...props }, ref) => {
    const { api } = useRequirementsChecklist();
    const item = useRequirementItem();
    return (
      <Primitive.button ref={ref} asChild={asChild} {...mergeProps(api.getFieldsSubmitProps(item.id), props)}>
        {partContent(asChild, children, api.texts.check)}
      </Primitive.button>
    );
  },
);
RequirementsChecklistFieldsSubmit.displayName = 'RequirementsChecklist.FieldsSubmit';
