/**
 * One const per named schema, `export const XxxSchema = …;`, in dependency order. Consts in a
 * reference cycle are declared with their types.ts type (`z.ZodType<Types.Xxx>`) so TypeScript
 * need not infer a type from itself, and refer to each other through `z.lazy` (schema-const.ts
 * writes them).
 */
import type { NamedSchema } from '../../ir/types.js';
import type { Reuse } from '../reuse.js';
import { jsDoc, schemaDocLines } from '../shared/comments.js';
import type { EmitNames } from '../shared/naming.js';
import { schemaConstName } from '../shared/naming.js';
import type { Piece } from '../shared/piece-text.js';
import type { ZodContext } from './context.js';
import { orderSchemas } from './order.js';
import { renderZod } from './schema.js';
import { printSchemaDeclaration } from './schema-const.js';

/** The named schemas' consts, planned: how many there are is known before any is rendered. */
export interface NamedDeclarations {
  /** One per named schema declared, keyed `schema:<name>`, in dependency order. */
  consts: Array<{ key: string; entry: NamedSchema; typeName: string; context: ZodContext }>;
  /** Names in a reference cycle (their consts are declared with the types of types.ts). */
  recursive: Set<string>;
  /** Schema name → its reference cycle (strongly connected component). */
  component: Map<string, number>;
}

export function declareNamedSchemas(schemas: NamedSchema[], names: EmitNames): NamedDeclarations {
  const named = new Map<string, NamedSchema>();
  for (const schema of schemas) if (!named.has(schema.name)) named.set(schema.name, schema);
  const schemaMap = new Map([...named].map(([name, entry]) => [name, entry.schema]));
  const { order, component, recursive } = orderSchemas(schemaMap, (name) => names.types.get(name) ?? name);
  const consts: NamedDeclarations['consts'] = [];
  const claimed = new Set<string>();
  for (const name of order) {
    const entry = named.get(name) as NamedSchema;
    const typeName = names.types.get(name);
    if (typeName === undefined || claimed.has(typeName)) continue;
    claimed.add(typeName);
    const context = namedContext(names, named, recursive, (ref) => component.get(ref) === component.get(name));
    consts.push({ key: `schema:${name}`, entry, typeName, context });
  }
  return { consts, recursive, component };
}

/** The planned consts' pieces; `reused` gives the last run's text of those that can be taken as they are (emit/reuse.ts). */
export function namedSchemaPieces({ consts }: NamedDeclarations, functionForm: boolean, reused?: Reuse): Piece[] {
  return consts.map(({ key, entry, typeName, context }) => ({
    key,
    text: reused?.(key) ?? declareNamedSchema(entry, typeName, context, functionForm),
  }));
}

/** One named schema's const, in the context of its reference cycle, inline or in the function form (schema-const.ts). */
export function declareNamedSchema(entry: NamedSchema, typeName: string, context: ZodContext, functionForm: boolean): string {
  return printSchemaDeclaration(
    {
      kind: 'const',
      doc: jsDoc(schemaDocLines(entry.schema)),
      name: schemaConstName(typeName),
      text: renderZod(entry.schema, context),
      ...(context.isRecursive(entry.name) ? { typeName } : {}),
    },
    functionForm,
  );
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
