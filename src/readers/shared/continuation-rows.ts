/**
 * GFM table rows that a raw line break split in two. The writer's line break ends the row, so
 * GFM reads the rest of it as a row of its own:
 *
 *     | mergedTicketEntity.createdBy.personId | int32 |  Owning person record
 *     <para>Use MDO List name "person" to get list items.</para> |
 *     ^ continuation: the row above does not end with `|`, this line does not start with one
 *
 *     | <pre><code>statusType
 *     </code></pre> | `online` | Required | The `statusType` of the custom status. |
 *     ^ the break fell in the first cell: the row above has one cell, the rest come here
 *
 * The continuation's first cell goes on the last cell of the row above; its other cells follow as
 * the row's next cells while the row has fewer cells than the header, and fold into its last
 * cell after that (a description that held a `|`). Positions are extended over both lines.
 */
import type { Root, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';

export function joinContinuationRows(root: Root, text: string): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const rows = node.children;
    const width = rows[0]?.children.length ?? 0;
    for (let index = 2; index < rows.length; index++) {
      const previous = rows[index - 1]!;
      const row = rows[index]!;
      if (!isContinuation(previous, row, text) || previous.children.length === 0) continue;
      row.children.forEach((cell, at) => {
        const last = previous.children[previous.children.length - 1]!;
        if (at > 0 && previous.children.length < width) {
          previous.children.push(cell);
          return;
        }
        last.children.push(...cell.children);
        if (last.position && cell.position) last.position = { start: last.position.start, end: cell.position.end };
      });
      if (previous.position && row.position) previous.position = { start: previous.position.start, end: row.position.end };
      rows.splice(index, 1);
      index--;
    }
  }
}

function isContinuation(previous: TableRow, row: TableRow, text: string): boolean {
  const prevEnd = previous.position?.end.offset;
  const rowStart = row.position?.start.offset;
  if (prevEnd === undefined || rowStart === undefined) return false;
  const previousLine = text.slice(text.lastIndexOf('\n', previous.position!.start.offset! - 1) + 1, prevEnd).trim();
  const lineStart = text.lastIndexOf('\n', rowStart - 1) + 1;
  const rowLine = text.slice(lineStart, text.indexOf('\n', rowStart) < 0 ? text.length : text.indexOf('\n', rowStart)).trimStart();
  // Only in the leading-pipe style: a table written without outer pipes has no way to tell a
  // continued row from a new one.
  // A row that ends with a `^` after its last pipe is whole (`joinCaretRows` joins it).
  return previousLine.startsWith('|') && !/\|\s*\^?$/.test(previousLine) && !rowLine.startsWith('|');
}

/** A cell that holds only `^`: the row goes on the row above (pymdownx-style tables). */
const CARET = /^\s*\^\s*$/;

/**
 * GFM rows that continue the row above, marked with a cell that holds only `^` (MkDocs sites
 * wrap long descriptions so, the marker after the row's last pipe):
 *
 *     | `start` | int | The record number indicating the first entry |
 *     |         |     | of the returned list.                         |^
 *
 * Each cell the continuation fills goes on the cell above it (a line break between, as the page
 * writes it); the marker cells are dropped. The joined cell's words are its plain text: the source
 * between its lines holds the other columns' pipes.
 */
export function joinCaretRows(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const rows = node.children;
    if (!rows.some((row) => row.children.some((cell) => CARET.test(plainText(cell))))) continue;
    for (let index = 1; index < rows.length; index++) {
      const row = rows[index]!;
      const carets = row.children.filter((cell) => CARET.test(plainText(cell)));
      if (carets.length === 0) continue;
      row.children = row.children.filter((cell) => !carets.includes(cell));
      const previous = rows[index - 1]!;
      if (index === 1) continue;
      row.children.forEach((cell, at) => {
        const above = previous.children[at];
        if (cell.children.length === 0 || plainText(cell).trim() === '') return;
        if (!above) {
          previous.children[at] = cell;
          return;
        }
        above.children = above.children.length === 0 ? cell.children : [...above.children, { type: 'text', value: '\n' }, ...cell.children];
      });
      if (previous.position && row.position) previous.position = { start: previous.position.start, end: row.position.end };
      rows.splice(index, 1);
      index--;
    }
  }
}
