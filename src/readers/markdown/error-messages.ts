/**
 * The Message column of a table of error answers (`| Status | Code | Message |` under `### Error
 * responses`): each status's words, as a Description column's are. Rows of one status (a 400 for
 * each of the API's own codes) are one response, their messages its description, one a line:
 *
 *     | 400 | level_invalid | The level is out of range. |    → 400: The level is out of range.
 *     | 400 | level_missing | The level is missing.      |           The level is missing.
 */
import type { Table, TableRow } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { textCell } from './made-tables.js';

/** A column of the answer's message: `Message`, `Error message`. */
const MESSAGE = /^(?:error\s+)?message$/i;

/** Reads the Message column of an error table whose status column is at `statusAt` as its descriptions (none where a Description column is). */
export function describeByMessages(table: Table, statusAt: number): void {
  const [header, ...rows] = table.children;
  if (!header || columnRoles(table).includes('description')) return;
  const at = header.children.findIndex((cell) => MESSAGE.test(plainText(cell).trim()));
  if (at < 0) return;
  header.children[at] = textCell('Description', header.children[at]!.position ?? header.position!);
  const first = new Map<string, TableRow>();
  const kept: TableRow[] = [header];
  for (const row of rows) {
    const status = row.children[statusAt] ? plainText(row.children[statusAt]).trim() : '';
    const earlier = first.get(status);
    if (!earlier) {
      first.set(status, row);
      kept.push(row);
      continue;
    }
    const [words, message] = [earlier.children[at], row.children[at]];
    if (!words || !message || message.children.length === 0) continue;
    if (words.children.length > 0) words.children.push({ type: 'break' });
    for (const node of message.children) words.children.push(node);
  }
  table.children = kept;
}
