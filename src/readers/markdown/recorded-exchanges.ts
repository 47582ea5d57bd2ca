/**
 * A request and its answer as a test run recorded them, each part under a heading of its own
 * (rspec_api_documentation's markdown and HTML pages, and raddocs'):
 *
 *     ### Request                               ### Request
 *     #### Headers                              ```http
 *     <pre>Accept: application/json</pre>       POST /shelves HTTP/1.1
 *     #### Route                                Accept: application/json
 *     <pre>POST /shelves</pre>             →
 *     #### Body                                 {"shelf":{"name":"Poetry"}}
 *     <pre>{"shelf":{"name":"Poetry"}}</pre>    ```
 *     ### Response                              ### Response
 *     #### Headers                              ```http
 *     <pre>Content-Type: application/json</pre> HTTP/1.1 201 Created
 *     #### Status                               Content-Type: application/json
 *     <pre>201 Created</pre>
 *     #### Body                                 {"id":8}
 *     <pre>{"id":8}</pre>                       ```
 *
 * The parts are one HTTP message: the route a sample call (`GET /shelves/7`, never an operation of
 * its own), the status the answer's, the headers say what the bodies are. The sample query's
 * lines (`#### Query Parameters`) repeat the route's query and are dropped; a `#### cURL` command
 * stays, after the message. A block holding anything else is left as it is.
 */
import type { Code, Heading, Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { tabulateEntryParagraphs } from './entry-paragraphs.js';
import { normaliseTitle } from './section-titles.js';
import { STATUS_CODE } from './status-words.js';

const REQUEST_PARTS = new Set(['headers', 'route', 'query parameters', 'body', 'curl']);
const RESPONSE_PARTS = new Set(['headers', 'status', 'body']);
/** `GET /shelves/7?page=2`: the sample route alone. */
const ROUTE = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+\S+$/;
/** `201 Created` (or `201` alone). */
const STATUS = new RegExp(String.raw`^${STATUS_CODE}(?:\s+\S.*)?$`);

interface Part {
  title: string;
  heading: Heading;
  code: Code | undefined;
}

export function joinRecordedExchanges(root: Root): void {
  const nodes = root.children;
  if (!nodes.some((node) => node.type === 'heading' && /^(?:request|response)$/.test(normaliseTitle(plainText(node))))) return;
  const out: RootContent[] = [];
  let found = false;
  let answered = false;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    out.push(node);
    if (node.type !== 'heading') continue;
    const title = normaliseTitle(plainText(node));
    if (title !== 'request' && title !== 'response') continue;
    const answer = title === 'response' ? statusAfterHeaders(nodes, index + 1) : undefined;
    if (answer) {
      out.push(answer.code);
      index = answer.end - 1;
      answered = true;
      answerFields(nodes, answer.end, node.depth);
      continue;
    }
    const block = partsUnder(nodes, index, title === 'request' ? REQUEST_PARTS : RESPONSE_PARTS);
    const message = block && (title === 'request' ? requestMessage(block.parts) : responseMessage(block.parts));
    if (!block || !message) continue;
    const first = block.parts[0]!.heading.position;
    const last = nodes[block.end - 1]!.position;
    const code: Code = { type: 'code', lang: 'http', meta: null, value: message };
    if (first && last) code.position = { start: first.start, end: last.end };
    out.push(code);
    // The command that made the call stays the page's, after the message.
    const curl = block.parts.find((part) => part.title === 'curl');
    if (curl) out.push(curl.heading, ...(curl.code ? [curl.code] : []));
    index = block.end - 1;
    found = true;
  }
  if (!found) {
    if (answered) root.children = out;
    return;
  }
  const titled = out.map((node, index) => (node.type === 'heading' ? titledRoute(node, out[index - 1]) : node));
  root.children = tabulateEntryParagraphs(titled);
  for (const node of root.children) if (node.type === 'table') scopeNames(node);
}

/** `Content-Type: application/json`: a header line. */
const HEADER_LINE = /^[\w-]+:\s*\S/;

/**
 * The answer as the tool's Slate pages write it, under `### Response`: a fence of its header lines
 * with the status last (`Content-Type: application/json` ⏎ `201 Created`), the JSON fence after it
 * its body. One message, placed where the two stand.
 */
function statusAfterHeaders(nodes: readonly RootContent[], at: number): { code: Code; end: number } | undefined {
  const head = nodes[at];
  if (head?.type !== 'code' || head.lang || !head.position) return undefined;
  const lines = head.value.split(/\r?\n/).filter((line) => line.trim() !== '');
  const status = lines.at(-1)?.trim();
  if (!status || !STATUS.test(status) || !lines.slice(0, -1).every((line) => HEADER_LINE.test(line))) return undefined;
  const next = nodes[at + 1];
  const body = next?.type === 'code' && next.lang === 'json' ? next : undefined;
  const start = [`HTTP/1.1 ${status}`, ...lines.slice(0, -1)].join('\n');
  const end = body?.position?.end ?? head.position.end;
  const code: Code = { type: 'code', lang: 'http', meta: null, value: body ? `${start}\n\n${body.value.trim()}` : start };
  code.position = { start: head.position.start, end };
  return { code, end: at + (body ? 2 : 1) };
}

