/**
 * Attribute bullet lists (older references document parameters so) → a real table node:
 *
 *     - `id` (required) - The ID of the project
 *     - `ref` (optional) - The name of a branch
 *     - `per_page` (integer, optional): Items per page
 *       ^ name in code, then `(type, required)` notes, then `-`, `–` or `:` and the description
 *
 * becomes `| Attribute | Type | Required | Description |`, one row per item, every cell placed at
 * its words in the page. A list some of whose items do not read so is left alone. The list gives
 * no type unless the notes do: the type cell stays empty then (never a guessed `string`).
 */
import type { List, ListItem, PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Position } from 'unist';

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
  const [code, after, ...rest] = paragraph.children;
  if (code?.type !== 'inlineCode' || !/^[\w.[\]-]+$/.test(code.value.trim())) return undefined;
  if (after && after.type !== 'text') return undefined;
  const match = NOTES_THEN_SEPARATOR.exec(after?.value ?? '');
  if (after && !match) return undefined;
  const notes = (match?.[1] ?? '')
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  if (after && match && !match[1] && !/[-–—:]/.test(match[0])) return undefined;
  const required = notes.includes('required') ? 'yes' : 'no';
  const type = notes.filter((word) => word !== 'required' && word !== 'optional').join(' ');
  const description: PhrasingContent[] = [];
  if (after && match) {
    const tail = after.value.slice(match[0].length);
    if (tail && after.position?.start.offset !== undefined) description.push(slice(after, match[0].length, page));
    else if (tail) description.push({ type: 'text', value: tail });
  }
  description.push(...rest);
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

/** The text node from `from` on, placed where those characters sit in the page. */
function slice(node: Text, from: number, page: string): Text {
  const start = node.position!.start;
  let line = start.line;
  let column = start.column;
  const offset = start.offset! + from;
  for (let i = start.offset!; i < offset; i++) {
    if (page[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { type: 'text', value: node.value.slice(from), position: { start: { line, column, offset }, end: node.position!.end } };
}
