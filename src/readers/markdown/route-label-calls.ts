/**
 * A route labelled without its method, the method stated by the section's sample call of that
 * route (LibreNMS' API pages write every call so):
 *
 *     ### `dim_lamp`
 *     Route: `/api/v2/lamps/:id/dim`               → `Route:` ⏎ `PUT /api/v2/lamps/:id/dim`
 *     Example:
 *     ```curl
 *     curl -X PUT -d '{…}' https://host/api/v2/lamps/7/dim
 *          ^ the method of the call whose path is the route's, its placeholders filled in
 *     ```
 *
 * The label is one of `Route:`, `Endpoint:`, `URL:` (url-labels.ts), its path alone after it. Its
 * calls are those up to the next such label (a heading markdown leaves a paragraph, `###`name``,
 * joins no two calls), or to the next heading at or above its own. Only calls whose path ends with
 * the route's segments (a placeholder, `:id`, `{id}`, `<id>`, matching any one) count, and their
 * method is curl's: `-X`, else POST where the command sends data, else GET. Where they disagree, or
 * none calls the route, or the section says its method in words (`Method: GET`), the label stays
 * as it is: nothing the page does not state.
 *
 * A page of calls a browser opens (Subsonic's API pages) writes the route as a full URL in code
 * opening a paragraph, other words after it, and the call as the example URL alone in its
 * paragraph: the address to open, a GET's (as a bare URL of the AWS Query convention is).
 *
 *     `http://your-host/api/getShelf` Since 2.1.0     → `GET http://your-host/api/getShelf` ⏎ Since 2.1.0
 *     ### Example
 *     `http://your-host/api/getShelf.view?id=12`
 *                                   ^ the route's path, its last segment with an extension or not
 *
 * Such a route is read only where an example URL alone calls it; a curl call does not make it one.
 */
