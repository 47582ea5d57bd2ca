/**
 * One const per named schema, `export const XxxSchema = …;`, in dependency order. Consts in a
 * reference cycle are declared with their types.ts type (`z.ZodType<Types.Xxx>`) so TypeScript
 * need not infer a type from itself, and refer to each other through `z.lazy` (schema-const.ts
 * writes them).
 */
import type { NamedSchema } from '../../ir/types.js';
import { jsDoc, schemaDocLines } from '../shared/comments.js';
import type { EmitNames } from '../shared/naming.js';
import { schemaConstName } from '../shared/naming.js';
import type { ZodContext } from './context.js';
import { orderSchemas } from './order.js';
import { renderZod } from './schema.js';
import type { SchemaConst, SchemaDeclaration } from './schema-const.js';

export interface NamedDeclarations {
  declarations: SchemaDeclaration[];
  /** Names in a reference cycle (their consts are annotated with the types of types.ts). */
  recursive: Set<string>;
}

export function declareNamedSchemas(schemas: NamedSchema[], names: EmitNames): NamedDeclarations {
  const named = new Map<string, NamedSchema>();
  for (const schema of schemas) if (!named.has(schema.name)) named.set(schema.name, schema);
  const schemaMap = new Map([...named].map(([name, entry]) => [name, entry.schema]));
  const { order, component, recursive } = orderSchemas(schemaMap, (name) => names.types.get(name) ?? name);
  const declarations: SchemaDeclaration[] = [];
  const claimed = new Set<string>();
  for (const name of order) {
    const entry = named.get(name) as NamedSchema;
    const typeName = names.types.get(name);
    if (typeName === undefined || claimed.has(typeName)) continue;
    claimed.add(typeName);
    const context = namedContext(names, named, recursive, (ref) => component.get(ref) === component.get(name));
    const declaration: SchemaConst = {
      kind: 'const',
      doc: jsDoc(schemaDocLines(entry.schema)),
      name: schemaConstName(typeName),
      text: renderZod(entry.schema, context),
    };
    if (recursive.has(name)) declaration.typeName = typeName;
    declarations.push(declaration);
  }
  return { declarations, recursive };
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
