/**
 * The same named type documented on several pages → ONE named schema.
 *
 * Object definitions merge property by property: the union of properties (order of the first
 * definition, then new ones as they appear), and for a property documented on several pages the
 * more precise of compatible types (`Integer` + `int32`, `String` + `date-time`). When pages really
 * disagree (`TableRight` typed `RecurrenceInfo` on one page, `TableRight` on ten), the type most
 * pages give wins (ties: the first page by file name) and `entity-conflict` names both places.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { FormatReads } from '../infer/format-reads.js';
import { recordFold } from '../infer/required-folds.js';
import { compareText } from '../ir/order.js';
import { formatSource, type Source, uniqueSources } from '../ir/source.js';
import type { NamedSchema, ObjectSchema, Property, Schema } from '../ir/types.js';
import { mergeSchemas } from './schema-merge.js';

/** What the merge records of the rows it folds (infer/format-reads.ts). */
type Folds = Pick<FormatReads, 'families' | 'borrowed' | 'blended' | 'folds'>;

/**
 * `definitions` in file order; returns one schema per name, sorted by name. `reads` collects the
 * integer properties folded from several rows of one family, every property's rows with their
 * required flags, and the merged properties whose description is not their first row's
 * (infer/format-reads.ts).
 */
export function unifyEntities(definitions: readonly NamedSchema[], diagnostics: DiagnosticBag, reads?: Folds): NamedSchema[] {
  const byName = new Map<string, NamedSchema[]>();
  for (const definition of definitions) {
    const list = byName.get(definition.name) ?? [];
    list.push(definition);
    byName.set(definition.name, list);
  }
  const names = [...byName.keys()].sort(compareText);
  return names.map((name) => unifyOne(name, byName.get(name)!, diagnostics, reads));
}

function unifyOne(name: string, definitions: NamedSchema[], diagnostics: DiagnosticBag, reads?: Folds): NamedSchema {
  const sources = uniqueSources(definitions.flatMap((d) => d.sources));
  const [first, ...rest] = definitions;
  const origin = definitions.find((d) => d.origin === 'documented')?.origin ?? first!.origin;
  if (rest.length === 0) return { ...first!, sources };
  const objects = definitions.map((d) => d.schema).filter((s): s is ObjectSchema => s.kind === 'object');
  // A JSON:API resource's relationships: the first table's that states them.
  const related = definitions.find((d) => d.relationships)?.relationships;
  const relationships = related ? { relationships: related } : {};
  if (objects.length === definitions.length) {
    return { name, origin, sources, schema: unifyObjects(name, objects, diagnostics, reads), ...relationships };
  }
  reads?.blended.add(name);
  let schema = first!.schema;
  for (const other of rest) {
    const merged = mergeSchemas(schema, other.schema);
    if (merged.ok) schema = merged.schema;
    else
      reportConflict(
        diagnostics,
        `${name} is documented as ${describe(schema)} and as ${describe(other.schema)}; the first is kept`,
        first!.sources[0],
        other.sources[0],
      );
  }
  return { name, origin, sources, schema, ...relationships };
}

function unifyObjects(name: string, objects: ObjectSchema[], diagnostics: DiagnosticBag, reads?: Folds): ObjectSchema {
  const order: string[] = [];
  const rows = new Map<string, Property[]>();
  for (const object of objects) {
    for (const property of object.properties) {
      if (!rows.has(property.name)) {
        rows.set(property.name, []);
        order.push(property.name);
      }
      rows.get(property.name)!.push(property);
    }
  }
  const properties = order.map((propertyName) => unifyProperty(name, rows.get(propertyName)!, diagnostics, reads));
  const base = objects[0]!;
  const description = objects.find((o) => o.description)?.description;
  return { ...base, properties, ...(description ? { description } : {}) };
}

function unifyProperty(entity: string, versions: Property[], diagnostics: DiagnosticBag, reads?: Folds): Property {
  // Group the versions into compatible families; the largest family (first on ties) wins.
  const families: Array<{ schema: Schema; members: Property[] }> = [];
  for (const version of versions) {
    const family = families.find((f) => mergeSchemas(f.schema, version.schema).ok);
    if (family) {
      family.schema = (mergeSchemas(family.schema, version.schema) as { ok: true; schema: Schema }).schema;
      family.members.push(version);
    } else families.push({ schema: version.schema, members: [version] });
  }
  const winner = families.reduce((best, family) => (family.members.length > best.members.length ? family : best), families[0]!);
  for (const loser of families) {
    if (loser === winner) continue;
    const at = loser.members[0]!;
    reportConflict(
      diagnostics,
      `${entity}.${at.name} is typed ${describe(loser.schema)} here but ${describe(winner.schema)} at ${winner.members[0]!.source ? formatSource(winner.members[0]!.source) : 'another page'} (${winner.members.length} of ${versions.length} pages); ${describe(winner.schema)} is kept`,
      at.source,
      winner.members[0]!.source,
    );
  }
  if (reads && families.length === 1 && versions.length > 1 && winner.schema.kind === 'integer')
    recordFamily(entity, versions, reads.families);
  if (reads && versions.length > 1) recordFold(reads.folds, entity, versions, winner.members);
  const first = winner.members[0]!;
  const description = winner.members.find((m) => m.description)?.description;
  const property: Property = { ...first, schema: winner.schema, required: winner.members.some((m) => m.required) };
  if (description) property.description = description;
  if (reads && description && !first.description && first.source) reads.borrowed.push(first.source);
  return property;
}

/** An integer property whose rows all agree: its format is theirs folded (`foldIntegerFormats`), whatever else reads them. */
function recordFamily(entity: string, versions: readonly Property[], integers: Folds['families']): void {
  const rows: Folds['families'][number]['rows'] = [];
  for (const version of versions) {
    if (!version.source) return;
    rows.push({ source: version.source, format: 'format' in version.schema ? version.schema.format : undefined });
  }
  integers.push({ entity, property: versions[0]!.name, rows });
}

function reportConflict(diagnostics: DiagnosticBag, message: string, here: Source | undefined, there: Source | undefined): void {
  const source = here ?? there;
  if (!source) return;
  diagnostics.report('entity-conflict', source, message, there && there !== source ? { related: [there] } : {});
}

/** Short words for a schema in messages: `int32`, `ref TableRight`, `array of string`. */
function describe(schema: Schema): string {
  switch (schema.kind) {
    case 'ref':
      return schema.name;
    case 'array':
      return `array of ${describe(schema.items)}`;
    case 'map':
      return `map of ${describe(schema.values)}`;
    case 'integer':
    case 'number':
    case 'string':
      return schema.format ?? schema.kind;
    default:
      return schema.kind;
  }
}
