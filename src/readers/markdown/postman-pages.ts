/**
 * A Postman collection's requests as postman-to-markdown writes them: the method in a heading of
 * its own, the URL alone in a fence quoted under it, the headers in a table whose first column is
 * titled `Content-Type`:
 *
 *     ## End-point: List shelves
 *     ### Method: GET                        → a fence `GET {{baseUrl}}/shelves?limit=10`
 *     >```
 *     >{{baseUrl}}/shelves?limit=10
 *     >```
 *     ### Headers
 *     |Content-Type|Value|                   → |Name|Value|
 *     |---|---|
 *     |Accept|application/json|
 *
 * The method's heading titles no part (the parts after it, `### Query Params`, are the
 * operation's): it and the quote become the request line, placed at the URL's fence. A heading
 * whose next block is not a URL alone (quoted or not) is left as it is; so is a page with none.
 */
import type { Code, Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { normaliseTitle } from './section-titles.js';
import { headingText } from './signatures.js';

const METHOD_TITLE = /^(?:http\s+)?method\s*:\s*`?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`?\s*$/i;
/** A URL alone on its line: a host's, a path, or one under a variable (`{{baseUrl}}/shelves`). */
const URL_ALONE = /^\s*(?:https?:\/\/|\{\{|\/)\S*\s*$/;

export function convertPostmanPages(root: Root): void {
  const nodes = root.children;
  if (!nodes.some((node) => node.type === 'heading' && METHOD_TITLE.test(headingText(node)))) return;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const next = nodes[index + 1];
    const method = node.type === 'heading' ? METHOD_TITLE.exec(headingText(node))?.[1] : undefined;
    const url = method ? urlFence(next) : undefined;
    if (method && url) {
      const line: Code = { type: 'code', lang: null, meta: null, value: `${method.toUpperCase()} ${url.value.trim()}` };
      if (url.position) line.position = url.position;
      out.push(line);
      index++;
      continue;
    }
    if (node.type === 'heading' && next?.type === 'table' && normaliseTitle(headingText(node)) === 'headers') nameHeaderColumn(next);
    out.push(node);
  }
  root.children = out;
}

/** The fence holding a URL alone, quoted or not. */
function urlFence(node: RootContent | undefined): Code | undefined {
  const code = node?.type === 'blockquote' && node.children.length === 1 ? node.children[0] : node;
  return code?.type === 'code' && !code.lang && URL_ALONE.test(code.value) && !code.value.trim().includes('\n') ? code : undefined;
}

/** `|Content-Type|Value|` over the headers: the first column holds their names. */
function nameHeaderColumn(table: Table): void {
  const [first, second] = table.children[0]?.children ?? [];
  if (!first || !second || plainText(first).trim() !== 'Content-Type' || !/^value$/i.test(plainText(second).trim())) return;
  first.children = [{ type: 'text', value: 'Name' }];
}
