/**
 * REST references rendered from a WADL (Jersey's `wadl_documentation.xsl`, Atlassian's REST
 * browsers and the many Java products documented so): a resource heading with its full path, a
 * heading per method, then the method's parts under small headings.
 *
 *     ### /rest/api/2/shelf/{shelfId}
 *     #### GET                                   (the method heading: `GET /rest/api/2/shelf/{shelfId}`)
 *     ###### request query parameters
 *     | parameter | value | description |       → | parameter | type | description |
 *     | maxResults | *int* ⏎ Default: `50` |     → the type's cell, read as any type cell (`Default:`, `(required)`)
 *     ###### request representations            → Request body
 *     application/json                           → (dropped: the sample states the body's type)
 *     ###### Example ⏎ ```{…}```                 → Example request ⏎ the sample
 *     ###### Schema ⏎ ```{"type": "object", …}``` → the body's fields, a table (a JSON Schema is no sample)
 *     ###### responses
 *     **STATUS 200** - application/json          → | Status | Description | (one row per `STATUS` line,
 *     Returns the shelf.                              its words the line's description)
 *     ###### Example ⏎ ```{…}```                 → Response 200 ⏎ the sample
 *     ###### Schema ⏎ ```{…}```                  → the fields of response 200
 *     **STATUS 404** ⏎ Returned if …
 *
 * The labels (`Example`, `Schema`) are headings in the rendered HTML and paragraphs or headings in
 * markdown. A schema's fields are read by json-schema-tables.ts (an array's, its items' fields).
 */
import type { Code, Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { schemaTable } from './json-schema-tables.js';
import { madeTable, textCell, textRow } from './made-tables.js';

/** `STATUS 200`, `STATUS 201 - application/json`. */
const STATUS_LINE = /^STATUS\s+([1-5]\d\d)(?:\s*[-–—]\s*([\w.+-]+\/[\w.+-]+))?$/i;
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;
const REQUEST_TITLE = /^request\s+representations?$/i;
const EXAMPLE_TITLE = /^examples?$/i;
const SCHEMA_TITLE = /^(?:json\s+)?schema$/i;

/** Rewrites a WADL page's parameter tables, request representations and `STATUS` lines as the reader reads them. */
export function convertWadlPages(root: Root): void {
  for (const node of root.children) if (node.type === 'table') convertParameterTable(node);
  const nodes = root.children;
  if (!nodes.some((node) => isStatusLine(node) || (node.type === 'heading' && REQUEST_TITLE.test(textOf(node))))) return;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading' && REQUEST_TITLE.test(textOf(node))) {
      out.push({ ...node, children: [{ type: 'text', value: 'Request body', ...at(node) }] });
      index = requestParts(nodes, index + 1, out) - 1;
      continue;
    }
    if (isStatusLine(node)) {
      index = responseParts(nodes, index, out, depthBefore(out)) - 1;
      continue;
    }
    out.push(node);
  }
  root.children = out;
}

/** `parameter | value | description` (the XSL's words): the value column holds the type, its paragraphs one cell's lines. */
function convertParameterTable(table: Table): void {
  const [header, ...rows] = table.children;
  const words = header?.children.map((cell) => plainText(cell).trim().toLowerCase());
  if (words?.join('|') !== 'parameter|value|description') return;
  header!.children[1] = textCell('type', header!.children[1]!.position ?? table.position!);
  for (const row of rows) {
    const cell = row.children[1];
    if (cell) cell.children = cellLines(cell);
    const name = row.children[0];
    if (name) name.children = cellLines(name);
  }
}

/**
 * A cell's paragraphs (hast-util-to-mdast keeps `<td><p>…</p><p>…</p></td>` so) as its phrasing, a
 * line break between; a string's `One of:` list of values (`<li><tt>asc</tt> (default)</li>`) is
 * the type's `Enum: asc, desc` and, where an item says so, its `Default: asc`.
 */
function cellLines(cell: TableCell): PhrasingContent[] {
  const children = cell.children as Array<PhrasingContent | Paragraph | List>;
  if (!children.some((child) => child.type === 'paragraph')) return cell.children;
  const blocks = withEnum(children);
  const lines: PhrasingContent[] = [];
  for (const child of blocks) {
    if (lines.length > 0 && child.type === 'paragraph') lines.push({ type: 'break' });
    if (child.type === 'paragraph') lines.push(...child.children);
    else if (child.type !== 'list') lines.push(child);
  }
  return lines;
}

const ONE_OF = /^one\s+of\s*:?$/i;
/** `string`, `string (required)` (`xs:string`). */
const STRING_TYPE = /^(?:xs:|xsd:)?string(\s*\(required\))?$/i;
const DEFAULT_ITEM = /^(\S+)\s*\(default\)$/i;

