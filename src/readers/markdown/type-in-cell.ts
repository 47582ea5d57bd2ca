/**
 * Google's API reference (and the references written like it, from protocol buffers): two-column
 * tables whose second header cell is empty and whose second cells open with the type in code.
 *
 *     | Parameters |                                                          | Fields |
 *     | `parent`   | `string` Required. The branch that owns the shelves. |   | `shelves[]` | `object (Shelf)` The shelves. |
 *
 * Each becomes `Name | Type | Description`, the type in the reader's words: `object (Shelf)` and
 * `enum (State)` are `Shelf` and `State`, `string (Timestamp format)` a date-time, `string (int64
 * format)` a string of format int64 (proto3's JSON writes 64-bit integers as strings),
 * `map (key: string, value: integer)` a map of integers; a repeated field (`shelves[]`) is a list
 * of its type. A `Required.` opening the description
 * says it as anywhere else; an `Optional.` says only its own row's (AIP-203's field behaviours: a field
 * marked neither way is optional too, so the unmarked rows of a table whose others say `Optional.`
 * are not required, as other references' tables that mark only their optional rows mean). The
 * one-column `JSON representation` tables beside them are dropped.
 */
import type { Paragraph, Root, RootContent, Table, TableCell } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { textCell, trimStart } from './made-tables.js';

const NAME_HEADER = /^(?:parameters?|fields?|properties)$/i;

/** The tables rewritten here: their rows' marks state each its own row's required-ness alone. */
const CONVERTED = new WeakSet<Table>();

/** Whether `table` is one of Google's, whose `Optional.` marks say nothing of the unmarked rows. */
export function marksOwnRowsOnly(table: Table): boolean {
  return CONVERTED.has(table);
}

/**
 * Rewrites every such table of the page, and drops the one-column `JSON representation` tables
 * beside them: a sketch of the shape (`{ "shelves": [ { object (Shelf) } ] }`) the fields table
 * states, neither JSON nor a sample (and so is such a sketch in a code block over the table).
 */
export function convertTypeInCellTables(root: Root): void {
  for (const node of root.children) if (node.type === 'table') convertTable(node);
  root.children = root.children.filter(
    (node, at) => !(node.type === 'table' && isRepresentation(node)) && !isSketchOver(node, root.children[at + 1]),
  );
}

/** A value of the sketch written as its type: `"name": string`, `"shelf": object (Shelf)`, `"state": enum (State)`. */
const SKETCHED_VALUE = /"[\w.$@-]+"\s*:\s*(?:string|integer|number|boolean|object|enum|map|value)\b/;

/**
 * The same sketch as a code block right over a fields table of this kind (a page whose
 * representation is a fence, no table): no sample either, though it reads almost as JSON.
 */
function isSketchOver(node: RootContent, next: RootContent | undefined): boolean {
  if (node.type !== 'code' || next?.type !== 'table' || !CONVERTED.has(next) || !SKETCHED_VALUE.test(node.value)) return false;
  try {
    JSON.parse(node.value);
    return false;
  } catch {
    return true;
  }
}

function isRepresentation(table: Table): boolean {
  const header = table.children[0];
  return header?.children.length === 1 && /^json\s+representation$/i.test(plainText(header.children[0]!).trim());
}

function convertTable(table: Table): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0 || header.children.length !== 2) return;
  const [first, second] = header.children;
  if (!NAME_HEADER.test(plainText(first!).trim()) || plainText(second!).trim() !== '') return;
  if (!rows.every((row) => row.children.length === 2 && leadingCode(row.children[1]!))) return;
  const position = header.position ?? table.position!;
  header.children = [textCell('Name', first!.position ?? position), textCell('Type', position), textCell('Description', position)];
  for (const row of rows) {
    const cell = row.children[1]!;
    const [code, ...rest] = leadingCode(cell)!;
    let type = typeWords(code?.type === 'inlineCode' ? code.value : '');
    const description: TableCell = { type: 'tableCell', children: trimStart(rest), ...(cell.position ? { position: cell.position } : {}) };
    // `shelves[]` of type `object (Shelf)`: a repeated field, its items' type given.
    const name = row.children[0]!;
    const repeated = name.children.length === 1 && name.children[0]!.type === 'inlineCode' ? name.children[0] : undefined;
    if (repeated?.type === 'inlineCode' && /^[\w.]+\[\]$/.test(repeated.value) && /^[\w.()<>|-]+$/.test(type)) {
      name.children = [{ ...repeated, value: repeated.value.slice(0, -2) }];
      type = `${type}[]`;
    }
    row.children = [name, textCell(type, cell.position ?? position), description];
  }
  table.align = [null, null, null];
  if (table.data?.rowLines) delete table.data.rowLines;
  CONVERTED.add(table);
}

/**
 * The cell's children, the type in code first: as markdown writes it (`` `string` Required. … ``),
 * or as a rendered page sets it, a paragraph of the code alone over the description's
 * (`<td><p><code>string</code></p><p>Required. …</p></td>`, the paragraphs then the description's
 * words, parted by a space). Undefined where the cell opens otherwise.
 */
function leadingCode(cell: TableCell): TableCell['children'] | undefined {
  const [head, ...rest] = cell.children as RootContent[];
  if (head?.type === 'inlineCode') return cell.children;
  if (head?.type !== 'paragraph' || rest.some((node) => node.type !== 'paragraph')) return undefined;
  const words = head.children.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  if (words.length !== 1 || words[0]!.type !== 'inlineCode') return undefined;
  const description = (rest as Paragraph[]).flatMap((paragraph, index) => [
    ...(index > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
    ...paragraph.children,
  ]);
  return [words[0]!, { type: 'text', value: ' ' }, ...description];
}

const FORMATS: Record<string, string> = {
  timestamp: 'date-time',
  duration: 'duration',
  bytes: 'byte',
  date: 'date',
};

/** The type in code, in the reader's words. */
export function typeWords(text: string): string {
  const type = text.trim();
  const named = /^(?:object|enum)\s*\(\s*([A-Za-z_][\w.]*)\s*\)$/i.exec(type);
  if (named) return named[1]!;
  const formatted = /^(string|integer|number)\s*\(\s*([\w-]+)\s+format\s*\)$/i.exec(type);
  if (formatted) {
    const format = formatted[2]!.toLowerCase();
    return FORMATS[format] ?? `${formatted[1]!.toLowerCase()}(${format})`;
  }
  const map = /^map\s*\(\s*key\s*:\s*\w+\s*,\s*value\s*:\s*(.+?)\s*\)$/i.exec(type);
  if (map) return `map<string|${typeWords(map[1]!)}>`;
  return type;
}
