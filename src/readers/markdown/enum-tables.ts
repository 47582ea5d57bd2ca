/**
 * An enum a reference tabulates under its own heading, a name and a value a row, which a field's
 * row links to (Discord's layout):
 *
 *     | type | integer | the [type of shelf](#…/shelf-object-shelf-types) |   → type `ShelfType`
 *     ###### Shelf Types                                  → enum-definition `ShelfType`
 *     | Type | ID | Description |                        → | Value | Name | Description |
 *     | OPEN_SHELF | 0 | a shelf anyone may browse |       → | 0 | OPEN_SHELF | … |
 *
 * Only a table of two or three columns, a name column (`Type`, `Name`, `Key`, `Kind`, `Status`)
 * then a value column (`ID`, `Value`, `Code`) of integers, then a description, under a heading
 * that names a type (`Shelf Types`, `Shelf Status`, `Shelf Enum`, `ShelfKind`), and only where a
 * row typed `integer` links to the heading: a parameter table is never an enum. Flag tables
 * (`Shelf Flags`, values `1 << 2`) are bits of a bitfield, no enum of those numbers, and are left alone.
 */
import type { Heading, RootContent, Table, TableCell } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { links, slug } from './linked-tables.js';
import { headingText } from './signatures.js';

/** `Shelf Types` → `Shelf`, `Type`; `Shelf Status`; `Shelf Enum`; one type name (`ShelfKind`). */
const ENUM_TITLE =
  /^([A-Z][A-Za-z\d]*(?:\s+[A-Z][A-Za-z\d]*){0,3}?)\s+(Types?|Kinds?|Status(?:es)?|Enum)$|^([A-Z][a-z\d]+(?:[A-Z][a-z\d]*)+)$/;
const NAME_HEADER = /^(?:type|name|key|kind|status)$/;
const VALUE_HEADER = /^(?:id|value|code)$/;
const MEMBER = /^[A-Za-z_]\w*$/;
const INTEGER = /^-?\d+$/;

/** The rows typed `integer` of the page's tables: the anchors their links go to, and their type cells. */
export function integerRowLinks(nodes: readonly RootContent[]): Array<{ anchor: string; cell: TableCell }> {
  const found: Array<{ anchor: string; cell: TableCell }> = [];
  for (const table of nodes) {
    if (table.type !== 'table') continue;
    const type = table.children[0]?.children.findIndex((cell) => plainText(cell).trim().toLowerCase() === 'type') ?? -1;
    if (type < 0) continue;
    for (const row of table.children.slice(1)) {
      const cell = row.children[type];
      if (!cell || plainText(cell).trim() !== 'integer') continue;
      for (const url of row.children.flatMap((other) => links(other)))
        if (url.includes('#')) found.push({ anchor: url.slice(url.indexOf('#') + 1).toLowerCase(), cell });
    }
  }
  return found;
}

/**
 * The enum the heading at `index` defines, where a row typed `integer` of `rows` links to it:
 * its table is rewritten with the values first (`| Value | Name | … |`) and the rows' type cells
 * say the enum's name.
 */
export function tabulatedEnum(
  nodes: readonly RootContent[],
  index: number,
  rows: ReadonlyArray<{ anchor: string; cell: TableCell }>,
): string | undefined {
  const heading = nodes[index] as Heading;
  const title = headingText(heading).trim();
  const titled = ENUM_TITLE.exec(title);
  const table = nodes.slice(index + 1).find((node) => node.type !== 'html');
  if (!titled || table?.type !== 'table' || !isEnumTable(table)) return undefined;
  const own = slug(title);
  const linking = rows.filter(({ anchor }) => anchor === own || anchor.endsWith(`-${own}`) || anchor.endsWith(`/${own}`));
  if (linking.length === 0) return undefined;
  const name = titled[3] ?? `${titled[1]!.replace(/\s+/g, '')}${titled[2]!.replace(/(?<=Type|Kind)s$|(?<=Status)es$/, '')}`;
  valuesFirst(table);
  for (const { cell } of linking) cell.children = [{ type: 'text', value: name }];
  return name;
}

/** `| Type | ID | Description |` over names and integers. */
function isEnumTable(table: Table): boolean {
  const header = table.children[0]?.children.map((cell) => plainText(cell).trim().toLowerCase()) ?? [];
  if (header.length < 2 || header.length > 3 || !NAME_HEADER.test(header[0]!) || !VALUE_HEADER.test(header[1]!)) return false;
  if (header[2] !== undefined && header[2] !== 'description') return false;
  const rows = table.children.slice(1);
  return (
    rows.length > 0 &&
    rows.every((row) => MEMBER.test(plainText(row.children[0] ?? row).trim()) && INTEGER.test(plainText(row.children[1] ?? row).trim()))
  );
}

/** `| OPEN_SHELF | 0 | … |` → `| 0 | OPEN_SHELF | … |`, the header `| Value | Name | … |`. */
function valuesFirst(table: Table): void {
  table.children = table.children.map((row, index) => {
    const [name, value, ...rest] = row.children;
    if (!name || !value) return row;
    if (index > 0) return { ...row, children: [value, name, ...rest] };
    const header = (text: string, cell: TableCell): TableCell => ({ ...cell, children: [{ type: 'text', value: text }] });
    return { ...row, children: [header('Value', value), header('Name', name), ...rest] };
  });
}
