/**
 * The sections another page's link may name whose table does not read as their fields: a heading
 * outside every operation that names a type (`## Shelf data`), over a table that is no field table
 * or over lines of pipes that are no table at all:
 *
 *     ## Shelf data
 *     | Key | Meaning |            → no name column: the link to it types nothing, and says why
 *     |---|---|
 *
 * They are offered with the page's linkable sections (`root.data.linkable`, `unread`), so that a
 * link to one is reported with the reason (merge/page-links.ts) rather than as going nowhere.
 */
import type { Paragraph, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { headingAnchors } from './heading-anchors.js';
import { sectionTypeName } from './linked-sections.js';
import type { Region } from './regions.js';
import { classifyTable } from './tables.js';

export interface UnreadSection {
  anchor: string;
  name: string;
  /** Why its table is no field table, and where that table (or those lines) is. */
  unread: { why: string; position?: Position };
}

/** The sections of the page outside every operation naming a type whose first table does not read as fields (none already in `known`). */
export function unreadSections(
  nodes: readonly RootContent[],
  regions: readonly Region[],
  known: ReadonlySet<string>,
  columnNames?: Readonly<Record<string, string>>,
): UnreadSection[] {
  const found: UnreadSection[] = [];
  const seen = new Set(known);
  nodes.forEach((node, index) => {
    if (node.type !== 'heading' || regions.some((region) => index >= region.start && index < region.end)) return;
    const anchors = headingAnchors(node).filter((anchor) => !seen.has(anchor));
    if (anchors.length === 0) return;
    const name = sectionTypeName(node);
    const table = name && firstTable(nodes, index);
    const unread = table && whyUnread(table, columnNames);
    if (!name || !table || !unread) return;
    for (const anchor of anchors) {
      seen.add(anchor);
      found.push({ anchor, name, unread: { why: unread, ...(table.position ? { position: table.position } : {}) } });
    }
  });
  return found;
}

/** The first table, or lines of pipes, under the heading at `index` before any other heading. */
function firstTable(nodes: readonly RootContent[], index: number): Table | Paragraph | undefined {
  for (let at = index + 1; at < nodes.length; at++) {
    const node = nodes[at]!;
    if (node.type === 'heading') return undefined;
    if (node.type === 'table' || (node.type === 'paragraph' && plainText(node).trimStart().startsWith('|'))) return node;
  }
  return undefined;
}

/** Why the table does not read as fields; undefined when it does. */
function whyUnread(table: Table | Paragraph, columnNames?: Readonly<Record<string, string>>): string | undefined {
  if (table.type === 'paragraph') return 'its lines of pipes are no table (the delimiter row under the header has another number of cells)';
  const { kind, roles } = classifyTable(table, columnNames);
  if (kind === 'attributes') return undefined;
  const columns = (table.children[0]?.children ?? []).map((cell) => plainText(cell).trim()).join(', ');
  if (kind === 'parameters') return `its table (${columns}) is a parameter table, with an In column`;
  if (kind === 'responses') return `its table (${columns}) lists statuses`;
  if (kind === 'signatures') return `its table (${columns}) lists routes`;
  if (!roles.includes('name')) return `its table (${columns}) has no name column`;
  return `its table (${columns}) has a name column but no type, description or required column`;
}
