/**
 * An unnamed request body whose table is a named entity of the same page → a ref to that entity.
 *
 * DocFX save pages document the body they accept as an anonymous table (`Request Body: entity`,
 * `Integer`/`String` words) and the entity they return as a named one (`Response body:
 * TicketMessageEntity`, `int32`/`date-time` words): the same type, documented twice.
 *
 * Rule: the inline object body is replaced by `ref E` when E is a named schema the SAME page
 * defines, and
 *   1. every request property name is a property of E,
 *   2. every shared property's types are compatible (`mergeSchemas`), and
 *   3. the request documents at least 2/3 of E's properties (a small body such as `{ Id }` is
 *      not swallowed by a large entity).
 * When several entities qualify, the one with the fewest extra properties wins (then by name).
 */
import type { NamedSchema, ObjectSchema, Operation, PageFragment } from '../ir/types.js';
import { mergeSchemas } from './schema-merge.js';

const MIN_COVERAGE = 2 / 3;

export function unifyRequestBodies(fragment: PageFragment): void {
  const entities = fragment.schemas.filter((s): s is NamedSchema & { schema: ObjectSchema } => s.schema.kind === 'object');
  if (entities.length === 0) return;
  for (const operation of fragment.operations) unifyOperation(operation, entities);
}

function unifyOperation(operation: Operation, entities: ReadonlyArray<NamedSchema & { schema: ObjectSchema }>): void {
  for (const content of operation.requestBody?.content ?? []) {
    const body = content.schema;
    if (body?.kind !== 'object') continue;
    const match = bestEntity(body, entities);
    if (!match) continue;
    content.schema = { kind: 'ref', name: match.name, ...(body.source ? { source: body.source } : {}) };
    if (body.source && !match.sources.some((s) => s.start.offset === body.source!.start.offset)) match.sources.push(body.source);
  }
}

function bestEntity(body: ObjectSchema, entities: ReadonlyArray<NamedSchema & { schema: ObjectSchema }>): NamedSchema | undefined {
  if (body.properties.length === 0) return undefined;
  const candidates = entities
    .filter((entity) => covers(entity.schema, body))
    .sort((a, b) => a.schema.properties.length - b.schema.properties.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return candidates[0];
}

function covers(entity: ObjectSchema, body: ObjectSchema): boolean {
  if (body.properties.length < MIN_COVERAGE * entity.properties.length) return false;
  return body.properties.every((property) => {
    const twin = entity.properties.find((p) => p.name === property.name);
    return twin !== undefined && mergeSchemas(twin.schema, property.schema).ok;
  });
}
