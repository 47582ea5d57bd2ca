/**
 * Help Page tables: a header line of ` | `-separated column names, a `---|---|` rule, then one
 * line per cell, each ending in ` |`, a row every N lines (N = the header's column count).
 *
 *     NewMessagePostName | Description | Type | Additional information |
 *     ^^^^^^^^^^^^^^ the body type's name, glued to the first column name
 *     ---|---|---|---|
 *     TicketREF |
 *     (Required) The reference ID of the ticket to which add a new message. |
 *     ^^^^^^^^^^ the required marker → `strong` "Required"
 *     string |
 *     None. |
 *
 * The glued prefix is split off by the header vocabulary (`Name`, `Description`, `Type`,
 * `Additional information`, `Value`): the last column word the first cell ends with.
 */
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';
import { cellNode, cellOf, rowNode, tableNode, textNode } from '../shared/nodes.js';

const COLUMN_WORDS = ['Additional information', 'Description', 'Value', 'Type', 'Name'] as const;
const RULE = /^\s*-{3,}\s*(?:\|\s*-{3,}\s*)*\|?\s*$/;

interface Piece {
  text: string;
  /** Columns [from, to) of the piece in its line (0-based). */
  from: number;
  to: number;
}

export interface HeaderLine {
  line: Line;
  /** Text glued before the first column name (`NewMessagePost`, `Collection of Contact`); may be empty. */
  prefix: Piece;
  columns: Piece[];
}

/** The trimmed text of columns [from, to) of `text`, with its trimmed bounds. */
function trimmed(text: string, from: number, to: number): Piece {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { text: text.slice(start, end), from: start, to: end };
}

/** A cell line: text before the final `|` (`TicketREF |`, ` |`). */
function isCellLine(line: Line | undefined): boolean {
  return line !== undefined && /\|\s*$/.test(line.text);
}

/** The header of a Help Page table, or undefined when `line` is not one. */
export function parseHeader(line: Line): HeaderLine | undefined {
  const text = line.text;
  const bar = text.lastIndexOf('|');
  if (bar < 0 || text.slice(bar + 1).trim() !== '') return undefined;
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= bar; i++) {
    if (text[i] !== '|') continue;
    pieces.push(trimmed(text, from, i));
    from = i + 1;
  }
  if (pieces.length < 2) return undefined;
  const [first, ...rest] = pieces as [Piece, ...Piece[]];
  if (!rest.every((piece) => isColumnWord(piece.text))) return undefined;
  const word = COLUMN_WORDS.find((candidate) => first.text.toLowerCase().endsWith(candidate.toLowerCase()));
  if (!word) return undefined;
  const split = first.to - word.length;
  const prefix = trimmed(text, first.from, split);
  const columns = [{ text: text.slice(split, first.to), from: split, to: first.to }, ...rest];
  if (!columns.some((column) => /^name$/i.test(column.text))) return undefined;
  return { line, prefix, columns };
}

function isColumnWord(text: string): boolean {
  return COLUMN_WORDS.some((word) => word.toLowerCase() === text.toLowerCase());
}

function isRuleLine(line: Line | undefined): boolean {
  return line !== undefined && RULE.test(line.text) && line.text.includes('-');
}

export interface ReadTable {
  table: Table;
  /** Index of the first line after the table. */
  next: number;
}

/** Reads the table whose header is `header` (at `lines[start]`); ragged rows are diagnostics. */
export function readHelpTable(
  lines: readonly Line[],
  start: number,
  header: HeaderLine,
  file: string,
  diagnostics: DiagnosticBag,
): ReadTable {
  const width = header.columns.length;
  let i = start + 1;
  if (isRuleLine(lines[i])) i++;
  const cellLines: Line[] = [];
  while (i < lines.length && isCellLine(lines[i]) && !parseHeader(lines[i]!)) cellLines.push(lines[i++]!);
  const rows: TableRow[] = [headerRow(header)];
  const rowLines: number[] = [];
  const whole = Math.floor(cellLines.length / width) * width;
  for (let r = 0; r < whole; r += width) {
    const cells = cellLines.slice(r, r + width).map((line, c) => readCell(line, header.columns[c]!.text));
    rows.push(rowNode(cells));
    rowLines.push(cellLines[r]!.index + 1);
  }
  if (whole < cellLines.length) {
    const first = cellLines[whole]!;
    const last = cellLines[cellLines.length - 1]!;
    const position = linesSpan(first, last);
    diagnostics.report(
      'malformed-row',
      sourceOf(file, { position }),
      `a row of ${cellLines.length - whole} cell line(s) where the table has ${width} columns; the row was not read`,
    );
  }
  return { table: tableNode(rows, rowLines), next: i };
}

function headerRow(header: HeaderLine): TableRow {
  return rowNode(header.columns.map((column) => cellNode(column.text, spanOf(header.line, column.from, column.to))));
}

/** One cell line: `(Required)` at the start of a description, or a bare `Required`, is the marker. */
function readCell(line: Line, column: string): TableCell {
  const bar = line.text.lastIndexOf('|');
  const piece = trimmed(line.text, 0, bar);
  const position = spanOf(line, piece.from, piece.to);
  const children: PhrasingContent[] = [];
  const marker = /^\(?Required\)?(?=\s|$)/.exec(piece.text);
  const isMarker = marker && (marker[0] === '(Required)' || (marker[0] === 'Required' && !/^description$/i.test(column)));
  if (!marker || !isMarker) return cellNode(piece.text, position);
  const markerEnd = piece.from + marker[0].length;
  const strongSpan = spanOf(line, piece.from, markerEnd);
  const wordFrom = marker[0].startsWith('(') ? piece.from + 1 : piece.from;
  const wordSpan = spanOf(line, wordFrom, wordFrom + 'Required'.length);
  children.push({ type: 'strong', children: [textNode('Required', wordSpan)], position: strongSpan });
  const rest = trimmed(line.text, markerEnd, piece.to);
  if (rest.text) children.push(textNode(rest.text, spanOf(line, rest.from, rest.to)));
  return cellOf(children, position);
}
