/**
 * Tables whose delimiter row has more cells than their header, as the old
 * laravel-apidoc-generator's Slate pages write them (its template also indents the rows):
 *
 *     Parameter | Status | Description
 *     --------- | ------- | ------- | -------      ← 4 cells for 3 columns: GFM reads no table
 *         `book` |  required  | The id of the book.   ← indented four spaces: no row of GFM's
 *
 * Slate's renderer read them, and the integrator cannot mend the vendor's pages: the header's cells
 * are the columns. The extra delimiter cells are blanked, and a row indented four spaces or more
 * (past the delimiter row's own indentation) starts where the delimiter row does, the rest of its
 * line padded, so the page keeps its length and every offset; the page is then parsed again.
 * Each table so read is reported `malformed-table`, a warning at its delimiter row, saying what was
 * assumed. A delimiter row with fewer cells than the header stays unread (its columns are unknown).
 */
import type { Root } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { unreadDelimiterRows } from '../../document/unread-tables.js';

/** Block quote markers and indentation before a line's content. */
const LEAD = /^[ \t]*(?:>[ \t]?)*[ \t]*/;

/** The page with its long delimiter rows cut to the header's cells and their tables' rows unindented; undefined where it has none. */
export function trimLongDelimiterRows(root: Root, text: string, file: string, diagnostics: DiagnosticBag): string | undefined {
  let trimmed = text;
  for (const { at, content, columns, cells, rest } of unreadDelimiterRows(root, text)) {
    if (columns < 1 || cells <= columns) continue;
    const pipes = [...content.matchAll(/\|/g)].map((match) => match.index);
    const cut = pipes[content.startsWith('|') ? columns : columns - 1]!;
    trimmed = spliced(trimmed, at.offset + cut, ' '.repeat(content.length - cut));
    let moved = 0;
    for (const { line, offset } of rest) {
      if (!line.includes('|')) break;
      const start = LEAD.exec(line)![0].length;
      if (start - (at.column - 1) < 4) continue;
      const body = line.replace(/\r$/, '').slice(start);
      trimmed = spliced(trimmed, offset + at.column - 1, body + ' '.repeat(start - (at.column - 1)));
      moved++;
    }
    const extra = cells - columns;
    diagnostics.report(
      'malformed-table',
      { file, start: at, end: { line: at.line, column: at.column + content.length, offset: at.offset + content.length } },
      `this table's delimiter row has ${cells} cells for ${columns} header cell${columns === 1 ? '' : 's'}, which markdown (GFM) reads as no table; ` +
        `read as a table of the header's ${columns} column${columns === 1 ? '' : 's'}, the delimiter row's last ${extra === 1 ? 'cell' : `${extra} cells`} ignored` +
        (moved > 0
          ? `, ${moved} row${moved === 1 ? '' : 's'} indented four spaces or more read as ${moved === 1 ? 'a row' : 'rows'} of it`
          : '') +
        '; give the delimiter row one `---` per column',
      { severity: 'warning' },
    );
  }
  return trimmed === text ? undefined : trimmed;
}

/** `text` with `replacement` written over as many characters at `offset`. */
function spliced(text: string, offset: number, replacement: string): string {
  return text.slice(0, offset) + replacement + text.slice(offset + replacement.length);
}
