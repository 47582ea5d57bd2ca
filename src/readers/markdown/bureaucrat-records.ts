/**
 * A request and its answer as Bureaucrat (Elixir, Phoenix tests) records them: bold-labelled items,
 * each label's fence after its list.
 *
 *     ##### Request                              ##### Request
 *     * __Method:__ GET                          ```http
 *     * __Path:__ /api/birds/4             →     GET /api/birds/4 HTTP/1.1
 *     * __Request headers:__                     ```
 *     ```
 *     accept: application/json
 *     ```
 *     ##### Response                             ##### Response
 *     * __Status__: 200                          ```http
 *     * __Response headers:__                    HTTP/1.1 200
 *     ```                                  →     content-type: application/json; charset=utf-8
 *     content-type: application/json…
 *     ```                                        {"data": …}
 *     * __Response body:__                       ```
 *     ```json
 *     {"data": …}
 *     ```
 *
 * Each record is one HTTP message: the path a sample call (`/api/birds/4`, never an operation of
 * its own: the route is the heading's, `### GET /api/birds/:id`), the status the answer's, the
 * response's headers what its body is. The request's headers are the test client's (Phoenix's
 * `multipart/mixed; boundary=plug_conn_test`), not how the API is called, and are dropped; its
 * body is the parameters Bureaucrat writes as JSON. Lists holding anything else are left as they are.
 */
import type { Code, List, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';

/** Cheap test of a page Bureaucrat wrote. */
export const BUREAUCRAT_PAGE = '* __Method:__';

/** `Method: GET`, `Path: /api/birds/4`, `Status: 200`, `Request headers:` … (an item's words, its bold label read). */
const FACT = /^(Method|Path|Status)\s*:\s*(\S+)$|^((?:Request|Response)\s+(?:headers|body))\s*:$/i;

interface Record {
  method?: string;
  path?: string;
  status?: string;
  fences: Map<string, string>;
  start: Position['start'];
  end: Position['end'];
}

export function convertBureaucratRecords(root: Root): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const read = node.type === 'list' ? recordAt(nodes, index) : undefined;
    if (!read) {
      out.push(node);
      continue;
    }
    out.push(message(read.record));
    index = read.end - 1;
  }
  root.children = out;
}

/** The record whose facts open at the list at `from`: the run of fact lists and their fences, and where it ends. */
function recordAt(nodes: readonly RootContent[], from: number): { record: Record; end: number } | undefined {
  let record: Record | undefined;
  let label: string | undefined;
  let end = from;
  for (let index = from; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'code' && label && record) {
      record.fences.set(label, node.value);
      record.end = node.position!.end;
      label = undefined;
      end = index + 1;
      continue;
    }
    const facts = node.type === 'list' && node.position ? factsOf(node) : undefined;
    if (!facts) break;
    record ??= { fences: new Map(), start: node.position!.start, end: node.position!.end };
    record.end = node.position!.end;
    for (const [name, value] of facts) {
      if (name === 'method') record.method = value.toUpperCase();
      else if (name === 'path') record.path = value;
      else if (name === 'status') record.status = value;
      else label = name;
    }
    end = index + 1;
  }
  if (!record || (!(record.method && record.path) && !/^[1-5]\d\d$/.test(record.status ?? ''))) return undefined;
  return { record, end };
}

/** The facts of a list whose every item is one (`[['method', 'GET'], ['request headers', '']]`); undefined for any other list. */
function factsOf(list: List): Array<[string, string]> | undefined {
  const facts: Array<[string, string]> = [];
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || rest.length > 0 || first.children[0]?.type !== 'strong') return undefined;
    const fact = FACT.exec(plainText(first).replace(/\s+/g, ' ').trim());
    if (!fact) return undefined;
    facts.push(fact[1] ? [fact[1].toLowerCase(), fact[2]!] : [fact[3]!.toLowerCase().replace(/\s+/, ' '), '']);
  }
  return facts.length > 0 ? facts : undefined;
}

/** The record as one HTTP message: the request line and body, or the status line, headers and body. */
function message(record: Record): Code {
  const body = (record.fences.get(record.status ? 'response body' : 'request body') ?? '').trim();
  const lines =
    record.method && record.path && !record.status
      ? [`${record.method} ${record.path} HTTP/1.1`]
      : [`HTTP/1.1 ${record.status}`, ...(record.fences.get('response headers') ?? '').split('\n').filter((line) => line.trim() !== '')];
  const value = body ? `${lines.join('\n')}\n\n${body}` : lines.join('\n');
  return { type: 'code', lang: 'http', meta: null, value, position: { start: record.start, end: record.end } };
}
