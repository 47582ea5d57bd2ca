/**
 * A request body that is one item, not an object of it (Django REST framework's API docs, a coreapi
 * field whose location is `body`):
 *
 *     <h4>Request Body</h4>
 *     <p>The request body should be <code>"application/json"</code> encoded, and should contain a single item.</p>
 *     | Parameter | Description |        → the body itself: no field `data` of an object; the row's
 *     | `data` required | The books. |    description its words
 *
 * Only a table of one row right under that sentence; its name is the coreapi field's, no key of the
 * body, and its words say nothing of its type, so the body is left open.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

const SINGLE_ITEM = /\bshould contain a single item\.?$/i;

export function convertSingleItemBodies(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  const nodes = root.children;
  if (!nodes.some((node) => node.type === 'paragraph' && SINGLE_ITEM.test(plainText(node).trim()))) return;
  root.children = nodes.flatMap((node, index): RootContent[] => {
    const before = nodes[index - 1];
    if (node.type !== 'table' || before?.type !== 'paragraph' || !SINGLE_ITEM.test(plainText(before).trim())) return [node];
    const [, row, ...more] = node.children;
    if (!row || more.length > 0) return [node];
    const described = columnRoles(node, columnNames).indexOf('description');
    const cell = described >= 0 ? row.children[described] : undefined;
    if (!cell || plainText(cell).trim() === '') return [];
    const words: Paragraph = { type: 'paragraph', children: cell.children };
    if (row.position) words.position = row.position;
    return [words];
  });
}
