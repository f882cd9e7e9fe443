/** A precise, translatable reason an input was refused: a catalogue key and its interpolation values. */
export interface ValidationIssue {
  /** Stable machine-readable code, e.g. `too-short`. */
  readonly code: string;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issue: ValidationIssue };

export const valid = <T>(value: T): ValidationResult<T> => ({ ok: true, value });

export const invalid = (
  code: string,
  messageKey: string,
  params?: Readonly<Record<string, string | number>>,
): ValidationResult<never> => ({
  ok: false,
  issue: params ? { code, messageKey, params } : { code, messageKey },
});
