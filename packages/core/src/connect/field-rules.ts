import { FIELD_VALIDATORS, type FieldValidator, identityPairOf } from '../knowledge/fields';

export { type IdentityPair, identityPairOf } from '../knowledge/fields';

import type { InputField, Requirement } from '../knowledge/types';
import { compareIdentity, validateBusinessManagerId, validateDisplayName } from '../validation/business-identity';
import type { ValidationIssue, ValidationResult } from '../validation/result';

/** The rules of the checklist's forms: which validator checks a field, and the identity rule of a pair. */

/** A validator of one field's text; the phone number's comes from `@wamigrate/core/phone` (it is large). */
export type FieldCheck = (input: string) => ValidationResult<unknown>;

/** The validators the main entry carries; a form adds `phone-number`. */
export const FIELD_CHECKS: Readonly<Partial<Record<FieldValidator, FieldCheck>>> = {
  'business-manager-id': validateBusinessManagerId,
  'display-name': validateDisplayName,
};

/**
 * What is wrong with a form's values, field by field: each field's own validator (by `FIELD_VALIDATORS`),
 * then the identity rule between the two fields of a pair. Empty fields are left alone unless `strict`
 * (the user submitted), so a blur never scolds a field not yet filled in.
 */
export function fieldIssues(
  requirement: Requirement,
  values: Readonly<Partial<Record<InputField, string>>>,
  options: { readonly checks: Readonly<Partial<Record<FieldValidator, FieldCheck>>>; readonly strict: boolean },
): Partial<Record<InputField, ValidationIssue>> {
  const { check } = requirement;
  if (check.kind !== 'input') return {};
  const issues: Partial<Record<InputField, ValidationIssue>> = {};
  for (const field of check.fields) {
    const value = values[field] ?? '';
    if (value.trim() === '' && !options.strict) continue;
    const result = options.checks[FIELD_VALIDATORS[field]]?.(value);
    if (result && !result.ok) issues[field] = result.issue;
  }
  const pair = identityPairOf(check);
  if (pair && !issues[pair.current] && !issues[pair.next]) {
    const result = compareIdentity(pair.kind, { current: values[pair.current], next: values[pair.next] });
    if (result.status === 'invalid' || result.status === 'mismatch') {
      issues[result.problem.field === 'current' ? pair.current : pair.next] = result.problem.issue;
    }
  }
  return issues;
}
