/**
 * The tables of a page of copied text (copied-text.ts): a browser copies a table as its rows, one a
 * line, the cells parted by tabs (the `innerText` algorithm).
 *
 *     Attribute⇥Type⇥Required⇥Description       → | Attribute | Type | Required | Description |
 *     id⇥integer⇥yes⇥The ID of the shelf          | id        | integer | yes | The ID of the shelf |
 *
 * A table opens where two lines running have the same number (two or more) of cells, the first its
 * header; it goes on while lines have cells, as a GFM table's rows do: a short row's missing cells
 * are empty, a long row's cells past the header's are dropped; and past one blank line before a row
 * of its cells that names no column (a line break ending a cell's words). A line that opens with white space is
 * indented code, no row, but where a row's first cell is a code block (`<pre>`, a name set so), its
 * words copy as a line of their own over the row's other cells, which then open with a tab:
 *
 *     Name⇥Type⇥Description                    → | Name  | Type    | Description |
 *     depth                                       | depth | integer | How deep.   |
 *     ⇥integer⇥How deep.
 */
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';

/** The cells of a row line (two or more), or undefined. */
export function rowCells(line: Line | undefined): number | undefined {
  const text = line?.text;
  if (text === undefined || !text.includes('\t') || /^\s/.test(text)) return undefined;
  const cells = text.split('\t').length;
  return cells >= 2 ? cells : undefined;
}

/** A row's line and the lines under it that go on with its last cell. */
export interface CopiedRow {
  line: Line;
  more: Line[];
  /** The line over `line` holding its first cell's words, where that cell was a code block (`<pre>`). */
  lead?: Line;
}

/**
 * The row at `at` (past one blank line, which the block's line break may leave) whose first cell
 * was a code block: its words alone on a line, then a line of the table's cells opening with a tab
 * (the first cell's, empty). Its lines, or undefined.
 */
export function preRow(lines: readonly Line[], at: number, cells: number): { lead: Line; line: Line } | undefined {
  const from = lines[at]?.text.trim() === '' ? at + 1 : at;
  const [lead, line] = [lines[from], lines[from + 1]];
  if (!lead || !line || lead.text.trim() === '' || lead.text.includes('\t') || /^\s/.test(lead.text)) return undefined;
  if (!line.text.startsWith('\t') || /^\t\s/.test(line.text) || line.text.split('\t').length !== cells) return undefined;
  return { lead, line };
}

/** Lines that end a cell's lines below its row: a heading, a copy button's word, the site's or a title. */
export type StopLine = (index: number) => boolean;

/** The rows of the table opening at `from` and its last line, or undefined where none opens there. */
export function readTable(lines: readonly Line[], from: number, stop: StopLine): { rows: CopiedRow[]; end: number } | undefined {
  const cells = rowCells(lines[from]);
  if (cells === undefined || (rowCells(lines[from + 1]) !== cells && !preRow(lines, from + 1, cells))) return undefined;
  const rows: CopiedRow[] = [{ line: lines[from]!, more: [] }];
  let end = from;
  while (true) {
    if (rowCells(lines[end + 1]) !== undefined) {
      rows.push({ line: lines[++end]!, more: [] });
      continue;
    }
    const pre = preRow(lines, end + 1, cells);
    if (pre) {
      rows.push({ line: pre.line, more: [], lead: pre.lead });
      end = pre.line.index;
      continue;
    }
    const next = cellLines(lines, end, cells, stop) ?? brokenCellEnd(lines, end, cells);
    if (next === undefined) break;
    rows[rows.length - 1]!.more = lines.slice(end + 1, next).filter((line) => line.text.trim() !== '');
    end = next - 1;
  }
  return { rows, end };
}

/**
 * Where the row after the lines under the row at `at` opens, those lines its last cell's (a cell
 * holding paragraphs or a list: `clockMode⇥1⇥` ⏎ ⏎ `The valid formats.` ⏎ `0: System default`), or
 * undefined. Blank lines among them only where the row's last cell is empty: a description's
 * paragraphs moved below it; else the lines run with no blank line, a line break's (`<br>`).
 */
function cellLines(lines: readonly Line[], at: number, cells: number, stop: StopLine): number | undefined {
  const blanks = lines[at]!.text.endsWith('\t');
  let index = at + 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (rowCells(line) !== undefined) break;
    if (line.text.trim() === '' ? !blanks : stop(index) || line.text.includes('\t')) return undefined;
  }
  return index > at + 1 && index < lines.length && rowCells(lines[index]) === cells ? index : undefined;
}

