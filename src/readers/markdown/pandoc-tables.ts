/**
 * Pandoc's own table syntaxes (what `pandoc -t markdown` writes for a Word or HTML document's
 * tables), which CommonMark reads as paragraphs and thematic breaks: a table per block, its cells
 * placed at their words in the page.
 *
 * A simple table: a header line, a dashed line whose runs of dashes are the columns, a row per
 * line up to a blank line.
 *
 *       Parameter   Type      Description
 *       ----------- --------- ----------------------
 *       limit       integer   How many to return
 *
 * A multiline table: between two lines of dashes alone, header lines over the columns' dashed
 * line, then rows of one or more lines each, parted by blank lines; a cell's lines are its words.
 *
 *     ------------------------------------------------
 *      Parameter   Type      Description
 *     ----------- --------- --------------------------
 *      limit       integer   How many to return; at
 *                            most 100.
 *     ------------------------------------------------
 *
 * A grid table (what pandoc writes where a cell holds paragraphs or a list): cells between `|`s,
 * rows between `+---+` borders, the header's under a `+===+` rule.
 *
 *     +-----------+---------+--------------------------+
 *     | Parameter | Type    | Description              |
 *     +===========+=========+==========================+
 *     | `state`   | string  | The state; one of:       |
 *     |           |         |                          |
 *     |           |         | - `open`                 |
 *     +-----------+---------+--------------------------+
 *
 * (`@adobe/remark-gridtables` parses grid tables too, but places every cell's words at line 1 of a
 * page of its own: no file:line:column for a diagnostic, and no slice of the page for a
 * description; it would also be a second parser over the page.)
 *
 * A column is the text from its dashes' first column to the next column's (the last to the line's
 * end); its caption (`Table: …` or `: …` after it or before it) is no prose. A block is read so only where the page's markdown read it as paragraphs, thematic breaks
 * and setext headings alone (never inside code); otherwise it stays as read.
 */
import type { Nodes, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Point } from 'unist';
import { markdownProcessor } from '../shared/markdown.js';

/** A dashed line of two or more columns. */
const COLUMNS_LINE = /^ {0,3}-{2,}(?: +-{2,})+ *$/;
/** A multiline table's rule: dashes alone. */
const RULE_LINE = /^ {0,3}-{3,} *$/;
/** More columns than a reference's table has: dashes drawn for something else (left as read). */
const MAX_COLUMNS = 64;
/** The most lines a multiline table's header is looked for in. */
const HEADER_LINES = 8;
/** A grid table's border (`+----+----+`) or, under its header, its `=` rule (`+====+====+`). */
const GRID_LINE = /^ {0,3}\+(?:[-=:]+\+)+ *$/;
/** A cheap test: a page with neither a columns' dashed line nor a grid's border has no such table. */
export const PANDOC_TABLE_HINT = /^ {0,3}(?:-{2,} +-{2,}|\+-{3,}\+)/m;

interface Line {
  text: string;
  offset: number;
  /** 1-based. */
  number: number;
}

interface Part {
  text: string;
  start: Point;
  end: Point;
}

interface Block {
  start: number;
  end: number;
  header: Part[][];
  rows: Part[][][];
}

/** Replaces each pandoc table of the page with the GFM table it stands for. */
export function convertPandocTables(root: Root, page: string): void {
  const blocks = findBlocks(linesOf(page));
  if (blocks.length === 0) return;
  const nodes = root.children;
  const out: RootContent[] = [];
  // One pass over the page's blocks and the tables' spans, both in page order.
  let at = 0;
  for (const block of blocks) {
    while (at < nodes.length && (nodes[at]!.position?.end.offset ?? 0) <= block.start) out.push(nodes[at++]!);
    let end = at;
    while (end < nodes.length && (nodes[end]!.position?.start.offset ?? Number.POSITIVE_INFINITY) < block.end) end++;
    const covered = nodes.slice(at, end);
    // Read as prose and rules only (never code, a list or HTML), and nothing cut at its edges.
    const whole =
      covered.length > 0 &&
      (covered[0]!.position?.start.offset ?? -1) >= block.start &&
      (covered.at(-1)!.position?.end.offset ?? Number.POSITIVE_INFINITY) <= block.end &&
      covered.every((node) => node.type === 'paragraph' || node.type === 'thematicBreak' || node.type === 'heading');
    const table = whole ? tableOf(block) : undefined;
    if (!table) continue;
    // Its caption (`Table: Query parameters.`, or `: …`), before it or after it: the table's title, no prose.
    if (isCaption(out.at(-1))) out.pop();
    out.push(table);
    at = end;
    if (isCaption(nodes[at])) at++;
  }
  while (at < nodes.length) out.push(nodes[at++]!);
  root.children = out;
}

