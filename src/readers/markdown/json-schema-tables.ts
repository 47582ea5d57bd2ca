/**
 * A JSON Schema in a fence, as the table of the fields it states (`Name | Type | Required |
 * Default | Description`): WADL pages' `Schema` labels (wadl-pages.ts) and Stoplight's
 * ```` ```json json_schema ```` fences (stoplight-blocks.ts) write a body's schema so.
 *
 *     {"type": "object", "properties": {…}}      → the object's fields
 *     {"type": "array", "items": {…}}            → the items' fields, the table marked as an array's
 *     {"type": "array", "items": {"$ref": "#/definitions/Shelf"}, "definitions": {…}}   → the same
 *     {"type": "array", "items": {"type": "array", "items": {"type": "object", …}}}     → the same, marked as arrays of arrays'
 *
 *     {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}   → no table: the body's type `integer[][]` (`nestedArrayWords`)
 *
 * A schema's `#/definitions/…` (`#/$defs/…`) references are followed within the schema. A JSON
 * Schema is never a sample: one the table cannot show (no properties, an array of strings) is
 * dropped.
 */
import type { RootContent, Table } from 'mdast';
import { isJsonObject, type JsonObject } from '../shared/json-object.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';
import { propertyFields, typeWords } from './openapi-components.js';

/** Deeper `$ref` chains than this are left as references. */
const MAX_REFS = 8;
/** The schema nodes references are resolved into, at most. */
const MAX_NODES = 20_000;
/** A schema longer than this is not parsed. */
const MAX_SCHEMA = 1_000_000;

/**
 * The fields a JSON Schema in a fence states, as a table (`Name | Type | Required | Default |
 * Description`), an array's items' marked so (`data.items`, how many arrays deep); `null` for a JSON Schema the table
 * cannot show (no properties: dropped, no sample either); undefined for a fence that is no JSON Schema.
 */
export function schemaTable(node: RootContent | undefined): Table | null | undefined {
  const value = schemaIn(node);
  if (!value || !node?.position) return undefined;
  const resolved = resolveRefs(value, value, 0);
  if (!isJsonObject(resolved)) return null;
  // An array's items, or its arrays' items (`object[][]`): the fields of the objects they hold.
  let shown: unknown = resolved;
  let depth = 0;
  for (; isJsonObject(shown) && shown.type === 'array' && depth <= MAX_REFS; depth++) shown = shown.items;
  if (!isJsonObject(shown)) return null;
  const fields = propertyFields(shown, undefined, 0);
  if (fields.length === 0) return null;
  const position = node.position;
  const rows = fields.map((field) =>
    textRow([field.name, field.type, field.required ? 'yes' : 'no', field.default, field.description], position),
  );
  const table = madeTable(['Name', 'Type', 'Required', 'Default', 'Description'], rows, position, ['Default', 'Description']);
  if (depth > 0) table.data = { ...table.data, items: depth };
  return markOrigin(table, 'JSON Schema');
}

/**
 * The type words of a JSON Schema in a fence that is an array of arrays of values, which no table
 * shows (`{"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}` → `integer[][]`);
 * undefined for any other fence.
 */
export function nestedArrayWords(node: RootContent | undefined): string | undefined {
  const value = schemaIn(node);
  if (!value || !isNestedArray(value, 0)) return undefined;
  const words = typeWords(value);
  return /^\w+(?:\[\])+$/.test(words) ? words : undefined;
}

/** The JSON Schema a fence holds; undefined for a fence that is no JSON Schema. */
function schemaIn(node: RootContent | undefined): JsonObject | undefined {
  if (node?.type !== 'code' || node.value.length > MAX_SCHEMA) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(node.value);
  } catch {
    return undefined;
  }
  return isJsonObject(value) && isSchema(value) ? value : undefined;
}

/**
 * A JSON Schema, not a sample: `$schema`, or an object type with its `properties` (every one a
 * schema), or an array type whose `items` is such an object or a `$ref`, or an array of arrays of a type.
 */
function isSchema(value: JsonObject): boolean {
  if (typeof value.$schema === 'string') return true;
  if (value.type === 'array') {
    const items = innermostItems(value);
    return (items !== undefined && (typeof items.$ref === 'string' || isObjectSchema(items))) || isNestedArray(value, 0);
  }
  return isObjectSchema(value);
}

/** The items of an array, or of its arrays of arrays (`{"type": "array", "items": {"type": "array", "items": {…}}}`): the first that is no array. */
function innermostItems(value: JsonObject): JsonObject | undefined {
  let items = value.items;
  for (let depth = 0; isJsonObject(items) && items.type === 'array' && depth <= MAX_REFS; depth++) items = items.items;
  return isJsonObject(items) && items.type !== 'array' ? items : undefined;
}

/** `{"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}`: arrays of arrays, down to a type of no properties. */
function isNestedArray(value: JsonObject, depth: number): boolean {
  const items = value.items;
  if (value.type !== 'array' || !isJsonObject(items) || items.type !== 'array' || depth > MAX_REFS) return false;
  const inner = items.items;
  if (!isJsonObject(inner)) return false;
  return isNestedArray(items, depth + 1) || (typeof inner.type === 'string' && inner.type !== 'array' && !('properties' in inner));
}

function isObjectSchema(value: JsonObject): boolean {
  if (value.type !== 'object' || !isJsonObject(value.properties)) return false;
  return Object.values(value.properties).every(
    (property) =>
      isJsonObject(property) && (typeof property.type === 'string' || '$ref' in property || 'anyOf' in property || 'oneOf' in property),
  );
}

/** The schema with its `#/definitions/…` (`#/$defs/…`) references replaced by what they name, MAX_REFS deep and MAX_NODES in all. */
export function resolveRefs(value: unknown, root: JsonObject, depth: number, budget = { left: MAX_NODES }): unknown {
  if (--budget.left < 0) return {};
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, root, depth, budget));
  if (!isJsonObject(value)) return value;
  const ref = typeof value.$ref === 'string' ? /^#\/(definitions|\$defs)\/([^/]+)$/.exec(value.$ref) : undefined;
  if (ref) {
    const group = root[ref[1]!];
    const target = isJsonObject(group) ? group[ref[2]!] : undefined;
    return depth < MAX_REFS && isJsonObject(target) ? resolveRefs(target, root, depth + 1, budget) : {};
  }
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value))
    if (key !== 'definitions' && key !== '$defs') out[key] = resolveRefs(member, root, depth, budget);
  return out;
}
