/**
 * What sample inference read of the documented rows' kinds (`int32` is an integer, `string` a
 * string): recorded by a full merge, kept by the cache, so that a later run in which one row's kind
 * changed (`int32` → `double`) can tell whether the merge would read it otherwise
 * (run/cache/patch-kinds.ts). Beyond the row's own node, sample inference reads a kind
 *
 * - when a sample's value is walked down to the row (sample-walk.ts): a value of a JSON type the
 *   kind does not accept is a `sample-type-mismatch`, whose message names the kind;
 * - when a shape is matched with a documented entity (documented-match.ts `fits`): the entity fits
 *   only where each key's values are of JSON types its property's kind accepts;
 * - by property name, through the property hints (property-hints.ts): `FormatReads.hints`.
 *
 * The first two are recorded per schema node as the JSON types of the values compared with it; the
 * kind of a row whose values are all of types both its old and its new kind accept reads the same
 * to them. Kept by the row's entity and name (`Entity\0Property`, top-level properties of named
 * schemas: what sample inference walks into), which no edit of text above or below moves.
 */
import type { ApiDocument, JsonValue, Schema } from '../ir/types.js';

/** JSON types as bits: what values a row's kind was compared with. */
const BOOLEAN = 1;
const INTEGER = 2;
const NUMBER = 4;
const STRING = 8;
const ARRAY = 16;
const OBJECT = 32;

/** The JSON types of the values compared with each schema node's kind, as bits. */
export type KindReads = Map<Schema, number>;

/** Records that `schema`'s kind was compared with values of the JSON types `types` (bits). */
export function recordKindRead(reads: KindReads | undefined, schema: Schema, types: number): void {
  if (reads) reads.set(schema, (reads.get(schema) ?? 0) | types);
}

/** The JSON type of a sample value, as a bit (null: none, it fits any kind). */
export function valueType(value: JsonValue): number {
  if (value === null) return 0;
  if (Array.isArray(value)) return ARRAY;
  if (typeof value === 'object') return OBJECT;
  if (typeof value === 'number') return Number.isInteger(value) ? INTEGER : NUMBER;
  return typeof value === 'string' ? STRING : BOOLEAN;
}

/** The bits of JSON type names (`fits`' kinds). */
export function typeBits(kinds: readonly string[]): number {
  let bits = 0;
  for (const kind of kinds) bits |= TYPE_BITS[kind] ?? 0;
  return bits;
}

const TYPE_BITS: Readonly<Record<string, number>> = {
  boolean: BOOLEAN,
  integer: INTEGER,
  number: NUMBER,
  string: STRING,
  array: ARRAY,
  object: OBJECT,
};

/** The JSON types a scalar kind accepts, as bits (0: not a scalar kind). */
export function acceptedTypes(kind: string): number {
  switch (kind) {
    case 'string':
      return STRING;
    case 'integer':
      return INTEGER;
    case 'number':
      return INTEGER | NUMBER;
    case 'boolean':
      return BOOLEAN;
    default:
      return 0;
  }
}

/**
 * The reads of `reads` at top-level properties of the document's named objects, by
 * `Entity\0Property`: the form the cache keeps (a node elsewhere is no row a kind patch places).
 */
export function storedKindReads(reads: KindReads, document: ApiDocument): Record<string, number> {
  const out: Record<string, number> = {};
  if (reads.size === 0) return out;
  for (const { name, schema } of document.schemas) {
    if (schema.kind !== 'object') continue;
    for (const property of schema.properties) {
      const types = reads.get(property.schema);
      if (types === undefined) continue;
      const key = kindReadKey(name, property.name);
      out[key] = (out[key] ?? 0) | types;
    }
  }
  return out;
}

export function kindReadKey(entity: string, property: string): string {
  return `${entity}\0${property}`;
}
