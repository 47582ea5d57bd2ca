/**
 * One declaration per named schema: an interface for (non-nullable) objects, a type alias otherwise,
 * and for enums whose members have names (x-enum-varnames) a const object of those names.
 */
import type { EnumSchema, NamedSchema } from '../../ir/types.js';
import { jsDoc, schemaDocLines, withDoc } from '../shared/comments.js';
import { numberLiteral, quoteString } from '../shared/literal.js';
import { objectLiteralKey } from '../shared/naming.js';
import { block } from '../shared/source-file.js';
import type { TypeContext } from './context.js';
import { renderObjectMembers } from './kinds/object.js';

/** The declarations of one named schema (type or interface, then the enum names object if any). */
export function declareNamedSchema(named: NamedSchema, typeName: string, context: TypeContext): string[] {
  const { schema } = named;
  const lines = schemaDocLines(schema);
  if (named.origin === 'undocumented') lines.push('Named by the docs but never defined: any object.');
  const doc = jsDoc(lines);
  const declarations: string[] = [];
  if (schema.kind === 'object' && !schema.nullable) {
    const members = renderObjectMembers(schema, context);
    const body = members.length > 0 ? block(members, ';') : '{}';
    if (members.length === 0 && schema.additionalProperties !== false) {
      declarations.push(withDoc(doc, `export type ${typeName} = Record<string, unknown>;`));
    } else if (members.length === 0) {
      declarations.push(withDoc(doc, `export type ${typeName} = Record<string, never>;`));
    } else {
      declarations.push(withDoc(doc, `export interface ${typeName} ${body}`));
    }
  } else {
    declarations.push(withDoc(doc, `export type ${typeName} = ${context.render(schema)};`));
  }
  if (schema.kind === 'enum') {
    const names = declareEnumNames(schema, typeName);
    if (names) declarations.push(names);
  }
  return declarations;
}

/**
 * `export const TicketStatus = { Open: 0, Closed: 1 } as const;` beside the type of the same name,
 * so `TicketStatus.Open` works like a TS enum member while the type stays a plain literal union.
 */
function declareEnumNames(schema: EnumSchema, typeName: string): string | undefined {
  const seen = new Set<string>();
  const members: string[] = [];
  for (const member of schema.values) {
    if (member.name === undefined || member.name === '' || seen.has(member.name)) continue;
    seen.add(member.name);
    const value = typeof member.value === 'string' ? quoteString(member.value) : numberLiteral(member.value);
    const doc = jsDoc(member.description ? [member.description] : []);
    members.push(withDoc(doc, `${objectLiteralKey(member.name)}: ${value}`));
  }
  if (members.length === 0) return undefined;
  return `export const ${typeName} = ${block(members, ',')} as const;`;
}
