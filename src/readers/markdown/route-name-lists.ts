/**
 * A bare list of names right under a request line, no title over it (Seafile's web API):
 *
 *     ```
 *     GET https://host/api2/repos/{repo-id}/dir/?p=/foo
 *     ```
 *     * repo-id              → the path parameter `repo-id` (the request line names it)
 *     * p                    → nothing more: the request line's own query shows it
 *     * force                → nothing: the page does not say what it is
 *
 * Names alone say nothing of where they go; a name the request line's route names is that path
 * parameter, documented. A name it does not name is not made a parameter here: only a title over
 * the list (a part's, read elsewhere) or the request line's query says it is one.
 */
import type { List, Table } from 'mdast';
import type { Position } from 'unist';
import { madeTable, textRow } from './made-tables.js';

/** A name alone: the item's one text or code node, a word of letters, digits, `-`, `_`, `.`. */
const NAME = /^[A-Za-z_][\w.-]*$/;

/** `| Name | In |` of the route's names the list names; undefined unless every item is a name alone and one is the route's. */
export function routeNameList(list: List, routeNames: ReadonlySet<string>): Table | undefined {
  if (!list.position || list.children.length === 0 || list.children.length > 50) return undefined;
  const names: Array<[string, Position]> = [];
  for (const item of list.children) {
    const [paragraph, ...rest] = item.children;
    const only = paragraph?.type === 'paragraph' && paragraph.children.length === 1 ? paragraph.children[0] : undefined;
    if (rest.length > 0 || (only?.type !== 'text' && only?.type !== 'inlineCode')) return undefined;
    const name = only.value.trim();
    if (!NAME.test(name)) return undefined;
    names.push([name, item.position ?? list.position]);
  }
  const named = names.filter(([name]) => routeNames.has(name));
  if (named.length === 0) return undefined;
  return madeTable(
    ['Name', 'In'],
    named.map(([name, at]) => textRow([name, 'path'], at)),
    list.position,
  );
}
