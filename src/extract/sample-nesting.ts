/**
 * A flat field table whose names the body's sample nests (OpenSearch's `Response body fields`):
 *
 *     Field | Description              {"result": "deleted",
 *     result | The outcome.              "_copies": {"total": 2, "failed": 0}}
 *     _copies | Copy counts.
 *     total | Copies tried.            → `total`, `failed` are `_copies`' fields, not the body's
 *     failed | Copies that failed.
 *
 * A table row whose name is not a key of the sample's top level, but is found at exactly one nested
 * place, under objects whose keys the table lists as rows of the same body, describes that nested
 * field: it moves there (into the object row, which gains properties). A name found nowhere stays
 * where the table has it; a name found at several nested places, or at one under a key the table does
 * not list, stays too: the sample does not say which it is. Request and response bodies alike; the
 * first JSON object sample of each content decides. Walks are capped (MAX_KEYS keys, MAX_DEPTH levels).
 */
import type { Content, JsonValue, ObjectSchema, Operation, Property } from '../ir/types.js';

const MAX_DEPTH = 8;
const MAX_KEYS = 5000;

type JsonObject = { [key: string]: JsonValue };

export function nestBySamples(operation: Operation): void {
  for (const content of operation.requestBody?.content ?? []) nestContent(content);
  for (const response of operation.responses) for (const content of response.content) nestContent(content);
}

function nestContent(content: Content): void {
  const schema = content.schema;
  if (schema?.kind !== 'object' || schema.properties.length < 2) return;
  const sample = content.examples.map((example) => example.value).find(isObject);
  if (!sample) return;
  const places = nestedPlaces(sample);
  const rows = new Set(schema.properties.map((p) => p.name));
  const moves: Array<{ property: Property; path: readonly string[] }> = [];
  for (const property of schema.properties) {
    if (Object.hasOwn(sample, property.name)) continue;
    const found = places.get(property.name);
    if (found?.length !== 1) continue;
    const path = found[0]!;
    // Each object on the way is a row of the table (the first) or a field moved under it before.
    if (!rows.has(path[0]!)) continue;
    moves.push({ property, path });
  }
  if (moves.length === 0) return;
  const moved = new Set<Property>();
  for (const { property, path } of moves) {
    const holder = holderAt(schema, path);
    if (!holder || holder.properties.some((p) => p.name === property.name)) continue;
    holder.properties.push(property);
    moved.add(property);
  }
  schema.properties = schema.properties.filter((p) => !moved.has(p));
}

/** Every key below the top level of `sample`, with the object paths it is found at. */
function nestedPlaces(sample: JsonObject): Map<string, string[][]> {
  const places = new Map<string, string[][]>();
  let seen = 0;
  const walk = (value: JsonObject, path: string[]): void => {
    for (const key of Object.keys(value)) {
      if (++seen > MAX_KEYS) return;
      if (path.length > 0) {
        const list = places.get(key) ?? places.set(key, []).get(key)!;
        list.push(path);
      }
      const child = value[key];
      if (isObject(child) && path.length < MAX_DEPTH) walk(child, [...path, key]);
    }
  };
  walk(sample, []);
  return places;
}

/** The object schema at `path` under `root`, made an object with properties where the row says only `object`. */
function holderAt(root: ObjectSchema, path: readonly string[]): ObjectSchema | undefined {
  let holder: ObjectSchema = root;
  for (const key of path) {
    const property = holder.properties.find((p) => p.name === key);
    if (!property) return undefined;
    const schema = property.schema;
    if (schema.kind === 'object') holder = schema;
    else if ((schema.kind === 'map' && schema.values.kind === 'unknown') || schema.kind === 'unknown') {
      const object: ObjectSchema = { kind: 'object', properties: [], ...(schema.source ? { source: schema.source } : {}) };
      if (schema.description) object.description = schema.description;
      property.schema = object;
      holder = object;
    } else return undefined;
  }
  return holder;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
