/**
 * Named schemas that are only a `$ref` to each other in a ring (`A: {$ref: B}`, `B: {$ref: A}`)
 * describe nothing and would make `type A = B; type B = A`. Each one in the ring is reported and
 * read as unknown. Rings through real content (a tree whose children are trees) are fine.
 */
import type { NamedSchema } from '../../ir/types.js';
import type { ImportContext } from './context.js';

export function checkAliasCycles(ctx: ImportContext, schemas: NamedSchema[]): void {
  const byName = new Map(schemas.map((schema) => [schema.name, schema]));
  const broken = new Set<string>();
  for (const start of schemas) {
    const seen: string[] = [];
    let current: NamedSchema | undefined = start;
    while (current && current.schema.kind === 'ref' && !seen.includes(current.name)) {
      seen.push(current.name);
      current = byName.get(current.schema.name);
    }
    if (current && seen.includes(current.name) && current.name === start.name) broken.add(start.name);
  }
  for (const name of [...broken].sort()) {
    const schema = byName.get(name)!;
    ctx.diagnostics.report('ref-cycle', schema.sources[0]!, `Schema "${name}" is only a $ref in a ring of $refs; it is read as unknown.`);
    schema.schema = { kind: 'unknown', ...(schema.schema.source ? { source: schema.schema.source } : {}) };
  }
}
