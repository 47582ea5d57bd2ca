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
 * holds a row of pipes followed by a delimiter row is a `malformed-table` at the delimiter row.
 */
import type { Nodes, Root } from 'mdast';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';

/** `|---|:--:|`, `--- | ---`: dashes with optional colons, at least one pipe. */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
/** Block quote markers before a line's content (`> > `). */
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;

export function reportUnreadTables(root: Root, text: string, file: string, diagnostics: DiagnosticBag): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') checkParagraph(node, text, file, diagnostics);
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
}

function checkParagraph(node: Nodes, text: string, file: string, diagnostics: DiagnosticBag): void {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return;
  const lines = text.slice(start.offset - (start.column - 1), end).split('\n');
  let offset = start.offset - (start.column - 1);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '');
    const prefix = QUOTE_PREFIX.exec(raw)![0].length;
    const content = raw.slice(prefix).trim();
    const header = index > 0 ? lines[index - 1]!.replace(/\r$/, '').replace(QUOTE_PREFIX, '').trim() : '';
    if (content.includes('|') && DELIMITER_ROW.test(content) && header.includes('|') && !DELIMITER_ROW.test(header)) {
      const columns = cellCount(header);
      const cells = cellCount(content);
      const column = prefix + (raw.slice(prefix).length - raw.slice(prefix).trimStart().length) + 1;
      const at = { line: start.line + index, column, offset: offset + column - 1 };
      diagnostics.report(
        'malformed-table',
        { file, start: at, end: { line: at.line, column: at.column + content.length, offset: at.offset + content.length } },
        cells === columns
          ? 'these lines look like a table but are not read as one; none of their rows were used'
          : `this table's delimiter row has ${cells} cell${cells === 1 ? '' : 's'} for ${columns} header cell${columns === 1 ? '' : 's'}, so markdown (GFM) does not read it as a table and none of its rows were used; give the delimiter row one \`---\` per column`,
      );
    }
    offset += lines[index]!.length + 1;
  }
}

/** Cells of a table row: split at unescaped pipes, an outer pipe on either side not counted. */
function cellCount(row: string): number {
  const cells = row.split(/(?<!\\)\|/);
  if (cells[0]!.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.length;
}
