/**
 * Request lines a doc site renders in two blocks: the method in a badge, the path beside it
 * (OpenStack's os-api-ref, and HTML pages whose method label and path are sibling elements), read
 * as one paragraph each once the HTML is markdown:
 *
 *     [GET](#list-servers-detail)        → ```` ``` ```` `GET /servers` ```` ``` ````
 *     /servers
 *
 * The first paragraph holds the method word alone (a link, code or emphasis around it too), the
 * next one a path alone (`/…`, or a URL); anything else beside either keeps them prose.
 *
 * Laravel Scribe's markdown (2.0, and generators of PHP and Ruby references that write as it does)
 * sets both in one paragraph under `### Request`: the method in an HTML badge, its route in bold code
 * on the next line, relative to the base URL (no leading slash). The badge's element holds the
 * method alone and the code the route alone; a route under two methods is two such paragraphs.
 *
 *     <small class="badge badge-green">GET</small>        → ```` ``` ```` `GET /api/shelves/{id}` ```` ``` ````
 *      **`api/shelves/{id}`**
 *
 * Docusaurus pages (Unicaps' payment references) write both in one paragraph, often inside an
 * `:::info` admonition under an `**Endpoint:**` label: the method alone on its line (in bold, a hard
 * break after it), the URL alone on the next (in code). The paragraph holds those two lines alone.
 *
 *     **POST**                                 → ```` ``` ```` `POST https://host/v2/lamps` ```` ``` ````
 *     `https://host/v2/lamps`
 */
import type { Code, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

const METHOD = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)$/i;
const PATH = /^(?:https?:\/\/[^\s/]+)?\/[^\s]*$/;

function isParagraph(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph';
}

export function joinSplitRequestLines(root: Root): void {
  if (root.children.some((node) => badgeRoute(node) !== undefined))
    root.children = root.children.map((node) => badgeRouteLine(node) ?? node);
  const broken = root.children.map(brokenRequestLine);
  if (broken.some((node) => node !== undefined)) root.children = root.children.map((node, at) => broken[at] ?? node);
  const nodes = root.children;
  if (!nodes.some((node, at) => isParagraph(node) && METHOD.test(plainText(node).trim()) && isParagraph(nodes[at + 1]))) return;
  const out: RootContent[] = [];
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at]!;
    const next = nodes[at + 1];
    const method = isParagraph(node) ? METHOD.exec(plainText(node).trim())?.[1] : undefined;
    const path = method && isParagraph(next) ? plainText(next).trim() : undefined;
    if (!method || !path || !PATH.test(path)) {
      out.push(node);
      continue;
    }
    const start = node.position?.start;
    const end = next?.position?.end;
    const line: Code = { type: 'code', lang: null, meta: null, value: `${method.toUpperCase()} ${path}` };
    if (start && end) line.position = { start, end };
    out.push(line);
    at++;
  }
  root.children = out;
}

/** A badge's opening tag (`<small class="badge badge-green">`): an inline element with a class. */
const BADGE_OPEN = /^<(small|span|kbd|mark|b|strong|code|label)\b[^>]*\bclass\s*=\s*["'][^"']*["'][^>]*>$/i;

/** `<small class="badge …">GET</small>` ⏎ `` **`api/x`** ``: the method and the route, else undefined. */
function badgeRoute(node: RootContent): { method: string; route: string } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const parts = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [open, word, close, route, ...rest] = parts;
  if (rest.length > 0 || open?.type !== 'html' || word?.type !== 'text' || close?.type !== 'html' || !route) return undefined;
  const tag = BADGE_OPEN.exec(open.value.trim())?.[1];
  const method = METHOD.exec(word.value.trim())?.[1];
  if (!tag || !method || !new RegExp(`^</${tag}\\s*>$`, 'i').test(close.value.trim())) return undefined;
  const code = routeCode(route);
  if (!code || /\s/.test(code)) return undefined;
  return { method: method.toUpperCase(), route: /^(?:\/|https?:\/\/)/i.test(code) ? code : `/${code}` };
}

/** The code of `` `x` ``, `` **`x`** `` or `` *`x`* ``. */
function routeCode(node: PhrasingContent): string | undefined {
  if (node.type === 'inlineCode') return node.value.trim();
  if ((node.type === 'strong' || node.type === 'emphasis') && node.children.length === 1) return routeCode(node.children[0]!);
  return undefined;
}

function badgeRouteLine(node: RootContent): Code | undefined {
  const found = badgeRoute(node);
  if (!found) return undefined;
  const line: Code = { type: 'code', lang: null, meta: null, value: `${found.method} ${found.route}` };
  if (node.position) line.position = node.position;
  return line;
}

/** A paragraph of two lines, the method alone on the first and a path or URL alone on the next: its request line. */
function brokenRequestLine(node: RootContent): Code | undefined {
  if (node.type !== 'paragraph' || node.children.length > 8 || node.children.some((child) => child.type === 'html')) return undefined;
  const lines = plainText(node)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [first, second, ...rest] = lines;
  const method = first === undefined ? undefined : METHOD.exec(first)?.[1];
  if (!method || second === undefined || rest.length > 0 || !PATH.test(second)) return undefined;
  const line: Code = { type: 'code', lang: null, meta: null, value: `${method.toUpperCase()} ${second}` };
  if (node.position) line.position = node.position;
  return line;
}
