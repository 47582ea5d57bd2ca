/**
 * Tables captioned with an anchor and a name (MkDocs sites, attribute-list style), each the
 * fields of one type, which the rows linking to the anchor are:
 *
 *     | Field  | Type     | Description                          |
 *     | `loans`| [object] | An array of [Loan](#loan-spec) items. |   → type `[Loan]`
 *
 *     | Field  | Type     | Description                          |
 *     | `id`   | string   | The loan's id.                       |
 *     { #loan-spec } Loan                                            → the table defines `Loan`
 *
 * GFM reads a caption line right under the table as a row of one cell; with a blank line between,
 * it is a paragraph. Either way the caption goes, and the table is remembered as `Loan`'s. A row
 * whose type is `object` or `[object]` (an array of objects) and whose cells link to the anchor
 * is typed with the name. The type's name is the caption's words joined (`Job History` →
 * `JobHistory`), as the page names it.
 */
import type { Link, Nodes, Root, RootContent, Table } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

/** `{ #loan-spec } Loan`, `{#loan-spec} Loan record`. */
const CAPTION = /^\{\s*#([\w-]+)[^{}\n]*\}\s*([A-Za-z][\w ]{0,60}?)\s*$/;
/** The object words a row linking to a captioned table is typed with. */
const OBJECT_TYPE = /^(\[)?\s*(?:object|dict|map)\s*(\])?$/i;

const CAPTIONED = new WeakMap<Table, string>();

/** The type a captioned table defines, if it is one. */
export function captionedType(table: Table): string | undefined {
  return CAPTIONED.get(table);
}

/** Marks `table` as the fields of type `name` (an HTML table's caption names it: `html-captions.ts`). */
export function defineCaptionedType(table: Table, name: string): void {
  CAPTIONED.set(table, name);
}

export function readTableCaptions(root: Root): void {
  const names = new Map<string, string>();
  const kept: RootContent[] = [];
  for (const node of root.children) {
    const previous = kept[kept.length - 1];
    const line = node.type === 'paragraph' && previous?.type === 'table' && !CAPTIONED.has(previous) ? caption(plainText(node)) : undefined;
    if (line && previous?.type === 'table') {
      define(previous, line, names);
      continue;
    }
    kept.push(node);
    if (node.type !== 'table') continue;
    const last = node.children[node.children.length - 1];
    const filled = last && node.children.length > 2 ? last.children.filter((cell) => plainText(cell).trim() !== '') : [];
    const row = filled.length === 1 ? caption(plainText(filled[0]!)) : undefined;
    if (row) {
      node.children.pop();
      define(node, row, names);
    }
  }
  if (names.size === 0) return;
  root.children = kept;
  for (const node of kept) if (node.type === 'table') typeLinkingRows(node, names);
}

function caption(text: string): { id: string; name: string } | undefined {
  const match = CAPTION.exec(text.trim());
  if (!match) return undefined;
  const name = match[2]!
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return { id: match[1]!, name };
}

function define(table: Table, found: { id: string; name: string }, names: Map<string, string>): void {
  CAPTIONED.set(table, found.name);
  names.set(found.id, found.name);
}

/** Rows of `object` / `[object]` type whose cells link to a captioned table: typed with its name. */
function typeLinkingRows(table: Table, names: ReadonlyMap<string, string>): void {
  const typeAt = columnRoles(table).indexOf('type');
  if (typeAt < 0) return;
  for (const row of table.children.slice(1)) {
    const cell = row.children[typeAt];
    const written = cell ? OBJECT_TYPE.exec(plainText(cell).trim()) : null;
    if (!cell || !written || Boolean(written[1]) !== Boolean(written[2])) continue;
    const targets = new Set(row.children.flatMap((other) => links(other).map((link) => names.get(link.url.replace(/^#/, '')))));
    targets.delete(undefined);
    if (targets.size !== 1) continue;
    const [name] = targets;
    cell.children = [{ type: 'text', value: written[1] ? `[${name!}]` : name! }];
  }
}

function links(node: Nodes): Link[] {
  if (node.type === 'link') return node.url.startsWith('#') ? [node] : [];
  return 'children' in node ? (node.children as Nodes[]).flatMap(links) : [];
}
