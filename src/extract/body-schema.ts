/**
 * The schema of a body from its type words and its property table, shared by request and
 * response bodies.
 *
 *     type words        table   → schema
 *     —                 yes     → inline object (an array of them where the table is an array's items', arrays of arrays of them deeper)
 *     Name              yes     → named schema `Name` (documented here) + ref
 *     Name / X[]        no      → ref (merge finds the definition, or marks it undocumented)
 *     X[] · Collection of X   yes → named X + array of ref
 *     array             yes     → array of inline object
 *     object · unknown  yes     → inline object (the table says more than the word)
 *     int32 · string …  yes     → the scalar; the table is reported (`body-table-ignored`)
 */
import type { Table } from 'mdast';
import type { Source } from '../ir/source.js';
import type { NamedSchema, ObjectSchema, Schema } from '../ir/types.js';
import type { ExtractContext } from './context.js';
import { objectFromTable } from './properties.js';
import { isScalar, schemaFromTypeText } from './type-text.js';

export interface BodySchema {
  schema?: Schema;
  /** Named types the body's table defines. */
  named: NamedSchema[];
}

export function readBodySchema(typeText: string | undefined, table: Table | undefined, where: Source, context: ExtractContext): BodySchema {
  const words = typeText?.trim() ? schemaFromTypeText(typeText, where, context.diagnostics, context.typeWords) : undefined;
  const object = table ? objectFromTable(table, context) : undefined;
  if (!words && object && table?.data?.items) return { schema: arrayOf(object, table.data.items, where), named: [] };
  if (!words) return object ? { schema: object, named: [] } : { named: [] };
  if (!object) return { schema: { ...words, source: where }, named: [] };
  if (words.kind === 'ref') return { schema: { ...words, source: where }, named: [define(words.name, object)] };
  if (words.kind === 'array') {
    const items = words.items;
    if (items.kind === 'ref') return { schema: { ...words, source: where }, named: [define(items.name, object)] };
    if (items.kind === 'unknown') return { schema: { kind: 'array', items: object, source: where }, named: [] };
  }
  if (words.kind === 'map' || words.kind === 'unknown' || words.kind === 'object') return { schema: object, named: [] };
  if (isScalar(words) || words.kind === 'array') {
    context.diagnostics.report(
      'body-table-ignored',
      object.source ?? where,
      `the body is typed "${typeText!.trim()}", so its property table (${object.properties.map((p) => p.name).join(', ')}) was not used`,
    );
  }
  return { schema: { ...words, source: where }, named: [] };
}

/** `depth` arrays around the object: `object[]`, `object[][]`. */
function arrayOf(object: ObjectSchema, depth: number, where: Source): Schema {
  let schema: Schema = object;
  for (let level = 0; level < depth; level++) schema = { kind: 'array', items: schema, source: where };
  return schema;
}

function define(name: string, object: ObjectSchema): NamedSchema {
  return { name, schema: object, origin: 'documented', sources: object.source ? [object.source] : [] };
}
