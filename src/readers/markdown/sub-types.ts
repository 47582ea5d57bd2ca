/**
 * A type's sub-type defined in the type's own section, under a heading that names the type, a
 * dash and the sub-type's words (Slate's references write each nested object so):
 *
 *     ## Shelf properties                                  → type-definition `Shelf`
 *     | Attribute   | Type  | Description                                                   |
 *     | `label_set` | array | Labels. See [Shelf - Label set properties](#shelf-label-set-properties) |
 *                                                          → `label_set`: `ShelfLabelSet[]`
 *     ### Shelf - Label set properties                     → type-definition `ShelfLabelSet`
 *     | Attribute | Type | Description |
 *
 * The sub-heading's table defines the sub-type, named by the type's name and the sub-type's words.
 * The type's field that holds it is the one row of the type's table whose description points to
 * the sub-heading (a link to its anchor, or its title in words), else the one row whose name is
 * the sub-type's words (`label_set` ↔ "Label set"). That field's Type cell, `array` (a list of
 * them) or `object` (one), becomes the sub-type's name; a field typed otherwise keeps its type.
 */
import type { Heading, Table } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { typeNameOf } from './linked-returns.js';
import { headingText } from './signatures.js';

/** `Shelf - Label set properties`: the type's words, a dash, the sub-type's words and what a type's heading ends with. */
const SUB_TITLE =
  /^`?([A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,3})`?\s+[-–—]\s+([A-Za-z][A-Za-z0-9]*(?:[ _][A-Za-z0-9]+){0,3})\s+(?:properties|object|structure|model)$/i;

/** A sub-type a heading inside a type's definition names. */
export interface SubType {
  heading: Heading;
  /** `ShelfLabelSet`. */
  name: string;
  /** `Label set`. */
  words: string;
}

/** The sub-type of type `owner` that a heading inside its definition names (`Shelf - Label set properties`), if any. */
export function subTypeOf(heading: Heading, owner: string): SubType | undefined {
  const match = SUB_TITLE.exec(headingText(heading).replace(/\*+/g, '').trim());
  if (!match || typeNameOf(match[1]!) !== owner) return undefined;
  const words = match[2]!.replace(/_/g, ' ');
  return { heading, name: `${owner}${typeNameOf(words)}`, words };
}

/** The words of a title or an anchor, letters and digits only: `Shelf - Label set properties` ≡ `#shelf-label-set-properties`. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Gives the type's field that holds the sub-type (see the module's comment) the sub-type as its type, in the type's table. */
export function typeSubField(table: Table, sub: SubType): void {
  const roles = columnRoles(table);
  const nameAt = roles.indexOf('name');
  const typeAt = roles.indexOf('type');
  const descriptionAt = roles.indexOf('description');
  if (nameAt < 0 || typeAt < 0) return;
  const title = bare(headingText(sub.heading));
  const rows = table.children.slice(1);
  const pointing = rows.filter((row) => {
    const cell = row.children[descriptionAt];
    if (!cell) return false;
    return (
      collectUrls(cell.children).some((url) => url.startsWith('#') && bare(url.slice(1)) === title) || bare(plainText(cell)).includes(title)
    );
  });
  const named = rows.filter((row) => {
    const cell = row.children[nameAt];
    return cell !== undefined && bare(plainText(cell)) === bare(sub.words);
  });
  const [row, ...others] = pointing.length > 0 ? pointing : named;
  const cell = row?.children[typeAt];
  if (!row || others.length > 0 || !cell) return;
  const word = plainText(cell).trim().toLowerCase();
  const typeText = /^(?:array|list|array of objects?|object\[\])$/.test(word) ? `${sub.name}[]` : word === 'object' ? sub.name : undefined;
  if (typeText)
    cell.children = [{ type: 'text', value: typeText, ...(cell.children[0]?.position ? { position: cell.children[0].position } : {}) }];
}

/** The URLs of the links among a cell's children. */
function collectUrls(nodes: readonly unknown[]): string[] {
  const urls: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as { type?: string; url?: string; children?: unknown[] };
    if (record.type === 'link' && typeof record.url === 'string') urls.push(record.url);
    for (const child of record.children ?? []) visit(child);
  };
  for (const node of nodes) visit(node);
  return urls;
}
