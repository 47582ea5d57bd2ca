/**
 * The DocFX template's path parameter tables (in DocFX pages and in their scraped text alike).
 *
 * The path parameter table has no heading of its own: it sits in the operation section,
 * right after the description.
 *
 *     Saves a ticket message and performs any user notifications
 *
 *     | Path Part | Type | Description |
 *     ^ a table whose first header cell is `Path Part`
 *
 * We insert a synthetic `## Path Parameters` heading (depth 2, `data.section: 'path-parameters'`,
 * no position: it is not in the file) before such a table, so the extractor reads it like any
 * other parameter section. The table itself keeps its real position.
 */
import type { Heading, Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';

const PATH_PART = /^path\s*parts?$/i;

function firstHeaderCell(table: Table): string {
  const cell = table.children[0]?.children[0];
  return cell ? plainText(cell).trim() : '';
}

function syntheticPathHeading(): Heading {
  return {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: 'Path Parameters' }],
    data: { section: 'path-parameters' },
  };
}

/** Puts a synthetic path-parameters heading before every `Path Part` table not already under one. */
export function markPathPartTables(root: Root): void {
  const children: RootContent[] = [];
  let section: string | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') section = node.data?.section;
    if (node.type === 'table' && section !== 'path-parameters' && PATH_PART.test(firstHeaderCell(node))) {
      children.push(syntheticPathHeading());
      section = 'path-parameters';
    }
    children.push(node);
  }
  root.children = children;
}
