/**
 * Pages raml2html renders from a RAML API: each method a dialog titled by its badge and path, its
 * parts under headings higher than that title, each parameter an item of a list.
 *
 *     #### get /shelves/{shelfId}                     → ## GET /shelves/{shelfId} (the title; a resource
 *     ### URI Parameters                                   heading `/shelves` beside it likewise ##)
 *     - **shelfId**: *required(string)* – The id      → ### URI Parameters ⏎ | Name | Type | Required | … |
 *     ### Query Parameters
 *     - **limit**: *(integer - default: 10 - minimum: 1)* – How many
 *                                                      → limit | integer | no | 10 | 1 | … (`one of a, b`: the values)
 *     ### Body ⏎ **Media type**: application/json ⏎ **Type**: object ⏎ ### Properties ⏎ - items
 *                                                      → ### Request body ⏎ the items' table
 *     **Example**: ⏎ ```{…}```                         → Example request ⏎ the sample
 *     ## HTTP status code 200 ⏎ The shelf ⏎ ### Body …  → | Status | Description |, then ### Response 200
 *                                                         over its fields and sample
 *
 * A body's `Type` that names a type (`**Type**: Shelf`) is the body's (`Request body: Shelf`); an
 * item's own list (an object's properties, an array's items') gives `parent[child]` rows.
 */
import type { Code, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';

const OPERATION = /^(get|put|post|delete|patch|head|options)\s+(\/\S*)$/i;
const STATUS = /^HTTP status code\s+([1-5]\d\d)$/i;
const PARAMETER_TITLE = /^(?:uri parameters|query parameters|headers)$/i;
/** `required(string)`, `(integer - default: 10 - minimum: 1)`, `(one of asc, desc)`. */
const SPEC = /^(required\s*)?\((.*)\)$/i;
/** Words of a body's `Type` that name no type of their own. */
const PLAIN_TYPE = /^(?:object|array|any|string|number|integer|boolean|file|nil)$/i;
const COLUMNS = ['Name', 'Type', 'Required', 'Default', 'Minimum', 'Maximum', 'Min length', 'Max length', 'Description'];
const LIMITS: Record<string, number> = { default: 3, minimum: 4, maximum: 5, minlength: 6, maxlength: 7 };

/** Rewrites a raml2html page's dialogs as the reader reads an operation's parts. */
export function convertRamlPages(root: Root): void {
  const nodes = root.children;
  if (
    !nodes.some((node) => node.type === 'heading' && STATUS.test(textOf(node))) &&
    !nodes.some((node) => node.type === 'list' && itemsTable(node))
  )
    return;
  if (!nodes.some((node) => node.type === 'heading' && OPERATION.test(textOf(node)))) return;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type !== 'heading') {
      out.push(node);
      continue;
    }
    const text = textOf(node);
    const operation = OPERATION.exec(text);
    if (text.startsWith('/') && !operation) {
      out.push({ ...node, depth: 2 });
      continue;
    }
    if (!operation) {
      out.push(node);
      continue;
    }
    out.push({ ...node, depth: 2, children: [{ type: 'text', value: `${operation[1]!.toUpperCase()} ${operation[2]}`, ...at(node) }] });
    index = operationParts(nodes, index + 1, out) - 1;
  }
  root.children = out;
}

interface Answer {
  status: string;
  heading: Heading;
  words: string[];
  typeName?: string;
  fields?: Table;
  sample?: Code;
}

/** The parts of one operation from `from` to the next operation or resource heading. */
function operationParts(nodes: readonly RootContent[], from: number, out: RootContent[]): number {
  const answers: Answer[] = [];
  let body: 'request' | 'response' | undefined;
  let index = from;
  for (; index < nodes.length; index++) {
    const node = nodes[index]!;
    const text = node.type === 'heading' || node.type === 'paragraph' ? textOf(node) : '';
    if (node.type === 'heading' && (OPERATION.test(text) || text.startsWith('/'))) break;
    const answer = answers[answers.length - 1];
    const status = node.type === 'heading' ? STATUS.exec(text)?.[1] : undefined;
    if (status) {
      answers.push({ status, heading: node as Heading, words: [] });
      body = 'response';
      continue;
    }
    if (node.type === 'heading' && PARAMETER_TITLE.test(text)) {
      out.push({ ...node, depth: 3 });
      continue;
    }
    if (node.type === 'heading' && /^body$/i.test(text)) {
      if (!answer) out.push({ ...node, depth: 3, children: [{ type: 'text', value: 'Request body', ...at(node) }] });
      body = answer ? 'response' : 'request';
      continue;
    }
    if (node.type === 'heading' && /^properties$/i.test(text)) continue;
    if (node.type === 'paragraph' && /^media type\s*:/i.test(text)) continue;
    const typeName = node.type === 'paragraph' ? /^type\s*:\s*([A-Za-z_][\w.]*(?:\[\])?)$/i.exec(text)?.[1] : undefined;
    if (typeName) {
      if (!PLAIN_TYPE.test(typeName) && answer) answer.typeName = typeName;
      else if (!PLAIN_TYPE.test(typeName) && body === 'request') retitleRequestBody(out, typeName);
      continue;
    }
    if (node.type === 'paragraph' && /^examples?\s*:?$/i.test(text)) {
      if (!answer) out.push({ ...node, children: [{ type: 'text', value: 'Example request:', ...at(node) }] });
      continue;
    }
    if (node.type === 'list' && isTabs(node)) continue;
    const table = node.type === 'list' ? itemsTable(node) : undefined;
    if (answer && table) answer.fields = table;
    else if (answer && node.type === 'code') answer.sample ??= node;
    else if (answer && node.type === 'paragraph' && !answer.fields && !answer.sample) answer.words.push(text);
    else if (table) out.push(table);
    else out.push(node);
  }
  if (answers.length > 0) out.push(...responseNodes(answers));
  return index;
}