/**
 * Where the next row opens past the one blank line a line break ending the last cell of the row at
 * `at` leaves (`scope⇥string⇥no⇥… or all.` ⏎ ⏎ `author_id⇥integer⇥no⇥…`, copied from `… or
 * all.<br>`), or undefined: the row after it must have the table's cells and name no column (a
 * header's words: a table of its own).
 */
function brokenCellEnd(lines: readonly Line[], at: number, cells: number): number | undefined {
  const row = lines[at + 2];
  if (lines[at]!.text.endsWith('\t') || lines[at + 1]?.text.trim() !== '' || rowCells(row) !== cells) return undefined;
  const words = row!.text.split('\t').map((cell) => cell.trim());
  const header: Table = {
    type: 'table',
    children: [{ type: 'tableRow', children: words.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })) }],
  };
  return columnRoles(header).some((role) => role !== undefined) ? undefined : at + 2;
}

/** The GFM table of the rows read, a row's lines below it joined to its last cell. */
export function buildTable(rows: readonly CopiedRow[]): Table {
  const width = rowCells(rows[0]!.line)!;
  const children = rows.map((row, index) => buildRow(row, width, index > 0));
  const last = rows[rows.length - 1]!;
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children,
    position: linesSpan(rows[0]!.line, last.more.at(-1) ?? last.line),
  };
}

function buildRow({ line, more, lead: pre }: CopiedRow, width: number, body: boolean): TableRow {
  const cells: TableCell[] = [];
  let at = 0;
  const parts = line.text.split('\t').slice(0, width);
  parts.forEach((part, index) => {
    const lead = part.length - part.trimStart().length;
    let words = part.trim();
    let position = spanOf(line, at + lead, at + lead + words.length);
    // The first cell's words on their own line over the row (a `<pre>`'s).
    if (index === 0 && pre) [words, position] = [pre.text.trim(), spanOf(pre, 0, pre.text.trimEnd().length)];
    const under = index === parts.length - 1 ? more : [];
    const last = under.at(-1);
    if (last) {
      words = [words, ...under.map((other) => other.text.trim())].filter(Boolean).join(' ');
      position = { start: position.start, end: spanOf(last, 0, last.text.trimEnd().length).end };
    }
    const names = body && index === 0 && under.length === 0 ? alternatives(line, at + lead, words) : undefined;
    cells.push({ type: 'tableCell', children: names ?? (words === '' ? [] : [{ type: 'text', value: words, position }]), position });
    at += part.length + 1;
  });
  while (cells.length < width) {
    const end = spanOf(line, line.text.length, line.text.length);
    cells.push({ type: 'tableCell', children: [], position: end });
  }
  const last = more.at(-1) ?? line;
  return { type: 'tableRow', children: cells, position: linesSpan(pre ?? line, last) };
}

/** Names a row's first cell gives as alternatives, each starred where required (`userId* or username*`). */
const ALTERNATIVES = /^[A-Za-z_$][\w.[\]$-]*\*?(?:[ \t]*(?:,|\/|[ \t]or)[ \t]+[A-Za-z_$][\w.[\]$-]*\*?)+$/;
const NAME = /[A-Za-z_$][\w.[\]$-]*/g;

/**
 * A first cell naming alternatives, its names the code they were on the page (`` `userId`* or
 * `username`* ``: the copy lost their style, the cell's form shows them), so that the row is read
 * as one per name, as the page's markdown is (`normaliseNameCells`).
 */
function alternatives(line: Line, from: number, words: string): PhrasingContent[] | undefined {
  if (!ALTERNATIVES.test(words)) return undefined;
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const match of words.matchAll(NAME)) {
    if (match.index > at)
      out.push({ type: 'text', value: words.slice(at, match.index), position: spanOf(line, from + at, from + match.index) });
    if (match[0] === 'or') out.push({ type: 'text', value: 'or', position: spanOf(line, from + match.index, from + match.index + 2) });
    else
      out.push({ type: 'inlineCode', value: match[0], position: spanOf(line, from + match.index, from + match.index + match[0].length) });
    at = match.index + match[0].length;
  }
  if (at < words.length) out.push({ type: 'text', value: words.slice(at), position: spanOf(line, from + at, from + words.length) });
  return out;
}