/** Its `#### Fields` under the answer's `### Response`: the answer's fields, titled so (not the request's). */
function answerFields(nodes: readonly RootContent[], at: number, depth: number): void {
  for (const node of nodes.slice(at)) {
    if (node.type !== 'heading') continue;
    if (node.depth <= depth) return;
    if (normaliseTitle(plainText(node)) === 'fields') node.children = [{ type: 'text', value: 'Response fields' }];
  }
}

/** `GET /shelves/:id` alone. */
const ROUTE_TITLE = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+\/\S*$/;

/**
 * `## Get a shelf` ⏎ `### GET /shelves/:id`: the example's title over its route, which is the
 * route of the section the title opens (its summary the title), as `` `GET /shelves/:id` `` under it is.
 */
function titledRoute(node: Heading, before: RootContent | undefined): RootContent {
  const text = plainText(node).trim();
  if (before?.type !== 'heading' || before.depth !== node.depth - 1 || !ROUTE_TITLE.test(text)) return node;
  const where = node.position ? { position: node.position } : {};
  return { type: 'paragraph', children: [{ type: 'inlineCode', value: text, ...where }], ...where };
}

/** rspec_api_documentation's tables: `Name | Description | Scope`, a `Required` column between or not. */
const SCOPED_HEADERS = /^name\|description\|(?:required\|)?scope$/;

/**
 * `| name | The shelf's name | true | shelf |`: the field `shelf[name]` (a scope `shelf[books]`
 * nests it twice), as the tool's HTML pages name it; the Scope column goes.
 */
function scopeNames(table: Table): void {
  const [header, ...rows] = table.children;
  if (!header || !SCOPED_HEADERS.test(header.children.map((cell) => plainText(cell).trim().toLowerCase()).join('|'))) return;
  const at = header.children.length - 1;
  for (const row of rows) {
    const [name, scope] = [row.children[0], row.children[at]];
    const within = scope ? plainText(scope).trim() : '';
    if (name && within && /^[\w-]+(?:\[[\w-]+\])*$/.test(within)) {
      const text = plainText(name).trim();
      name.children = [{ type: 'text', value: `${within}[${text}]`, ...(name.position ? { position: name.position } : {}) }];
    }
  }
  for (const row of table.children) row.children = row.children.slice(0, at);
  table.align = table.align?.slice(0, at) ?? null;
}

/**
 * The parts under the heading at `index`: each a heading one level down or more, titled as one of
 * `known`, over one code block or none. Undefined where anything else stands there.
 */
function partsUnder(nodes: readonly RootContent[], index: number, known: ReadonlySet<string>): { parts: Part[]; end: number } | undefined {
  const depth = (nodes[index] as Heading).depth;
  const parts: Part[] = [];
  let at = index + 1;
  for (; at < nodes.length; at++) {
    const node = nodes[at]!;
    // A rule (the HTML page's `<hr />` after each call) or a heading as high ends the parts.
    if ((node.type === 'heading' && node.depth <= depth) || node.type === 'thematicBreak') break;
    if (node.type === 'heading') {
      const title = normaliseTitle(plainText(node));
      if (!known.has(title) || parts.some((part) => part.title === title)) return undefined;
      parts.push({ title, heading: node, code: undefined });
      continue;
    }
    const part = parts.at(-1);
    if (node.type !== 'code' || !part || part.code) return undefined;
    part.code = node;
  }
  return parts.length > 0 ? { parts, end: at } : undefined;
}

function partText(parts: readonly Part[], title: string): string | undefined {
  const text = parts.find((part) => part.title === title)?.code?.value.trim();
  return text || undefined;
}

/** `POST /shelves HTTP/1.1`, its headers, then its body: only where the route is stated. */
function requestMessage(parts: readonly Part[]): string | undefined {
  const route = partText(parts, 'route');
  if (!route || !ROUTE.test(route)) return undefined;
  return message(`${route} HTTP/1.1`, partText(parts, 'headers'), partText(parts, 'body'));
}

/** `HTTP/1.1 201 Created`, its headers, then its body: only where the status is stated. */
function responseMessage(parts: readonly Part[]): string | undefined {
  const status = partText(parts, 'status');
  if (!status || !STATUS.test(status)) return undefined;
  return message(`HTTP/1.1 ${status}`, partText(parts, 'headers'), partText(parts, 'body'));
}

function message(start: string, headers: string | undefined, body: string | undefined): string {
  const head = headers ? `${start}\n${headers}` : start;
  return body ? `${head}\n\n${body}` : head;
}
