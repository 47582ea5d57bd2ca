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
import { renderRefZod } from './kinds/ref.js';
import { renderStringZod } from './kinds/string.js';
import { renderUnionZod } from './kinds/union.js';
import { renderUnknownZod } from './kinds/unknown.js';

/** The zod expression for `schema` (multi-line for objects, indented from column 0). */
export function renderZod(schema: Schema, context: ZodContext): string {
  const text = renderKind(schema, context);
  if (!schema.nullable || schema.kind === 'null' || schema.kind === 'unknown') return text;
  return `${text}.nullable()`;
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
