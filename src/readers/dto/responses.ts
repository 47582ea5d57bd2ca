/**
 * `Response object`: labelled lines, not a table.
 *
 *     Response status: 200 (OK)                          → status table row 200 | OK
 *     Response type: DTO_ticket_conversation[]           → response-body, typeText as written
 *     Wrapper: DTO_response_wrap                         → page extension `x-response-wrapper`
 *     Other response statuses: 400 (BadRequest), 403 (Forbidden)  → rows 400, 403
 *
 * The status table is synthesised (`Response | Description`); each cell points at its text (the
 * header cells at the `Response status` label).
 */
import type { TableRow } from 'mdast';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';
import { cellNode, headingNode, rowNode, tableNode } from '../shared/nodes.js';
import type { DtoContext } from './context.js';

const FIELD = /^(\s*)(Response status|Response type|Wrapper|Other response statuses)(\s*:\s*)(.*?)\s*$/i;
const STATUS = /(\d{3})\s*(?:\(([^)]*)\))?/g;

export function readResponseObject(context: DtoContext, at: number): number {
  const { lines, out, meta } = context;
  const label = lines[at]!;
  const rows: TableRow[] = [];
  const rowLines: number[] = [];
  let headerAt: ReturnType<typeof spanOf> | undefined;
  let typeLine: { line: Line; from: number; to: number } | undefined;
  let i = at + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') continue;
    const field = FIELD.exec(line.text);
    if (!field) break;
    const key = field[2]!.toLowerCase();
    const from = field[1]!.length + field[2]!.length + field[3]!.length;
    const value = field[4]!;
    if (key === 'response type') typeLine = { line, from, to: from + value.length };
    else if (key === 'wrapper') meta.extensions = { ...meta.extensions, 'x-response-wrapper': value };
    else {
      headerAt ??= spanOf(line, field[1]!.length, field[1]!.length + field[2]!.length);
      for (const match of value.matchAll(STATUS)) {
        const start = from + (match.index ?? 0);
        const reason = match[2]?.trim() ?? '';
        const reasonAt = reason ? start + match[0].indexOf(reason) : start + 3;
        rows.push(
          rowNode([
            cellNode(match[1]!, spanOf(line, start, start + 3)),
            cellNode(reason, spanOf(line, reasonAt, reasonAt + reason.length)),
          ]),
        );
        rowLines.push(line.index + 1);
      }
    }
  }
  out.push(headingNode(2, label.text.trim(), linesSpan(label, label), { section: 'responses' }));
  if (rows.length > 0) {
    const span = headerAt ?? linesSpan(label, label);
    const word = headerAt
      ? { start: span.start, end: { ...span.start, column: span.start.column + 8, offset: (span.start.offset ?? 0) + 8 } }
      : span;
    out.push(tableNode([rowNode([cellNode('Response', word), cellNode('Description', span)]), ...rows], rowLines));
  }
  if (typeLine && typeLine.to > typeLine.from) {
    const typeText = typeLine.line.text.slice(typeLine.from, typeLine.to);
    out.push(headingNode(3, typeText, spanOf(typeLine.line, typeLine.from, typeLine.to), { section: 'response-body', typeText }));
  }
  return i;
}
