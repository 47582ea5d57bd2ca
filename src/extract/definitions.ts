/**
 * `type-definition` and `enum-definition` sections → named schemas of the page.
 *
 *     ### NewMessagePost            ← data.section 'type-definition', data.name: the type name
 *     | Name | Type | Description | Additional information |
 *
 *     ### ENUM attachment_status    ← data.section 'enum-definition', data.name: the enum name
 *     | Value | Name | Description |
 *     | 0     | UNKNOWN | UNKNOWN |
 *
 * The table's first column is the key the docs list members by, and we take it as the wire value:
 * `Value | Name` (DTO tables) gives an integer enum whose names become member names
 * (x-enum-varnames); `Name | Value` (ASP.NET Help Pages, whose JSON samples show the names) gives
 * a string enum of the names, the numbers kept as `x-enum-values`. Values that are not all
 * integers are strings.
 */
import type { Table } from 'mdast';
import { columnRoles } from '../document/column-roles.js';
import type { EnumMember, EnumSchema, NamedSchema, Schema } from '../ir/types.js';
import { cellChildren, cellText, readTable } from './columns.js';
import { type ExtractContext, sourceIn } from './context.js';
import { objectFromTable } from './properties.js';
import type { Section } from './sections.js';
import { inlineSource } from './text.js';
import { schemaFromTypeText } from './type-text.js';

export function readDefinitions(sections: readonly Section[], context: ExtractContext): NamedSchema[] {
  const named: NamedSchema[] = [];
  for (const section of sections) {
    if (section.kind !== 'type-definition' && section.kind !== 'enum-definition') continue;
    const table = section.nodes.find((node): node is Table => node.type === 'table');
    const name = section.name?.trim();
    if (!name) {
      context.diagnostics.report(
        'malformed-table',
        sourceIn(context, section.heading ?? table),
        `a ${section.kind} section without a type name; skipped`,
        { severity: 'warning' },
      );
      continue;
    }
    const where = sourceIn(context, table ?? section.heading);
    // A declaration the reader read whole (a TypeScript interface): its schema, as it is.
    const declared = section.kind === 'type-definition' ? section.heading?.data?.schema : undefined;
    const schema = declared
      ? structuredClone(declared)
      : section.kind === 'enum-definition'
        ? table
          ? enumFromTable(table, context)
          : { kind: 'enum' as const, base: 'string' as const, values: [] }
        : table
          ? (anonymousType(table, context) ?? objectFromTable(table, context))
          : { kind: 'object' as const, properties: [] };
    const relationships = section.kind === 'type-definition' ? section.heading?.data?.relationships : undefined;
    named.push({
      name,
      schema,
      origin: 'documented',
      sources: [where],
      ...(relationships ? { relationships: structuredClone(relationships) } : {}),
    });
  }
  return named;
}

/**
 * A table whose one row is named `*anonymous*` (Widdershins: a schema that is no object, such as
 * an array of Pet) states the type itself.
 */
function anonymousType(table: Table, context: ExtractContext): Schema | undefined {
  const { rows } = readTable(table, context);
  const [only] = rows;
  if (rows.length !== 1 || !only) return undefined;
  const name = cellChildren(only, 'name');
  if (!(name.length === 1 && name[0]?.type === 'emphasis' && cellText(only, 'name') === 'anonymous')) return undefined;
  return schemaFromTypeText(cellText(only, 'type'), only.source, context.diagnostics, context.typeWords);
}

function enumFromTable(table: Table, context: ExtractContext): EnumSchema {
  const read = readTable(table, context);
  const keyColumn = columnRoles(table).find((role) => role === 'name' || role === 'value');
  const namesFirst = keyColumn !== 'value';
  const numbers = read.roles.has('value') && read.rows.length > 0 && read.rows.every((row) => /^-?\d+$/.test(cellText(row, 'value')));
  const members: EnumMember[] = [];
  const alternates: Array<number | string> = [];
  let nullable = false;
  for (const row of read.rows) {
    const name = cellText(row, 'name');
    const valueText = cellText(row, 'value');
    const key = namesFirst ? name || valueText : valueText || name;
    if (!key) continue;
    // `| null | Default value. |` among names (Microsoft Graph's values tables): the value may be null, no member "null".
    if (key === 'null' && namesFirst) {
      nullable = true;
      continue;
    }
    const member: EnumMember = { value: !namesFirst && numbers ? Number(key) : key };
    if (!namesFirst && name && name !== key) member.name = name;
    if (namesFirst && valueText) alternates.push(numbers ? Number(valueText) : valueText);
    const description = inlineSource(cellChildren(row, 'description'), context);
    if (description && description !== name) member.description = description;
    members.push(member);
  }
  const schema: EnumSchema = { kind: 'enum', base: !namesFirst && numbers ? 'integer' : 'string', values: members, source: read.source };
  if (namesFirst && alternates.length === members.length && alternates.length > 0) schema.extensions = { 'x-enum-values': alternates };
  if (nullable) schema.nullable = true;
  return schema;
}
