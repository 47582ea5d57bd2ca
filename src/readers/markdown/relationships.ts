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
 * the type: it adds nothing.
 */
import type { Heading, RootContent, Table, TableCell, TableRow } from 'mdast';
import { type ColumnRole, columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

const RELATIONSHIPS_TITLE = /^relationships$/i;
const RELATIONSHIP_COLUMN = /^relationships?$/i;
/** A JSON:API relationship's cardinality in a type cell: `to-one`, `to-many`, `has many`. */
const CARDINALITY = /^(?:to|has)[- ](?:one|many)$/i;

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
  if (rows.some((row) => CARDINALITY.test(plainText(row.children[type] ?? { type: 'text', value: '' }).trim()))) return [];
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
