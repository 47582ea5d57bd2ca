import type { ConstSchema } from '../../../ir/types.js';
import { jsonLiteralType } from '../../shared/literal.js';
import { typePropertyKey } from '../../shared/naming.js';

/** The literal type of the one allowed value (`'v1'`, `42`, `{ kind: 'a' }`). */
export function renderConstType(schema: ConstSchema): string {
  return jsonLiteralType(schema.value, typePropertyKey);
}
