import type { RefSchema, Schema } from '../../../ir/types.js';
import { schemaConstName } from '../../shared/naming.js';
import type { ZodContext } from '../context.js';

/** The named schema's const; `z.lazy(() => …)` when it is defined later in the same cycle. */
export function renderRefZod(schema: RefSchema, context: ZodContext): string {
  const typeName = context.names.types.get(schema.name);
  if (typeName === undefined) return 'z.unknown()';
  const name = schemaConstName(typeName);
  return context.isLazy(schema.name) ? `z.lazy(() => ${name})` : name;
}

/**
 * The const `schema` renders as when it is nothing but a ref to a named schema (not nullable, not
 * deferred): a part whose schema this is aliases that const rather than declaring one.
 */
export function refConst(schema: Schema, context: ZodContext): string | undefined {
  if (schema.kind !== 'ref' || schema.nullable) return undefined;
  const typeName = context.names.types.get(schema.name);
  return typeName === undefined || context.isLazy(schema.name) ? undefined : schemaConstName(typeName);
}
