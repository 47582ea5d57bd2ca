/** Dispatches a schema to its kind's renderer and adds `| null` for nullable schemas. */
import type { Schema } from '../../ir/types.js';
import type { EmitNames } from '../shared/naming.js';
import type { TypeContext } from './context.js';
import { renderArrayType } from './kinds/array.js';
import { renderBooleanType } from './kinds/boolean.js';
import { renderConstType } from './kinds/const.js';
import { renderEnumType } from './kinds/enum.js';
import { renderIntersectionType } from './kinds/intersection.js';
import { renderMapType } from './kinds/map.js';
import { renderNullType } from './kinds/null.js';
import { renderNumberType } from './kinds/number.js';
import { renderObjectType } from './kinds/object.js';
import { renderRefType } from './kinds/ref.js';
import { renderStringType } from './kinds/string.js';
import { renderUnionType } from './kinds/union.js';
import { renderUnknownType } from './kinds/unknown.js';

/** A context whose `render` is `renderType` itself. */
export function createTypeContext(names: EmitNames): TypeContext {
  const context: TypeContext = { names, render: (schema) => renderType(schema, context) };
  return context;
}

/** The TypeScript type text of `schema` (multi-line for objects, indented from column 0). */
export function renderType(schema: Schema, context: TypeContext): string {
  const text = renderKind(schema, context);
  if (!schema.nullable || text === 'null' || text === 'unknown') return text;
  return `${text} | null`;
}

function renderKind(schema: Schema, context: TypeContext): string {
  switch (schema.kind) {
    case 'string':
      return renderStringType(schema);
    case 'integer':
    case 'number':
      return renderNumberType(schema);
    case 'boolean':
      return renderBooleanType(schema);
    case 'null':
      return renderNullType(schema);
    case 'array':
      return renderArrayType(schema, context);
    case 'object':
      return renderObjectType(schema, context);
    case 'map':
      return renderMapType(schema, context);
    case 'enum':
      return renderEnumType(schema);
    case 'const':
      return renderConstType(schema);
    case 'ref':
      return renderRefType(schema, context);
    case 'union':
      return renderUnionType(schema, context);
    case 'intersection':
      return renderIntersectionType(schema, context);
    case 'unknown':
      return renderUnknownType(schema);
    default:
      return assertNever(schema);
  }
}

function assertNever(schema: never): never {
  throw new Error(`unhandled schema kind ${(schema as { kind: string }).kind}`);
}
