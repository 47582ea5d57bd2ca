/**
 * Node pages written as Facebook's Graph API reference is: `# Shelf`, then a section per
 * operation, `## Reading`, `## Creating`, `## Updating`, `## Deleting`:
 *
 *     ## Reading
 *     GET /v19.0/{shelf-id} HTTP/1.1           → `GET /{shelf-id} HTTP/1.1` (`/v19.0` the base path)
 *     ### Fields                               → the response's body (no parameters of the GET)
 *     | `id` | `numeric string`<br>The ID. |  → | Name | Type | Description |: the type the cell opens with
 *     ## Creating
 *     You can make a POST request to `shelves` edge from the following paths:
 *     - `/{library_id}/shelves`                → `POST /{library_id}/shelves`
 *     ### Parameters
 *     | `name` | `string`<br>Its name.<br>Required |  → typed, required where its last line says so
 *     ### Return Type
 *     Struct { `id`: numeric string, }         → | Name | Type |: the response's fields
 *
 * `numeric string` is a string (of digits). The version prefix of the request lines (`/v19.0`) is
 * the server's base path, where the page's sections state their routes without it.
 */
import type { Code, Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { isBreak } from '../../document/line-break.js';
import { plainText } from '../../document/plain-text.js';
import { madeTable, textCell, textRow } from './made-tables.js';
import { markTitle } from './marked-titles.js';
import { normaliseTitle } from './section-titles.js';

const OPERATION_TITLES = new Set(['reading', 'creating', 'updating', 'deleting']);
/** `GET /v19.0/{shelf-id} HTTP/1.1`: the version prefix, then the route. */
const VERSIONED_LINE = /^([A-Z]+ )\/(v\d+\.\d+)(\/\S*)/;
/** "You can make a POST request to `shelves` edge from the following paths:". */
const EDGE_SENTENCE = /\bmake an? (GET|POST|PUT|PATCH|DELETE) request to \S+ edge from the following paths:?$/i;
const NAME_HEADERS = /^(?:fields?|parameters?|name)$/i;
/** Graph's words the vocabulary does not know. */
const TYPE_WORDS: Readonly<Record<string, string>> = { 'numeric string': 'string' };

/** The base paths the page's request lines state before their routes (`/v19.0`), for its servers. */
export function convertGraphNodes(root: Root): string[] {
  const bases = new Set<string>();
  const out: RootContent[] = [];
  let section: string | undefined;
  let depth = 0;
  const nodes = root.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading') {
      const title = normaliseTitle(plainText(node));
      if (OPERATION_TITLES.has(title)) [section, depth] = [title, node.depth];
      else if (node.depth <= depth) [section, depth] = [undefined, 0];
      // The fields a read answers with: the response's, none of the GET's parameters.
      else if (section === 'reading' && /^fields$/.test(title)) markTitle(node as Heading, 'response-body');
      out.push(node);
      continue;
    }
    if (section && node.type === 'code') {
      const line = VERSIONED_LINE.exec(node.value);
      if (line) {
        bases.add(`/${line[2]!}`);
        out.push({ ...node, value: node.value.replace(VERSIONED_LINE, '$1$3') });
        continue;
      }
    }
    const next = nodes[index + 1];
    const edge = node.type === 'paragraph' ? EDGE_SENTENCE.exec(plainText(node).trim())?.[1] : undefined;
    const paths = edge && next?.type === 'list' ? listedPaths(next.children.map((item) => item.children[0])) : undefined;
    if (edge && paths && next?.position) {
      const lines: Code = { type: 'code', lang: null, meta: null, value: paths.map((path) => `${edge.toUpperCase()} ${path}`).join('\n') };
      lines.position = next.position;
      out.push(node, lines);
      index++;
      continue;
    }
    if (section && node.type === 'table') convertTypedTable(node);
    const struct = section && node.type === 'paragraph' ? structTable(node) : undefined;
    out.push(struct ?? node);
  }
  root.children = out;
  return [...bases];
}

/** Each item a path alone in code (`` - `/{library_id}/shelves` ``): the paths; else undefined. */
function listedPaths(firsts: ReadonlyArray<RootContent | undefined>): string[] | undefined {
  const paths = firsts.map((first) => (first?.type === 'paragraph' ? plainText(first).trim() : ''));
  return paths.length > 0 && paths.every((path) => /^\/\S*$/.test(path)) ? paths : undefined;
}

/** `| name | Description |` whose every description opens with its type in code, then a line break: `Name | Type | Required | Description`. */
function convertTypedTable(table: Table): void {
  const [header, ...rows] = table.children;
  if (!header?.position || rows.length === 0 || header.children.length !== 2) return;
  if (!NAME_HEADERS.test(plainText(header.children[0]!).trim()) || !/^description$/i.test(plainText(header.children[1]!).trim())) return;
  const parts = rows.map((row) => (row.children.length === 2 ? typedCell(row.children[1]!) : undefined));
  if (parts.some((part) => part === undefined)) return;
  const position = header.position;
  const required = parts.some((part) => part!.required);
  header.children = [
    header.children[0]!,
    textCell('Type', position),
    ...(required ? [textCell('Required', position)] : []),
    textCell('Description', header.children[1]!.position ?? position),
  ];
  rows.forEach((row, at) => {
    const { type, required: flagged, description } = parts[at]!;
    const cell = row.children[1]!;
    const where = cell.position ?? position;
    const words: TableCell = { type: 'tableCell', children: description, position: where };
    row.children = [row.children[0]!, textCell(type, where), ...(required ? [textCell(flagged ? 'Yes' : 'No', where)] : []), words];
  });
  table.align = header.children.map(() => null);
}

/** `` `string`<br>The shelf's name.<br>Required ``: the type, whether the last line says it is required, and the words between. */
function typedCell(cell: TableCell): { type: string; required: boolean; description: PhrasingContent[] } | undefined {
  const [code, br, ...rest] = cell.children;
  if (code?.type !== 'inlineCode' || !isBreak(br)) return undefined;
  const last = rest.at(-1);
  const required = last?.type === 'text' && /^\s*required\s*$/i.test(last.value) && isBreak(rest.at(-2));
  const description = required ? rest.slice(0, -2) : rest;
  const type = code.value.trim();
  return { type: TYPE_WORDS[type.toLowerCase()] ?? type, required, description };
}

/** `Struct {` ⏎ `` `id`: numeric string, `` ⏎ `}` (a Return Type's): a `Name | Type` table of its fields. */
function structTable(node: Paragraph): Table | undefined {
  const text = plainText(node).trim();
  if (!node.position || !/^Struct\s*\{[\s\S]*\}$/.test(text)) return undefined;
  const lines = text
    .slice(text.indexOf('{') + 1, -1)
    .split('\n')
    .map((line) => line.trim().replace(/,$/, ''))
    .filter(Boolean);
  const rows: TableRow[] = [];
  for (const line of lines) {
    const field = /^([\w.]+)\s*:\s*(\S(?:.*\S)?)$/.exec(line);
    if (!field) return undefined;
    rows.push(textRow([field[1]!, TYPE_WORDS[field[2]!.toLowerCase()] ?? field[2]!], node.position));
  }
  return rows.length > 0 ? madeTable(['Name', 'Type'], rows, node.position) : undefined;
}
