/**
 * An enum a reference tabulates under its own heading, a name and a value a row, which a field's
 * row links to (Discord's layout) or names as its type:
 *
 *     | type | integer | the [type of shelf](#…/shelf-object-shelf-types) |   → type `ShelfType`
 *     ###### Shelf Types                                  → enum-definition `ShelfType`
 *     | Type | ID | Description |                        → | Value | Name | Description |
 *     | OPEN_SHELF | 0 | a shelf anyone may browse |       → | 0 | OPEN_SHELF | … |
 *
 *     | status | ShelfStatus | … |                        (the type named)
 *     ### ShelfStatus                                     → enum-definition `ShelfStatus`
 *     | Value | Description |                             (the values alone)
 *
 * Only a table of a name column (`Type`, `Name`, `Key`, `Kind`, `Status`) then a value column
 * (`ID`, `Value`, `Code`), or of a value column alone, then a description, under a heading that
 * names a type (`Shelf Types`, `Shelf Status`, `Shelf Enum`, `ShelfKind`); and only where a row
 * names that type, or a row typed `integer` (`string`, for values that are no integers) links to
 * the heading: a parameter table is never an enum. Flag tables (`Shelf Flags`, values `1 << 2`)
 * are bits of a bitfield, no enum of those numbers, and are left alone.
 *
 * Microsoft Graph's resource pages write an enum as a property's values, which its type cell links to:
 *
 *     | ageGroup | [ageGroup](#agegroup-values) | … |    → | ageGroup | AgeGroup | … |
 *     ### ageGroup values                                 → enum-definition `AgeGroup`
 *     | Member | Description |                           → | Name | Description |
 *     | Minor  | The user is a minor. |
 *
 * a table of the members (`Member`, `Name` or `Value`), a `Value` column beside the members kept as
 * their numbers, and a description; only where a type cell links to the heading.
 */
import type { Heading, RootContent, Table, TableCell } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { typeNameOf } from './linked-returns.js';
import { links, slug } from './linked-tables.js';
import { headingText } from './signatures.js';

/** `Shelf Types` → `Shelf`, `Type`; `Shelf Status`; `Shelf Enum`; one type name (`ShelfKind`). */
const ENUM_TITLE =
  /^([A-Z][A-Za-z\d]*(?:\s+[A-Z][A-Za-z\d]*){0,3}?)\s+(Types?|Kinds?|Status(?:es)?|Enum)$|^([A-Z][a-z\d]+(?:[A-Z][a-z\d]*)+)$/;
/** `ageGroup values`, `` `status` values ``, `shelfKind enum values`: the values of the type the words name. */
const VALUES_TITLE = /^`?([A-Za-z_]\w*)`?\s+(?:enum\s+)?values$/i;
const NAME_HEADER = /^(?:type|name|key|kind|status)$/;
const VALUE_HEADER = /^(?:id|value|code)$/;
const MEMBER = /^[A-Za-z_]\w*$/;
/** A string value: a word, dots, hyphens or colons inside (`past_due`, `in-review`). */
const WORD = /^[A-Za-z_][\w.:-]*$/;
const INTEGER = /^-?\d+$/;

/** A row's type cell, the anchors its links go to, and the type word the cell says. */
interface TypedRow {
  anchors: string[];
  cell: TableCell;
  type: string;
}

/**
 * The rows of the page's tables that have a type cell: what it says, and the anchors the row links
 * to; read when first asked for (a page with no enum's heading never asks).
 */
export function typedRows(nodes: readonly RootContent[]): () => readonly TypedRow[] {
  let found: TypedRow[] | undefined;
  return () => (found ??= rowsWithTypes(nodes));
}

function rowsWithTypes(nodes: readonly RootContent[]): TypedRow[] {
  const found: TypedRow[] = [];
  for (const table of nodes) {
    if (table.type !== 'table') continue;
    const type = table.children[0]?.children.findIndex((cell) => plainText(cell).trim().toLowerCase() === 'type') ?? -1;
    if (type < 0) continue;
    for (const row of table.children.slice(1)) {
      const cell = row.children[type];
      if (!cell) continue;
      const anchors = row.children
        .flatMap((other) => links(other))
        .flatMap((url) => (url.includes('#') ? [url.slice(url.indexOf('#') + 1).toLowerCase()] : []));
      found.push({ anchors, cell, type: plainText(cell).trim() });
    }
  }
  return found;
}

/**
 * The enum the heading at `index` defines, where one of `rows` names it or links to it: its table
 * is rewritten with the values first (`| Value | Name | … |`) and the linking rows' type cells say
 * the enum's name.
 */
