/**
 * One const per named schema, `export const XxxSchema = …;`, in dependency order. Consts in a
 * reference cycle are annotated `z.ZodType<Types.Xxx>` (types.ts) so TypeScript need not infer a
 * type from itself, and refer to each other through `z.lazy`.
 */
import type { NamedSchema } from '../../ir/types.js';
import type { Reuse } from '../reuse.js';
import { jsDoc, schemaDocLines, withDoc } from '../shared/comments.js';
import type { EmitNames } from '../shared/naming.js';
import { schemaConstName } from '../shared/naming.js';
import type { Piece } from '../shared/piece-text.js';
import type { ZodContext } from './context.js';
import { orderSchemas } from './order.js';
import { renderZod } from './schema.js';

export interface NamedDeclarations {
  /** One per named schema declared, keyed `schema:<name>`, in dependency order. */
  declarations: Piece[];
  /** Names in a reference cycle (their consts are annotated with the types of types.ts). */
  recursive: Set<string>;
  /** Schema name → its reference cycle (strongly connected component). */
  component: Map<string, number>;
}

/** `reuse`: given the reference cycles, which consts of the last run's schemas.ts can be taken as they are (emit/reuse.ts). */
export function declareNamedSchemas(
  schemas: NamedSchema[],
  names: EmitNames,
  reuse?: (cycles: { recursive: Set<string>; component: Map<string, number> }) => Reuse | undefined,
): NamedDeclarations {
  const named = new Map<string, NamedSchema>();
  for (const schema of schemas) if (!named.has(schema.name)) named.set(schema.name, schema);
  const schemaMap = new Map([...named].map(([name, entry]) => [name, entry.schema]));
  const { order, component, recursive } = orderSchemas(schemaMap, (name) => names.types.get(name) ?? name);
  const reused = reuse?.({ recursive, component });
  const declarations: Piece[] = [];
  const claimed = new Set<string>();
  for (const name of order) {
    const entry = named.get(name) as NamedSchema;
    const typeName = names.types.get(name);
    if (typeName === undefined || claimed.has(typeName)) continue;
    claimed.add(typeName);
    const key = `schema:${name}`;
    const context = namedContext(names, named, recursive, (ref) => component.get(ref) === component.get(name));
    declarations.push({ key, text: reused?.(key) ?? declareNamedSchema(entry, typeName, context) });
  }
  return { declarations, recursive, component };
}

/** One named schema's const, in the context of its reference cycle. */
export function declareNamedSchema(entry: NamedSchema, typeName: string, context: ZodContext): string {
  const annotation = context.isRecursive(entry.name) ? `: z.ZodType<Types.${typeName}>` : '';
  const doc = jsDoc(schemaDocLines(entry.schema));
  return withDoc(doc, `export const ${schemaConstName(typeName)}${annotation} = ${renderZod(entry.schema, context)};`);
}

/** A context whose refs are lazy when `isLazy` says so. */
export function namedContext(
  names: EmitNames,
  named: Map<string, NamedSchema>,
  recursive: Set<string>,
  isLazy: (name: string) => boolean,
): ZodContext {
  const context: ZodContext = {
    names,
    named,
    isLazy,
    isRecursive: (name) => recursive.has(name),
    render: (schema) => renderZod(schema, context),
  };
  return context;
}
