import type { UnknownSchema } from '../../../ir/types.js';

export function renderUnknownZod(_schema: UnknownSchema): string {
  return 'z.unknown()';
}
