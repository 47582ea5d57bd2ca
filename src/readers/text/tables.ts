/**
 * Flattened tables back into GFM `table` nodes: the header line split by the header vocabulary,
 * each row split by the column grammar (`row-cells.ts`), every cell positioned on its own text.
 *
 * - A line that reads as the wrapped end of the row above (its type word is none: `Use MDO List
 *   name …`) is added to that row's last cell, after a line break.
 * - A line of pipe-delimited rows (`pipe-rows.ts`) adds those rows, cut at the pipes.
 * - A line that is neither (or has no row above) is a `malformed-row` error and is left out.
 */
import type { Table, TableRow } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';
import { looksLikePipeRun, splitPipeRun } from './pipe-rows.js';
import { type CellSpan, splitRow } from './row-cells.js';
import { buildCell } from './table-cells.js';
import type { HeaderColumn } from './table-header.js';

export interface TableInput {
  header: Line;
  columns: readonly HeaderColumn[];
  /** The body row lines, in order (no blank lines). */
  rows: readonly Line[];
  file: string;
}

interface Building {
  input: TableInput;
  rows: TableRow[];
  rowLines: number[];
  descriptionIndex: number;
}

/** Reads one flattened table; lines that cannot be rows are reported to `diagnostics` and skipped. */
export function readTable(input: TableInput, diagnostics: DiagnosticBag): Table {
  const { header, columns, rows } = input;
  const headerRow: TableRow = {
    type: 'tableRow',
    children: columns.map((column) => buildCell(header, { from: column.from, to: column.to }, false)),
    position: linesSpan(header, header),
  };
  const building: Building = { input, rows: [], rowLines: [], descriptionIndex: columns.findIndex((c) => c.label === 'Description') };
  for (const line of rows) readRowLine(building, line, diagnostics);
  const last = rows[rows.length - 1] ?? header;
  return {
    type: 'table',
    align: columns.map(() => null),
    children: [headerRow, ...building.rows],
    position: linesSpan(header, last),
    data: { rowLines: building.rowLines },
  };
}

function readRowLine(building: Building, line: Line, diagnostics: DiagnosticBag): void {
  const { columns } = building.input;
  const previous = building.rows[building.rows.length - 1];
  const run = looksLikePipeRun(line.text) ? splitPipeRun(line.text, columns.length) : undefined;
  if (run && (previous || run.lead.to === run.lead.from)) {
    if (run.lead.to > run.lead.from && previous) continueRow(previous, line, run.lead);
    for (const cells of run.rows) addRow(building, line, cells, spanOf(line, cells[0]!.from, cells[cells.length - 1]!.to));
    return;
  }
  const split = splitRow(
    line.text,
    columns.map((column) => column.grammar),
  );
  if ('cells' in split) {
    addRow(building, line, split.cells, linesSpan(line, line));
    return;
  }
  if (split.wrapped && previous) {
    continueRow(previous, line, { from: line.text.length - line.text.trimStart().length, to: line.text.trimEnd().length });
    diagnostics.report(
      'wrapped-row',
      sourceOf(building.input.file, { position: linesSpan(line, line) }),
      `"${preview(line.text)}" was read as the end of the row above, not as a row: ${split.error}`,
    );
    return;
  }
  diagnostics.report(
    'malformed-row',
    sourceOf(building.input.file, { position: linesSpan(line, line) }),
    `cannot split the row "${preview(line.text)}" of the "${building.input.header.text.trim()}" table: ${split.error}; the row was left out`,
  );
}

function addRow(building: Building, line: Line, cells: readonly CellSpan[], position: TableRow['position']): void {
  building.rows.push({
    type: 'tableRow',
    children: cells.map((cell, index) => buildCell(line, cell, index === building.descriptionIndex)),
    position,
  });
  building.rowLines.push(line.index + 1);
}

/**
 * Appends a wrapped line to the last cell of `row`: a text node positioned on the wrapped text,
 * its value led by the line break that separated it from the text above.
 */
function continueRow(row: TableRow, line: Line, span: CellSpan): void {
  const cell = row.children[row.children.length - 1];
  if (!cell?.position) return;
  const position = spanOf(line, span.from, span.to);
  cell.children.push({ type: 'text', value: `\n${line.text.slice(span.from, span.to)}`, position });
  cell.position = { start: cell.position.start, end: position.end };
  if (row.position) row.position = { start: row.position.start, end: position.end };
}

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}
