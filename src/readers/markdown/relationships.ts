/**
 * A type page's navigation properties (Microsoft Graph's resource pages): the `Relationships`
 * table under the page's title lists them as the `Properties` table lists the rest, a row each.
 *
 *     # shelf resource type
 *     ## Properties                                    → type-definition `Shelf`
 *     | Property | Type | Description |
 *     | id | String | The shelf's id. Read-only. |
 *     ## Relationships
 *     | Relationship | Type | Description |            → rows of Shelf's table:
 *     | keeper | [librarian](librarian.md) | … Read-only. |   `keeper`: Librarian (read-only)
 *     | books | [book](book.md) collection | … |             `books`: an array of Book
 *
 * Each row is made a row of the type's own table, its name, type and description in that table's
 * columns (its other columns left empty), so that the properties read as the rest do: the type
 * cell's link is the linked page's type (linked-type-cells.ts), `collection` an array of it, a
 * "Read-only." sentence the property's flag (extract/properties.ts). Only a table whose first
 * column is headed `Relationship` and which has a type column, under a heading `Relationships`
 * below the title; the heading and its table stay prose. A table whose type cells state JSON:API's
 * cardinalities (`to-one`, `to-many`) lists a resource document's relationships, no properties of
 * the type: it adds nothing to the table, and `markResourceRelationships` states them.
 *
 *     # Lamps                                          → type-definition `Lamps`
 *     ## Attributes  | name | string | … |
 *     ## Relationships
 *     | Name | Type | Description |                    → Lamps' relationships:
 *     | shelf | to-one | … |                              shelf: one
 *     | bulbs | Array of Bulb | … |                       bulbs: many
 */
