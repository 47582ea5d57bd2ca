/**
 * The typed part of a Schema Object: `type` (string or 3.1 array), `enum`, `const` and the
 * keywords of each type. Returns undefined when the schema states no type at all (a pure
 * `$ref` / `allOf` / `oneOf`, or `{}`), so that composition is not wrapped in a needless piece.
 */
import type { EnumMember, JsonValue, NumericConstraints, Schema } from '../../ir/types.js';
import { type JsonMap, own, ownNumber, ownString, toJson } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { type ImportContext, type SchemaReader, sourceIn } from './context.js';
import type { PropertyLookup } from './schema-composition.js';
import { readObjectSchema } from './schema-object.js';

/** Extensions read as keywords (not carried as `extensions`). */
export const SCHEMA_EXTENSIONS_USED = new Set([
  'x-nullable',
  'x-enum-varnames',
  'x-enumNames',
  'x-enum-descriptions',
  'x-enumDescriptions',
]);

const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object', 'null', 'file']);
const OBJECT_KEYWORDS = ['properties', 'additionalProperties', 'required', 'minProperties', 'maxProperties', 'propertyNames'];
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems'];
const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];

/** The `type` of a schema as a list (`[]` when absent). */
export function schemaTypes(value: JsonMap): string[] {
  const type = own(value, 'type');
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === 'string');
  return [];
}

/** `inherited` finds the properties other parts of the schema's composition define (see `schema-composition.ts`). */
export function readTypedSchema(
  ctx: ImportContext,
  value: JsonMap,
  file: SpecFile,
  depth: number,
  read: SchemaReader,
  inherited?: PropertyLookup,
): Schema | undefined {
  const types = schemaTypes(value);
  for (const type of types) {
    if (!TYPES.has(type))
      ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, value, 'type'), `Unknown schema type "${type}"; read as unknown.`);
  }
  if (Object.hasOwn(value, 'const')) return { kind: 'const', value: toJson(value.const) };
  if (Array.isArray(own(value, 'enum'))) return readEnum(ctx, value, file, types);
  const known = types.filter((type) => TYPES.has(type) && type !== 'null');
  if (known.length === 0) {
    if (types.includes('null')) return { kind: 'null' };
    const implied = impliedType(value);
    return implied ? readOneType(ctx, implied, value, file, depth, read, inherited) : types.length > 0 ? { kind: 'unknown' } : undefined;
  }
  if (known.length === 1) return readOneType(ctx, known[0]!, value, file, depth, read, inherited);
  return { kind: 'union', mode: 'anyOf', variants: known.map((type) => readOneType(ctx, type, value, file, depth, read, inherited)) };
}

/** The type the keywords imply when `type` is absent (`properties` → object, …). */
function impliedType(value: JsonMap): string | undefined {
  const has = (keys: string[]) => keys.some((key) => Object.hasOwn(value, key));
  if (has(OBJECT_KEYWORDS)) return 'object';
  if (has(ARRAY_KEYWORDS)) return 'array';
  if (has(STRING_KEYWORDS)) return 'string';
  if (has(NUMBER_KEYWORDS)) return 'number';
  return undefined;
}

function readOneType(
  ctx: ImportContext,
  type: string,
  value: JsonMap,
  file: SpecFile,
  depth: number,
  read: SchemaReader,
  inherited?: PropertyLookup,
): Schema {
  switch (type) {
    case 'string':
    case 'file': {
      const format = type === 'file' ? 'binary' : ownString(value, 'format');
      return strip({
        kind: 'string',
        format,
        minLength: ownNumber(value, 'minLength'),
        maxLength: ownNumber(value, 'maxLength'),
        pattern: ownString(value, 'pattern'),
        contentMediaType: ownString(value, 'contentMediaType'),
        contentEncoding: ownString(value, 'contentEncoding'),
      });
    }
    case 'integer':
    case 'number':
      return strip({ kind: type, format: ownString(value, 'format'), ...numericConstraints(value) });
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const { prefixItems, items, closed } = readItems(value, file, depth, read);
      const maxItems = ownNumber(value, 'maxItems');
      return strip({
        kind: 'array',
        prefixItems,
        items,
        minItems: ownNumber(value, 'minItems'),
        maxItems: closed ? Math.min(maxItems ?? Infinity, prefixItems?.length ?? 0) : maxItems,
        uniqueItems: own(value, 'uniqueItems') === true ? true : undefined,
      });
    }
    case 'object':
      return readObjectSchema(ctx, value, file, depth, read, inherited);
    default:
      return { kind: 'unknown' };
  }
}

