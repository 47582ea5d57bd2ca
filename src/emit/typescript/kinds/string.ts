import type { StringSchema } from '../../../ir/types.js';

/** Every string format is carried as `string` (formats are documented and enforced by zod). */
export function renderStringType(_schema: StringSchema): string {
  return 'string';
}
