/**
 * Arguments listed as items of an endpoint's facts list (Nextcloud's OCS API pages), each item the
 * method it travels with, the name, its type in parentheses and its words:
 *
 *     * Syntax: /shelves/<shelf_id>
 *     * Method: PUT
 *     * PUT Arguments: title - (string) new title of the shelf     → a body field (`title`, string)
 *     * URL Arguments: limit - (int) the number of shelves         → a query parameter (`limit`, int)
 *     * Mandatory fields: title                                     → `title` required, the others not
 *
 * `POST`/`PUT`/`PATCH` arguments (also `Body arguments`) are the body's fields, `URL`/`GET`/`Query`
 * arguments the query's; a `Mandatory fields:` item of names alone (commas, "and") requires those
 * and no other; where it adds a condition ("path and shareWith for shareType 0 or 1") or where no
 * such item is, nothing is said of the requirement. The items become a labelled table each (after
 * the list, which keeps its other items: the request line, `Result:`); a list with no such item
 * stays as it is.
 */
import type { List, ListItem, Root, RootContent, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';

/** `POST Arguments: url - (string) address of the page`, the type optional, `:` or a dash after the name. */
const ARGUMENT =
  /^\s*(GET|POST|PUT|PATCH|DELETE|URL|Query|Body)\s+(?:arguments|parameters|params)\s*:\s*`?([A-Za-z_][\w.[\]-]{0,63})`?\s*(?:[-–—:]\s*|(?=\())(?:\(([^()\n]{1,40})\)\s*)?([^\n]*?)\s*$/i;
/** `Mandatory fields: url, title and folder` (names alone). */
const MANDATORY = /^\s*(?:mandatory|required)\s+(?:fields|arguments|parameters)\s*:\s*([^\n]+?)\s*\.?\s*$/i;
const NAME_LIST = /^`?[A-Za-z_][\w.[\]-]*`?(?:\s*(?:,|\band\b|,\s*and\b)\s*`?[A-Za-z_][\w.[\]-]*`?)*$/i;

interface Argument {
  body: boolean;
  name: string;
  type: string;
  description: string;
  item: ListItem;
}

export function convertArgumentItems(root: Root): void {
  if (!root.children.some((node) => node.type === 'list' && node.children.some((item) => argumentOf(item)))) return;
  root.children = root.children.flatMap((node) => (node.type === 'list' ? argumentBlocks(node) : [node]));
}

/** The item's one line, when it is an argument. */
function argumentOf(item: ListItem): Argument | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length > 0) return undefined;
  const match = ARGUMENT.exec(plainText(first));
  if (!match) return undefined;
  const place = match[1]!.toLowerCase();
  return {
    body: place === 'post' || place === 'put' || place === 'patch' || place === 'body',
    name: match[2]!,
    type: (match[3] ?? '').trim(),
    description: match[4]!,
    item,
  };
}

function argumentBlocks(list: List): RootContent[] {
  const found = list.children.map(argumentOf);
  if (!found.some(Boolean)) return [list];
  const named = new Set(found.flatMap((argument) => (argument ? [argument.name] : [])));
  const mandatory = list.children.map((item) => mandatoryNames(item, named));
  const required = mandatory.find((names) => names !== undefined);
  const kept = list.children.filter((_, index) => !found[index] && !mandatory[index]);
  const blocks: RootContent[] = kept.length > 0 ? [{ ...list, children: kept }] : [];
  const at = list.position;
  for (const body of [false, true]) {
    const rows = found.filter((argument): argument is Argument => argument?.body === body);
    if (rows.length === 0 || !at) continue;
    const made: TableRow[] = rows.map((argument) => {
      const where = argument.item.position ?? at;
      const values = [argument.name, argument.type, argument.description];
      if (required) values.push(required.has(argument.name) ? 'yes' : 'no');
      return textRow(values, where);
    });
    const header = ['Name', 'Type', 'Description', ...(required ? ['Required'] : [])];
    const where = rows[0]!.item.position ?? at;
    blocks.push(
      { type: 'paragraph', children: [{ type: 'text', value: body ? 'Body parameters:' : 'Query parameters:' }], position: where },
      markOrigin(madeTable(header, made, where), 'bullet list'),
    );
  }
  return blocks;
}

/** The names a `Mandatory fields:` item lists, when it lists names of this list's arguments alone. */
function mandatoryNames(item: ListItem, named: ReadonlySet<string>): Set<string> | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length > 0) return undefined;
  const match = MANDATORY.exec(plainText(first));
  if (!match || !NAME_LIST.test(match[1]!)) return undefined;
  const names = match[1]!
    .split(/\s*(?:,|\band\b)\s*/i)
    .map((name) => name.replace(/`/g, '').trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => named.has(name)) ? new Set(names) : undefined;
}