/** The statuses' table, then each status's fields and sample under `Response NNN`. */
function responseNodes(answers: readonly Answer[]): RootContent[] {
  const first = answers[0]!.heading.position;
  const made: RootContent[] = [];
  if (first) {
    const rows = answers.map((answer) => textRow([answer.status, answer.words.join(' ')], answer.heading.position ?? first));
    made.push(markOrigin(madeTable(['Status', 'Description'], rows, first), 'raml2html'));
  }
  for (const answer of answers) {
    if (!answer.fields && !answer.sample && !answer.typeName) continue;
    const title = answer.typeName ? `Response body: ${answer.typeName}` : `Response ${answer.status}`;
    made.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: title, ...at(answer.heading) }], ...at(answer.heading) });
    if (answer.fields) made.push(answer.fields);
    if (answer.sample) made.push(answer.sample);
  }
  return made;
}

/** `Request body` → `Request body: Shelf` where the body's `Type` names one. */
function retitleRequestBody(out: RootContent[], name: string): void {
  for (let index = out.length - 1; index >= 0; index--) {
    const node = out[index]!;
    if (node.type === 'heading' && textOf(node) === 'Request body') {
      out[index] = { ...node, children: [{ type: 'text', value: `Request body: ${name}`, ...at(node) }] };
      return;
    }
  }
}

/** The dialog's tabs: a list of `Request` and `Response` alone. */
function isTabs(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => /^(?:request|response)$/i.test(plainText(item).trim()));
}

/** A list whose every item is `**name**: *spec* – words` as a table; undefined for any other list. */
function itemsTable(list: List): Table | undefined {
  const position = list.position;
  const rows = position ? itemRows(list, undefined, position, 0) : undefined;
  if (!rows || rows.length === 0 || !position) return undefined;
  return markOrigin(madeTable(COLUMNS, rows, position, COLUMNS.slice(3)), 'raml2html');
}

/** Deeper lists of properties than this are left as words. */
const MAX_NESTING = 8;

/**
 * The rows of a list's items, an item's own list of properties (an object's, or an array's items')
 * after it as `parent[child]` (`parent[][child]`) rows; undefined where an item reads otherwise.
 */
function itemRows(list: List, parent: string | undefined, position: Position, depth: number): TableRow[] | undefined {
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const row = itemRow(item);
    if (!row) return undefined;
    const own = parent === undefined ? row[0]! : `${parent}[${row[0]}]`;
    row[0] = own;
    rows.push(textRow(row, item.position ?? position));
    const nested = item.children.find((node): node is List => node.type === 'list');
    if (!nested || depth >= MAX_NESTING) continue;
    const array = /^array$|\[\]$/i.test(row[1]!);
    const children = itemRows(nested, array ? `${own}[]` : own, position, depth + 1);
    if (children) rows.push(...children);
  }
  return rows;
}

/** `**limit**: *(integer - default: 10)* – How many` → the row's cells, in COLUMNS' order. */
function itemRow(item: ListItem): string[] | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const [name, colon, spec, ...words] = first.children as PhrasingContent[];
  if (name?.type !== 'strong' || colon?.type !== 'text' || colon.value.trim() !== ':' || spec?.type !== 'emphasis') return undefined;
  const parsed = SPEC.exec(plainText(spec).trim());
  if (!parsed) return undefined;
  const [kind, ...limits] = parsed[2]!.split(/\s+-\s+/);
  const row = [plainText(name).trim(), '', parsed[1] ? 'yes' : 'no', '', '', '', '', '', ''];
  const values = /^one of\s+(.+)$/i.exec(kind!.trim())?.[1];
  row[1] = values ? `Enum: ${values}` : kind!.trim();
  for (const limit of limits) {
    const [key, ...value] = limit.split(':');
    const column = LIMITS[key!.trim().toLowerCase()];
    if (column !== undefined) row[column] = value.join(':').trim();
  }
  // The words after the spec and the item's paragraphs; its list of properties is rows of its own.
  const said = rest.filter((node) => node.type !== 'list').map((node) => plainText(node));
  row[8] = [plainText({ type: 'paragraph', children: words }), ...said]
    .join(' ')
    .replace(/^\s*[–—-]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return row;
}

function textOf(node: Heading | Paragraph): string {
  return plainText(node).replace(/\s+/g, ' ').trim();
}

function at(node: RootContent): { position?: Position } {
  return node.position ? { position: node.position } : {};
}
