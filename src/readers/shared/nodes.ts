/**
 * Small mdast builders for readers that make the normalised document by hand (the text-based
 * dialects: Help Page, DTO tables). Every node gets the position of its real place in the page;
 * see `lines.ts` for the line model the positions come from.
 */
import type { Code, Heading, HeadingData, Nodes, Paragraph, PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Position } from 'unist';

export function textNode(value: string, position: Position): Text {
  return { type: 'text', value, position };
}

export function headingNode(depth: 1 | 2 | 3 | 4, value: string, position: Position, data: HeadingData): Heading {
  return { type: 'heading', depth, children: [textNode(value, position)], position, data };
}

export function paragraphNode(value: string, position: Position): Paragraph {
  return { type: 'paragraph', children: [textNode(value, position)], position };
}

export function codeNode(lang: string, meta: string | null, value: string, position: Position): Code {
  return { type: 'code', lang, meta, value, position };
}

/** A cell of plain text (`value` may be empty: the position is then where the cell would be). */
export function cellNode(value: string, position: Position): TableCell {
  return { type: 'tableCell', children: value === '' ? [] : [textNode(value, position)], position };
}

export function cellOf(children: PhrasingContent[], position: Position): TableCell {
  return { type: 'tableCell', children, position };
}

export function rowNode(cells: TableCell[]): TableRow {
  const row: TableRow = { type: 'tableRow', children: cells };
  const position = hull(cells.map((cell) => cell.position));
  if (position) row.position = position;
  return row;
}

/** A table from its header row and body rows; `rowLines` (1-based) records each body row's line. */
export function tableNode(rows: TableRow[], rowLines?: number[]): Table {
  const table: Table = { type: 'table', align: rows[0]?.children.map(() => null) ?? [], children: rows };
  const position = hull(rows.map((row) => row.position));
  if (position) table.position = position;
  if (rowLines) table.data = { rowLines };
  return table;
}

/** The smallest position covering all of `positions` (cells of a row may sit on several lines). */
export function hull(positions: readonly (Position | undefined)[]): Position | undefined {
  let result: Position | undefined;
  for (const position of positions) {
    if (!position) continue;
    if (!result) {
      result = { start: { ...position.start }, end: { ...position.end } };
      continue;
    }
    if ((position.start.offset ?? 0) < (result.start.offset ?? 0)) result.start = { ...position.start };
    if ((position.end.offset ?? 0) > (result.end.offset ?? 0)) result.end = { ...position.end };
  }
  return result;
}

/**
 * `node` and every node under it without a position: nodes made from an HTML snippet hold the
 * snippet's places, not the page's, so they must claim none.
 */
export function withoutPositions(node: Nodes): void {
  delete node.position;
  if ('children' in node) for (const child of node.children as Nodes[]) withoutPositions(child);
}
