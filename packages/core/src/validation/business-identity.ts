import { invalid, type ValidationIssue, type ValidationResult, valid } from './result';
import { normalizeName, toHalfWidth, UNSAFE_CHARACTERS } from './text';

/** Longer than any id or name a person types; stops pasted documents early. */
const MAX_INPUT_LENGTH = 256;

/**
 * A Meta Business Manager ID is a string of digits. People paste it with spaces or full-width digits;
 * those are forgiven, anything else is named.
 */
export function validateBusinessManagerId(input: string): ValidationResult<string> {
  if (input.length > MAX_INPUT_LENGTH) return invalid('too-long', 'validation.businessManagerId.tooLong');
  const compact = toHalfWidth(input).replace(/\s+/gu, '');
  if (compact === '') return invalid('empty', 'validation.businessManagerId.empty');
  if (!/^\d+$/u.test(compact)) return invalid('not-digits', 'validation.businessManagerId.notDigits');
  return valid(compact);
}

/** A display name: trimmed and NFC-normalised; control and bidirectional-override characters refused. */
export function validateDisplayName(input: string): ValidationResult<string> {
  if (input.length > MAX_INPUT_LENGTH) return invalid('too-long', 'validation.displayName.tooLong');
  const name = normalizeName(input);
  if (name === '') return invalid('empty', 'validation.displayName.empty');
  if (UNSAFE_CHARACTERS.test(name)) return invalid('unsafe-characters', 'validation.displayName.unsafeCharacters');
  return valid(name);
}

export interface IdentityPair {
  /** As used at the current BSP (or the current setup). */
  readonly current: string | undefined;
  /** As entered for the new setup. */
  readonly next: string | undefined;
}

/** Which side of a pair a problem is on, so a form can put the message beside the right field. */
export type IdentityIssue =
  | { readonly field: 'current' | 'next'; readonly issue: ValidationIssue }
  | { readonly field: 'both'; readonly issue: ValidationIssue };

export type IdentityResult =
  | { readonly status: 'incomplete' }
  | { readonly status: 'match'; readonly value: string }
  | { readonly status: 'invalid' | 'mismatch'; readonly problem: IdentityIssue };

/**
 * The identity rule (Z1; M3 2388103): the Business Manager ID and the display name entered for the new
 * setup must equal those used at the current BSP, after NFC and trimming. The result says which value is
 * malformed, or that the two differ and in what.
 */
export function compareIdentity(kind: 'business-manager' | 'display-name', pair: IdentityPair): IdentityResult {
  const validate = kind === 'business-manager' ? validateBusinessManagerId : validateDisplayName;
  const sides = [
    ['current', pair.current],
    ['next', pair.next],
  ] as const;
  const checked: string[] = [];
  for (const [field, raw] of sides) {
    if (raw === undefined || raw.trim() === '') return { status: 'incomplete' };
    const result = validate(raw);
    if (!result.ok) return { status: 'invalid', problem: { field, issue: result.issue } };
    checked.push(result.value);
  }
  const [current, next] = checked;
  if (current === next && current !== undefined) return { status: 'match', value: current };
  const messageKey =
    kind === 'business-manager'
      ? 'validation.identity.businessManagerMismatch'
      : 'validation.identity.displayNameMismatch';
  return { status: 'mismatch', problem: { field: 'both', issue: { code: `${kind}-mismatch`, messageKey } } };
}
