/**
 * A status table's row whose words say what that status returns by a link to an object's heading,
 * in a table with no Schema (or Type) column:
 *
 *     | Status | Description |
 *     | `201 Created` | The lamp was created. Returns a [Lamp](#the-lamp-object). |
 *
 * gets the Schema cell widdershins' tables write (`[Lamp](#schemalamp)`): the type the link names,
 * a list of it for "a list of" (the sentence forms and the links `returned-links.ts` reads in an
 * operation's prose, nothing else: a link to anything but an object's heading states no type). The
 * other rows' cells stay empty (no body stated).
 */
import type { Paragraph, Root } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { textCell } from './made-tables.js';
import { returnedType } from './returned-links.js';

export function typeStatusRowReturns(root: Root): void {
  for (const table of root.children) {
    if (table.type !== 'table' || !table.position) continue;
    const roles = columnRoles(table);
    const description = roles.indexOf('description');
    if (!roles.includes('status') || description < 0 || roles.includes('type')) continue;
    const types = table.children.slice(1).map((row) => {
      const cell = row.children[description];
      if (!cell?.children.some((child) => child.type === 'link')) return '';
      const words: Paragraph = { type: 'paragraph', children: cell.children };
      return returnedType(words, undefined)?.typeText ?? '';
    });
    if (!types.some(Boolean)) continue;
    table.children.forEach((row, index) => {
      row.children.push(textCell(index === 0 ? 'Schema' : types[index - 1]!, row.position ?? table.position!));
    });
    table.align?.push(null);
  }
}