import type { Heading, RootContent, Table, TableCell, TableRow } from 'mdast';
import { type ColumnRole, columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import type { ResourceRelationship } from '../../ir/types.js';

const RELATIONSHIPS_TITLE = /^relationships$/i;
const RELATIONSHIP_COLUMN = /^relationships?$/i;
/** A JSON:API relationship's cardinality in a type cell: `to-one`, `to-many`, `has many`; after the related type too, `bulbs (to-many)`. */
const STATED_CARDINALITY = /^(?:[\w-]+[ \t]?)?\((?:to|has)[- ](one|many)\)$|^(?:to|has)[- ](one|many)$/i;
/** A to-many relationship's type cell naming the related type: `Array of Bulb`, `list of bulbs`, `Bulb[]`. */
const MANY_OF = /^(?:(?:array|list)[ \t]+of[ \t]+[A-Za-z][\w-]*|[A-Za-z][\w-]*\[\])$/i;
/** A to-one relationship's type cell naming the related type, capitalised (`Lamp`), no type word of JSON. */
const ONE_OF = /^[A-Z][A-Za-z0-9]*$/;
const TYPE_WORDS =
  /^(?:string|integer|int|number|float|double|boolean|bool|object|array|list|map|hash|null|date|datetime|timestamp|uuid|any|json)$/i;
/** A relationship's name as JSON:API's member names are written: `shelf`, `garden-beds`, `owner_id`. */
const MEMBER_NAME = /^[A-Za-z_][\w-]*$/;

/** Adds the rows of the `Relationships` table below the title at `title` to the type's `table`. */
export function joinRelationships(
  nodes: readonly RootContent[],
  title: number,
  table: Table,
  columnNames: Readonly<Record<string, string>> | undefined,
): void {
  const depth = (nodes[title] as Heading).depth;
  const target = columnRoles(table, columnNames);
  const name = target.indexOf('name');
  if (name < 0) return;
  for (let at = title + 1; at < nodes.length; at++) {
    const node = nodes[at]!;
    if (node.type !== 'heading') continue;
    if (node.depth <= depth) return;
    const listed = RELATIONSHIPS_TITLE.test(plainText(node).trim()) ? tableUnder(nodes, at) : undefined;
    if (listed) table.children.push(...rowsOf(listed, target, columnNames));
  }
}

/** The table right under the heading at `index`, before any other block but prose. */
function tableUnder(nodes: readonly RootContent[], index: number): Table | undefined {
  for (const node of nodes.slice(index + 1)) {
    if (node.type === 'table') return node;
    if (node.type !== 'paragraph') return undefined;
  }
  return undefined;
}

/** The relationships' rows, their cells placed in the type's table's columns (`target`, by role). */
function rowsOf(
  listed: Table,
  target: ReadonlyArray<ColumnRole | undefined>,
  columnNames: Readonly<Record<string, string>> | undefined,
): TableRow[] {
  const [header, ...rows] = listed.children;
  if (!header || !RELATIONSHIP_COLUMN.test(plainText(header.children[0] ?? { type: 'text', value: '' }).trim())) return [];
  const roles = columnRoles(listed, columnNames);
  if (!roles.includes('type')) return [];
  // JSON:API's relationships (`| author | to-one | … |`): links of the resource document, no properties of its attributes' type.
  const type = roles.indexOf('type');
  if (rows.some((row) => STATED_CARDINALITY.test(plainText(row.children[type] ?? { type: 'text', value: '' }).trim()))) return [];
  // The first column the relationship's name, whatever its header reads as; the others by role.
  const source = (role: ColumnRole | undefined): number => (role === 'name' ? 0 : role ? roles.indexOf(role) : -1);
  return rows.map((row) => ({
    ...row,
    children: target.map((role): TableCell => {
      const cell = row.children[source(role)];
      return cell ?? { type: 'tableCell', children: [] };
    }),
  }));
}

/**
 * Marks each type's JSON:API relationships (a `Relationships` heading's table of cardinalities,
 * below the type's heading or beside it under the page's title) on the type's heading, a row each
 * whose type cell states to-one or to-many: `to-one`, `has one`, `Lamp`, `Lamp (to-one)` one;
 * `to-many`, `Array of Bulb`, `Bulb[]`, `bulbs (to-many)` many. Other rows state nothing. A table
 * headed `Relationship` of no cardinality is Graph's (`joinRelationships`).
 */
export function markResourceRelationships(nodes: readonly RootContent[], columnNames: Readonly<Record<string, string>> | undefined): void {
  let owner: Heading | undefined;
  // The shallowest heading since the owner's: a heading above the owner's level ends its reach.
  let floor = Number.POSITIVE_INFINITY;
  nodes.forEach((node, at) => {
    if (node.type !== 'heading') return;
    const section = node.data?.section;
    if (section === 'type-definition') {
      owner = node;
      floor = Number.POSITIVE_INFINITY;
      return;
    }
    if (section && section !== 'aside') owner = undefined;
    const reaches = owner !== undefined && owner.depth <= node.depth && floor >= node.depth;
    floor = Math.min(floor, node.depth);
    if (!reaches || !RELATIONSHIPS_TITLE.test(plainText(node).trim())) return;
    const listed = tableUnder(nodes, at);
    const stated = listed && statedRelationships(listed, columnNames);
    if (stated && stated.length > 0) owner!.data = { ...owner!.data, relationships: stated };
  });
}

/** The rows of a JSON:API relationships table that state their cardinality, in table order. */
function statedRelationships(listed: Table, columnNames: Readonly<Record<string, string>> | undefined): ResourceRelationship[] {
  const [header, ...rows] = listed.children;
  const roles = columnRoles(listed, columnNames);
  const type = roles.indexOf('type');
  if (!header || type <= 0) return [];
  const cell = (row: TableRow, at: number) =>
    plainText(row.children[at] ?? { type: 'text', value: '' })
      .replace(/\s+/g, ' ')
      .trim();
  const stated = rows.some((row) => STATED_CARDINALITY.test(cell(row, type)));
  // Graph's navigation properties (`| Relationship | Type |` of linked types) are the type's properties, no JSON:API's.
  if (!stated && RELATIONSHIP_COLUMN.test(cell(header, 0))) return [];
  const description = roles.indexOf('description');
  const out: ResourceRelationship[] = [];
  for (const row of rows) {
    const name = cell(row, 0);
    const many = cardinality(cell(row, type));
    if (!MEMBER_NAME.test(name) || many === undefined || out.some((known) => known.name === name)) continue;
    const words = description > 0 ? cell(row, description) : '';
    out.push({ name, many, ...(words ? { description: words } : {}) });
  }
  return out;
}

/** Whether a type cell states a to-many relationship (true), a to-one (false), or neither. */
function cardinality(text: string): boolean | undefined {
  const stated = STATED_CARDINALITY.exec(text);
  if (stated) return (stated[1] ?? stated[2])!.toLowerCase() === 'many';
  if (MANY_OF.test(text)) return true;
  return ONE_OF.test(text) && !TYPE_WORDS.test(text) ? false : undefined;
}
