/**
 * The status table of a Help Page response. Help Pages print no status code of their own: the
 * `Resource Description` line describes the result, and the framework's rule applies — an action
 * with a result answers `200`, one without (`None.`) answers `204`. Codes the description states
 * (`HttpStatusCode 200 OK or 400 BadRequest with Message`) are taken as written instead.
 *
 * The table is synthesised (`Response | Description`); its cells point at the text they come from:
 * a stated code at its digits, an implied one at the line that implies it.
 */
import type { RootContent, TableRow } from 'mdast';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';
import { cellNode, rowNode, tableNode } from '../shared/nodes.js';

const STATED = /\b([1-5]\d\d)\s+([A-Z][A-Za-z]*)/g;

/** `none`: the page says `None.` (→ 204); otherwise the action has a result, or says nothing of one (→ 200). */
export function readStatuses(description: readonly Line[], evidence: Line, body: 'none' | 'some'): RootContent[] {
  const first = description[0] ?? evidence;
  const headerSpan = linesSpan(first, first);
  const header = rowNode([cellNode('Response', headerSpan), cellNode('Description', headerSpan)]);
  const rows: TableRow[] = [header];
  const rowLines: number[] = [];
  for (const line of description) {
    for (const match of line.text.matchAll(STATED)) {
      const at = match.index ?? 0;
      const reasonAt = at + match[0].length - match[2]!.length;
      rows.push(
        rowNode([cellNode(match[1]!, spanOf(line, at, at + 3)), cellNode(match[2]!, spanOf(line, reasonAt, reasonAt + match[2]!.length))]),
      );
      rowLines.push(line.index + 1);
    }
  }
  if (rows.length === 1) {
    const text = description.map((line) => line.text.trim()).join('\n');
    const last = description[description.length - 1] ?? evidence;
    const status = body === 'none' ? '204' : '200';
    rows.push(
      rowNode([
        cellNode(status, linesSpan(evidence, evidence)),
        cellNode(text || (body === 'none' ? 'No Content' : 'OK'), linesSpan(first, last)),
      ]),
    );
    rowLines.push(evidence.index + 1);
  }
  return [tableNode(rows, rowLines)];
}
