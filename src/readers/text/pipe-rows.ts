/**
 * Rows that kept their pipes. When the site's renderer gave up on a table part-way (a blank line
 * inside a cell), the rest of the markdown table comes out as one line of text:
 *
 *     …end of the previous description. | | a.b | string | Text | | a.c | object | |
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^   ^^^^^^^^^^^^^^^^^^^^^^   ^^^^^^^^^^^^^^^^
 *     lead (continues the row above)      row                      row (empty last cell)
 *
 * Split on `|`, the text after the lead falls into groups of one empty piece (between a row's
 * closing and the next row's opening pipe) and one piece per column, ending with one empty piece.
 */
import type { CellSpan } from './row-cells.js';

export interface PipeRun {
  /** Text before the first row: the end of the previous row's last cell (may be empty). */
  lead: CellSpan;
  rows: CellSpan[][];
}

/** A line worth trying: it holds an empty cell pair `| |`. */
export function looksLikePipeRun(text: string): boolean {
  return /\|[ \t]*\|/.test(text);
}

/** The rows of `text` for a table of `columns` columns, or `undefined` when it does not fit. */
export function splitPipeRun(text: string, columns: number): PipeRun | undefined {
  const pieces: CellSpan[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '|') continue;
    pieces.push(trimSpan(text, from, i));
    from = i + 1;
  }
  // `| a | b |…` has no lead: its first (empty) piece is already the gap before the first row.
  const opensWithPipe = text.trimStart().startsWith('|');
  const lead = opensWithPipe ? { from: 0, to: 0 } : pieces[0];
  const rest = opensWithPipe ? pieces : pieces.slice(1);
  // Groups of (gap + cells), then the one empty piece after the last closing pipe.
  if (!lead || rest.length < columns + 2 || (rest.length - 1) % (columns + 1) !== 0) return undefined;
  const tail = rest[rest.length - 1]!;
  if (tail.to > tail.from) return undefined;
  const rows: CellSpan[][] = [];
  for (let at = 0; at + columns < rest.length; at += columns + 1) {
    const gap = rest[at]!;
    const cells = rest.slice(at + 1, at + 1 + columns);
    const name = cells[0]!;
    if (gap.to > gap.from || name.to === name.from) return undefined;
    rows.push(cells);
  }
  return { lead, rows };
}

function trimSpan(text: string, from: number, to: number): CellSpan {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { from: start, to: end };
}
