/**
 * A request and its answer written in one fence, as an HTTP exchange (many guides' `http` tabs):
 *
 *     ```http                                  ```http
 *     GET /lamps/l1/events HTTP/1.1            GET /lamps/l1/events HTTP/1.1
 *     Host: api.example.com                    Host: api.example.com
 *                                         →    ```
 *     HTTP/1.1 200 OK                          ```http
 *     Content-Type: application/json           HTTP/1.1 200 OK
 *                                              Content-Type: application/json
 *     {"id": "l1", "on": true}
 *     ```                                      {"id": "l1", "on": true}
 *                                              ```
 *
 * Two messages, two fences: the request the call's sample (its body, where it sends one), the
 * answer that status's sample. Before, the answer's status line and body were read as the request's
 * body (no status, an `invalid-sample` warning). The fence must open with a request line that
 * states its protocol, and the status line (with its protocol) must follow a blank line.
 */
import type { Code, Root, RootContent } from 'mdast';
import { linesOf } from '../../ir/source.js';

/** `GET /lamps HTTP/1.1`: a request line with its protocol. */
const REQUEST_LINE = /^[A-Z]+[ \t]+\S+[ \t]+HTTP\/\d(?:\.\d)?[ \t]*$/;
/** `HTTP/1.1 200 OK`, `HTTP/2 204`: a status line with its protocol. */
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+[1-5]\d\d(?:[ \t]|$)/;

/** Splits each fence of the root that holds a request message and then its answer into two fences. */
export function splitExchangeFences(root: Root, page: string): void {
  if (!/^[ \t]*HTTP\/\d/m.test(page)) return;
  let pointAt: ReturnType<typeof linesOf> | undefined;
  const out: RootContent[] = [];
  let found = false;
  for (const node of root.children) {
    const at = node.type === 'code' ? answerLine(node) : undefined;
    if (node.type !== 'code' || at === undefined) {
      out.push(node);
      continue;
    }
    pointAt ??= linesOf(page);
    out.push(...split(node, at, page, pointAt));
    found = true;
  }
  if (found) root.children = out;
}

/** The index of the answer's status line among the fence's lines, where the fence is an exchange. */
function answerLine(node: Code): number | undefined {
  if (node.value.length > 1_000_000) return undefined;
  const lines = node.value.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !REQUEST_LINE.test(lines[first]!.trim())) return undefined;
  for (let index = first + 2; index < lines.length; index++)
    if (lines[index - 1]!.trim() === '' && STATUS_LINE.test(lines[index]!.trim())) return index;
  return undefined;
}

/** The request's fence and the answer's, each placed at its lines in the page where it can be. */
function split(node: Code, at: number, page: string, pointAt: ReturnType<typeof linesOf>): Code[] {
  const lines = node.value.split('\n');
  const request: Code = { type: 'code', lang: node.lang ?? null, meta: node.meta ?? null, value: lines.slice(0, at).join('\n').trimEnd() };
  const answer: Code = { type: 'code', lang: node.lang ?? 'http', meta: null, value: lines.slice(at).join('\n') };
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  // The status line as the page writes it (inside the fence, past its request line).
  const within = start === undefined || end === undefined ? -1 : page.slice(start, end).indexOf(lines[at]!.trim(), lines[0]!.length);
  const from = within < 0 ? -1 : start! + within;
  if (node.position && from >= 0) {
    const lineStart = page.lastIndexOf('\n', from) + 1;
    request.position = { start: node.position.start, end: pointAt(Math.max(start!, lineStart - 1)) };
    answer.position = { start: pointAt(lineStart), end: node.position.end };
  } else if (node.position) {
    request.position = node.position;
    answer.position = node.position;
  }
  return [request, answer];
}
