/** DocFX tables that need help to be read as the normalised document (the path part tables, which the
 * scraped text of the same pages shares: `readers/shared/path-part-tables.ts`). */
import type { Root, TableRow } from 'mdast';

/**
 * Rows whose description held a raw line break. DocFX writes the break as is, so the row goes on
 * on the next line, which GFM reads as a row of its own:
 *
 *     | mergedTicketEntity.createdBy.personId | int32 |  Owning person record
 *     <para>Use MDO List name "person" to get list items.</para> |
 *     ^ continuation: the row above does not end with `|`, this line does not start with one
 *
 * The continuation's cells are folded into the last cell of the row above (positions extended),
 * so the row keeps its name and type and the description its whole text.
 */
export function joinContinuationRows(root: Root, text: string): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const rows = node.children;
    for (let index = 2; index < rows.length; index++) {
      const previous = rows[index - 1]!;
      const row = rows[index]!;
      if (!isContinuation(previous, row, text)) continue;
      const last = previous.children[previous.children.length - 1];
      if (!last) continue;
      for (const cell of row.children) last.children.push(...cell.children);
      if (last.position && row.position) last.position = { start: last.position.start, end: row.position.end };
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
  // Only in the leading-pipe style DocFX writes: a table written without outer pipes has no
  // way to tell a continued row from a new one.
  return previousLine.startsWith('|') && !previousLine.endsWith('|') && !rowLine.startsWith('|');
}