/**
 * An array's element schemas: a tuple's leading ones (3.1 `prefixItems`, or draft-04 `items: [...]`
 * with `additionalItems` for the rest), then the rest (`items`); `false` for the rest closes it.
 */
function readItems(
  value: JsonMap,
  file: SpecFile,
  depth: number,
  read: SchemaReader,
): { prefixItems?: Schema[]; items: Schema; closed: boolean } {
  const items = own(value, 'items');
  const prefix = Array.isArray(own(value, 'prefixItems'))
    ? (own(value, 'prefixItems') as unknown[])
    : Array.isArray(items)
      ? items
      : undefined;
  const rest = prefix === undefined ? items : Array.isArray(items) ? own(value, 'additionalItems') : items;
  const prefixItems = prefix?.map((item) => read(item, file, depth + 1));
  if (rest === false) return { prefixItems, items: { kind: 'unknown' }, closed: true };
  return { prefixItems, items: rest === undefined || rest === true ? { kind: 'unknown' } : read(rest, file, depth + 1), closed: false };
}

/** min/max with 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` turned into 3.1's numbers. */
function numericConstraints(value: JsonMap): NumericConstraints {
  const out: NumericConstraints = {
    minimum: ownNumber(value, 'minimum'),
    maximum: ownNumber(value, 'maximum'),
    multipleOf: ownNumber(value, 'multipleOf'),
  };
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const flag = own(value, exclusive);
    if (typeof flag === 'number') out[exclusive] = flag;
    else if (flag === true && out[bound] !== undefined) {
      out[exclusive] = out[bound];
      delete out[bound];
    }
  }
  return out;
}

function readEnum(ctx: ImportContext, value: JsonMap, file: SpecFile, types: string[]): Schema {
  const all = (value.enum as unknown[]).map((item) => toJson(item));
  // Each value once, at its first place (a Set: an enum of hundreds of values was compared pairwise).
  const seen = new Set<string>();
  const kept: number[] = [];
  all.forEach((item, index) => {
    const text = JSON.stringify(item);
    if (item !== null && !seen.has(text)) kept.push(index);
    seen.add(text);
  });
  const values = kept.map((index) => all[index]!);
  const nullable = all.includes(null);
  const names = pick(stringList(value, 'x-enum-varnames') ?? stringList(value, 'x-enumNames'), kept);
  const descriptions = pick(stringList(value, 'x-enum-descriptions') ?? stringList(value, 'x-enumDescriptions'), kept);
  let schema: Schema;
  if (values.length > 0 && values.every((item) => typeof item === 'string'))
    schema = { kind: 'enum', base: 'string', values: members(values, names, descriptions) };
  else if (values.length > 0 && values.every((item) => typeof item === 'number')) {
    const base = types.includes('number') || !values.every((item) => Number.isInteger(item)) ? 'number' : 'integer';
    schema = { kind: 'enum', base, values: members(values, names, descriptions) };
  } else if (values.length === 1) schema = { kind: 'const', value: values[0]! };
  else if (values.length === 0) schema = { kind: 'null' };
  else {
    if (!values.every((item) => typeof item === 'boolean')) {
      ctx.diagnostics.report(
        'unsupported-keyword',
        sourceIn(ctx, file, value, 'enum'),
        'An enum of values other than all strings or all numbers is read as a union of constants.',
      );
    }
    schema = { kind: 'union', mode: 'anyOf', variants: values.map((item) => ({ kind: 'const', value: item })) };
  }
  if (nullable && schema.kind !== 'null') schema.nullable = true;
  return schema;
}

function members(values: JsonValue[], names: string[] | undefined, descriptions: string[] | undefined): EnumMember[] {
  return values.map((item, index) => {
    const member: EnumMember = { value: item as string | number };
    const name = names?.[index];
    const description = descriptions?.[index];
    if (name) member.name = name;
    if (description) member.description = description;
    return member;
  });
}

/** The entries of a per-value list (names, descriptions) for the values kept. */
function pick(list: string[] | undefined, kept: number[]): string[] | undefined {
  return list && kept.map((index) => list[index] ?? '');
}

function stringList(value: JsonMap, key: string): string[] | undefined {
  const list = own(value, key);
  return Array.isArray(list) ? list.map((item) => (typeof item === 'string' ? item : '')) : undefined;
}

/** Drops the keys whose value is undefined (the IR holds no `undefined`s). */
function strip<T extends object>(schema: T): T {
  // A copy of the defined keys, in order (deleting keys leaves an object V8 reads slowly ever after).
  const out: Partial<T> = {};
  for (const key of Object.keys(schema) as (keyof T)[]) if (schema[key] !== undefined) out[key] = schema[key];
  return out as T;
}
