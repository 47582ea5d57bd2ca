import type { JsonValue, Schema, UnionSchema } from '../../../ir/types.js';
import { quoteString } from '../../shared/literal.js';
import type { ZodContext } from '../context.js';
import { needsOwnPropertyGuard } from './object.js';

/**
 * oneOf / anyOf: `z.discriminatedUnion` when every variant is an object (inline, or a named one
 * defined earlier and not recursive) with a distinct literal for the discriminator; `z.union` otherwise.
 */
export function renderUnionZod(schema: UnionSchema, context: ZodContext): string {
  const variants = [...new Set(schema.variants.map((variant) => context.render(variant)))];
  if (variants.length === 0) return 'z.never()';
  if (variants.length === 1) return variants[0] as string;
  const property = schema.discriminator?.propertyName;
  if (property !== undefined && isDiscriminable(schema.variants, property, context)) {
    return `z.discriminatedUnion(${quoteString(property)}, [${variants.join(', ')}])`;
  }
  return `z.union([${variants.join(', ')}])`;
}

function isDiscriminable(variants: Schema[], property: string, context: ZodContext): boolean {
  const seen = new Set<string>();
  for (const variant of variants) {
    const value = discriminatorValue(variant, property, context);
    if (value === undefined) return false;
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** The literal a variant fixes for `property`, or `undefined` when it fixes none. */
function discriminatorValue(variant: Schema, property: string, context: ZodContext): JsonValue | undefined {
  let schema: Schema | undefined = variant;
  if (schema.kind === 'ref') {
    if (schema.nullable || context.isLazy(schema.name) || context.isRecursive(schema.name)) return undefined;
    schema = context.named.get(schema.name)?.schema;
  }
  if (schema?.kind !== 'object' || schema.nullable || needsOwnPropertyGuard(schema)) return undefined;
  const found = schema.properties.find((candidate) => candidate.name === property);
  if (!found?.required || found.schema.nullable) return undefined;
  const value = found.schema;
  if (value.kind === 'const' && (typeof value.value === 'string' || typeof value.value === 'number')) return value.value;
  if (value.kind === 'enum' && value.values.length === 1) return value.values[0]?.value;
  return undefined;
}
