/**
 * Tables the general reader makes from what a page writes otherwise (attribute and definition
 * lists, API Blueprint rows, labelled lists): header words over rows, every cell placed at its
 * words in the page.
 */
import type { PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';

export function textCell(value: string, position: Position): TableCell {
  return { type: 'tableCell', children: value ? [{ type: 'text', value }] : [], position };
}

/** A row of text cells, all placed at `position`. */
export function textRow(values: readonly string[], position: Position): TableRow {
  return { type: 'tableRow', children: values.map((value) => textCell(value, position)), position };
}

/**
 * The table of `header` over `rows` (one cell a header word each). Columns named in `optional`
 * go where no row fills them, a `Type` column too; where some rows fill it, the empty cells are
 * marked `unstated`: the page states no type there (the extractor types the row by its example or
 * default, else leaves it open, as without the column), which an empty cell of a written table is not.
 */
export function madeTable(header: readonly string[], rows: readonly TableRow[], at: Position, optional: readonly string[] = []): Table {
  const words = [...header];
  for (let index = words.length - 1; index >= 0; index--) {
    const cells = rows.map((row) => row.children[index]);
    const empty = (cell: TableCell | undefined) => cell === undefined || plainText(cell).trim() === '';
    const drop = (words[index] === 'Type' || optional.includes(words[index]!)) && cells.every(empty);
    if (!drop) {
      if (words[index] === 'Type') for (const cell of cells) if (cell && empty(cell)) cell.data = { ...cell.data, unstated: true };
      continue;
    }
    words.splice(index, 1);
    for (const row of rows) row.children.splice(index, 1);
  }
  return {
    type: 'table',
    align: words.map(() => null),
    children: [{ type: 'tableRow', children: words.map((word) => textCell(word, at)), position: at }, ...rows],
    position: at,
  };
}

/** A text node without its first `length` characters (on its first line), placed where what is left starts. */
export function textAfter(node: Text, length: number): Text {
  const start = node.position?.start;
  const moved =
    start?.offset !== undefined && node.position
      ? { position: { ...node.position, start: { line: start.line, column: start.column + length, offset: start.offset + length } } }
      : {};
  return { type: 'text', value: node.value.slice(length), ...moved };
}

/** Inline content without the spaces its first text opens with (that text dropped where nothing is left). */
export function trimStart(children: PhrasingContent[]): PhrasingContent[] {
  const [head, ...tail] = children;
  if (head?.type !== 'text') return children;
  const value = head.value.trimStart();
  return value ? [{ ...head, value }, ...tail] : tail;
}
