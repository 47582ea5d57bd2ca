/**
 * A type named with its first letter in the other case than the page that defines it: Discord's
 * `### emoji object` defines `emoji`, and "Returns a list of [emoji](#emoji-object) objects" names
 * `Emoji`; `### Emoji Object` defines `Emoji`, and a field's `[emoji](#emoji-object) object` cell
 * names `emoji`. Where no page defines the name as written and exactly one defined type differs
 * from it only so, the name is that type's. Names that differ otherwise stay apart (and undocumented).
 */
import { childSchemas } from '../ir/schema-children.js';
import type { NamedSchema, Operation, Schema } from '../ir/types.js';

type RefSchema = Extract<Schema, { kind: 'ref' }>;

export function bindRefsByFirstLetterCase(operations: readonly Operation[], schemas: readonly NamedSchema[]): void {
  const defined = new Set(schemas.map((s) => s.name));
  const byFolded = new Map<string, string[]>();
  for (const name of defined) {
    const folded = foldFirst(name);
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), name]);
  }
  const dangling: RefSchema[] = [];
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    if (schema.kind === 'ref') {
      if (!defined.has(schema.name)) dangling.push(schema);
      return;
    }
    for (const child of childSchemas(schema)) visit(child);
  };
  for (const named of schemas) visit(named.schema);
  for (const operation of operations) {
    for (const parameter of operation.parameters) visit(parameter.schema);
    for (const content of operation.requestBody?.content ?? []) visit(content.schema);
    for (const response of operation.responses) {
      for (const content of response.content) visit(content.schema);
      for (const header of response.headers) visit(header.schema);
    }
  }
  for (const ref of dangling) {
    const candidates = byFolded.get(foldFirst(ref.name));
    if (candidates?.length === 1) ref.name = candidates[0]!;
  }
}

/** `Emoji` and `emoji` → `emoji`; the rest of the name as written. */
function foldFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
