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
import type { Root } from 'mdast';
import { defineCaptionedType } from './captioned-tables.js';
import { pairTables } from './html-table-pairs.js';
import { textOf } from './made-hast.js';

const TYPE_CAPTION = /^[A-Z][A-Za-z0-9_]*(?: [A-Z][A-Za-z0-9_]*){0,3}$/;

export function defineCaptionedTables(tree: HastRoot, root: Root): void {
  const targets = new Set<string>();
  const visit = (node: HastRoot | HastElement): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.tagName === 'a' ? child.properties.href : undefined;
      if (typeof href === 'string' && href.startsWith('#') && href.length > 1) targets.add(href.slice(1));
      visit(child);
    }
  };
  visit(tree);
  if (targets.size === 0) return;
  for (const [element, table] of pairTables(tree, root)) {
    const name = captionName(element);
    const id = element.properties.id;
    if (name && typeof id === 'string' && targets.has(id)) defineCaptionedType(table, name);
  }
}

/** The type a table's caption names, its words joined. */
function captionName(table: HastElement): string | undefined {
  const caption = table.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'caption');
  const words = caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '';
  return TYPE_CAPTION.test(words) ? words.replace(/ /g, '') : undefined;
}