export function tabulatedEnum(nodes: readonly RootContent[], index: number, typed: () => readonly TypedRow[]): string | undefined {
  const heading = nodes[index] as Heading;
  const title = headingText(heading).trim();
  const valuesOf = VALUES_TITLE.exec(title);
  if (valuesOf) return linkedValues(nodes, index, typeNameOf(valuesOf[1]!), slug(title), typed);
  const titled = ENUM_TITLE.exec(title);
  if (!titled) return undefined;
  const table = nodes.slice(index + 1).find((node) => node.type !== 'html');
  const values = table?.type === 'table' ? enumValues(table) : undefined;
  if (table?.type !== 'table' || !values) return undefined;
  const rows = typed();
  const name = titled[3] ?? `${titled[1]!.replace(/\s+/g, '')}${titled[2]!.replace(/(?<=Type|Kind)s$|(?<=Status)es$/, '')}`;
  const own = slug(title);
  const word = values.integers ? 'integer' : 'string';
  const linking = rows.filter(
    (row) => row.type === word && row.anchors.some((anchor) => anchor === own || anchor.endsWith(`-${own}`) || anchor.endsWith(`/${own}`)),
  );
  if (linking.length === 0 && !rows.some((row) => row.type === name)) return undefined;
  if (values.named) valuesFirst(table);
  for (const { cell } of linking) cell.children = [{ type: 'text', value: name }];
  return name;
}

/** The members' header: `Member`, `Name` or `Value`, then a `Value` of a member's number, then a description. */
const MEMBERS_HEADER = /^(?:member|name|value)$/;

/**
 * The enum `name` a values heading (`### ageGroup values`) defines where a type cell links to it
 * (`#agegroup-values`) and its table lists members: the members' column named `Name` (`Value` for
 * values alone), and each linking cell's words the enum's name.
 */
function linkedValues(
  nodes: readonly RootContent[],
  index: number,
  name: string,
  own: string,
  typed: () => readonly TypedRow[],
): string | undefined {
  const table = nodes.slice(index + 1).find((node) => node.type !== 'html');
  if (table?.type !== 'table') return undefined;
  const header = table.children[0]?.children.map((cell) => plainText(cell).trim().toLowerCase()) ?? [];
  const numbered = header[1] === 'value' && header[0] !== 'value';
  const described = header.slice(numbered ? 2 : 1);
  if (!MEMBERS_HEADER.test(header[0] ?? '') || described.length > 1 || (described[0] !== undefined && described[0] !== 'description'))
    return undefined;
  const rows = table.children.slice(1);
  if (rows.length === 0 || !rows.every((row) => WORD.test(plainText(row.children[0] ?? row).trim()))) return undefined;
  const linking = typed().filter((row) => row.anchors.some((anchor) => anchor === own || anchor.endsWith(`/${own}`)));
  if (linking.length === 0) return undefined;
  const first = table.children[0]!.children[0]!;
  if (header[0] === 'member') first.children = [{ type: 'text', value: 'Name' }];
  for (const { cell } of linking) cell.children = [{ type: 'text', value: name }];
  return name;
}

/**
 * `| Type | ID | Description |` over names and their values (`named`), or `| Value | Description |`
 * over values alone; whether the values are all integers. Undefined for any other table.
 */
function enumValues(table: Table): { named: boolean; integers: boolean } | undefined {
  const header = table.children[0]?.children.map((cell) => plainText(cell).trim().toLowerCase()) ?? [];
  const named = NAME_HEADER.test(header[0] ?? '') && VALUE_HEADER.test(header[1] ?? '');
  const alone = header[0] === 'value';
  const described = header.slice(named ? 2 : 1);
  if ((!named && !alone) || described.length > 1 || (described[0] !== undefined && described[0] !== 'description')) return undefined;
  const rows = table.children.slice(1);
  const values = rows.map((row) => plainText(row.children[named ? 1 : 0] ?? row).trim());
  if (rows.length === 0 || (named && !rows.every((row) => MEMBER.test(plainText(row.children[0] ?? row).trim())))) return undefined;
  const integers = values.every((value) => INTEGER.test(value));
  return integers || values.every((value) => WORD.test(value)) ? { named, integers } : undefined;
}

/**
 * `| OPEN_SHELF | 0 | … |` → `| 0 | OPEN_SHELF | … |`, the header `| Value | Name | … |`; a value of
 * one quoted string (openapi-generator's `&quot;available&quot;`) its words.
 */
export function valuesFirst(table: Table): void {
  table.children = table.children.map((row, index) => {
    const [name, value, ...rest] = row.children;
    if (!name || !value) return row;
    if (index > 0) return { ...row, children: [unquoted(value), name, ...rest] };
    const header = (text: string, cell: TableCell): TableCell => ({ ...cell, children: [{ type: 'text', value: text }] });
    return { ...row, children: [header('Value', value), header('Name', name), ...rest] };
  });
}

/** A cell of one quoted string (`"available"`) → its words; any other cell as it is. */
function unquoted(cell: TableCell): TableCell {
  const text = plainText(cell).trim();
  const quoted = /^"(.*)"$/.exec(text);
  return quoted ? { ...cell, children: [{ type: 'text', value: quoted[1]! }] } : cell;
}
