/**
 * `@wamigrate/core/schemas`: zod/mini schemas over the core's validators, for form libraries
 * (react-hook-form's zodResolver). A separate entry so the main one carries no zod.
 * Each issue's `message` is a catalogue key; its `params` hold the interpolation values.
 */
import { validateBusinessManagerId, validateDisplayName } from './validation/business-identity';
import { schemaFromValidator } from './validation/schema';

export { schemaFromValidator };
export const businessManagerIdSchema = schemaFromValidator(validateBusinessManagerId);
export const displayNameSchema = schemaFromValidator(validateDisplayName);