const CAPTION = /^(?:Table)?:[ \t]+\S/;

function isCaption(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && node.children[0]?.type === 'text' && CAPTION.test(node.children[0].value);
}

function linesOf(page: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let number = 1;
  for (const text of page.split('\n')) {
    lines.push({ text: text.endsWith('\r') ? text.slice(0, -1) : text, offset, number });
    offset += text.length + 1;
    number++;
  }
  return lines;
}

const blank = (line: Line | undefined) => line === undefined || line.text.trim() === '';

function findBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const block = COLUMNS_LINE.test(line.text)
      ? (multilineAt(lines, index) ?? simpleAt(lines, index))
      : GRID_LINE.test(line.text) && line.text.includes('-')
        ? gridAt(lines, index)
        : undefined;
    if (!block) continue;
    blocks.push(block.block);
    index = block.next;
  }
  return blocks;
}

/** A simple table whose columns' dashed line is `lines[at]`: one header line above it, a blank line before that. */
function simpleAt(lines: readonly Line[], at: number): { block: Block; next: number } | undefined {
  const header = lines[at - 1];
  if (!header || blank(header) || !blank(lines[at - 2]) || blank(lines[at + 1])) return undefined;
  const columns = columnsOf(lines[at]!.text);
  if (columns.length > MAX_COLUMNS) return undefined;
  let end = at + 1;
  while (end < lines.length && !blank(lines[end])) end++;
  const rows = lines.slice(at + 1, end);
  if (rows.some((row) => COLUMNS_LINE.test(row.text) || RULE_LINE.test(row.text))) return undefined;
  const last = lines[end - 1]!;
  return {
    block: {
      start: header.offset,
      end: last.offset + last.text.length,
      header: cellsOf([header], columns),
      rows: rows.map((row) => cellsOf([row], columns)),
    },
    next: end,
  };
}

/** A multiline table whose columns' dashed line is `lines[at]`: a rule over its header lines, rows up to a closing rule. */
function multilineAt(lines: readonly Line[], at: number): { block: Block; next: number } | undefined {
  let top = at - 1;
  // A header of a few lines (a bound: no scan back over a long block for every dashed line).
  while (top >= 0 && top > at - HEADER_LINES && !blank(lines[top]) && !RULE_LINE.test(lines[top]!.text)) top--;
  if (top < 0 || top === at - 1 || !RULE_LINE.test(lines[top]!.text) || !blank(lines[top - 1])) return undefined;
  const columns = columnsOf(lines[at]!.text);
  if (columns.length > MAX_COLUMNS) return undefined;
  const rows: Line[][] = [];
  let current: Line[] = [];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (RULE_LINE.test(line.text)) break;
    if (COLUMNS_LINE.test(line.text)) return undefined;
    if (blank(line)) {
      if (current.length === 0) return undefined;
      rows.push(current);
      current = [];
    } else current.push(line);
  }
  if (end >= lines.length || current.length === 0) return undefined;
  rows.push(current);
  const closing = lines[end]!;
  return {
    block: {
      start: lines[top]!.offset,
      end: closing.offset + closing.text.length,
      header: cellsOf(lines.slice(top + 1, at), columns),
      rows: rows.map((row) => cellsOf(row, columns)),
    },
    next: end,
  };
}

/**
 * A grid table whose top border is `lines[at]`: rows of `|`-parted lines between borders, the
 * header's closed by a `=` rule (without one, the first row is the header). Cells that span
 * columns or rows (a line without a `|` at every column's edge) are not read: no table.
 */
function gridAt(lines: readonly Line[], at: number): { block: Block; next: number } | undefined {
  if (!blank(lines[at - 1])) return undefined;
  const top = lines[at]!.text;
  const edges = [...top.matchAll(/\+/g)].map((match) => match.index);
  if (edges.length > MAX_COLUMNS + 1) return undefined;
  const onEdges = (text: string, mark: string) => edges.every((edge) => text[edge] === mark) && text.trimEnd().length === edges.at(-1)! + 1;
  const rows: Line[][] = [];
  let header: Line[][] | undefined;
  let current: Line[] = [];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (GRID_LINE.test(line.text) && onEdges(line.text, '+')) {
      if (current.length === 0) return undefined;
      rows.push(current);
      current = [];
      if (line.text.includes('=')) {
        if (header) return undefined;
        header = rows.splice(0);
      }
      if (blank(lines[end + 1]) || !lines[end + 1]!.text.trimStart().startsWith('|')) break;
    } else if (onEdges(line.text, '|')) current.push(line);
    else return undefined;
  }
  if (end >= lines.length || current.length > 0) return undefined;
  const columns = edges.slice(0, -1).map((edge) => edge + 1);
  const cells = (row: readonly Line[]) => cellsOf(row, columns, edges.slice(1));
  const headerRows = header ?? rows.splice(0, 1);
  if (headerRows.length !== 1 || rows.length === 0) return undefined;
  const closing = lines[end]!;
  return {
    block: { start: lines[at]!.offset, end: closing.offset + closing.text.length, header: cells(headerRows[0]!), rows: rows.map(cells) },
    next: end,
  };
}

