/**
 * TypeScript's utility types of an object (`Partial<T>`, `Required<T>`, `Readonly<T>`,
 * `Pick<T, 'a' | 'b'>`, `Omit<T, 'c'>`) made the object they mean: one place for the reader of a
 * page's declarations (T declared on the page: readers/markdown/ts-types.ts) and for the merge
 * (T declared on another page: merge/derived-types.ts), so both make the same object.
 */
import type { DerivedType, Property, Schema } from './types.js';

/** The members of an object a schema states. */
interface Members {
  properties: Property[];
  additionalProperties?: Schema | false;
}

/**
 * The object a schema states: itself, the named type a ref names (`resolve`), an intersection of
 * such objects (`extends`) merged; else undefined. `seen`: the names on the way (a cycle states none).
 */
export function objectOf(
  schema: Schema,
  resolve: (name: string) => Schema | undefined,
  seen: ReadonlySet<string> = new Set(),
): Members | undefined {
  if (schema.kind === 'object') return schema;
  if (schema.kind === 'ref') {
    if (seen.has(schema.name)) return undefined;
    const named = resolve(schema.name);
    return named && objectOf(named, resolve, new Set([...seen, schema.name]));
  }
  if (schema.kind !== 'intersection') return undefined;
  const properties: Property[] = [];
  for (const part of schema.parts) {
    const object = objectOf(part, resolve, seen);
    // An index signature of a base: what the merged object's other keys are is no one part's to say.
    if (!object || object.additionalProperties !== undefined) return undefined;
    for (const property of object.properties) {
      // A member the interface declares again (`extends`) is the interface's, at the base's place.
      const at = properties.findIndex((one) => one.name === property.name);
      if (at < 0) properties.push(property);
      else properties[at] = property;
    }
  }
  return { properties };
}

/**
 * The object `utility` makes of `object` (copied: `object` is unchanged): its members, every one
 * optional, required or read-only, or those the keys name (Pick: each a member) or do not (Omit).
 * A string instead says why it states none (`target`: T as written, for the words).
 */
export function derivedObject(
  object: Members,
  utility: DerivedType['utility'],
  keys: readonly string[] | undefined,
  target: string,
): Schema | string {
  let properties = object.properties.map((property) => structuredClone(property));
  if (utility === 'Pick' || utility === 'Omit') {
    // Which keys the result keeps of an index signature's is not said.
    if (object.additionalProperties !== undefined) return 'of a type with an index signature';
    const named = keys ?? [];
    if (utility === 'Pick' && named.some((key) => !properties.some((property) => property.name === key)))
      return `a key \`${target}\` has no member of`;
    properties = properties.filter((property) => named.includes(property.name) === (utility === 'Pick'));
  }
  for (const property of properties) {
    if (utility === 'Partial') property.required = false;
    else if (utility === 'Required') property.required = true;
    else if (utility === 'Readonly') property.schema.readOnly = true;
    delete property.restated;
  }
  const made: Schema = { kind: 'object', properties };
  if (object.additionalProperties !== undefined) made.additionalProperties = structuredClone(object.additionalProperties);
  return made;
}

/** The name a page's schemas hold for a derived type until the merge makes it (`specdown:Pick<Lamp, "id" | "name">`): one per meaning, on every page alike. */
export function derivedKey(derived: Pick<DerivedType, 'utility' | 'of' | 'keys'>): string {
  const keys = derived.keys ? `, ${derived.keys.map((key) => JSON.stringify(key)).join(' | ')}` : '';
  return `specdown:${derived.utility}<${derived.of}${keys}>`;
}
