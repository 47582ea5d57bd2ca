/** Dispatches a schema to its kind's zod renderer and adds `.nullable()` for nullable schemas. */
import type { Schema } from '../../ir/types.js';
import type { ZodContext } from './context.js';
import { renderArrayZod } from './kinds/array.js';
import { renderBooleanZod } from './kinds/boolean.js';
import { renderConstZod } from './kinds/const.js';
import { renderEnumZod } from './kinds/enum.js';
import { renderIntersectionZod } from './kinds/intersection.js';
import { renderMapZod } from './kinds/map.js';
import { renderNullZod } from './kinds/null.js';
import { renderNumberZod } from './kinds/number.js';
import { renderObjectZod } from './kinds/object.js';
import { refConst, renderRefZod } from './kinds/ref.js';
import { renderStringZod } from './kinds/string.js';
import { renderUnionZod } from './kinds/union.js';
import { renderUnknownZod } from './kinds/unknown.js';

/** The zod expression for `schema` (multi-line for objects, indented from column 0). */
export function renderZod(schema: Schema, context: ZodContext): string {
  const text = renderKind(schema, context);
  if (!schema.nullable || schema.kind === 'null' || schema.kind === 'unknown') return text;
  return `${text}.nullable()`;
}

/**
 * The const whose name is the whole of `schema`'s code, if any: a ref, or a union or allOf whose
 * parts are all that one const (their code collapses to it). A part with such a schema aliases the
 * const instead of declaring another; the renderers above produce exactly that name for it.
 */
export function constOf(schema: Schema, context: ZodContext): string | undefined {
  if (schema.nullable && schema.kind !== 'null' && schema.kind !== 'unknown') return undefined;
  if (schema.kind === 'ref') return refConst(schema, context);
  if (schema.kind === 'union') return sameConst(schema.variants, context);
  if (schema.kind === 'intersection') return sameConst(schema.parts, context);
  return undefined;
}

function sameConst(parts: readonly Schema[], context: ZodContext): string | undefined {
  const consts = new Set(parts.map((part) => constOf(part, context)));
  const [only] = consts;
  return consts.size === 1 ? only : undefined;
}

function renderKind(schema: Schema, context: ZodContext): string {
  switch (schema.kind) {
    case 'string':
      return renderStringZod(schema);
    case 'integer':
    case 'number':
      return renderNumberZod(schema);
    case 'boolean':
      return renderBooleanZod(schema);
    case 'null':
      return renderNullZod(schema);
    case 'array':
      return renderArrayZod(schema, context);
    case 'object':
      return renderObjectZod(schema, context);
    case 'map':
      return renderMapZod(schema, context);
    case 'enum':
      return renderEnumZod(schema);
    case 'const':
      return renderConstZod(schema);
    case 'ref':
      return renderRefZod(schema, context);
    case 'union':
      return renderUnionZod(schema, context);
    case 'intersection':
      return renderIntersectionZod(schema, context);
    case 'unknown':
      return renderUnknownZod(schema);
    default:
      return assertNever(schema);
  }
}

function assertNever(schema: never): never {
  throw new Error(`unhandled schema kind ${(schema as { kind: string }).kind}`);
}