/** `string` ⏎ `One of:` ⏎ a list → `Enum: a, b` ⏎ `Default: a` ⏎ `(required)`; other cells as they are. */
function withEnum(blocks: Array<PhrasingContent | Paragraph | List>): Array<PhrasingContent | Paragraph | List> {
  const at = blocks.findIndex(
    (block, index) => block.type === 'paragraph' && ONE_OF.test(plainText(block).trim()) && blocks[index + 1]?.type === 'list',
  );
  const type = blocks[0]?.type === 'paragraph' ? STRING_TYPE.exec(plainText(blocks[0]).trim()) : undefined;
  if (at < 1 || !type) return blocks;
  const values: string[] = [];
  let chosen: string | undefined;
  for (const item of (blocks[at + 1] as List).children) {
    const text = plainText(item).replace(/\s+/g, ' ').trim();
    const marked = DEFAULT_ITEM.exec(text);
    const value = marked ? marked[1]! : text;
    if (!value || /[\s,]/.test(value)) return blocks;
    values.push(value);
    if (marked) chosen = value;
  }
  const line = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
  return [
    line(`Enum: ${values.join(', ')}`),
    ...(chosen ? [line(`Default: ${chosen}`)] : []),
    ...(type[1] ? [line('(required)')] : []),
    ...blocks.slice(1, at),
    ...blocks.slice(at + 2),
  ];
}

/** The request representation's nodes from `from`: its media type dropped, `Example` the request's sample, `Schema` its fields. */
function requestParts(nodes: readonly RootContent[], from: number, out: RootContent[]): number {
  let index = from;
  for (; index < nodes.length; index++) {
    const node = nodes[index]!;
    const label = isLabel(node) ? node : undefined;
    const text = label && textOf(label);
    if (text !== undefined && MEDIA_TYPE.test(text)) continue;
    if (label && text !== undefined && EXAMPLE_TITLE.test(text)) {
      out.push(retitled(label, 'Example request'));
      continue;
    }
    if (text !== undefined && SCHEMA_TITLE.test(text)) {
      const table = schemaTable(nodes[index + 1]);
      if (table !== undefined) {
        if (table) out.push(table);
        index++;
        continue;
      }
    }
    if (node.type === 'heading' || isStatusLine(node)) break;
    out.push(node);
  }
  return index;
}

interface Answer {
  status: string;
  line: Paragraph;
  words: string[];
  sample?: Code;
  fields?: Table;
}

/** The run of `STATUS` lines from `from`: one statuses table, then each status's sample and fields under `Response NNN`. */
function responseParts(nodes: readonly RootContent[], from: number, out: RootContent[], depth: Heading['depth']): number {
  const answers: Answer[] = [];
  let index = from;
  let label: 'example' | 'schema' | undefined;
  for (; index < nodes.length; index++) {
    const node = nodes[index]!;
    const status = isStatusLine(node) ? STATUS_LINE.exec(textOf(node))![1]! : undefined;
    if (status && node.type === 'paragraph') {
      answers.push({ status, line: node, words: [] });
      label = undefined;
      continue;
    }
    const answer = answers[answers.length - 1]!;
    const text = isLabel(node) ? textOf(node) : undefined;
    if (text !== undefined && (EXAMPLE_TITLE.test(text) || SCHEMA_TITLE.test(text))) {
      label = EXAMPLE_TITLE.test(text) ? 'example' : 'schema';
      continue;
    }
    if (node.type === 'code' && label === 'schema') {
      const table = schemaTable(node);
      if (table) answer.fields = table;
      else if (table === undefined) answer.sample ??= node;
      label = undefined;
      continue;
    }
    if (node.type === 'code' && !answer.sample) {
      answer.sample = node;
      label = undefined;
      continue;
    }
    if (node.type === 'paragraph' && label === undefined && !answer.sample && !answer.fields) {
      answer.words.push(plainText(node).replace(/\s+/g, ' ').trim());
      continue;
    }
    break;
  }
  const first = answers[0]!.line.position!;
  const last = nodes[index - 1]?.position ?? first;
  const position: Position = { start: first.start, end: last.end };
  const rows = answers.map((answer) => textRow([answer.status, answer.words.join(' ')], answer.line.position ?? position));
  out.push(markOrigin(madeTable(['Status', 'Description'], rows, position), 'WADL'));
  for (const answer of answers) {
    if (!answer.sample && !answer.fields) continue;
    const where = answer.line.position ?? position;
    out.push({
      type: 'heading',
      depth,
      children: [{ type: 'text', value: `Response ${answer.status}`, position: where }],
      position: where,
    });
    if (answer.sample) out.push(answer.sample);
    if (answer.fields) out.push(answer.fields);
  }
  return index;
}

/** The depth for a status's heading: one below the part's heading (`responses`) before it, at most 6. */
function depthBefore(out: readonly RootContent[]): Heading['depth'] {
  for (let index = out.length - 1; index >= 0; index--) {
    const node = out[index]!;
    if (node.type === 'heading') return Math.min(6, node.depth + 1) as Heading['depth'];
  }
  return 4;
}

function isStatusLine(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && STATUS_LINE.test(textOf(node));
}

function isLabel(node: RootContent): node is Heading | Paragraph {
  return node.type === 'heading' || node.type === 'paragraph';
}

function retitled(node: Heading | Paragraph, text: string): Heading | Paragraph {
  return { ...node, children: [{ type: 'text', value: text, ...at(node) }] } as Heading | Paragraph;
}

function textOf(node: Heading | Paragraph): string {
  return plainText(node).replace(/\s+/g, ' ').trim();
}

function at(node: RootContent): { position?: Position } {
  return node.position ? { position: node.position } : {};
}
