/**
 * A type cell that links to a heading of another page:
 *
 *     | home    | [Address](../objects/common.md#address)      |   → `Address`, the words (as before);
 *     | doctor  | [Vet](../objects/types.md#vet-record)         |     the merge makes it the section's
 *     | friends | array of [Buddy](../objects/users.md#user-object) |  type where the words name none
 *
 * The cell names the type by the link's words, as ever (a page is read alone). The link is kept
 * (`root.data.typeLinks`) for the merge to read where the pages meet (merge/type-links.ts): where no
 * page defines the type the words name, the section the link goes to (a heading of the other page
 * with a field table of its own, as a body's link to it is read: linked-sections.ts) is the type.
 * Only a cell of a table's type column whose words besides its links are a type's (`array of`,
 * `or`, `object`), a link with an anchor to another page of the docs: a link to the page alone, to
 * a site, or to a heading of the same page (cell-links.ts) is none of these.
 */
import type { Nodes, Root, Table } from 'mdast';
import type { Position } from 'unist';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { otherPageOf } from './linked-sections.js';

/** A type cell's link to another page's heading: the link's words, the page and the heading's anchor. */
export interface TypeCellLink {
  words: string;
  file: string;
  anchor: string;
  position?: Position;
}

/** What a type cell holds besides its types' names: `Array of`, `or`, `object`, `?`. */
const TYPE_WORDS = /^(?:\s|,|\?|\||\b(?:array|list|of|or|and|objects?|nullable)\b)*$/i;
/** A type's words: one to four words of letters. */
const WORDS = /^[A-Za-z][\w]*(?:\s+[A-Za-z][\w]*){0,3}$/;

/** The links of the page's type cells to other pages' headings, in page order. */
export function typeCellLinks(root: Root, file: string, columnNames?: Readonly<Record<string, string>>): TypeCellLink[] {
  const found: TypeCellLink[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'table') found.push(...tableLinks(node, file, columnNames));
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return found;
}

function tableLinks(table: Table, file: string, columnNames: Readonly<Record<string, string>> | undefined): TypeCellLink[] {
  const type = columnRoles(table, columnNames).indexOf('type');
  if (type < 0) return [];
  const found: TypeCellLink[] = [];
  for (const row of table.children.slice(1)) {
    const cell = row.children[type];
    if (!cell) continue;
    const rest = cell.children
      .filter((child) => child.type !== 'link')
      .map(plainText)
      .join('');
    if (!TYPE_WORDS.test(rest)) continue;
    for (const link of cell.children) {
      if (link.type !== 'link') continue;
      const words = plainText(link).trim();
      const page = WORDS.test(words) ? otherPageOf(file, link.url) : undefined;
      if (page?.anchor) found.push({ words, ...page, ...(link.position ? { position: link.position } : {}) });
    }
  }
  return found;
}
