/**
 * NelmioApiDocBundle's Markdown dump (`api:doc:dump --format=markdown`, Symfony and FOSRest APIs):
 * per operation a heading of the method in code and the route, then its parts, each an entry per
 * name and a list of `Key: value` lines under it →
 *
 *     ### `PUT|PATCH` /shelves/{id}.{_format} ###   → `PUT /shelves/{id}.{_format}`, `PATCH …` (the heading its title)
 *     _Update a shelf_
 *     #### Requirements ####                        → `Path parameters` (a name the route lacks: a query parameter,
 *     **id**                                          as FOSRest's strict query parameters are listed here)
 *       - Requirement: \d+                          → the pattern `^\d+$` (Symfony anchors it)
 *       - Type: integer
 *       - Description: The shelf id
 *     #### Filters ####                             → the query parameters
 *     limit:
 *       * Requirement: \d+  * Default: 10  * DataType: integer
 *     #### Parameters ####                          → placed by the route and method (a POST's: body fields)
 *     shelf[name]:
 *       * type: string  * required: true  * description: …  * default value: 1
 *     #### Response ####                            → the response's fields (`books[][isbn]` nests)
 *
 * become one `| Name | Type | Required | Description | Default | Constraints | In |` table per part.
 * The dump writes `**id**` right under the list before it, which markdown reads as that list's
 * last line; so it is read here as the next entry, and a paragraph after an entry's list (a
 * description's second paragraph) as more of its description. The bundle's type words name the
 * serializer's class (`object (Shelf)`, `array of objects (Book)`): that type, or an array of it.
 * A part whose blocks are not all such entries is left as written.
 */
import type { Code, Heading, List, ListItem, Paragraph, Root, RootContent, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { normaliseTitle } from './section-titles.js';

/** The operation heading: `` `GET` /path ``, the methods parted by `|`. */
const OPERATION = /^`([A-Z]+(?:\|[A-Z]+)*)`[ \t]+(\/\S*)$/;
const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
/** The parts' titles, and the title each is read under. */
const PARTS: Readonly<Record<string, string>> = {
  requirements: 'Path parameters',
  filters: 'Query parameters',
  parameters: 'Parameters',
  response: 'Response',
};
/** An entry's name: `limit:`, `shelf[name]:`, `[][id]:`. */
const NAME = /^((?:[A-Za-z_][\w.-]*)?(?:\[[\w.-]*\])*):$/;
/** A line of an entry: `Requirement: \d+`, `default value: 1`. */
const LINE = /^([A-Za-z][A-Za-z ]*?):[ \t]*(.*)$/;
/** The keys whose lines the table reads (the others, `Versions`, a filter's own keys, are left). */
const COLUMNS: Readonly<Record<string, number>> = {
  type: 1,
  datatype: 1,
  required: 2,
  description: 3,
  default: 4,
  'default value': 4,
  requirement: 5,
};

interface Entry {
  name: string;
  cells: string[];
  position: Position;
}

export function convertNelmioEntries(root: Root, page: string): void {
  if (!root.children.some((node) => node.type === 'heading' && OPERATION.test(headingText(node)))) return;
  const nodes = root.children;
  const out: RootContent[] = [];
  let route: string | undefined;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    out.push(node);
    if (node.type !== 'heading') continue;
    const operation = OPERATION.exec(headingText(node));
    if (operation) {
      route = operation[2]!;
      const methods = operation[1]!.split('|');
      if (methods.length > 1 && methods.every((method) => METHODS.has(method))) out.push(requestLines(methods, route, node));
      continue;
    }
    const title = PARTS[normaliseTitle(headingText(node))];
    if (!title) continue;
    const read = entriesAt(nodes, index + 1, page);
    if (!read || !node.position) continue;
    const body = BODY_TITLES[title];
    const { entries, typeText } = body ? arrayBody(read.entries) : { entries: read.entries };
    node.children = [{ type: 'text', value: body && typeText ? `${body}: ${typeText}` : title, position: node.position }];
    const path = title === 'Path parameters';
    const rows = entries.map((entry): TableRow => {
      const where = path ? (route?.includes(`{${entry.name}}`) ? 'path' : 'query') : '';
      return { type: 'tableRow', children: [entry.name, ...entry.cells, where].map((value) => textCell(value, entry.position)) };
    });
    const header = ['Name', 'Type', 'Required', 'Description', 'Default', 'Constraints', 'In'];
    out.push(
      markOrigin(madeTable(header, rows, node.position, ['Required', 'Description', 'Default', 'Constraints', 'In']), 'bullet list'),
    );
    index = read.end - 1;
  }
  root.children = out;
}

/** The parts that may document a body of an array, and the title that states a body's type. */
const BODY_TITLES: Readonly<Record<string, string>> = { Parameters: 'Request body', Response: 'Response' };

