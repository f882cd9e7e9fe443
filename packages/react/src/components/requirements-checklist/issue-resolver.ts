import { compareIdentity, type InputField, type RequirementCheck, type ValidationIssue } from '@wamigrate/core';
import type { FieldError, Resolver } from 'react-hook-form';

export type FieldValues = Partial<Record<InputField, string>>;

/** The part of a zod/mini schema the resolver uses: the core's schemas put a catalogue key in `message`. */
export interface IssueSchema {
  safeParse(
    value: unknown,
  ):
    | { readonly success: true }
    | { readonly success: false; readonly error: { readonly issues: readonly SchemaIssue[] } };
}
interface SchemaIssue {
  readonly message: string;
  readonly params?: unknown;
}

/** The two sides of an identity rule: the form puts a mismatch beside the new setup's field. */
export interface IdentityPairFields {
  readonly kind: 'business-manager' | 'display-name';
  readonly current: InputField;
  readonly next: InputField;
}

export function identityPairOf(check: RequirementCheck): IdentityPairFields | undefined {
  if (check.kind !== 'input' || check.rule === 'phone-number') return undefined;
  const [current, next] = check.fields;
  if (!current || !next) return undefined;
  return { kind: check.rule === 'same-business-manager' ? 'business-manager' : 'display-name', current, next };
}

/**
 * A field error keeps the issue's catalogue key in `message` and its interpolation values in `types`
 * (as strings, the form library's shape), so the text is translated where it is shown, in the current locale.
 */
function fieldError(messageKey: string, params: unknown): FieldError {
  const entries = params && typeof params === 'object' ? Object.entries(params) : [];
  const values = entries.filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  const types = Object.fromEntries(values.map(([k, v]) => [k, String(v)]));
  return { type: types.code ?? 'invalid', message: messageKey, types };
}

const issueError = (issue: ValidationIssue) => fieldError(issue.messageKey, { code: issue.code, ...issue.params });

export interface IssueResolverOptions {
  /** Read at each validation, so the schemas may change (e.g. the default country) without a new form. */
  readonly schemas: () => Partial<Record<InputField, IssueSchema>>;
  readonly pair: () => IdentityPairFields | undefined;
  /** An empty field is reported only once the user has submitted the form, never on a mere blur. */
  readonly strict: () => boolean;
}

/** A react-hook-form resolver over the core's schemas and its identity rule, keeping issue params. */
export function createIssueResolver(options: IssueResolverOptions): Resolver<FieldValues> {
  return async (values) => {
    const errors: Partial<Record<InputField, FieldError>> = {};
    for (const [field, schema] of Object.entries(options.schemas()) as [InputField, IssueSchema][]) {
      const value = values[field] ?? '';
      if (value.trim() === '' && !options.strict()) continue;
      const parsed = schema.safeParse(value);
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      if (issue) errors[field] = fieldError(issue.message, issue.params);
    }
    const pair = options.pair();
    if (pair && !errors[pair.current] && !errors[pair.next]) {
      const result = compareIdentity(pair.kind, { current: values[pair.current], next: values[pair.next] });
      if (result.status === 'invalid' || result.status === 'mismatch') {
        const field = result.problem.field === 'current' ? pair.current : pair.next;
        errors[field] = issueError(result.problem.issue);
      }
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}
