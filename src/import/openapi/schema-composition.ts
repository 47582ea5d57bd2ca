/**
 * `required` across a composition. A schema may require a property that another part of its
 * `allOf` defines:
 *
 *     CreateReplica:
 *       allOf: [{ $ref: '#/components/schemas/Replica' }]   # Replica defines name, size (optional)
 *       required: [name, size]                             # … and this makes them required
 *
 * The object that says `required` has no such property of its own, so the importer asks the
 * composition for it: the lookup here finds the property's schema in the `$ref` target and the
 * `allOf` parts of the schema (followed through further refs and `allOf`s), then in the
 * composition around it. Nothing is invented: a name no part defines is not found.
 */
import { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { isMap, type JsonMap, own, ownMap } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { refOf, resolveRef } from '../../openapi/refs.js';
import type { FoundProperty, ImportContext, PropertyLookup } from './context.js';

export type { PropertyLookup } from './context.js';

const COMPOSITIONS = ['allOf', 'oneOf', 'anyOf'] as const;

/**
 * The lookup for the properties of `value`'s composition: its own, its `$ref` target's and its
 * `allOf` parts', then `outer` (the composition `value` is itself a part of). It serves `value`'s
 * own object and its `allOf`, `oneOf` and `anyOf` parts (a `oneOf: [{required: [id]}, …]` variant
 * requires the `id` its container defines). Undefined when there is nowhere to look.
 */
export function compositionLookup(ctx: ImportContext, value: JsonMap, file: SpecFile, outer?: PropertyLookup): PropertyLookup | undefined {
  if (refOf(value) === undefined && !COMPOSITIONS.some((key) => Array.isArray(own(value, key)))) return outer;
  // Refs were resolved (and any failure reported) by the schema reader: resolve them again quietly.
  const quiet: ImportContext = { ...ctx, diagnostics: new DiagnosticBag() };
  return (name) => findProperty(quiet, value, file, name, new Set()) ?? outer?.(name);
}

function findProperty(ctx: ImportContext, value: unknown, file: SpecFile, name: string, seen: Set<unknown>): FoundProperty | undefined {
  if (!isMap(value) || seen.has(value)) return undefined;
  seen.add(value);
  const properties = ownMap(value, 'properties');
  if (properties && Object.hasOwn(properties, name)) return { value: properties[name], file };
  const ref = refOf(value);
  const target = ref === undefined ? undefined : resolveRef(ctx, ref, file, value);
  const viaRef = target && findProperty(ctx, target.value, target.file, name, seen);
  if (viaRef) return viaRef;
  const parts = own(value, 'allOf');
  if (!Array.isArray(parts)) return undefined;
  for (const part of parts) {
    const found = findProperty(ctx, part, file, name, seen);
    if (found) return found;
  }
  return undefined;
}
