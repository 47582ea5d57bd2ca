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
 */
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

const METHOD = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)$/i;
const PATH = /^(?:https?:\/\/[^\s/]+)?\/[^\s]*$/;

function isParagraph(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph';
}

export function joinSplitRequestLines(root: Root): void {
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
