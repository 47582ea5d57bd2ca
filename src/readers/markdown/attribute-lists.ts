/**
 * Attribute bullet lists (older references document parameters so) → a real table node:
 *
 *     - `id` (required) - The ID of the project
 *     - `ref` (optional) - The name of a branch
 *     - `per_page` (integer, optional): Items per page
 *     - `namespace` (**required**) - The namespace
 *       ^ name in code, then `(type, required)` notes, then `-`, `–` or `:` and the description
 *
 * becomes `| Attribute | Type | Required | Description |`, one row per item, every cell placed at
 * its words in the page. A list some of whose items do not read so is left alone, and so is a list
 * of bare code spans (`` - `manage-integrations` ``: permissions or values, no notes, no
 * description). The list gives
 * no type unless the notes do: the type cell stays empty then (never a guessed `string`).
 */
import type { List, ListItem, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { Point, Position } from 'unist';

const NOTES_THEN_SEPARATOR = /^\s*(?:\(([^)]*)\))?\s*(?:[-–—:]\s*|$)/;

export function tableOfAttributeList(list: List, page: string): Table | undefined {
  if (!list.position || list.children.length === 0) return undefined;
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const row = rowOf(item, page);
    if (!row) return undefined;
    rows.push(row);
  }
  const at = list.position;
  if (rows.some((row) => row.children[1]!.children.length === 0)) {
    // An item names no type: the table has no Type column rather than empty types (the untyped
    // items' fields stay open; the typed ones lose their note: rare, and never a wrong type).
    for (const row of rows) row.children.splice(1, 1);
    const header: TableRow = {
      type: 'tableRow',
      children: ['Attribute', 'Required', 'Description'].map((word) => textCell(word, at)),
      position: at,
    };
    return { type: 'table', align: [null, null, null], children: [header, ...rows], position: at };
  }
  const header: TableRow = {
    type: 'tableRow',
    children: ['Attribute', 'Type', 'Required', 'Description'].map((word) => textCell(word, at)),
    position: at,
  };
  return { type: 'table', align: [null, null, null, null], children: [header, ...rows], position: at };
}

function rowOf(item: ListItem, page: string): TableRow | undefined {
  const paragraph = item.children[0];
  if (item.children.length !== 1 || paragraph?.type !== 'paragraph' || !item.position) return undefined;
  const [code] = paragraph.children;
  const from = code?.position?.end.offset;
  const to = paragraph.position?.end.offset;
  if (code?.type !== 'inlineCode' || !/^[\w.[\]-]+$/.test(code.value.trim()) || from === undefined || to === undefined) return undefined;
  // What follows the name, as written: ` (**required**) - The ID …`.
  const rest = page.slice(from, to);
  const match = NOTES_THEN_SEPARATOR.exec(rest);
  // A bare `name` says nothing of a parameter: lists of permissions or of values read so.
  if (!match || rest.trim() === '' || (!match[1] && !/[-–—:]/.test(match[0]))) return undefined;
  const notes = (match[1] ?? '')
    .replace(/[*_`]/g, '')
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  const required = notes.includes('required') ? 'yes' : 'no';
  const type = notes.filter((word) => word !== 'required' && word !== 'optional').join(' ');
  const description: PhrasingContent[] = [];
  const tail = rest.slice(match[0].length);
  if (tail.trim())
    description.push({
      type: 'text',
      value: tail,
      position: { start: pointAt(page, from + match[0].length), end: paragraph.position!.end },
    });
  const where = item.position;
  const cells: TableCell[] = [
    { type: 'tableCell', children: [code], position: code.position ?? where },
    textCell(type, where),
    textCell(required, where),
    { type: 'tableCell', children: description, position: where },
  ];
  return { type: 'tableRow', children: cells, position: where };
}

function textCell(value: string, position: Position): TableCell {
  return { type: 'tableCell', children: value ? [{ type: 'text', value }] : [], position };
}

/** Line starts of the last page asked about (a page's lists are converted one after another). */
let indexed: { page: string; starts: number[] } | undefined;

/** The point of `offset` in the page (binary search over its line starts). */
function pointAt(page: string, offset: number): Point {
  if (indexed?.page !== page) {
    const starts = [0];
    for (let i = page.indexOf('\n'); i >= 0; i = page.indexOf('\n', i + 1)) starts.push(i + 1);
    indexed = { page, starts };
  }
  const { starts } = indexed;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1, offset };
}