/**
 * A body that is an array (`[]:` ⏎ `* type: array of objects (Shelf)`, then `[][id]:`): the array's
 * type for the title, its items' fields as the entries (`[][id]` → `id`, `[][author][name]` → `author[name]`).
 */
function arrayBody(entries: readonly Entry[]): { entries: readonly Entry[]; typeText?: string } {
  const [first, ...rest] = entries;
  if (first?.name !== '[]' || !rest.every((entry) => entry.name.startsWith('[]['))) return { entries };
  const type = first.cells[0]!;
  const typeText = type.startsWith('array of ') ? type : 'array';
  return { entries: rest.map((entry) => ({ ...entry, name: entry.name.slice(2).replace(/^\[([^\]]*)\]/, '$1') })), typeText };
}

function headingText(node: Heading): string {
  return node.children
    .map((child) => (child.type === 'inlineCode' ? `\`${child.value}\`` : plainText(child)))
    .join('')
    .trim();
}

/** `PUT|PATCH` over a route: a request line per method, where the heading stands (the heading stays the title). */
function requestLines(methods: readonly string[], route: string, heading: Heading): Code {
  const value = methods.map((method) => `${method} ${route}`).join('\n');
  return { type: 'code', lang: null, meta: null, value, ...(heading.position ? { position: heading.position } : {}) };
}

/** The entries from `start` on, to the next heading; `undefined` where a block there is none of theirs. */
function entriesAt(nodes: readonly RootContent[], start: number, page: string): { entries: Entry[]; end: number } | undefined {
  const entries: Entry[] = [];
  let end = start;
  for (; end < nodes.length && nodes[end]!.type !== 'heading'; end++) {
    const node = nodes[end]!;
    const name = node.type === 'paragraph' ? nameOf(node) : undefined;
    if (name !== undefined && node.position) entries.push({ name, cells: ['', '', '', '', ''], position: node.position });
    else if (node.type === 'list' && entries.length > 0) {
      if (!readLines(node, entries, page)) return undefined;
    } else if (node.type === 'paragraph' && entries.length > 0 && entries.at(-1)!.cells[2] !== '') {
      // A description's next paragraph (`* description: Epic description.` ⏎ ⏎ `With multiple lines.`).
      const last = entries.at(-1)!;
      last.cells[2] = `${last.cells[2]} ${plainText(node).trim()}`;
    } else return undefined;
  }
  return entries.length > 0 ? { entries, end } : undefined;
}

/** `limit:` or `**id**` alone in its paragraph: the entry's name. */
function nameOf(node: Paragraph): string | undefined {
  const [first, ...rest] = node.children;
  if (first?.type === 'strong' && rest.length === 0) return plainText(first).trim();
  if (first?.type === 'text' && rest.length === 0) return NAME.exec(first.value.trim())?.[1];
  return undefined;
}

/** The list's lines into the entries' cells; a `**name**` markdown joined to an item's line opens the next entry. */
function readLines(list: List, entries: Entry[], page: string): boolean {
  for (const item of list.children) {
    const line = itemLine(item, page);
    const parts = line === undefined ? null : LINE.exec(line.text);
    if (!parts) return false;
    const column = COLUMNS[parts[1]!.toLowerCase()];
    const value = parts[2]!.trim();
    if (column !== undefined) entries.at(-1)!.cells[column - 1] = cellValue(column, value);
    if (line?.next !== undefined && item.position) entries.push({ name: line.next, cells: ['', '', '', '', ''], position: item.position });
  }
  return true;
}

/** An item's line as the page writes it (a pattern's backslashes kept), and a bold name markdown joined to it. */
function itemLine(item: ListItem, page: string): { text: string; next?: string } | undefined {
  const [paragraph, ...rest] = item.children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined;
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const [text, ...after] = page.slice(start, end).split('\n');
  if (after.length === 0) return { text: text!.trim() };
  const last = paragraph.children.at(-1);
  const joined = after.length === 1 && last?.type === 'strong' ? plainText(last).trim() : undefined;
  return joined ? { text: text!.trim(), next: joined } : undefined;
}

/** A line's value as its column reads it: a required flag, a type in the vocabulary's words, a pattern as the router anchors it. */
function cellValue(column: number, value: string): string {
  if (column === 2) return /^true$/i.test(value) ? 'required' : /^false$/i.test(value) ? 'optional' : '';
  if (column === 1) {
    const typed = /^(array of objects|object) \(([A-Za-z_][\w\\]*)\)$/.exec(value);
    const name = typed?.[2]?.split('\\').at(-1);
    return typed && name ? (typed[1] === 'object' ? name : `array of ${name}`) : value;
  }
  if (column === 5) return value && `Pattern: ${value.includes('|') ? `^(?:${value})$` : `^${value}$`}`;
  return value;
}
