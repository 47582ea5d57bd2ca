/**
 * The enums of openapi-generator's model pages: under the model (`# Book` ⏎ `## Properties`), a
 * `## Enum: StatusEnum` heading over a `| Name | Value |` table defines the enum the properties link
 * to. The Value column holds the wire values as the generated code writes them (`"available"`, a
 * string in quotes; `1`, a number); the Name column the code's constant (`AVAILABLE`).
 *
 *     ## Enum: StatusEnum               → enum-definition `StatusEnum`
 *     | Name | Value |                 → | Value | Name |  (the values the key column)
 *     | AVAILABLE | &quot;available&quot; |   → | available | AVAILABLE |
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { valuesFirst } from './enum-tables.js';
import { headingText } from './signatures.js';

/** `Enum: StatusEnum` (the name as the generated code calls the enum). */
const ENUM_TITLE = /^enum:\s*([A-Za-z_]\w*)$/i;

/**
 * The enum the heading at `index` defines, where it is `Enum: Name` over a `| Name | Value |`
 * table; the table is then rewritten with the values first, unquoted, as the enum's key column.
 */
export function modelEnum(nodes: readonly RootContent[], index: number): string | undefined {
  const heading = nodes[index] as Heading;
  const name = ENUM_TITLE.exec(headingText(heading).trim())?.[1];
  const table = nodes.slice(index + 1).find((node) => node.type !== 'html');
  if (!name || table?.type !== 'table') return undefined;
  const header = table.children[0]?.children.map((cell) => plainText(cell).trim().toLowerCase());
  if (header?.length !== 2 || header[0] !== 'name' || header[1] !== 'value') return undefined;
  valuesFirst(table);
  return name;
}
