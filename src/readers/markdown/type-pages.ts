/**
 * A reference that keeps each type on a page of its own (Microsoft Graph's resource pages; the
 * "object", "model", "entity", "complex type" pages of others): a page of no operation whose title
 * names a type, over the table of that type's properties.
 *
 *     # user resource type               → the page's type: `User`
 *     ## Methods                         (its operations' links: prose)
 *     | Method | Return Type | … |
 *     ## Properties                      → type-definition `User`
 *     | Property | Type | Description |
 *     ## JSON representation             (prose)
 *
 * The table is the one right under the title, before any heading, else the one under the page's
 * `Properties` (`Fields`, `Attributes`) heading; a field table either way. The title names the type
 * as a heading that names an object does (`titledTypeName`: `user resource type` → `User`,
 * `# User object` → `User`); a title of other words, or a page with an operation, defines nothing here.
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { titledTypeName } from './linked-sections.js';
import { classifyTable } from './tables.js';

/** The heading of the page's properties table (`## Properties`). */
const PROPERTIES_TITLE = /^(?:properties|fields|attributes)$/i;

/** Where a type page's type is defined: the heading whose table holds its properties, and the type's name. */
export interface PageType {
  heading: Heading;
  name: string;
}

/** The type the page's title at `index` names and the heading over its properties table, where the page is such a type's. */
export function pageType(
  nodes: readonly RootContent[],
  index: number,
  columnNames?: Readonly<Record<string, string>>,
): PageType | undefined {
  const title = nodes[index] as Heading;
  const name = titledTypeName(title, true);
  if (!name) return undefined;
  const isFields = (node: RootContent | undefined) => node?.type === 'table' && classifyTable(node, columnNames).kind === 'attributes';
  let under: Heading = title;
  for (const node of nodes.slice(index + 1)) {
    if (node.type === 'heading') {
      if (node.depth <= title.depth) return undefined;
      under = node;
      continue;
    }
    if (node.type !== 'table') continue;
    // The table right under the title, or under its `Properties` heading: the type's own.
    if ((under === title || PROPERTIES_TITLE.test(plainText(under).trim())) && isFields(node)) return { heading: under, name };
  }
  return undefined;
}