/** Each column's first character (0-based): where each run of dashes starts. */
function columnsOf(text: string): number[] {
  return [...text.matchAll(/-+/g)].map((match) => match.index);
}

/**
 * The cells of a row written over `lines`: per column, the words of each line between its bounds
 * (a column from its start to the next one's, or to its own end where `ends` gives it: a grid's `|`).
 */
function cellsOf(lines: readonly Line[], columns: readonly number[], ends?: readonly number[]): Part[][] {
  return columns.map((from, index) => {
    const start = index === 0 && !ends ? 0 : from;
    const to = ends ? ends[index] : columns[index + 1];
    const parts: Part[] = [];
    for (const line of lines) {
      const slice = line.text.slice(start, to);
      const words = slice.trim();
      if (!words) continue;
      const column = start + slice.indexOf(words);
      parts.push({
        text: words,
        start: { line: line.number, column: column + 1, offset: line.offset + column },
        end: { line: line.number, column: column + words.length + 1, offset: line.offset + column + words.length },
      });
    }
    return parts;
  });
}

/**
 * The GFM table of the block: its cells written as a pipe table and parsed as markdown reads one,
 * each cell's nodes then placed at the words in the page (a cell written over several lines is
 * its words, unplaced: no one slice of the page is its text).
 */
function tableOf(block: Block): Table | undefined {
  const rows = [block.header, ...block.rows];
  const placed: Array<Array<{ at: number; part: Part | undefined }>> = [];
  let text = '';
  for (const [index, row] of rows.entries()) {
    const cells: Array<{ at: number; part: Part | undefined }> = [];
    text += '|';
    for (const parts of row) {
      const words = parts.map((part) => part.text).join(' ');
      text += ' ';
      const single = parts.length === 1 && !words.includes('|') ? parts[0] : undefined;
      cells.push({ at: text.length, part: single });
      text += `${words.replace(/\|/g, '\\|')} |`;
    }
    text += '\n';
    placed.push(cells);
    if (index === 0) text += `|${row.map(() => ' --- |').join('')}\n`;
  }
  const table = markdownProcessor.parse(text).children[0];
  if (table?.type !== 'table' || table.children.length !== rows.length) return undefined;
  for (const [rowIndex, row] of table.children.entries()) placeRow(row, placed[rowIndex]!, rows[rowIndex]!);
  const start = rows[0]!.flat()[0]?.start;
  const end = rows[rows.length - 1]!.flat().at(-1)?.end;
  if (start && end) table.position = { start, end };
  return table;
}

function placeRow(row: TableRow, cells: ReadonlyArray<{ at: number; part: Part | undefined }>, parts: readonly Part[][]): void {
  const points = parts.flat();
  if (points.length > 0) row.position = { start: points[0]!.start, end: points.at(-1)!.end };
  else delete row.position;
  for (const [index, cell] of row.children.entries()) placeCell(cell, cells[index], parts[index] ?? []);
}

function placeCell(cell: TableCell, written: { at: number; part: Part | undefined } | undefined, parts: readonly Part[]): void {
  const part = written?.part;
  if (!part || !written) {
    unplace(cell);
    if (parts.length > 0) cell.position = { start: parts[0]!.start, end: parts.at(-1)!.end };
    return;
  }
  const shift = (point: Point): Point => {
    const by = (point.offset ?? written.at) - written.at;
    return { line: part.start.line, column: part.start.column + by, offset: part.start.offset! + by };
  };
  const move = (node: Nodes): void => {
    if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
    if ('children' in node) for (const child of node.children) move(child);
  };
  for (const child of cell.children) move(child);
  cell.position = { start: part.start, end: part.end };
}

function unplace(node: Nodes): void {
  delete node.position;
  if ('children' in node) for (const child of node.children) unplace(child);
}
