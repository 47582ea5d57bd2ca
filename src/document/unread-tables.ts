/**
 * Tables the document holds as prose. GFM makes a table only when the delimiter row under the
 * header has one cell per header cell; otherwise the lines stay a paragraph, and every row in them
 * would be lost without a word:
 *
 *     | Property Name | Type | Description |
 *     |---------------|------|                 ← 2 cells for 3 columns: not a table
 *     | Id            | int  | Primary key |
 *
 * The check reads the normalised document, whatever reader made it: a paragraph whose source
 * holds a row of pipes followed by a delimiter row is a `malformed-table` at the delimiter row; a
 * paragraph of two or more rows of pipes, each with as many cells, and no delimiter row (the author
 * left it out) is one at its first row.
 */
import type { Nodes, Root } from 'mdast';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Point } from '../ir/source.js';

/** `|---|:--:|`, `--- | ---`: dashes with optional colons, at least one pipe. */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
/** Block quote markers before a line's content (`> > `). */
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;

/** A delimiter row the document holds as prose, under a row of pipes: where its content starts, and its cells against the header's. */
export interface UnreadDelimiterRow {
  /** Where the row's content starts (after any quote markers and indentation). */
  at: Point;
  /** The row as written, trimmed. */
  content: string;
  /** Cells of the header row above it. */
  columns: number;
  /** Cells of the delimiter row. */
  cells: number;
  /** The paragraph's lines after this row (each with the offset it starts at), up to the paragraph's end. */
  rest: Array<{ line: string; offset: number }>;
}

export function reportUnreadTables(root: Root, text: string, file: string, diagnostics: DiagnosticBag): void {
  for (const { at, content, columns, cells } of unreadDelimiterRows(root, text)) {
    diagnostics.report(
      'malformed-table',
      { file, start: at, end: { line: at.line, column: at.column + content.length, offset: at.offset + content.length } },
      cells === columns
        ? 'these lines look like a table but are not read as one; none of their rows were used'
        : `this table's delimiter row has ${cells} cell${cells === 1 ? '' : 's'} for ${columns} header cell${columns === 1 ? '' : 's'}, so markdown (GFM) does not read it as a table and none of its rows were used; give the delimiter row one \`---\` per column`,
    );
  }
  for (const { at, content, columns } of rowsWithoutDelimiter(root, text)) {
    diagnostics.report(
      'malformed-table',
      { file, start: at, end: { line: at.line, column: at.column + content.length, offset: at.offset + content.length } },
      `these lines look like a table of ${columns} columns but have no delimiter row under the header, so markdown (GFM) does not read them as a table and none of their rows were used; add a delimiter row with one \`---\` per column`,
    );
  }
}

/** A row of pipes: opening and closing with a pipe, two or more cells. */
const PIPE_ROW = /^\|.*\|$/;

/** Paragraphs of only rows of pipes (two or more, as many cells each) with no delimiter row: where the first starts, and its cells. */
function rowsWithoutDelimiter(root: Root, text: string): Array<{ at: Point; content: string; columns: number }> {
  const found: Array<{ at: Point; content: string; columns: number }> = [];
  // Cheap skip: a page without a pipe has no row of pipes.
  if (!text.includes('|')) return found;
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') {
      const start = node.position?.start;
      const end = node.position?.end.offset;
      if (start?.offset === undefined || end === undefined || text.charCodeAt(start.offset) !== 0x7c) return;
      const lines = text
        .slice(start.offset, end)
        .split('\n')
        .map((line) => line.replace(QUOTE_PREFIX, '').trim());
      if (lines.length < 2 || !lines.every((line) => PIPE_ROW.test(line) && !DELIMITER_ROW.test(line))) return;
      const columns = cellCount(lines[0]!);
      if (columns >= 2 && lines.every((line) => cellCount(line) === columns))
        found.push({ at: { ...start, offset: start.offset }, content: lines[0]!, columns });
    } else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return found;
}

/** The delimiter rows under a row of pipes that `root`'s paragraphs hold, in page order. */
export function unreadDelimiterRows(root: Root, text: string): UnreadDelimiterRow[] {
  const found: UnreadDelimiterRow[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') found.push(...paragraphRows(node, text));
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return found;
}

function paragraphRows(node: Nodes, text: string): UnreadDelimiterRow[] {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return [];
  const found: UnreadDelimiterRow[] = [];
  const source = text.slice(start.offset - (start.column - 1), end);
  // A delimiter row holds a pipe and a dash (most paragraphs hold neither).
  if (!source.includes('|') || !source.includes('-')) return found;
  const lines = source.split('\n');
  const offsets: number[] = [];
  let offset = start.offset - (start.column - 1);
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '');
    const prefix = QUOTE_PREFIX.exec(raw)![0].length;
    const content = raw.slice(prefix).trim();
    const header = index > 0 ? lines[index - 1]!.replace(/\r$/, '').replace(QUOTE_PREFIX, '').trim() : '';
    if (content.includes('|') && DELIMITER_ROW.test(content) && header.includes('|') && !DELIMITER_ROW.test(header)) {
      const column = prefix + (raw.slice(prefix).length - raw.slice(prefix).trimStart().length) + 1;
      const at = { line: start.line + index, column, offset: offsets[index]! + column - 1 };
      const rest = lines.slice(index + 1).map((line, after) => ({ line, offset: offsets[index + 1 + after]! }));
      found.push({ at, content, columns: cellCount(header), cells: cellCount(content), rest });
    }
  }
  return found;
}

/** Cells of a table row: split at unescaped pipes, an outer pipe on either side not counted. */
function cellCount(row: string): number {
  const cells = row.split(/(?<!\\)\|/);
  if (cells[0]!.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.length;
}
