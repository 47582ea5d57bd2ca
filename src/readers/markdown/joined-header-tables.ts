/**
 * GitHub's REST reference (and references rendered like it): a one-column table whose header
 * names its columns together, each cell a parameter's name in code, its type words and flag, then
 * (after a line break, or in a paragraph of its own) its description.
 *
 *     | Name, Type, Description |
 *     | `owner` string Required<br>The account owner.<br>Default: `me` |
 *         → | Name | Type | Required | Description |
 *           | `owner` | string | Required | The account owner.<br>Default: `me` |
 *
 * The description keeps its lines (`Default:`, `Can be one of:` are read from it as anywhere).
 * A `Properties of `beds`` row opens the fields of `beds`, which the rendered page nests inside
 * that row; written flat, the rows do not say where those fields end, so they and the rest of the
 * table are not read, with a warning, rather than placed at the top level.
 */
import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { isBreak } from '../../document/line-break.js';
import { plainText } from '../../document/plain-text.js';
import { sourceOf } from '../../ir/source.js';
import { textCell, trimStart } from './made-tables.js';

export const JOINED_HEADER = /^name\s*,\s*type\s*,\s*description$/i;
/** The flag closing the (trimmed) type words: one space character before it, so no run of spaces is tried from every position. */
const FLAG = /(?:^|\s)(required|optional)$/i;
const NESTED = /^properties\s+of\s+\S/i;

/** Rewrites every such table of the page into `Name | Type | Required | Description`. */
export function convertJoinedHeaderTables(root: Root, file: string, diagnostics: DiagnosticBag): void {
  for (const node of root.children) if (node.type === 'table') convertTable(node, file, diagnostics);
}

function convertTable(table: Table, file: string, diagnostics: DiagnosticBag): void {
  const [header, ...rows] = table.children;
  if (header?.children.length !== 1 || !JOINED_HEADER.test(plainText(header.children[0]!).trim())) return;
  const position = header.position ?? table.position;
  if (!position) return;
  const read: TableRow[] = [];
  for (const row of rows) {
    const cell = row.children[0];
    if (!cell || row.children.length !== 1) return;
    if (NESTED.test(plainText(cell).trim())) {
      diagnostics.report(
        'nested-rows-unread',
        sourceOf(file, row.position ? row : header),
        `"${plainText(cell).trim()}" opens nested fields, but the table is written flat and does not say where they end; this row and the rows under it were not read`,
      );
      break;
    }
    const parts = partsOf(cell);
    if (!parts) return;
    read.push({ ...row, children: parts });
  }
  const words = ['Name', 'Type', 'Required', 'Description'];
  header.children = words.map((word) => textCell(word, header.children[0]!.position ?? position));
  table.children = [header, ...read];
  table.align = words.map(() => null);
  if (table.data?.rowLines) delete table.data.rowLines;
}

/**
 * The cell's four parts: the name in code, the type words and flag up to the first line break
 * (or the end of the cell's first paragraph), the description after it. Undefined where the cell
 * does not open with a name in code.
 */
function partsOf(cell: TableCell): TableCell[] | undefined {
  const [head, rest] = lines(cell);
  const [name, ...words] = head;
  if (name?.type !== 'inlineCode') return undefined;
  if (words.some((node) => node.type !== 'text' && node.type !== 'strong' && node.type !== 'emphasis')) return undefined;
  const at = cell.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  let type = words
    .map((node) => plainText(node))
    .join('')
    .trim();
  const flag = FLAG.exec(type);
  if (flag) type = type.slice(0, flag.index).trim();
  return [
    { type: 'tableCell', children: [name], ...(name.position ? { position: name.position } : { position: at }) },
    textCell(type, at),
    textCell(flag?.[1] ? (flag[1].toLowerCase() === 'required' ? 'Required' : 'Optional') : '', at),
    { type: 'tableCell', children: rest, position: at },
  ];
}

/** The cell's first line and the lines after it, a break between each: as a GFM cell writes them, or as paragraphs. */
function lines(cell: TableCell): [PhrasingContent[], PhrasingContent[]] {
  const blocks = cell.children as (PhrasingContent | RootContent)[];
  const phrasing: PhrasingContent[] = [];
  for (const [index, node] of blocks.entries()) {
    if (node.type === 'paragraph') {
      if (index > 0 && phrasing.length > 0) phrasing.push({ type: 'break' });
      phrasing.push(...node.children);
    } else phrasing.push(node as PhrasingContent);
  }
  const cut = phrasing.findIndex((node) => isBreak(node));
  if (cut < 0) return [phrasing, []];
  return [phrasing.slice(0, cut), trimStart(phrasing.slice(cut + 1))];
}
