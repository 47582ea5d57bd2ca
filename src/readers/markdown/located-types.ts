/**
 * A parameter's location written in its type cell, where a table has no location column:
 *
 *     | Name    | Type           | Required | Description |
 *     | id      | path, string   | yes      | …           |     → In `path`, Type `string`
 *     | X-Trace | header, string | no       | …           |     → In `header`, Type `string`
 *     | limit   | integer (query)| no       | …           |     → In `query`, Type `integer`
 *
 * The location opens the cell (`path, string`, `query: integer`, `header / string`) or closes it
 * (`integer (query)`, `string, in header`). Where every row's type cell states one so, the table
 * gains an `In` column of them and its type cells keep the rest (with a flag they write, `query,
 * string, required`). Where a row states none, the table is left as written: a location is not
 * guessed for it.
 */
import type { Root, Table, TableCell } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { textCell } from './made-tables.js';

const PLACE = '(path|query|header|cookie|body|form(?:data)?)';
/** `path, string`, `query: integer`, `header / string`: the location, then the type. */
const OPENING = new RegExp(`^${PLACE}\\s*[,:/]\\s*(\\S.*)$`, 'i');
/** `integer (query)`, `string (in header)`: the type, then the location in parentheses. */
const CLOSING_PARENTHESES = new RegExp(`^(\\S.*?)\\s*\\(\\s*(?:in\\s+)?${PLACE}\\s*\\)$`, 'i');
/** `string, query`, `string, in path`: the type, then the location after a comma. */
const CLOSING_COMMA = new RegExp(`^(\\S.*?)\\s*,\\s*(?:in\\s+)?${PLACE}$`, 'i');

interface Located {
  place: string;
  type: string;
}

/** The location and type a type cell's words state together, when they do. */
function located(text: string): Located | undefined {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length > 200) return undefined;
  const opening = OPENING.exec(words);
  if (opening) return { place: opening[1]!.toLowerCase(), type: opening[2]! };
  const closing = CLOSING_PARENTHESES.exec(words) ?? CLOSING_COMMA.exec(words);
  return closing ? { place: closing[2]!.toLowerCase(), type: closing[1]! } : undefined;
}

/** Rewrites each table of the page whose every type cell states its row's location. */
export function splitLocatedTypes(root: Root): void {
  for (const node of root.children) if (node.type === 'table') splitTable(node);
}

function splitTable(table: Table): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return;
  const roles = columnRoles(table);
  const name = roles.indexOf('name');
  const type = roles.indexOf('type');
  if (name < 0 || type < 0 || roles.includes('in')) return;
  const found: Located[] = [];
  for (const row of rows) {
    const cell = row.children[type];
    // A link in the cell (`body, [Widget](#widget)`) would be lost by writing its words anew.
    if (!cell || cell.children.some((child) => child.type === 'link' || child.type === 'linkReference')) return;
    const words = located(plainText(cell));
    if (!words) return;
    found.push(words);
  }
  const at = header.children[name]?.position ?? header.position!;
  header.children.splice(name + 1, 0, textCell('In', at));
  rows.forEach((row, index) => {
    const { place, type: words } = found[index]!;
    const cell = row.children[type]!;
    const position = cell.position ?? row.position!;
    row.children[type] = { ...textCell(words, position), ...(cell.data ? { data: cell.data } : {}) } as TableCell;
    row.children.splice(name + 1, 0, textCell(place, position));
  });
  table.align?.splice(name + 1, 0, null);
}
