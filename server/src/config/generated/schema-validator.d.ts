// Types of the validator that scripts/build.mjs generates from
// schemas/imvo-lint.schema.json with Ajv's standalone code (not committed).
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export const validate: GeneratedValidator;
