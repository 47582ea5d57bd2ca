/**
 * Utility types of a type another page declares (`type LampPatch = Partial<Lamp>` on a "Types" page,
 * `Lamp` on the lamps' page), made where the pages meet. A page is read on its own (and cached by
 * its content), so where it uses `Partial<T>`, `Required<T>`, `Readonly<T>`, `Pick<T, 'a'>` or
 * `Omit<T, 'b'>` of a T it does not declare, its schemas hold a placeholder ref
 * (`specdown:Partial<Lamp>`, ir/derived.ts) and its fragment the use (`PageFragment.derived`).
 * Once every page's types are one set (unify-entities.ts), each placeholder is the object it means,
 * made as the reader makes it of a T on its own page: T's members, each as T states it (every one
 * optional, required or read-only; those the keys name or do not), T unchanged.
 *
 * A T no page states as an object (declared nowhere, or an enum), a Pick key T has no member of,
 * Pick or Omit of a T with an index signature, and a type made of itself (`Lamp { parts?:
 * Partial<Part> }` where `Part` has `lamp?: Partial<Lamp>`) state no schema: typed unknown and
 * reported at each use (`unsupported-declaration`), as the reader reports them on one page.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { derivedObject, objectOf } from '../ir/derived.js';
import { mapChildSchemas } from '../ir/schema-children.js';
import type { DerivedType, NamedSchema, Operation, PageFragment, Schema } from '../ir/types.js';

/** What a placeholder is made into: the object, or why none is stated. */
type Made = { schema: Schema } | { why: string };

/**
 * Each placeholder the pages' `derived` name, in `operations` and `schemas`, replaced by the object
 * it means (in place). The copies keep T's rows' positions: a run in which T's page only moved is
 * patched in them too (run/cache/patch-run.ts); one that changed a row of T is merged again.
 */
export function resolveDerivedTypes(
  pages: readonly PageFragment[],
  operations: readonly Operation[],
  schemas: readonly NamedSchema[],
  diagnostics: DiagnosticBag,
): void {
  const uses = pages.flatMap((page) => page.derived ?? []);
  if (uses.length === 0) return;
  const byKey = new Map(uses.map((use) => [use.key, use]));
  const byName = new Map(schemas.map((named) => [named.name, named]));
  const made = new Map<string, Made>();
  const making = new Set<string>();
  // A placeholder met again while it is being made: a type made of itself.
  const cyclic = new Set<string>();
  const stated = (name: string): Schema | undefined => {
    const named = byName.get(name);
    return named && named.origin !== 'undocumented' ? named.schema : undefined;
  };
  const make = (use: DerivedType): Made => {
    const done = made.get(use.key);
    if (done) return done;
    if (making.has(use.key)) {
      cyclic.add(use.key);
      return { why: 'a type used inside itself' };
    }
    making.add(use.key);
    // T's members may hold placeholders of their own (`Partial<Lamp>` of a Lamp whose `base` is a `Pick<Base, 'id'>`): made first.
    const resolve = (name: string): Schema | undefined => {
      const inner = byKey.get(name);
      if (!inner) return stated(name);
      const found = make(inner);
      return 'schema' in found ? found.schema : undefined;
    };
    const object = objectOf({ kind: 'ref', name: use.of }, resolve);
    let result: Made;
    if (!object) result = { why: `\`${use.of}\` is no object any page states` };
    else {
      const schema = derivedObject(object, use.utility, use.keys, use.of);
      result = typeof schema === 'string' ? { why: schema } : { schema: replaced(schema, byKey, make) };
    }
    making.delete(use.key);
    if (cyclic.has(use.key)) result = { why: 'a type used inside itself' };
    made.set(use.key, result);
    return result;
  };
  for (const use of uses) make(use);
  for (const named of schemas) named.schema = replaced(named.schema, byKey, make);
  for (const operation of operations) {
    for (const parameter of operation.parameters) parameter.schema = replaced(parameter.schema, byKey, make);
    for (const content of operation.requestBody?.content ?? []) if (content.schema) content.schema = replaced(content.schema, byKey, make);
    for (const response of operation.responses) {
      for (const content of response.content) if (content.schema) content.schema = replaced(content.schema, byKey, make);
      for (const header of response.headers) header.schema = replaced(header.schema, byKey, make);
    }
  }
  for (const use of uses) {
    const result = made.get(use.key)!;
    if ('why' in result && use.source)
      diagnostics.report('unsupported-declaration', use.source, `\`${use.text}\` (${result.why}) states no schema; typed unknown`);
  }
}

/** `schema` with each placeholder in it the object it stands for (a copy), its own keywords (`readonly`, `| null`, its words) kept; unknown where none is made. */
function replaced(schema: Schema, byKey: ReadonlyMap<string, DerivedType>, make: (use: DerivedType) => Made): Schema {
  if (schema.kind === 'ref') {
    const use = byKey.get(schema.name);
    if (!use) return schema;
    const { kind: _, name: __, ...own } = schema;
    const found = make(use);
    return 'schema' in found ? { ...structuredClone(found.schema), ...own } : { kind: 'unknown', ...own };
  }
  return mapChildSchemas(schema, (child) => replaced(child, byKey, make));
}
