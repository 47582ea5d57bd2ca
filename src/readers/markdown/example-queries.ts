/**
 * Query parameters a page shows only in its example calls:
 *
 *     ## Get integration history
 *     | URL | HTTP Method |  …  /api/v1/integrations.history | GET
 *     curl … http://localhost:3000/api/v1/integrations.history?id=nvdQuJQ6tE9HRFBzd
 *                                                              ^^ documented by example only
 *
 * The same for a request message (`GET /api/users?page=2 HTTP/1.1`), or a request line alone in a
 * fence (`GET /api/users?page=2`). For a GET, DELETE or HEAD
 * whose route the call matches, each query key no table or list of the
 * region names becomes a row of a `Name | Example` table placed at the command (its type is the
 * example value's; nothing says it is required). A placeholder of a type word (`?n=<integer>`,
 * `{boolean}`, `<int>`, `<timestamp>`: the words a Type cell reads) is the parameter's type, no example; another (`<last repository>`) no example either.
 */
import type { RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { decodeFormValue, splitQuery } from '../shared/query-string.js';
import { escapeRegExp } from '../shared/reg-exp.js';
import { withoutTrailing } from '../shared/trim.js';
import { callIn } from './client-calls.js';
import { madeTable, textRow } from './made-tables.js';
import { withoutOptionalMark } from './optional-markers.js';
import type { Signature } from './signatures.js';

const QUERY_METHODS = new Set(['get', 'delete', 'head']);
/**
 * A request line the page writes as the route (`POST /api/v1/query?name=shelves`, TheHive's) states its
 * query whatever the method: a key of it is a parameter, its value the example, as a GET's is.
 */
export const ANY_METHOD: ReadonlySet<string> = new Set(['get', 'delete', 'head', 'post', 'put', 'patch', 'options']);
/** A shell variable or command substitution standing for a value: `$SITE_ID`, `${TOKEN}`, `$(date +%s)`. */
const SHELL_VARIABLE = /^\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\}|\([^()]*\))$/;

/** Names the region's tables and attribute lists document (first cell of each row / item). */
export function documentedNames(nodes: readonly RootContent[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    if (node.type === 'table') for (const row of node.children.slice(1)) for (const name of cellNames(row.children[0])) names.add(name);
    if (node.type === 'list')
      for (const item of node.children) {
        const first = item.children[0];
        const code = first?.type === 'paragraph' ? first.children[0] : undefined;
        // `` `limit=<number>` ``: the name before its value's placeholder.
        if (code?.type === 'inlineCode') names.add(code.value.trim().replace(/=<[^<>\n]*>$/, ''));
        // `- **limit** – Max number of …`: a bold name.
        else if (code?.type === 'strong') names.add(plainText(code).trim());
      }
  }
  return names;
}

/**
 * The names a region's paragraphs give in code, alone or with a value (`` `wait` ``, `` `wait=done` ``
 * → `wait`), added to `names`: the keys prose documents, which a query form (parts.ts' `queryForms`)
 * or a request line's stated query (stated-queries.ts) needs named.
 */
export function proseNames(nodes: readonly RootContent[], names: Set<string> = new Set()): Set<string> {
  for (const node of nodes)
    if (node.type === 'paragraph')
      for (const child of node.children)
        if (child.type === 'inlineCode') {
          const value = child.value.trim();
          names.add(value);
          names.add(value.split('=', 1)[0]!);
        }
  return names;
}

/**
 * A name cell's note in parentheses after the name: its flag (`expand (optional)`, `id (required)`),
 * its type or a limit (`limit (integer)`, `limit (at most 100)`). No blank before it in the pattern
 * (a long run of them is no quadratic scan); a space before the parenthesis, which `fields(id)` lacks.
 */
const NAME_FLAG = /(?<=\s)\([^()\n]*\)$/;

