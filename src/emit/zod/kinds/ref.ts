import type { RefSchema } from '../../../ir/types.js';
import { schemaConstName } from '../../shared/naming.js';
import type { ZodContext } from '../context.js';

/** The named schema's const; `z.lazy(() => …)` when it is defined later in the same cycle. */
export function renderRefZod(schema: RefSchema, context: ZodContext): string {
  const typeName = context.names.types.get(schema.name);
  if (typeName === undefined) return 'z.unknown()';
  const name = schemaConstName(typeName);
  return context.isLazy(schema.name) ? `z.lazy(() => ${name})` : name;
}

/** The const a ref renders as when it is not deferred (`z.lazy`); `undefined` for a dangling or deferred ref. */
export function refConst(schema: RefSchema, context: ZodContext): string | undefined {
  const typeName = context.names.types.get(schema.name);
  return typeName === undefined || context.isLazy(schema.name) ? undefined : schemaConstName(typeName);
}
