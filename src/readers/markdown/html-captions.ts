/**
 * An HTML table captioned with a type's name that a link of the page goes to (the Matrix
 * specification's nested objects, each its own table under the one that links to it):
 *
 *     <td><code><a href="#…_author">Author</a></code></td>           → the field is of type `Author`
 *     <table id="…_author"><caption>Author</caption> … </table>       → the table defines `Author`
 *
 * The caption must be a type's name (`Author`, `RateLimitError`, `Unsigned Data` joined as
 * `UnsignedData`) and the table's id the target of a link on the page: a captioned table nothing
 * links to (a response's own body, `<caption>Error</caption>` under `403 response`) stays the
 * part it stands in, and so does one captioned with words (`path parameters`).
 */
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Nodes, Root, Table } from 'mdast';
import { defineCaptionedType } from './captioned-tables.js';
import { textOf } from './made-hast.js';

const TYPE_CAPTION = /^[A-Z][A-Za-z0-9_]*(?: [A-Z][A-Za-z0-9_]*){0,3}$/;

export function defineCaptionedTables(tree: HastRoot, root: Root): void {
  const targets = new Set<string>();
  const names: Array<string | undefined> = [];
  const visit = (node: HastRoot | HastElement, inTable: boolean): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.tagName === 'a' ? child.properties.href : undefined;
      if (typeof href === 'string' && href.startsWith('#') && href.length > 1) targets.add(href.slice(1));
      if (child.tagName === 'table' && !inTable) names.push(captionName(child));
      visit(child, inTable || child.tagName === 'table');
    }
  };
  visit(tree, false);
  if (!names.some(Boolean)) return;
  const tables: Table[] = [];
  const visitMdast = (node: Nodes): void => {
    if (node.type === 'table') tables.push(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) visitMdast(child);
  };
  visitMdast(root);
  if (tables.length !== names.length) return;
  const ids = idsOf(tree);
  tables.forEach((table, index) => {
    const name = names[index];
    const id = ids[index];
    if (name && id && targets.has(id)) defineCaptionedType(table, name);
  });
}

/** The type a table's caption names, its words joined. */
function captionName(table: HastElement): string | undefined {
  const caption = table.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'caption');
  const words = caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '';
  return TYPE_CAPTION.test(words) ? words.replace(/ /g, '') : undefined;
}

/** Each top-level table's id, in page order. */
function idsOf(tree: HastRoot): Array<string | undefined> {
  const ids: Array<string | undefined> = [];
  const visit = (node: HastRoot | HastElement, inTable: boolean): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'table' && !inTable) ids.push(typeof child.properties.id === 'string' ? child.properties.id : undefined);
      visit(child, inTable || child.tagName === 'table');
    }
  };
  visit(tree, false);
  return ids;
}