/** The names a name cell holds: its code spans (`` `userId`* or `username` `` holds two), else its text, without its marks (`limit?`, `expand (optional)`, `limit (integer)`). */
function cellNames(cell: TableCell | undefined): string[] {
  const codes = cell?.children.filter((child) => child.type === 'inlineCode') ?? [];
  const names = codes.length > 0 ? codes.map((code) => code.value) : [cell ? plainText(cell) : ''];
  return names.map((name) => withoutOptionalMark(withoutTrailing(name, '*').trim().replace(NAME_FLAG, '').trimEnd()));
}

/** A URL alone: `http://host/api/join?meetingID=test01` (no space in it, nothing around it). */
const BARE_URL = /^https?:\/\/[^\s/?#]+\/\S*$/;

/**
 * The example URLs a paragraph or a list shows under an example request's title, each alone in
 * its paragraph or item (`**Example Requests:**` ⏎ `- http://host/api/join?meetingID=test01&fullName=John`):
 * the URLs a browser GETs. A paragraph or list of anything else shows none.
 */
export function exampleUrls(node: RootContent): string[] {
  const paragraphs =
    node.type === 'paragraph'
      ? [node]
      : node.type === 'list'
        ? node.children.map((item) => (item.children.length === 1 && item.children[0]?.type === 'paragraph' ? item.children[0] : undefined))
        : [];
  const urls = paragraphs.map((paragraph) => (paragraph ? plainText(paragraph).trim() : ''));
  return urls.length > 0 && urls.every((url) => BARE_URL.test(url)) ? urls : [];
}

/** The table of the example-only query keys of a curl command, or `undefined` when there are none. */
export function exampleQueryTable(
  command: string,
  position: Position,
  signatures: readonly Signature[],
  documented: Pick<ReadonlySet<string>, 'has'>,
  methods: ReadonlySet<string> = QUERY_METHODS,
): Table | undefined {
  const request = callIn(command) ?? requestMessage(command, methods);
  const url = request?.url;
  if (!request || !url?.includes('?')) return undefined;
  const [address, query = ''] = url.split('?', 2) as [string, string?];
  const segments = address
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '')
    .split('/')
    .filter(Boolean);
  const matched = signatures.some((signature) => {
    if (!methods.has(signature.method) || signature.method.toUpperCase() !== request.method) return false;
    const route = signature.path.split('/').filter(Boolean);
    const tail = segments.slice(segments.length - route.length);
    return route.length <= segments.length && route.every((part, index) => segmentMatches(part, tail[index]!));
  });
  if (!matched) return undefined;
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  for (const { key: rawKey, value: rawValue = '' } of splitQuery(query.replace(/#.*$/, ''))) {
    const key = decodeFormValue(rawKey).trim();
    // `custom_attributes[key]=value`: an entry of a map, its key a placeholder, no parameter's name.
    // `scope[]=pending` where a table documents `scope`: that parameter, sent as an array.
    const named = documented.has(key) || (key.endsWith('[]') && documented.has(key.slice(0, -2)));
    if (!/^[A-Za-z_][\w.[\]-]*$/.test(key) || MAP_ENTRY.test(key) || named || seen.has(key)) continue;
    seen.add(key);
    // `?site_id=$SITE_ID`: the shell's variable, no value of the parameter's.
    const value = decodeFormValue(rawValue);
    rows.push(textRow([key, SHELL_VARIABLE.test(value.trim()) ? '' : value], position));
  }
  if (rows.length === 0) return undefined;
  // `?n=<integer>`, `?all={boolean}`: a placeholder of a type word types the parameter and is no example.
  const typed = rows.map((row) => placeholderType(plainText(row.children[1]!)));
  if (typed.some(Boolean)) {
    const cells = rows.map((row, index) => {
      const value = plainText(row.children[1]!);
      const type = typed[index] ?? (/^\s*[[{]/.test(value) ? 'string' : '');
      return textRow([plainText(row.children[0]!), type, typed[index] ? '' : value], position);
    });
    return madeTable(['Name', 'Type', 'Example'], cells, position, ['Example']);
  }
  // JSON in the URL (`?fields=["name", "age"]`) is text there, never an array of the query's.
  const json = rows.map((row) => /^\s*[[{]/.test(plainText(row.children[1]!)));
  if (json.some(Boolean)) {
    return {
      type: 'table',
      align: [null, null, null],
      position,
      children: [
        textRow(['Name', 'Type', 'Example'], position),
        ...rows.map((row, index) =>
          textRow([plainText(row.children[0]!), json[index] ? 'string' : '', plainText(row.children[1]!)], position),
        ),
      ],
    };
  }
  return {
    type: 'table',
    align: [null, null],
    position,
    children: [textRow(['Name', 'Example'], position), ...rows],
  };
}

/**
 * The request lines with a query string among a region's signatures and its paragraphs of one
 * request line in code (`` `GET /teams/search?name=myteam` ``, an alternative written after "or").
 */
export function requestLineQueries(
  nodes: readonly RootContent[],
  signatures: readonly Signature[],
): Array<{ text: string; position: Position }> {
  const lines: Array<{ text: string; position: Position }> = [];
  for (const signature of signatures)
    if (signature.query !== undefined && signature.position)
      lines.push({ text: `${signature.method.toUpperCase()} ${signature.path}?${signature.query}`, position: signature.position });
  for (const node of nodes) {
    if (node.type !== 'paragraph' || node.children.length !== 1) continue;
    const code = node.children[0]!;
    if (code.type !== 'inlineCode' || !code.position || !/^\s*[A-Z]+\s+\S*\?\S/.test(code.value)) continue;
    if (lines.some((line) => line.position.start.offset === code.position!.start.offset)) continue;
    lines.push({ text: code.value.trim(), position: code.position });
  }
  return lines;
}

/**
 * A scalar's type word, as a table's Type cell writes it (the cell's vocabulary reads it: `int`
 * an int32, `timestamp` a date-time): `<int>`, `{integer}`, `<bool>`, `<date>`.
 */
const TYPE_WORD = 'string|str|integer|int|int32|int64|long|number|float|double|decimal|boolean|bool|date|datetime|date-time|timestamp|uuid';
/** A placeholder whose words are a type's: `<integer>`, `{boolean}`. Groups: the type word, in either brackets. */
const PLACEHOLDER_TYPE = new RegExp(`^(?:<(${TYPE_WORD})>|\\{(${TYPE_WORD})\\})$`, 'i');

/** The type word a query value's placeholder is (`<integer>` → `integer`); undefined for a value or another placeholder. */
function placeholderType(value: string): string | undefined {
  const match = PLACEHOLDER_TYPE.exec(value.trim());
  return match ? (match[1] ?? match[2])!.toLowerCase() : undefined;
}

/** A query key naming a map's entry by a placeholder: `attributes[key]`, `attributes[other_key]`. */
const MAP_ENTRY = /\[(?:\w+_)?key\]$/i;

/**
 * The request line of an HTTP message (`GET /api/users?page=2 HTTP/1.1`), or a fence's only line
 * when it is one without the protocol (`GET /api/pets?fields=["name", "age"]`: the rest of the line
 * the URL, spaces in its values too).
 */
function requestMessage(text: string, methods: ReadonlySet<string>): { method: string; url: string } | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0);
  const first = lines[0] ?? '';
  const match = /^\s*([A-Z]+)\s+(\S+)\s+HTTP\/\d(?:\.\d)?\s*$/.exec(first);
  if (match) return { method: match[1]!, url: match[2]! };
  const alone = lines.length === 1 ? /^\s*([A-Z]{3,7})\s+(\/[^\s?]*\?\S.*?)\s*$/.exec(first) : null;
  return alone && methods.has(alone[1]!.toLowerCase()) ? { method: alone[1]!, url: alone[2]! } : undefined;
}

/**
 * A route's segment matches the call's: a placeholder, the same words, or words around a
 * placeholder (`camera.{entity_id}` matches `camera.front_door`), the placeholder standing for at
 * least one character.
 */
function segmentMatches(part: string, segment: string): boolean {
  if (/^\{[^}]*\}$/.test(part) || part === segment) return true;
  if (!/\{[^}]*\}/.test(part)) return false;
  const pattern = part
    .split(/\{[^}]*\}/)
    .map(escapeRegExp)
    .join('[^/]+');
  return new RegExp(`^${pattern}$`).test(segment);
}
