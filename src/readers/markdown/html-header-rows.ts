/**
 * A table written without header cells whose first row is its header all the same, as a document
 * exported to HTML writes it (Word's "Web Page, Filtered", Google Docs' and mammoth's HTML of a
 * `.docx`: a row of `<td>` cells, bold or naming columns, unless the document marked a header row):
 *
 *     <tr><td><p class=MsoNormal><b><span>Parameter</span></b></p></td><td>…<b>Type</b>…</td></tr>
 *     <tr><td><p class=MsoNormal>lockerId</p></td><td>…string…</td></tr>
 *         → | Parameter | Type | ⏎ | lockerId | string |
 *
 * hast-util-to-mdast gives such a table an empty header row; the first row takes its place where
 * every one of its cells is wholly bold, or every one names a column the reader knows (`Field`,
 * `Type`, `Required`, `Description`: `column-roles.ts`). A first row of names and words
 * (`<td><code>context</code></td><td>Scope …</td>`) stays a row.
 */
import type { PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

/** Makes the first row the header of a table hast-util-to-mdast gave an empty one; whether it did. */
export function raiseHeaderRow(table: Table): boolean {
  const [empty, first, ...rows] = table.children;
  if (!empty || !first || rows.length === 0 || empty.children.some((cell) => plainText(cell).trim() !== '')) return false;
  const cells = first.children;
  if (cells.length < 2 || cells.some((cell) => plainText(cell).trim() === '')) return false;
  const named = columnRoles({ type: 'table', children: [first] }).every((role) => role !== undefined);
  if (!named && !cells.every(isBold)) return false;
  table.children = [first, ...rows];
  return true;
}

/** A cell whose words are all in bold (`<b>`, `<strong>`), in its paragraphs or not. */
function isBold(cell: TableCell): boolean {
  const words = phrasingOf(cell.children).filter((node) => node.type !== 'break' && !(node.type === 'text' && node.value.trim() === ''));
  return words.length > 0 && words.every((node) => node.type === 'strong');
}

function phrasingOf(nodes: readonly (PhrasingContent | RootContent)[]): (PhrasingContent | RootContent)[] {
  return nodes.flatMap((node) => (node.type === 'paragraph' ? phrasingOf(node.children) : [node]));
}
