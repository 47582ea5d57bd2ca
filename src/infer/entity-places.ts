/**
 * The places inside documented entities that samples reach only once inference made them refs.
 *
 * A list under "The `book` object has the following fields:" defines `Book`, its rows untyped; a
 * request's `books` row is untyped too, and its sample `[{"title": "Moss", "pages": 120}]` is
 * inferred as `Book[]` (documented-match.ts). The walk (sample-walk.ts) went down the documented
 * schemas before that ref existed, so `Book`'s rows never saw the values. A second walk, through
 * the refs the first fill made, gives them the values; its slots are kept only where they are
 * places of a documented entity the first fill left open (`openEntityNodes`), never a node the
 * first fill made (those carry `inferred`): what was filled stays as it was.
 */
import { childSchemas } from '../ir/schema-children.js';
import type { NamedSchema, Schema } from '../ir/types.js';

/** Whether any of the schemas (to MAX_DEPTH levels) refers to one of the named entities. */
export function refersToEntities(schemas: readonly Schema[], names: ReadonlySet<string>, maxDepth: number): boolean {
  const stack = schemas.map((schema) => ({ schema, depth: 0 }));
  while (stack.length > 0) {
    const { schema, depth } = stack.pop()!;
    if (schema.kind === 'ref' && names.has(schema.name)) return true;
    if (depth < maxDepth) for (const child of childSchemas(schema)) stack.push({ schema: child, depth: depth + 1 });
  }
  return false;
}

/**
 * The nodes of documented (or imported) named schemas that no fill made, and the undocumented
 * named schemas still so: where a second walk's observations may fill.
 */
export function openEntityNodes(schemas: readonly NamedSchema[], maxDepth: number): Set<object> {
  const nodes = new Set<object>();
  const stack: Array<{ schema: Schema; depth: number }> = [];
  for (const named of schemas) {
    if (named.origin === 'undocumented') nodes.add(named);
    else if (named.origin === 'documented' || named.origin === 'imported') stack.push({ schema: named.schema, depth: 0 });
  }
  while (stack.length > 0) {
    const { schema, depth } = stack.pop()!;
    if (schema.inferred || nodes.has(schema)) continue;
    nodes.add(schema);
    if (depth < maxDepth) for (const child of childSchemas(schema)) stack.push({ schema: child, depth: depth + 1 });
  }
  return nodes;
}
