/**
 * DTO tables → GFM table nodes. The header line and every row are split by the row grammar
 * (`split-row.ts`); each cell points at its span of the line. A row the grammar cannot split is
 * a `malformed-row` diagnostic with its line, and is left out of the table.
 *
 *     DTO_reference_user                 → type-definition `DTO_reference_user`
 *     NameTypeReadOnlyDescription        → header Name | Type | ReadOnly | Description
 *     emailStringReadOnlyEmail           → email | String | ReadOnly | Email
 *     ENUM attachment_status             → enum-definition `attachment_status`
 *     ValueNameDescription               → header Value | Name | Description
 *     0UNKNOWNUNKNOWN                    → 0 | UNKNOWN | UNKNOWN
 */
import type { Table, TableRow } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';
import { cellNode, rowNode, tableNode } from '../shared/nodes.js';
import { type Cut, type KnownTypes, type Split, splitArgumentRow, splitEnumRow, splitHeader, splitPropertyRow } from './split-row.js';

export type RowKind = 'property' | 'argument' | 'enum';

/** The column order each row kind yields, whatever order the header shows. */
const COLUMNS: Record<RowKind, readonly string[]> = {
  property: ['Name', 'Type', 'ReadOnly', 'Description'],
  argument: ['Name', 'Type', 'Source'],
  enum: ['Value', 'Name', 'Description'],
};

export interface DtoTable {
  table: Table;
  /** The rows of the table, in step with `table.children.slice(1)`: each row's cells as split. */
  cells: Record<string, Cut>[];
  next: number;
}

/** True when `line` is a row-less line that ends a table: blank, or absent. */
const ends = (line: Line | undefined): boolean => line === undefined || line.text.trim() === '';

/** The kind of table `header` opens, or undefined when the header does not fit one. */
export function tableKind(header: Line | undefined): RowKind | undefined {
  const cells = header ? splitHeader(header.text.trim()) : undefined;
  if (!cells) return undefined;
  const words = new Set(cells.map((cell) => cell.text));
  if (words.has('Source')) return 'argument';
  if (words.has('Value')) return 'enum';
  if (words.has('Type')) return 'property';
  return undefined;
}

function split(kind: RowKind, text: string, known: KnownTypes): Split<Record<string, Cut>> {
  if (kind === 'enum') {
    const result = splitEnumRow(text);
    return result.ok
      ? { ok: true, cells: { Value: result.cells.value, Name: result.cells.name, Description: result.cells.description } }
      : result;
  }
  if (kind === 'argument') {
    const result = splitArgumentRow(text, known);
    return result.ok ? { ok: true, cells: { Name: result.cells.name, Type: result.cells.type, Source: result.cells.source } } : result;
  }
  const result = splitPropertyRow(text, known);
  return result.ok
    ? {
        ok: true,
        cells: { Name: result.cells.name, Type: result.cells.type, ReadOnly: result.cells.readOnly, Description: result.cells.description },
      }
    : result;
}

/**
 * Reads the table whose header is `lines[at]`, up to a blank line, the end, or a line for which
 * `stop` is true (the next table's title).
 */
export function readDtoTable(
  lines: readonly Line[],
  at: number,
  kind: RowKind,
  known: KnownTypes,
  stop: (index: number) => boolean,
  file: string,
  diagnostics: DiagnosticBag,
): DtoTable {
  const headerLine = lines[at]!;
  const lead = headerLine.text.length - headerLine.text.trimStart().length;
  const headerCells = splitHeader(headerLine.text.trim()) ?? [];
  const byWord = new Map(headerCells.map((cell) => [cell.text, cell]));
  const rows: TableRow[] = [
    rowNode(
      COLUMNS[kind].map((word) => {
        const cell = byWord.get(word);
        return cell ? cellNode(word, spanOf(headerLine, lead + cell.from, lead + cell.to)) : cellNode('', spanOf(headerLine, lead, lead));
      }),
    ),
  ];
  const rowLines: number[] = [];
  const cells: Record<string, Cut>[] = [];
  let i = at + 1;
  for (; i < lines.length && !ends(lines[i]) && !stop(i); i++) {
    const line = lines[i]!;
    const indent = line.text.length - line.text.trimStart().length;
    const text = line.text.trim();
    const result = split(kind, text, known);
    if (!result.ok) {
      diagnostics.report(
        'malformed-row',
        sourceOf(file, { position: linesSpan(line, line) }),
        `cannot split "${shorten(text)}" into ${COLUMNS[kind].join(' | ')}: ${result.reason}`,
      );
      continue;
    }
    rows.push(rowNode(COLUMNS[kind].map((word) => cellAt(line, indent, result.cells[word]!))));
    rowLines.push(line.index + 1);
    cells.push(result.cells);
  }
  return { table: tableNode(rows, rowLines), cells, next: i };
}

function cellAt(line: Line, indent: number, piece: Cut): ReturnType<typeof cellNode> {
  return cellNode(piece.text, spanOf(line, indent + piece.from, indent + piece.to));
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
