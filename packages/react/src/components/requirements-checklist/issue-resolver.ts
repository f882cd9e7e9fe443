import type { FieldValidator, InputField, Requirement, ValidationIssue } from '@wamigrate/core';
import { type FieldCheck, fieldIssues } from '@wamigrate/core/connect';
import type { FieldError, Resolver } from 'react-hook-form';

export type FieldValues = Partial<Record<InputField, string>>;

/**
 * A field error keeps the issue's catalogue key in `message` and its code and interpolation values in
 * `types` (as strings, the form library's shape), so the text is translated where it is shown, in the
 * current locale.
 */
function fieldError(issue: ValidationIssue): FieldError {
  const values = Object.entries({ code: issue.code, ...issue.params });
  return {
    type: issue.code,
    message: issue.messageKey,
    types: Object.fromEntries(values.map(([k, v]) => [k, String(v)])),
  };
}

export interface IssueResolverOptions {
  /** The input requirement the form answers. Each option is read at every validation. */
  readonly requirement: () => Requirement;
  /** The validators by kind: `FIELD_CHECKS` and the phone number's (the engine's, so it runs once per text). */
  readonly checks: () => Readonly<Partial<Record<FieldValidator, FieldCheck>>>;
  /** An empty field is reported only once the user has submitted the form, never on a mere blur. */
  readonly strict: () => boolean;
}

/** A react-hook-form resolver over the core's `fieldIssues`: it only maps each issue to a field error. */
export function createIssueResolver(options: IssueResolverOptions): Resolver<FieldValues> {
  return async (values) => {
    const issues = fieldIssues(options.requirement(), values, { checks: options.checks(), strict: options.strict() });
    const errors = Object.fromEntries(
      Object.entries(issues).map(([field, issue]) => [field, fieldError(issue)]),
    ) as Partial<Record<InputField, FieldError>>;
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}