import type { Code, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { callOf } from './client-calls.js';
import { labelOf, urlOf } from './url-labels.js';

/** A segment that is a placeholder: `:id`, `{id}`, `<id>`, `[id]`. */
const PLACEHOLDER = /^(?::\w+\??|\{[^/{}]+\}|<[^/<>]+>|\[[^/[\]]+\])$/;
/** A full URL, no query: a route written as the address it is (`http://your-host/api/getShelf`). */
const ADDRESS_ROUTE = /^https?:\/\/[^\s/?#]+\/[^\s?#]*$/;
/** A URL alone: the address an example opens (`http://your-host/api/getShelf.view?id=12`). */
const ADDRESS = /^https?:\/\/[^\s/?#]+\/\S*$/;
/** A paragraph that states the method in words, as a label: `Method: GET`, `**HTTP method**: POST`. */
const METHOD_LABEL = /^(?:http[ \t]+)?(?:method|verb)s?[ \t]*:/i;

export function routeLabelMethods(root: Root): void {
  const out = root.children;
  const ends = sectionEnds(out);
  // What stands in place of a block: the label and its request line.
  const replaced = new Map<number, RootContent[]>();
  // Each run of blocks between two headings, the heading before it (-1: none) giving its section.
  for (let heading = -1; heading < out.length; ) {
    let next = heading + 1;
    while (next < out.length && out[next]!.type !== 'heading') next++;
    const labels = labelsIn(out, heading + 1, next);
    const end = heading < 0 ? next : ends[heading]!;
    if (labels.length > 0 && !out.slice(heading + 1, end).some(statesMethod))
      labels.forEach(({ at, found }, index) => {
        // A label's calls: those up to the next label, or the section's end.
        // A route opening the page, above its first heading: the page is its section.
        const calls = out.slice(at + 1, labels[index + 1]?.at ?? (heading < 0 && found.opening ? out.length : end));
        const method = found.opening ? addressMethod(calls, segments(found.url)) : sampleMethod(calls, segments(found.url));
        if (!method || !segments(found.url).some((segment) => !PLACEHOLDER.test(segment))) return;
        const line: Code = {
          type: 'code',
          lang: null,
          meta: null,
          value: `${method} ${found.url}`,
          ...(found.node.position ? { position: found.node.position } : {}),
        };
        // `Route: /x` on one line: the label stays, the route becomes the line; else the line replaces the paragraph after it.
        if (found.opening) replaced.set(at, [line, ...afterRoute(found.node)]);
        else if (found.node === out[at]) replaced.set(at, [labelOf(found.node), line]);
        else replaced.set(at + 1, [line]);
      });
    heading = next;
  }
  if (replaced.size > 0) root.children = out.flatMap((node, index) => replaced.get(index) ?? [node]);
}

/** The route labels between `from` and `to`, each with its URL. */
function labelsIn(out: readonly RootContent[], from: number, to: number): Array<{ at: number; found: Found }> {
  const labels: Array<{ at: number; found: Found }> = [];
  for (let at = from; at < to; at++) {
    const found = urlOf(out[at]!, out[at + 1]) ?? openingRoute(out[at]!);
    if (found) labels.push({ at, found });
  }
  return labels;
}

interface Found {
  url: string;
  node: Paragraph;
  /** Written as the address opening a paragraph of other words, not after a label. */
  opening?: true;
}

/** `` `http://your-host/api/getShelf` Since 2.1.0 ``: a full URL in code opening the paragraph, words after it. */
function openingRoute(block: RootContent): Found | undefined {
  if (block.type !== 'paragraph') return undefined;
  const first = block.children[0];
  if (first?.type !== 'inlineCode' || !ADDRESS_ROUTE.test(first.value.trim())) return undefined;
  return { url: first.value.trim(), node: block, opening: true };
}

/** The paragraph's words after its route, or nothing where none are left. */
function afterRoute(block: Paragraph): Paragraph[] {
  const children: PhrasingContent[] = block.children.slice(1);
  const head = children[0];
  if (head?.type === 'text') children[0] = { type: 'text', value: head.value.replace(/^\s+/, '') };
  if (children.every((child) => child.type === 'text' && child.value.trim() === '')) return [];
  const start = children.find((child) => child.position)?.position?.start;
  const end = block.position?.end;
  return [{ type: 'paragraph', children, ...(start && end ? { position: { start, end } } : {}) }];
}

/** GET, where an example URL alone in its paragraph opens the route (its last segment with an extension or not). */
function addressMethod(section: readonly RootContent[], template: readonly string[]): string | undefined {
  for (const node of section) {
    if (node.type !== 'paragraph') continue;
    const url = plainText(node).trim();
    if (!ADDRESS.test(url)) continue;
    const path = segments(url);
    const last = path.length - 1;
    if (last >= 0) path[last] = path[last]!.replace(/\.\w+$/, '');
    if (path.length === template.length && callsRoute(path, template)) return 'GET';
  }
  return undefined;
}

/** For each heading, the index of the first block past its section: the next heading at or above its depth. */
function sectionEnds(out: readonly RootContent[]): number[] {
  const ends: number[] = new Array(out.length).fill(out.length);
  const open: number[] = [];
  out.forEach((node, index) => {
    if (node.type !== 'heading') return;
    while (open.length > 0 && (out[open.at(-1)!] as Heading).depth >= node.depth) ends[open.pop()!] = index;
    open.push(index);
  });
  return ends;
}

function statesMethod(node: RootContent): boolean {
  return node.type === 'paragraph' && METHOD_LABEL.test(plainText(node).trim());
}

/** The one method of the section's calls of the route, or undefined where none calls it or they disagree. */
function sampleMethod(section: readonly RootContent[], template: readonly string[]): string | undefined {
  let method: string | undefined;
  for (const node of section) {
    if (node.type !== 'code') continue;
    const call = callOf(node);
    if (!call || !callsRoute(segments(call.url), template)) continue;
    if (method && method !== call.method) return undefined;
    method = call.method;
  }
  return method;
}

/** Whether a call's path ends with the route's segments, a placeholder standing for any one. */
function callsRoute(path: readonly string[], template: readonly string[]): boolean {
  if (path.length < template.length) return false;
  const offset = path.length - template.length;
  return template.every((segment, index) => PLACEHOLDER.test(segment) || segment === path[offset + index]);
}

/** A URL's path segments: no scheme, host, query or fragment (`$HOST/api/x?y=1` → `api`, `x`). */
function segments(url: string): string[] {
  const path = url
    .replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '')
    .replace(/^[^/]*/, '')
    .replace(/[?#].*$/, '');
  return path.split('/').filter((segment) => segment !== '');
}
