import * as z from 'zod/mini';
import type { ValidationResult } from './result';

/**
 * Wraps a validator as a zod/mini schema from string to its normalised value. The issue's `message` is
 * the catalogue key (translate it with the issue's `params`), so zod's global error map is never needed.
 */
export function schemaFromValidator<T>(validate: (input: string) => ValidationResult<T>) {
  return z.pipe(
    z.string(),
    z.transform((input: string, ctx) => {
      const result = validate(input);
      if (result.ok) return result.value;
      ctx.issues.push({
        code: 'custom',
        input,
        message: result.issue.messageKey,
        params: { code: result.issue.code, ...result.issue.params },
      });
      return z.NEVER;
    }),
  );
}
